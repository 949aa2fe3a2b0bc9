// Enhancements only: every link and form works without this file.
(function () {
  "use strict";

  // Facet value filter boxes for long lists: typing narrows the values on the page; Enter
  // searches all of the facet's values on the server (the full list's own box is a form).
  document.querySelectorAll(".facet").forEach(function (facet) {
    var box = facet.querySelector(".facet-filter");
    var items = facet.querySelectorAll("li");
    if (!box || items.length < 8) return;
    box.hidden = false;
    if (box.dataset.more) {
      box.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && box.value.trim() !== "") {
          e.preventDefault();
          window.location.href = box.dataset.more + "&fq=" + encodeURIComponent(box.value.trim());
        }
      });
    }
    box.addEventListener("input", function () {
      var needle = box.value.trim().toLowerCase().replace(/ё/g, "е");
      items.forEach(function (li) {
        var name = li.textContent.toLowerCase().replace(/ё/g, "е");
        li.hidden = needle !== "" && name.indexOf(needle) < 0;
      });
    });
  });

  // Month histogram: drag across bars to narrow the date range to those months.
  var svg = document.getElementById("histogram");
  if (svg) {
    var links = Array.prototype.slice.call(svg.querySelectorAll("a[data-month]"));
    var start = null;
    var end = null;
    var dragging = false;
    function indexOf(target) {
      var a = target.closest ? target.closest("a[data-month]") : null;
      return a ? links.indexOf(a) : -1;
    }
    function paint() {
      links.forEach(function (a, i) {
        var bar = a.querySelector("rect:not(.hit)");
        var lo = Math.min(start, end), hi = Math.max(start, end);
        bar.classList.toggle("brushed", dragging && i >= lo && i <= hi);
      });
    }
    svg.addEventListener("mousedown", function (e) {
      var i = indexOf(e.target);
      if (i < 0) return;
      e.preventDefault();
      start = end = i;
      dragging = true;
      paint();
    });
    svg.addEventListener("mousemove", function (e) {
      if (!dragging) return;
      var i = indexOf(e.target);
      if (i >= 0 && i !== end) { end = i; paint(); }
    });
    document.addEventListener("mouseup", function () {
      if (!dragging) return;
      dragging = false;
      if (start === end) { window.location = links[start].getAttribute("href"); return; }
      var lo = links[Math.min(start, end)].dataset.month, hi = links[Math.max(start, end)].dataset.month;
      var last = new Date(Number(hi.slice(0, 4)), Number(hi.slice(5, 7)), 0).getDate();
      var url = new URL(window.location.href);
      url.searchParams.set("from", lo + "-01");
      url.searchParams.set("to", hi + "-" + String(last).padStart(2, "0"));
      url.searchParams.delete("after");
      url.searchParams.delete("p");
      window.location = url.toString();
    });
    svg.addEventListener("click", function (e) { if (indexOf(e.target) >= 0) e.preventDefault(); });
  }
})();
