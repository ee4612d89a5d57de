// One-time links: copy a new link to the clipboard; show a slider's number as it moves.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-spor-copy]').forEach(function (button) {
        button.addEventListener('click', function () {
            var field = document.getElementById(button.getAttribute('data-spor-copy'));
            var status = document.querySelector('[data-spor-copied="' + field.id + '"]');
            field.select();
            var done = function () { status.textContent = 'Linket er kopieret.'; };
            if (navigator.clipboard) {
                navigator.clipboard.writeText(field.value).then(done, function () {
                    status.textContent = 'Kopiér linket markeret herover.';
                });
            } else {
                status.textContent = 'Kopiér linket markeret herover.';
            }
        });
    });
    document.querySelectorAll('input[type=range][data-spor-output]').forEach(function (slider) {
        var output = document.getElementById(slider.getAttribute('data-spor-output'));
        var show = function () { output.textContent = slider.value.replace('.', ','); };
        slider.addEventListener('input', show);
    });
});
