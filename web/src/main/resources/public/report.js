// Draws the report's chart (Chart.js) and makes the table sortable; the page works without it.
(function () {
  "use strict";

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // The chart as a vector drawing (Chart.js draws on a canvas only): lines over a time axis, stacked
  // bars otherwise, the same series, colours and order, with axes and a legend — for a newsroom's graphics desk.
  function toSvg(spec, palette, time) {
    var W = 1000, H = 460, left = 60, right = 80, top = 30 + 18 * Math.ceil(spec.datasets.length / 4), bottom = 90;
    var n = spec.labels.length, out = [];
    var max = 0;
    for (var i = 0; i < n; i++) {
      var sum = 0;
      spec.datasets.forEach(function (d) {
        sum += d.data[i] || 0;
        max = Math.max(max, d.data[i] || 0);
      });
      if (!time) {
        max = Math.max(max, sum);
      }
    }
    max = max || 1;
    var step = Math.pow(10, Math.floor(Math.log10(max)));
    var top5 = Math.ceil(max / step) * step;
    var pw = W - left - right, ph = H - top - bottom;
    var x = function (i) { return left + (n <= 1 ? pw / 2 : (time ? i * pw / (n - 1) : (i + 0.5) * pw / n)); };
    var y = function (v) { return top + ph - v / top5 * ph; };
    out.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + W + '" height="' + H + '" viewBox="0 0 ' + W + " " + H
      + '" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">');
    out.push('<rect width="100%" height="100%" fill="#fff"/>');
    var ticks = top5 < 5 ? top5 : 5; // whole numbers: these are counts
    for (var t = 0; t <= ticks; t++) {
      var v = top5 * t / ticks, yy = y(v).toFixed(1);
      out.push('<line x1="' + left + '" x2="' + (W - right) + '" y1="' + yy + '" y2="' + yy + '" stroke="#e5e5e5"/>');
      out.push('<text x="' + (left - 6) + '" y="' + yy + '" text-anchor="end" dominant-baseline="middle">' + esc(+v.toFixed(2)) + "</text>");
    }
    var every = Math.max(1, Math.ceil(n / 40));
    spec.labels.forEach(function (label, i) {
      if (i % every === 0) {
        out.push('<text transform="translate(' + x(i).toFixed(1) + "," + (top + ph + 8) + ') rotate(45)">' + esc(label) + "</text>");
      }
    });
    if (time) {
      spec.datasets.forEach(function (d, k) {
        var pts = d.data.map(function (v, i) { return x(i).toFixed(1) + "," + y(v || 0).toFixed(1); }).join(" ");
        out.push('<polyline fill="none" stroke-width="2" stroke="' + palette[k % palette.length] + '" points="' + pts + '"><title>'
          + esc(d.label) + "</title></polyline>");
      });
    } else {
      var bw = pw / n * 0.8;
      for (var j = 0; j < n; j++) {
        var base = 0;
        spec.datasets.forEach(function (d, k) {
          var v = d.data[j] || 0;
          if (v > 0) {
            out.push('<rect class="bar" x="' + (x(j) - bw / 2).toFixed(1) + '" y="' + y(base + v).toFixed(1) + '" width="' + bw.toFixed(1)
              + '" height="' + (y(base) - y(base + v)).toFixed(1) + '" fill="' + palette[k % palette.length] + '"><title>'
              + esc(spec.labels[j] + ": " + d.label + " " + v) + "</title></rect>");
          }
          base += v;
        });
      }
    }
    spec.datasets.forEach(function (d, k) {
      var lx = left + (k % 4) * 230, ly = 14 + 18 * Math.floor(k / 4);
      out.push('<rect x="' + lx + '" y="' + (ly - 9) + '" width="14" height="10" fill="' + palette[k % palette.length] + '"/>');
      out.push('<text x="' + (lx + 20) + '" y="' + ly + '">' + esc(d.label) + "</text>");
    });
    out.push("</svg>");
    return out.join("\n");
  }
  var canvas = document.getElementById("report-chart");
  if (canvas && window.Chart) {
    var spec = JSON.parse(canvas.dataset.chart);
    var palette = ["#1f5fa8", "#e07b00", "#2a9d8f", "#c0392b", "#8e44ad", "#7f8c8d", "#d4a017", "#16a085", "#bbbbbb"];
    var datasets = spec.datasets.map(function (d, i) {
      return { label: d.label, data: d.data, backgroundColor: palette[i % palette.length], borderColor: palette[i % palette.length], fill: false, tension: 0.15 };
    });
    // a time axis is a line per series (the top ones and "others"), never a stack of every value; other groupings are bars
    var time = spec.kind === "time";
    var stacked = !time && datasets.length > 1 && !spec.measured; // a median or a share does not add up
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
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: spec.measured ? {} : { precision: 0 },
          title: { display: !!spec.measured, text: spec.measure || "" } } },
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
    // small multiples: one small chart per series on the same scale, where one chart of many lines is a tangle
    var grid = document.getElementById("small-multiples");
    if (grid && time && spec.datasets.length > 2) {
      var top = 0;
      spec.datasets.forEach(function (d) { d.data.forEach(function (v) { top = Math.max(top, v || 0); }); });
      spec.datasets.forEach(function (d, i) {
        var cell = document.createElement("figure");
        cell.className = "multiple";
        var title = document.createElement("figcaption");
        title.textContent = d.label;
        var small = document.createElement("canvas");
        small.height = 160;
        cell.appendChild(title);
        cell.appendChild(small);
        grid.appendChild(cell);
        new window.Chart(small, {
          type: "line",
          plugins: [white],
          data: { labels: spec.labels, datasets: [{ label: d.label, data: d.data, borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length], pointRadius: 0, fill: false, tension: 0.15 }] },
          options: { animation: false, plugins: { legend: { display: false } },
            scales: { x: { ticks: { maxTicksLimit: 4, maxRotation: 0 } }, y: { beginAtZero: true, suggestedMax: top, ticks: { precision: 0 } } } }
        });
      });
      grid.hidden = false;
    }
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
    var svg = document.getElementById("chart-svg");
    if (svg) {
      svg.href = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(toSvg(spec, palette, time));
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
          // a measured cell sorts by its value, not by the text under it
          var x = a.cells[col].dataset.sort !== undefined ? a.cells[col].dataset.sort : a.cells[col].textContent.trim();
          var y = b.cells[col].dataset.sort !== undefined ? b.cells[col].dataset.sort : b.cells[col].textContent.trim();
          var nx = x === "" ? NaN : Number(x), ny = y === "" ? NaN : Number(y);
          var cmp = isNaN(nx) || isNaN(ny) ? x.localeCompare(y, "ru") : nx - ny;
          return desc ? -cmp : cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
})();
