// Draws the dashboard's charts with ECharts from the JSON the page carries; every chart has a table of the same
// numbers next to it, and a toolbox button that saves it as PNG.
(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var labels = data.labels;
  var toolbox = { feature: { saveAsImage: { title: labels.save, pixelRatio: 2 } } };
  var palette = ['#b3261e', '#1f5fa8', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#5d4037', '#455a64'];

  var options = {
    coverage: function (d) {
      var max = 1;
      d.cells.forEach(function (c) { max = Math.max(max, c[2]); });
      return {
        toolbox: toolbox, tooltip: { position: 'top' },
        grid: { left: 220, right: 20, top: 30, bottom: 70 },
        xAxis: { type: 'category', data: d.channels, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
        yAxis: { type: 'category', data: d.themes, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
        visualMap: { min: 0, max: max, show: false, inRange: { color: ['#fdecea', '#b3261e'] } },
        series: [{ type: 'heatmap', data: d.cells, label: { show: true } }]
      };
    },
    completeness: function (d) {
      return {
        color: palette, toolbox: toolbox, tooltip: { trigger: 'axis' },
        legend: { data: [labels.completeness, labels.timeliness] },
        grid: { left: 50, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: d.periods },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [{ name: labels.completeness, type: 'line', data: d.completeness, connectNulls: false },
          { name: labels.timeliness, type: 'line', data: d.timeliness, connectNulls: false }]
      };
    },
    trend: function (d) {
      return {
        color: palette, toolbox: toolbox, tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', data: d.series.map(function (s) { return s.name; }) },
        grid: { left: 50, right: 20, top: 50, bottom: 40 },
        xAxis: { type: 'category', data: d.months },
        yAxis: { type: 'value', name: labels.activities },
        series: d.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'all', data: s.data }; })
      };
    },
    assignments: function (d) {
      return {
        color: ['#2e7d32', '#b26a00', '#1f5fa8', '#b3261e'], toolbox: toolbox, tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: d, label: { formatter: '{b}: {c}' } }]
      };
    },
    units: function (d) {
      return {
        color: palette, toolbox: toolbox, tooltip: { trigger: 'axis' },
        grid: { left: 220, right: 30, top: 30, bottom: 30 },
        xAxis: { type: 'value', name: labels.perUnit },
        yAxis: { type: 'category', data: d.names, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
        series: [{ type: 'bar', data: d.values, label: { show: true, position: 'right' } }]
      };
    }
  };

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var name = element.getAttribute('data-chart');
    if (!options[name] || !data[name]) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(options[name](data[name]));
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
