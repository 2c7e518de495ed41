(function () {
  'use strict';
  // Sorting and filtering of the summary matrix (by name, variation and assurance), and of the metrics'
  // sections with it. The page reads whole without this script: it only shows the filters, turns the
  // column headings into sort buttons and hides rows. It reads text with textContent and never writes markup.
  var matrix = document.getElementById('matrix');
  var controls = document.getElementById('matrix-controls');
  var filter = document.getElementById('matrix-filter');
  var variation = document.getElementById('matrix-variation');
  var assurance = document.getElementById('matrix-assurance');
  var status = document.getElementById('matrix-status');
  if (!matrix || !controls || !filter || !variation || !assurance || !status) {
    return;
  }
  var metricRows = function (body) {
    return Array.prototype.filter.call(body.rows, function (r) { return r.classList.contains('metric'); });
  };
  var total = matrix.querySelectorAll('tr.metric').length;

  var applyFilter = function () {
    var q = filter.value.trim().toLowerCase();
    var v = variation.value;
    var a = assurance.value;
    var shown = 0;
    Array.prototype.forEach.call(matrix.tBodies, function (body) {
      var any = false;
      metricRows(body).forEach(function (r) {
        var match = (q === '' || r.cells[0].textContent.toLowerCase().indexOf(q) >= 0)
          && (v === '' || r.getAttribute('data-variation') === v)
          && (a === '' || r.getAttribute('data-assurance') === a);
        r.hidden = !match;
        var link = r.querySelector('a');
        var section = link ? document.getElementById(link.getAttribute('href').substring(1)) : null;
        if (section) {
          section.hidden = !match;
        }
        if (match) {
          any = true;
          shown++;
        }
      });
      var heading = body.querySelector('tr.group');
      if (heading) {
        heading.hidden = !any;
      }
    });
    status.textContent = q === '' && v === '' && a === '' ? '' : shown + ' of ' + total + ' metrics shown';
  };
  filter.addEventListener('input', applyFilter);
  variation.addEventListener('change', applyFilter);
  assurance.addEventListener('change', applyFilter);
  controls.hidden = false;

  var heads = matrix.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    var type = th.getAttribute('data-sort-type');
    if (!type) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.setAttribute('data-label', th.textContent);
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (r) {
        var cell = r.cells[column];
        var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
        if (type === 'number') {
          var n = parseFloat(v);
          return isNaN(n) ? (ascending ? Infinity : -Infinity) : n;
        }
        return v.toLowerCase();
      };
      Array.prototype.forEach.call(matrix.tBodies, function (body) {
        var rows = metricRows(body);
        rows.sort(function (a, b) {
          var ka = key(a);
          var kb = key(b);
          var c = ka < kb ? -1 : ka > kb ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
