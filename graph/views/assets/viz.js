/* policykg view: builds the vis-network from the JSON data block, tooltips, filters, search, highlight.
 * Document text is only ever put into the page with textContent (never innerHTML), and vis-network gets
 * tooltip *elements*, so nothing from a document can become markup or script. */
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("pkg-data").textContent);
  var DIM_NODE = { background: "rgba(210,210,210,0.35)", border: "rgba(190,190,190,0.5)" };
  var DIM_EDGE = { color: "rgba(200,200,200,0.25)", highlight: "rgba(200,200,200,0.25)" };
  var simplified = true;  // one script per page: Simplified unless the reader switches
  var highlighted = null;
  var near = null;  // the highlighted node and its neighbours

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function buildTip(tip) {
    var box = el("div", "pkg-tip");
    box.appendChild(el("div", "pkg-tip-h", tip.h));
    if (tip.c) { box.appendChild(el("div", "pkg-tip-c", tip.c)); }
    if (tip.f && tip.f.length) {
      var table = el("table", "pkg-tip-f");
      tip.f.forEach(function (kv) {
        var tr = el("tr");
        tr.appendChild(el("th", null, kv[0]));
        tr.appendChild(el("td", null, kv[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    (tip.q || []).forEach(function (ref) {
      if (!Object.prototype.hasOwnProperty.call(DATA.quotes, ref)) { return; }
      var q = DATA.quotes[ref];
      var quote = el("blockquote", "pkg-quote");
      quote.appendChild(el("div", "pkg-quote-src", [q.doc, q.clause].filter(Boolean).join(" · ")));
      quote.appendChild(el("div", "pkg-quote-text", q.text));
      box.appendChild(quote);
    });
    return box;
  }

  DATA.nodes.forEach(function (n) {
    n.title = buildTip(n.tip);
    n.baseColor = n.color;
  });
  DATA.edges.forEach(function (e) {
    e.title = buildTip(e.tip);
    e.baseColor = e.color;
  });

  window.pkgTiming = { parsed: Math.round(performance.now() - t0) };
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var container = document.getElementById("mynetwork");
  var status = document.getElementById("pkg-status");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  window.pkgTiming.network = Math.round(performance.now() - t0);

  // Computed layouts (ownership, system, document, coordination): group headings and the document outline's
  // tree connectors are drawn on the canvas (fillText: text, never markup).
  var LAYOUT = DATA.layout;
  var HEAD_FONT = "'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif";
  function drawTree(ctx) {
    ctx.save();
    ctx.strokeStyle = "#aab4be";
    ctx.lineWidth = 1;
    LAYOUT.tree.forEach(function (link) {
      var p = nodes.get(link[0]), c = nodes.get(link[1]);
      if (!p || !c || p.hidden || c.hidden) { return; }
      var pb = network.getBoundingBox(link[0]), cb = network.getBoundingBox(link[1]);
      if (cb.top < pb.bottom || Math.abs(cb.left - pb.left) > 120) { return; }  // continues in another column
      var x = pb.left + 8;
      ctx.beginPath();
      ctx.moveTo(x, pb.bottom);
      ctx.lineTo(x, (cb.top + cb.bottom) / 2);
      ctx.lineTo(cb.left, (cb.top + cb.bottom) / 2);
      ctx.stroke();
    });
    ctx.restore();
  }
  function headingFont(h) { return (h.size >= 18 ? "600 " : "") + h.size + "px " + HEAD_FONT; }
  function drawHeadings(ctx) {
    ctx.save();
    ctx.fillStyle = "#333";
    ctx.textBaseline = "middle";
    LAYOUT.headings.forEach(function (h) {
      ctx.font = headingFont(h);
      ctx.fillText(h.text, h.x, h.y);
    });
    ctx.restore();
  }
  // A 14-unit label drawn at this scale is 12 px on the screen. A chart that fits the window only at a smaller
  // scale is shown at this one, as wide as the window, and the page scrolls down it (the wheel scrolls, Ctrl+wheel
  // zooms the page); layouts.py lays such a chart out for the window's width.
  var READABLE_SCALE = 12 / 14;
  var MARGIN = 16;
  var main = document.getElementById("pkg-main");
  var tall = false;
  function chartBox() {
    // Like network.fit()'s box, but the headings above the columns count too.
    var box = null;
    nodes.getIds().forEach(function (id) {
      var b = network.getBoundingBox(id);
      box = box ? { left: Math.min(box.left, b.left), right: Math.max(box.right, b.right),
                    top: Math.min(box.top, b.top), bottom: Math.max(box.bottom, b.bottom) } : b;
    });
    if (!box) { return null; }
    var ctx = document.createElement("canvas").getContext("2d");
    LAYOUT.headings.forEach(function (h) {
      ctx.font = headingFont(h);
      box.top = Math.min(box.top, h.y - h.size);
      box.right = Math.max(box.right, h.x + ctx.measureText(h.text).width);
    });
    return box;
  }
  function setTall(on, height) {
    tall = on;
    container.style.height = on ? height + "px" : "";
    container.classList.toggle("pkg-tall", on);
    network.setOptions({ interaction: { zoomView: !on, dragView: !on } });
    network.setSize("100%", "100%");
  }
  function fitAll() {
    var box = chartBox();
    if (!box) { return; }
    var w = box.right - box.left, h = box.bottom - box.top;
    setTall(false);
    var r = container.getBoundingClientRect();
    var scale = 0.96 * Math.min(r.width / w, r.height / h);
    if (scale < READABLE_SCALE) {
      scale = Math.max(scale, Math.min(READABLE_SCALE, 0.96 * r.width / w));
      if (h * scale + 2 * MARGIN > r.height) { setTall(true, Math.ceil(h * scale + 2 * MARGIN)); }
    }
    main.scrollTop = 0;
    network.moveTo({ position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
                     scale: scale, animation: false });
  }
  function showNode(id) {
    // Bring a node into sight: the page scrolls to it on a tall chart, the camera moves on any other.
    if (!tall) { network.focus(id, { scale: 1.2, animation: false }); return; }
    var p = network.canvasToDOM(network.getPositions([id])[id]);
    var top = container.getBoundingClientRect().top - main.getBoundingClientRect().top;
    main.scrollTop = Math.max(0, main.scrollTop + top + p.y - main.clientHeight / 2);
  }
  if (LAYOUT) {
    network.on("beforeDrawing", drawTree);
    network.on("afterDrawing", drawHeadings);
    fitAll();
  }

  // Labels of a physics view (the whole graph, a focus, a query), placed like a map's: at a size that reads on
  // the screen whatever the zoom, the most telling names first (systems, documents, units, industries by their
  // measures), and a label only where it overlaps no label already placed. The rest appear on zooming in;
  // every name stays in its tooltip and in the search.
  var LABEL_SCREEN_PX = 13;
  var RANK = { IndustrySystem: 6, PolicyDocument: 5, Unit: 4, Industry: 4, IndustryCategory: 3, IndustryClass: 2, Region: 2 };
  function rankOf(n) { return (n.id === DATA.subject ? 100 : RANK[n.cls] || 0) * 1e6 + (n.value || 0); }
  function overlaps(a, b) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;
  }
  function labelBox(id) {
    var n = network.body.nodes[id];
    var s = n && n.labelModule.size;
    if (!s || !s.width) { return null; }
    var air = s.height * 0.15;
    return { left: s.left - air, top: s.top - air, right: s.left + s.width + air, bottom: s.top + s.height + air };
  }
  function declutter() {
    var size = Math.max(14, LABEL_SCREEN_PX / network.getScale());
    var candidates = nodes.get({ filter: function (n) { return !n.hidden && (!near || near[n.id]); } });
    nodes.update(candidates.map(function (n) {
      return { id: n.id, label: currentLabel(n), font: { size: size, color: n.font && n.font.color } };
    }));
    network.redraw();  // vis measures each label as it draws it
    candidates.sort(function (a, b) { return rankOf(b) - rankOf(a) || (a.id < b.id ? -1 : 1); });
    var placed = [];
    var hide = [];
    // Seen from afar (a large view, zoomed out), the measures, sections and targets stay dots: names first.
    var namesOnly = candidates.length > 150 && network.getScale() < 0.8;
    candidates.forEach(function (n) {
      var box = labelBox(n.id);
      if (box && (namesOnly && !RANK[n.cls] || placed.some(function (p) { return overlaps(p, box); }))) {
        // a box-shaped node holds its label: without it, back to its ordinary size
        hide.push({ id: n.id, label: " ", font: { size: 14, color: n.font && n.font.color } });
        return;
      }
      if (box) { placed.push(box); }
    });
    nodes.update(hide);
    network.redraw();
  }
  var declutterQueued = false;
  function queueDeclutter() {
    if (declutterQueued || LAYOUT) { return; }
    declutterQueued = true;
    window.requestAnimationFrame(function () { declutterQueued = false; declutter(); });
  }

  function markStable() {
    if (window.pkgStable) { return; }
    // Physics has done its job: stop it so a large view stays responsive (nodes can still be dragged).
    network.setOptions({ physics: { enabled: false } });
    if (!LAYOUT && nodes.length) {
      network.fit();
      declutter();
      network.on("zoom", queueDeclutter);
      network.on("dragEnd", queueDeclutter);
    }
    window.pkgStable = { ms: Math.round(performance.now() - t0), timing: window.pkgTiming };
    status.textContent = nodes.length + " nodes, " + edges.length + " edges · layout stable 布局完成" +
      (tall ? " · scroll down for the rest 向下滚动查看其余" : "");
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out… 布局中 " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", markStable);
  network.once("stabilized", markStable);
  if (nodes.length === 0 || !DATA.options.physics.enabled) { markStable(); }

  function currentLabel(n) { return simplified ? n.labelHans : n.labelOrig; }

  function highlight(id) {
    highlighted = id;
    near = {};
    near[id] = true;
    network.getConnectedNodes(id).forEach(function (x) { near[x] = true; });
    nodes.update(nodes.get().map(function (n) {
      return near[n.id]
        ? { id: n.id, color: n.baseColor, label: currentLabel(n) }
        : { id: n.id, color: DIM_NODE, label: " " };
    }));
    queueDeclutter();
    var touching = {};
    network.getConnectedEdges(id).forEach(function (x) { touching[x] = true; });
    edges.update(edges.get().map(function (e) {
      return { id: e.id, color: touching[e.id] ? e.baseColor : DIM_EDGE };
    }));
  }

  function clearHighlight() {
    highlighted = null;
    near = null;
    nodes.update(nodes.get().map(function (n) { return { id: n.id, color: n.baseColor, label: currentLabel(n) }; }));
    edges.update(edges.get().map(function (e) { return { id: e.id, color: e.baseColor }; }));
    queueDeclutter();
  }

  network.on("click", function (params) {
    if (params.nodes.length > 0) { highlight(params.nodes[0]); } else if (highlighted !== null) { clearHighlight(); }
  });

  function fillSelect(id, items) {
    var select = document.getElementById(id);
    items.forEach(function (item) {
      var opt = el("option", null, item.label);
      opt.value = item.id;
      select.appendChild(opt);
    });
    return select;
  }
  var byClass = fillSelect("pkg-filter-class", DATA.filters.classes);
  var byDoc = fillSelect("pkg-filter-doc", DATA.filters.docs);
  var bySystem = fillSelect("pkg-filter-system", DATA.filters.systems);

  function applyFilter() {
    var cls = byClass.value, doc = byDoc.value, sys = bySystem.value;
    var shown = 0;
    nodes.update(nodes.get().map(function (n) {
      var visible = (!cls || n.cls === cls) && (!doc || n.docs.indexOf(doc) >= 0) && (!sys || n.systems.indexOf(sys) >= 0);
      if (visible) { shown += 1; }
      return { id: n.id, hidden: !visible };
    }));
    queueDeclutter();
    status.textContent = shown + " of " + nodes.length + " nodes shown";
    return shown;
  }
  [byClass, byDoc, bySystem].forEach(function (s) { s.addEventListener("change", applyFilter); });

  var list = document.getElementById("pkg-search-list");
  var seen = {};
  DATA.nodes.forEach(function (n) {
    if (!seen[n.labelOrig]) {
      seen[n.labelOrig] = true;
      var opt = el("option");
      opt.value = n.labelOrig;
      list.appendChild(opt);
    }
  });
  var searchBox = document.getElementById("pkg-search");

  function search(text) {
    var q = String(text || "").trim().toLowerCase();
    if (!q) { return []; }
    var hits = nodes.get({ filter: function (n) { return !n.hidden && n.search.indexOf(q) >= 0; } });
    var ids = hits.map(function (n) { return n.id; });
    if (ids.length) {
      network.selectNodes(ids);
      highlight(ids[0]);
      if (LAYOUT) { showNode(ids[0]); } else { network.focus(ids[0], { scale: 1.2, animation: false }); }
    }
    status.textContent = ids.length + " match" + (ids.length === 1 ? "" : "es") + " for “" + text + "”";
    return ids;
  }
  document.getElementById("pkg-find").addEventListener("click", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(searchBox.value); } });
  searchBox.addEventListener("change", function () { search(searchBox.value); });

  var scriptButton = document.getElementById("pkg-script");
  function setSimplified(on) {
    simplified = Boolean(on);
    scriptButton.setAttribute("aria-pressed", String(simplified));
    scriptButton.textContent = simplified ? "原文 Original script" : "简体 Simplified";
    nodes.update(nodes.get().map(function (n) {
      return { id: n.id, label: near && !near[n.id] ? " " : currentLabel(n) };
    }));
    queueDeclutter();
  }
  scriptButton.addEventListener("click", function () { setSimplified(!simplified); });

  document.getElementById("pkg-reset").addEventListener("click", function () {
    byClass.value = byDoc.value = bySystem.value = "";
    applyFilter();
    clearHighlight();
    network.unselectAll();
    if (LAYOUT) { fitAll(); } else { network.fit(); }
  });

  window.pkg = {
    network: network, nodes: nodes, edges: edges, highlight: highlight, clearHighlight: clearHighlight,
    applyFilter: applyFilter, search: search, setSimplified: setSimplified, data: DATA,
    fit: LAYOUT ? fitAll : function () { network.fit(); },
    isTall: function () { return tall; }
  };
})();
