// Spor's only script: start DKFDS components, give htmx requests the CSRF token, wire print buttons.
document.addEventListener('DOMContentLoaded', function () {
    if (window.DKFDS) {
        window.DKFDS.init();
    }
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        document.body.addEventListener('htmx:configRequest', function (event) {
            event.detail.headers[header.content] = token.content;
        });
    }
    document.querySelectorAll('[data-spor-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
});
