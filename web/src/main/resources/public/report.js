// Draws the report's chart (Chart.js) and makes the table sortable; the page works without it.
(function () {
  "use strict";
  var canvas = document.getElementById("report-chart");
  if (canvas && window.Chart) {
    var spec = JSON.parse(canvas.dataset.chart);
    var palette = ["#1f5fa8", "#e07b00", "#2a9d8f", "#c0392b", "#8e44ad", "#7f8c8d", "#d4a017", "#16a085", "#bbbbbb"];
    var datasets = spec.datasets.map(function (d, i) {
      return { label: d.label, data: d.data, backgroundColor: palette[i % palette.length], borderColor: palette[i % palette.length], fill: false, tension: 0.15 };
    });
    // a time axis is a line per series (the top ones and "others"), never a stack of every value; other groupings are bars
    var time = spec.kind === "time";
    var stacked = !time && datasets.length > 1;
    var white = { id: "white", beforeDraw: function (c) {
      c.ctx.save();
      c.ctx.globalCompositeOperation = "destination-over";
      c.ctx.fillStyle = "#fff";
      c.ctx.fillRect(0, 0, c.width, c.height);
      c.ctx.restore();
    } };
    var chart = new window.Chart(canvas, {
      type: time ? "line" : "bar",
      plugins: [white],
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.kind === "time" ? "x" : "y",
        animation: false,
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } },
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
    var png = document.getElementById("chart-png");
    if (png) {
      png.href = chart.toBase64Image("image/png", 1);
    }
    var csv = document.getElementById("chart-csv");
    if (csv) {
      // the chart's own numbers, as a spreadsheet opens them safely (a cell starting with = + - @ is text)
      var cell = function (v) {
        var s = String(v);
        if (/^[=+\-@\t\r]/.test(s)) {
          s = "'" + s;
        }
        return '"' + s.replace(/"/g, '""') + '"';
      };
      var lines = [[""].concat(spec.datasets.map(function (d) { return d.label; })).map(cell).join(",")];
      spec.labels.forEach(function (label, i) {
        lines.push([label].concat(spec.datasets.map(function (d) { return d.data[i]; })).map(cell).join(","));
      });
      csv.href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + lines.join("\r\n") + "\r\n");
    }
    canvas.dataset.rendered = "true";
  }
  var table = document.getElementById("report-table");
  if (table) {
    table.querySelectorAll("thead th").forEach(function (th, col) {
      th.style.cursor = "pointer";
      th.title = "Сортировать";
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var desc = th.dataset.order !== "desc";
        th.dataset.order = desc ? "desc" : "asc";
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var nx = Number(x), ny = Number(y);
          var cmp = isNaN(nx) || isNaN(ny) ? x.localeCompare(y, "ru") : nx - ny;
          return desc ? -cmp : cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
})();
