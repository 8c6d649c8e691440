// Fills the manager picker's datalist with people matching what the admin types.
(function () {
  'use strict';
  var input = document.getElementById('managerEmail');
  var list = document.getElementById('manager-options');
  if (!input || !list || !window.fetch) {
    return;
  }
  var url = input.getAttribute('data-suggest-url');
  var timer = null;
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
})();
