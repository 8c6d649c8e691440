// The impact dashboard's charts, drawn with Chart.js (its WebJar, loaded before this file). Each
// <canvas data-impact-chart> carries its chart as JSON, worded by the server (impact.internal.DashboardCharts):
// categories, axes with their titles and scales, series (the legend), the value written beside each mark and
// each mark's tooltip. This file only draws; the CSP allows no inline script.
//
// The statistics are folded (<details>): a chart is drawn once it is shown, and before printing, where it
// prints as the picture it is, scaled to the page (see upward.css), beside the tables that carry its figures.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return; // the tables still carry every figure
  }

  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function cssColour(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  var colours = {
    main: cssColour('--bs-primary', '#0b6b50'),
    muted: cssColour('--bs-secondary', '#6c757d'),
    text: cssColour('--bs-body-color', '#212529'),
    grid: cssColour('--bs-border-color', '#dee2e6')
  };

  function translucent(colour, alpha) {
    var hex = /^#([0-9a-f]{6})$/i.exec(colour);
    if (!hex) {
      return colour;
    }
    var n = parseInt(hex[1], 16);
    return 'rgba(' + (n >> 16) + ', ' + ((n >> 8) & 255) + ', ' + (n & 255) + ', ' + alpha + ')';
  }

  // The value beside each mark: above a column or a point, after a horizontal bar; the second line's values
  // below its points, so two lines' values do not overlap.
  var valueLabels = {
    id: 'upwardValueLabels',
    afterDatasetsDraw: function (chart) {
      var context = chart.ctx;
      var horizontal = chart.options.indexAxis === 'y';
      context.save();
      context.font = '12px ' + Chart.defaults.font.family;
      context.fillStyle = colours.text;
      chart.data.datasets.forEach(function (dataset, index) {
        if (!dataset.valueLabels || !chart.isDatasetVisible(index)) {
          return;
        }
        chart.getDatasetMeta(index).data.forEach(function (element, i) {
          var label = dataset.valueLabels[i];
          if (label === null || label === undefined || dataset.data[i] === null) {
            return;
          }
          if (dataset.kind === 'bar' && horizontal) {
            context.textAlign = 'left';
            context.textBaseline = 'middle';
            context.fillText(label, element.x + 4, element.y);
          } else if (dataset.kind === 'line' && dataset.tone === 'muted') {
            context.textAlign = 'center';
            context.textBaseline = 'top';
            context.fillText(label, element.x, element.y + 9);
          } else {
            context.textAlign = 'center';
            context.textBaseline = 'bottom';
            context.fillText(label, element.x, element.y - (dataset.kind === 'bar' ? 3 : 9));
          }
        });
      });
      context.restore();
    }
  };

  function dataset(series, valueAxis, indexAxis) {
    var colour = colours[series.tone] || colours.main;
    var common = {
      indexAxis: indexAxis,
      label: series.name,
      data: series.values,
      kind: series.kind,
      tone: series.tone,
      valueLabels: series.labels,
      tips: series.tips
    };
    if (series.kind === 'bar') {
      return Object.assign(common, {
        type: 'bar',
        backgroundColor: series.tone === 'muted' ? translucent(colour, 0.55) : colour,
        borderColor: colour,
        borderWidth: 1,
        base: valueAxis.min === null ? undefined : valueAxis.min,
        maxBarThickness: 56
      });
    }
    if (series.kind === 'range') {
      return Object.assign(common, {
        type: 'bar',
        backgroundColor: translucent(colour, 0.45),
        borderColor: colour,
        borderWidth: 1,
        barPercentage: 0.4,
        maxBarThickness: 18
      });
    }
    var point = series.kind === 'point';
    return Object.assign(common, {
      type: 'line',
      showLine: !point,
      spanGaps: false,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: 2,
      borderDash: series.tone === 'muted' ? [6, 4] : [],
      pointStyle: series.tone === 'muted' ? 'rectRot' : 'circle',
      pointRadius: point ? 6 : 5,
      pointHoverRadius: point ? 8 : 7
    });
  }

  function scale(axis, isValueAxis) {
    var options = {
      title: { display: true, text: axis.title, color: colours.text },
      ticks: { color: colours.text },
      grid: { color: colours.grid }
    };
    if (!isValueAxis) {
      options.grid.display = false;
      options.offset = true; // half a category's room at either end, so the first and last marks' values fit
      return options;
    }
    if (axis.min !== null) {
      options.min = axis.min;
    }
    if (axis.max !== null) {
      options.max = axis.max;
    } else {
      options.grace = '10%'; // room for the values written above the highest column
    }
    if (axis.step !== null) {
      options.ticks.stepSize = axis.step;
    }
    if (axis.whole) {
      options.ticks.precision = 0;
    }
    // zero is where a change turns from a loss to a gain: its line is drawn darker
    options.grid.color = function (context) {
      return context.tick && context.tick.value === 0 && axis.min !== 0 ? colours.muted : colours.grid;
    };
    return options;
  }

  function config(spec, still) {
    var horizontal = spec.horizontal;
    var valueAxis = horizontal ? spec.x : spec.y;
    return {
      type: spec.type,
      data: {
        labels: spec.categories,
        datasets: spec.series.map(function (series) {
          return dataset(series, valueAxis, horizontal ? 'y' : 'x');
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2), // sharp when printed
        animation: still || reducedMotion ? false : { duration: 400 },
        layout: { padding: { top: 4, right: horizontal ? 44 : 12 } },
        scales: {
          x: scale(spec.x, horizontal),
          y: scale(spec.y, !horizontal)
        },
        plugins: {
          title: { display: false },
          legend: {
            display: true,
            position: 'bottom',
            labels: { color: colours.text, usePointStyle: true }
          },
          tooltip: {
            callbacks: {
              label: function (context) {
                var tips = context.dataset.tips;
                return tips && tips[context.dataIndex] ? tips[context.dataIndex] : context.formattedValue;
              }
            }
          }
        }
      },
      plugins: [valueLabels]
    };
  }

  function hidden(canvas) {
    return canvas.closest('details:not([open])') !== null || canvas.getClientRects().length === 0;
  }

  function draw(canvas, still) {
    if (Chart.getChart(canvas) || hidden(canvas)) {
      return;
    }
    var spec = JSON.parse(canvas.getAttribute('data-impact-chart'));
    if (spec.horizontal) {
      // a row per category, tall enough for its bars, plus the axis and the legend
      var bars = spec.series.filter(function (series) { return series.kind === 'bar'; }).length || 1;
      canvas.parentNode.style.height = (spec.categories.length * (bars * 22 + 18) + 110) + 'px';
    }
    new Chart(canvas, config(spec, still));
  }

  function drawAll(still) {
    document.querySelectorAll('canvas[data-impact-chart]').forEach(function (canvas) { draw(canvas, still); });
  }

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = colours.text;
  drawAll(false);
  document.querySelectorAll('details').forEach(function (details) {
    details.addEventListener('toggle', function () {
      if (details.open) {
        drawAll(false);
      }
    });
  });
  // print-details.js (loaded before this deferred file) unfolds the statistics first; then every chart is
  // drawn, or finished, without animation, so the printed picture is complete
  window.addEventListener('beforeprint', function () {
    drawAll(true);
    document.querySelectorAll('canvas[data-impact-chart]').forEach(function (canvas) {
      var chart = Chart.getChart(canvas);
      if (chart) {
        chart.stop();
        chart.update('none');
      }
    });
  });
})();
