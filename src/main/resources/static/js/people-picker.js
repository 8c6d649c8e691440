// Fills the datalist of a people picker (an input with list= and data-suggest-url=) with people matching what the
// admin types; the browser's own datalist gives the keyboard and screen reader behaviour.
(function () {
  'use strict';
  if (!window.fetch) {
    return;
  }
  document.querySelectorAll('input[list][data-suggest-url]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var url = input.getAttribute('data-suggest-url');
    var timer = null;
    if (!list) {
      return;
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(url + '?q=' + encodeURIComponent(input.value), { credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (people) {
            list.replaceChildren.apply(list, people.map(function (person) {
              var option = document.createElement('option');
              option.value = person.email;
              option.textContent = person.name;
              return option;
            }));
          })
          .catch(function () { /* keep the current suggestions */ });
      }, 200);
    });
  });
})();
