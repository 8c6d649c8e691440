// Invalid fields announce their error: a field the server marked .is-invalid gets aria-invalid="true" and is
// described by its own .invalid-feedback message (the next one after it, before any other field), kept with any
// help text it already pointed to.
document.querySelectorAll('.is-invalid').forEach(function (field, index) {
  field.setAttribute('aria-invalid', 'true');
  var message = null;
  for (var next = (field.closest('.input-group') || field).nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches('.invalid-feedback')) { message = next; break; }
    if (next.matches('input, select, textarea') || next.querySelector('input, select, textarea')) break;
  }
  if (!message) return;
  if (!message.id) message.id = (field.id || field.name || 'field-' + index).replace(/[^\w-]/g, '-') + '-error';
  var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (described.indexOf(message.id) < 0) described.unshift(message.id);
  field.setAttribute('aria-describedby', described.join(' '));
});
