/* policykg report: sortable tables and the evidence panel. Text only ever goes in with textContent. */
(function () {
  "use strict";
  var GROUPS = JSON.parse(document.getElementById("r-groups").textContent);
  var panel = document.getElementById("r-panel");
  var body = document.getElementById("r-panel-body");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }

  function show(group) {
    while (body.firstChild) { body.removeChild(body.firstChild); }
    var refs = GROUPS[group] || [];
    body.appendChild(el("h3", null, refs.length + " source clause" + (refs.length === 1 ? "" : "s") + " 原文条款"));
    refs.forEach(function (ref) {
      var item = document.getElementById("ev-" + ref);
      if (!item) { return; }
      var q = el("blockquote");
      q.appendChild(el("div", "src", item.querySelector(".src").textContent));
      q.appendChild(el("div", "text", item.querySelector(".text").textContent));
      body.appendChild(q);
    });
    panel.hidden = false;
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.ev") : null;
    if (!a) { return; }
    ev.preventDefault();
    show(Number(a.getAttribute("data-g")));
  });
  document.getElementById("r-close").addEventListener("click", function () { panel.hidden = true; });

  function key(td, type) {
    if (type === "num") { return Number(td.getAttribute("data-v") || td.textContent) || 0; }
    return td.textContent.trim();
  }
  function sortBy(th) {
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var type = th.getAttribute("data-type") || "text";
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[index], type), y = key(b.cells[index], type);
      var c = type === "num" ? x - y : String(x).localeCompare(String(y), "zh");
      return asc ? c : -c;
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable th:not(.nosort)"), function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });
  window.pkgReport = { show: show, sortBy: sortBy, ready: true };
})();
