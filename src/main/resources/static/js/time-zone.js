// On the time zone page, when the person has not chosen a zone yet, suggests the browser's own: it is selected
// and a note says so. Nothing is saved until they press Save.
(function () {
  'use strict';
  var select = document.getElementById('timeZone');
  var note = document.getElementById('timeZone-browser');
  if (!select || !note || select.getAttribute('data-unset') !== 'true' || !window.Intl) {
    return;
  }
  var browserZone;
  try {
    browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!browserZone || browserZone === select.getAttribute('data-organisation-zone')) {
    return;
  }
  var offered = Array.prototype.some.call(select.options, function (option) {
    return option.value === browserZone;
  });
  if (!offered) {
    return;
  }
  select.value = browserZone;
  note.textContent = note.getAttribute('data-note').replace('{zone}', browserZone);
  note.hidden = false;
})();
