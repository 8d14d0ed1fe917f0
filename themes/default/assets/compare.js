/* Comparison chooser: which jurisdictions or years to show. The choice is kept in the address
   (?show=a,b) so it can be shared and survives a reload. Without JavaScript every column shows. */
(function () {
  'use strict';
  var chooser = document.getElementById('compare-chooser');
  if (!chooser) { return; }
  var boxes = Array.prototype.slice.call(chooser.querySelectorAll('input[name="show"]'));
  var charts = document.querySelectorAll('.chart.grouped');

  function apply() {
    var shown = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    boxes.forEach(function (box, index) {
      var hide = !box.checked;
      document.querySelectorAll('[data-column="' + box.value + '"]').forEach(function (el) { el.hidden = hide; });
      Array.prototype.forEach.call(charts, function (chart) {
        chart.querySelectorAll('.series-' + (index % 6)).forEach(function (el) {
          el.style.display = hide ? 'none' : '';
          if (el.nextElementSibling && el.nextElementSibling.classList.contains('chart-value')) { el.nextElementSibling.style.display = hide ? 'none' : ''; }
        });
      });
    });
    var query = shown.length === boxes.length ? '' : '?show=' + shown.map(encodeURIComponent).join(',');
    try { history.replaceState(null, '', location.pathname + query + location.hash); } catch (e) { /* file:// may refuse */ }
  }

  var wanted = new URLSearchParams(location.search).get('show');
  if (wanted !== null) {
    var keep = wanted.split(',');
    boxes.forEach(function (box) { box.checked = keep.indexOf(box.value) >= 0; });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  chooser.hidden = false;
  apply();
})();
