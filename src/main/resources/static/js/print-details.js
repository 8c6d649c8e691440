// Folded sections (the results page's statistics) print unfolded, and fold back after printing.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
})();
