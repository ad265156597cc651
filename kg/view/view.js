/* kg graph view: draws the embedded graph with vis-network and shows what a node or edge
   says (labels, dates, sources) in the info panel. All text from the data is set with
   textContent, never as HTML; links are kept only when they are http(s) URLs. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var panel = document.getElementById("kg-info");
  var pinned = null;
  var view = { network: network, nodes: nodes, edges: edges, ready: false, show: showNode };
  window.kgView = view;

  function ready() {
    if (view.ready) { return; }
    view.ready = true;
    document.body.setAttribute("data-state", "ready");
  }
  if (data.options.physics && data.options.physics.enabled && data.nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      if (!data.livePhysics) { network.setOptions({ physics: { enabled: false } }); }
      ready();
    });
  } else if (data.nodes.length) {
    network.once("afterDrawing", ready);
  } else {
    ready();
  }

  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    if (cls) { el.className = cls; }
    parent.appendChild(el);
    return el;
  }

  function row(table, name, value) {
    if (value === undefined || value === null || value === "") { return; }
    var tr = add(table, "tr");
    add(tr, "th", name);
    add(tr, "td", value);
  }

  function sources(parent, indexes) {
    if (!indexes || !indexes.length) { return; }
    add(parent, "h3", "Sources (" + indexes.length + ")");
    var list = add(parent, "ul", null, "kg-sources");
    indexes.slice(0, data.maxSources).forEach(function (i) {
      var article = data.articles[i];
      var item = add(list, "li");
      var title = article.title || article.iri;
      if (article.url && /^https?:\/\//i.test(article.url)) {
        var link = add(item, "a", title);
        link.href = article.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      } else {
        add(item, "span", title);
      }
      var meta = [article.date, article.publisher].filter(Boolean).join(", ");
      if (meta) { add(item, "span", " (" + meta + ")", "kg-meta"); }
    });
    if (indexes.length > data.maxSources) {
      add(parent, "p", "and " + (indexes.length - data.maxSources) + " more", "kg-meta");
    }
  }

  function open(title, cls) {
    panel.textContent = "";
    panel.hidden = false;
    var close = add(panel, "button", "\u00d7", "kg-close");
    close.type = "button";
    close.title = "close";
    close.addEventListener("click", function () { pinned = null; panel.hidden = true; });
    add(panel, "h2", title, cls);
    return add(panel, "table");
  }

  function showNode(id) {
    var info = data.info[id];
    if (!info) { return; }
    var table = open(nodes.get(id).fullLabel, "kg-kind-" + info.kind);
    row(table, "type", info.type);
    ["en", "zh"].forEach(function (lang) {
      var labels = (info.labels && info.labels[lang]) || [];
      row(table, lang === "en" ? "English" : "中文", labels.join(" · "));
    });
    row(table, "dates", info.start ? info.start + (info.end && info.end !== info.start ? " – " + info.end : "") : null);
    row(table, "code", info.code);
    row(table, "IRI", info.iri);
    sources(panel, info.sources);
  }

  function showEdge(id) {
    var edge = edges.get(id);
    if (!edge) { return; }
    var table = open(edge.label, "kg-edge");
    row(table, "from", nodes.get(edge.from).fullLabel);
    row(table, "to", nodes.get(edge.to).fullLabel);
    row(table, "relation", edge.relation);
    sources(panel, edge.sources);
  }

  network.on("hoverNode", function (params) { if (pinned === null) { showNode(params.node); } });
  network.on("hoverEdge", function (params) { if (pinned === null) { showEdge(params.edge); } });
  network.on("blurNode", function () { if (pinned === null) { panel.hidden = true; } });
  network.on("blurEdge", function () { if (pinned === null) { panel.hidden = true; } });
  network.on("click", function (params) {
    if (params.nodes.length) {
      pinned = params.nodes[0];
      showNode(pinned);
    } else if (params.edges.length) {
      pinned = params.edges[0];
      showEdge(pinned);
    } else {
      pinned = null;
      panel.hidden = true;
    }
  });
}());
