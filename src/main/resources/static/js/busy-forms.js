// A form being sent says so: its button shows a spinner and a visible "Working…" status is announced, and a
// second click sends nothing, so a slow import or pairing run is neither left without feedback nor sent twice.
(function () {
  var text = document.body.getAttribute('data-busy-text') || 'Working…';

  function reset(form) {
    form.removeAttribute('aria-busy');
    form.querySelectorAll('.busy-indicator, .busy-status').forEach(function (node) { node.remove(); });
    form.querySelectorAll('[data-busy-button]').forEach(function (button) {
      button.classList.remove('disabled');
      button.removeAttribute('aria-disabled');
      button.removeAttribute('data-busy-button');
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.getAttribute('method') || '').toLowerCase() !== 'post') return;
    if (form.getAttribute('aria-busy') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    var button = event.submitter || form.querySelector('[type=submit]');
    if (!button) return;
    button.setAttribute('data-busy-button', '');
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('disabled');
    var spinner = document.createElement('span');
    spinner.className = 'spinner-border spinner-border-sm ms-2 busy-indicator';
    spinner.setAttribute('aria-hidden', 'true');
    button.appendChild(spinner);
    var status = document.createElement('span');
    status.className = 'busy-status small ms-2';
    status.setAttribute('role', 'status');
    status.textContent = text;
    button.insertAdjacentElement('afterend', status);
  });

  // Coming back with the browser's back button shows the page as it was left: ready to be used again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) document.querySelectorAll('form[aria-busy]').forEach(reset);
  });
})();
