// Spor's only script: start DKFDS components and give htmx requests the CSRF token.
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
});
