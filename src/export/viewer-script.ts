/**
 * The browser script of the HTML viewer (plain ES2017, inlined in the page).
 * It reads the graph from `<script id="markgraph-data">`, lays it out with
 * a deterministic force simulation, draws it as SVG, places edge labels
 * where they overlap nothing, and puts every piece of text into the DOM
 * with `textContent` only.
 */

/** Source of the viewer script. */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('markgraph-data').textContent);
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 1000, H = 700, R = 10;
  var svg = document.getElementById('graph');
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var legend = document.getElementById('legend');
  var isolatedBox = document.getElementById('isolated');
  var isolatedToggle = document.getElementById('isolated-toggle');
  if (data.title) { document.title = data.title + ' · markgraph'; document.getElementById('title').textContent = data.title; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function sv(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  var byKey = {}, degree = {};
  data.nodes.forEach(function (n) { byKey[n.key] = n; degree[n.key] = 0; });
  data.edges.forEach(function (e) { degree[e.source]++; degree[e.target]++; });
  var isolated = data.nodes.filter(function (n) { return degree[n.key] === 0; });
  // Entities without relations are clutter in a picture of relations: hidden
  // unless asked for (or unless there is nothing else to show).
  var showIsolated = isolated.length === data.nodes.length;
  isolatedBox.checked = showIsolated;
  if (isolated.length === 0) isolatedToggle.hidden = true;
  isolatedToggle.appendChild(document.createTextNode(' entities without relations (' + isolated.length + ')'));
  var selected = null;

  // Force layout of the shown nodes: repulsion between all, springs along
  // edges, gravity to the centre. Fewer rounds for big graphs (each round is
  // quadratic), so the page stays responsive. Deterministic: no randomness.
  function layout(nodes) {
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, nodes.length);
      n.x = W / 2 + 250 * Math.cos(a); n.y = H / 2 + 250 * Math.sin(a); n.vx = 0; n.vy = 0;
    });
    var n2 = nodes.length * nodes.length, ROUNDS = Math.max(30, Math.min(300, Math.floor(2e7 / (n2 + 1))));
    for (var it = 0; it < ROUNDS; it++) {
      var t = 1 - it / ROUNDS;
      for (var i = 0; i < nodes.length; i++) {
        var p = nodes[i];
        for (var j = i + 1; j < nodes.length; j++) {
          var q = nodes[j];
          var dx = p.x - q.x, dy = p.y - q.y, d2 = dx * dx + dy * dy + 0.01, d = Math.sqrt(d2);
          var f = 8000 / d2;
          p.vx += f * dx / d; p.vy += f * dy / d; q.vx -= f * dx / d; q.vy -= f * dy / d;
        }
      }
      data.edges.forEach(function (e) {
        var s = byKey[e.source], o = byKey[e.target];
        var dx = o.x - s.x, dy = o.y - s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = (d - 140) * 0.02;
        s.vx += f * dx / d; s.vy += f * dy / d; o.vx -= f * dx / d; o.vy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
        var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), max = 30 * t + 1;
        if (v > max) { n.vx *= max / v; n.vy *= max / v; }
        n.x += n.vx; n.y += n.vy; n.vx *= 0.5; n.vy *= 0.5;
      });
    }
    // Fit into the view box.
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) { minX = Math.min(minX, n.x); minY = Math.min(minY, n.y); maxX = Math.max(maxX, n.x); maxY = Math.max(maxY, n.y); });
    var sx = (W - 220) / Math.max(1, maxX - minX), sy = (H - 80) / Math.max(1, maxY - minY), sc = Math.min(sx, sy, 2);
    nodes.forEach(function (n) { n.x = 60 + (n.x - minX) * sc; n.y = 40 + (n.y - minY) * sc; });
  }

  // Edges between the same two entities are drawn as arcs bent apart, so
  // none hides another: each gets a control point off the middle.
  function curves() {
    var groups = {};
    data.edges.forEach(function (e) {
      var pair = e.source < e.target ? e.source + '\n' + e.target : e.target + '\n' + e.source;
      (groups[pair] = groups[pair] || []).push(e);
    });
    Object.keys(groups).forEach(function (pair) {
      var list = groups[pair], ends = pair.split('\n'), a = byKey[ends[0]], b = byKey[ends[1]];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      list.forEach(function (e, i) {
        var bend = (i - (list.length - 1) / 2) * 36;
        e.cx = (a.x + b.x) / 2 - dy / d * bend; e.cy = (a.y + b.y) / 2 + dx / d * bend;
      });
    });
  }
  function pointAt(e, t) {
    var s = byKey[e.source], o = byKey[e.target], u = 1 - t;
    return { x: u * u * s.x + 2 * u * t * e.cx + t * t * o.x, y: u * u * s.y + 2 * u * t * e.cy + t * t * o.y };
  }
  function towards(from, to, by) {
    var dx = to.x - from.x, dy = to.y - from.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
    return { x: from.x + dx / d * by, y: from.y + dy / d * by };
  }

  // Boxes already taken, in a grid of buckets so each test is local.
  function Occupied() { this.cells = {}; }
  Occupied.prototype.keys = function (b) {
    var out = [];
    for (var i = Math.floor(b.x1 / 60); i <= Math.floor(b.x2 / 60); i++) for (var j = Math.floor(b.y1 / 60); j <= Math.floor(b.y2 / 60); j++) out.push(i + ',' + j);
    return out;
  };
  Occupied.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { (cells[k] = cells[k] || []).push(b); });
  };
  Occupied.prototype.hits = function (b) {
    var cells = this.cells;
    return this.keys(b).some(function (k) {
      return (cells[k] || []).some(function (c) { return b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < b.y2; });
    });
  };
  function box(x, y, w, h, pad) { return { x1: x - w / 2 - pad, y1: y - h / 2 - pad, x2: x + w / 2 + pad, y2: y + h / 2 + pad }; }

  // Each edge label goes to the first spot along its edge (middle first,
  // then off to either side) that overlaps no node, node name or label
  // placed before it; a label with no free spot is hidden (the side panel
  // and the edge's tooltip still name the relation). The selected entity's
  // relations are placed first, then the most confident.
  var SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
  var SHIFTS = [0, -9, 9, -18, 18];
  function placeLabels(shown) {
    var taken = new Occupied();
    shown.forEach(function (n) {
      taken.add(box(n.x, n.y, 2 * R, 2 * R, 1));
      var b = n.label.getBBox();
      taken.add({ x1: n.x + b.x - 1, y1: n.y + b.y - 1, x2: n.x + b.x + b.width + 1, y2: n.y + b.y + b.height + 1 });
    });
    var order = data.edges.slice().sort(function (a, b) {
      var pa = selected && (a.source === selected || a.target === selected) ? 0 : 1, pb = selected && (b.source === selected || b.target === selected) ? 0 : 1;
      return pa - pb || b.confidence - a.confidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    order.forEach(function (e) {
      var label = e.labelElement, w = e.labelWidth, h = e.labelHeight;
      var s = byKey[e.source], o = byKey[e.target], dx = o.x - s.x, dy = o.y - s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      for (var i = 0; i < SPOTS.length; i++) {
        for (var j = 0; j < SHIFTS.length; j++) {
          var p = pointAt(e, SPOTS[i]), x = p.x - dy / d * SHIFTS[j], y = p.y + dx / d * SHIFTS[j], b = box(x, y, w, h, 1);
          if (b.x1 < 0 || b.y1 < 0 || b.x2 > W || b.y2 > H || taken.hits(b)) continue;
          taken.add(b);
          label.setAttribute('x', x); label.setAttribute('y', y);
          label.classList.remove('off');
          return;
        }
      }
      label.classList.add('off');
    });
  }

  var shownNodes = [];
  function render() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    shownNodes = data.nodes.filter(function (n) { return showIsolated || degree[n.key] > 0; });
    layout(shownNodes);
    curves();
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    var defs = sv('defs', {});
    var marker = sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
    marker.appendChild(sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }));
    defs.appendChild(marker); svg.appendChild(defs);
    var background = sv('rect', { x: 0, y: 0, width: W, height: H, fill: 'transparent', 'class': 'background' });
    background.addEventListener('click', function () { select(null); });
    svg.appendChild(background);
    var edgeLayer = sv('g', { 'class': 'edges' }), labelLayer = sv('g', { 'class': 'edge-labels' }), nodeLayer = sv('g', { 'class': 'nodes' });
    svg.appendChild(edgeLayer); svg.appendChild(nodeLayer); svg.appendChild(labelLayer);
    data.edges.forEach(function (e) {
      var s = byKey[e.source], o = byKey[e.target], c = { x: e.cx, y: e.cy };
      var from = towards(s, c, R), to = towards(o, c, R + 1);
      var g = sv('g', { 'class': 'edge' });
      g.setAttribute('data-key', e.key);
      g.appendChild(sv('path', { d: 'M ' + from.x + ' ' + from.y + ' Q ' + c.x + ' ' + c.y + ' ' + to.x + ' ' + to.y, fill: 'none', stroke: '#999', 'stroke-width': 1 + 2 * e.confidence, 'marker-end': 'url(#arrow)' }));
      var title = sv('title', {}); title.textContent = s.name + ' ' + e.label + ' ' + o.name; g.appendChild(title);
      edgeLayer.appendChild(g);
      e.element = g;
      var label = sv('text', { x: 0, y: 0, 'class': 'edge-label' });
      label.setAttribute('data-key', e.key);
      label.textContent = e.label;
      labelLayer.appendChild(label);
      e.labelElement = label;
    });
    // Measured after all are in the page: one layout, not one per label.
    data.edges.forEach(function (e) { var b = e.labelElement.getBBox(); e.labelWidth = b.width; e.labelHeight = b.height; });
    shownNodes.forEach(function (n) {
      var g = sv('g', { 'class': 'node', transform: 'translate(' + n.x + ',' + n.y + ')', tabindex: 0 });
      g.setAttribute('data-key', n.key);
      g.appendChild(sv('circle', { r: R, fill: data.colours[n.type] || '#ccc', stroke: '#333' }));
      var label = sv('text', { x: R + 3, y: 4 });
      label.textContent = n.name;
      g.appendChild(label);
      var title = sv('title', {}); title.textContent = n.name + ' (' + n.type + ')'; g.appendChild(title);
      g.addEventListener('click', function () { select(n.key); });
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') select(n.key); });
      nodeLayer.appendChild(g);
      n.element = g; n.label = label;
    });
    data.nodes.forEach(function (n) { if (!(showIsolated || degree[n.key] > 0)) n.element = null; });
    placeLabels(shownNodes);
    highlight();
  }

  Object.keys(data.colours).forEach(function (type) {
    var item = el('li');
    var swatch = el('span', { 'class': 'swatch' });
    swatch.style.background = data.colours[type];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(type));
    legend.appendChild(item);
  });

  // Quotation marks: a sentence is shown as written (it may itself open or
  // close with a quote), a quotation gets marks only where it has none.
  var MARKS = /^[\s"“”„«»]+|[\s"“”„«»]+$/g;
  function quoted(text) { return '“' + text.replace(MARKS, '') + '”'; }
  function relationItem(e, outgoing) {
    var other = byKey[outgoing ? e.target : e.source];
    var li = el('li', { 'class': 'relation' });
    var head = el('div', { 'class': 'relation-head' });
    var me = byKey[outgoing ? e.source : e.target];
    var link = el('a', { href: '#' }, other.name);
    link.addEventListener('click', function (ev) { ev.preventDefault(); select(other.key); });
    if (outgoing) { head.appendChild(document.createTextNode(me.name + ' ' + e.label + ' ')); head.appendChild(link); }
    else { head.appendChild(link); head.appendChild(document.createTextNode(' ' + e.label + ' ' + me.name)); }
    head.appendChild(el('span', { 'class': 'confidence' }, ' (' + e.confidence + ')'));
    li.appendChild(head);
    var ul = el('ul', { 'class': 'evidence' });
    e.evidence.forEach(function (ev) {
      var item = el('li');
      item.appendChild(el('blockquote', { 'class': 'sentence' }, ev.sentence));
      item.appendChild(el('div', { 'class': 'where' }, where(ev)));
      ul.appendChild(item);
    });
    li.appendChild(ul);
    return li;
  }
  function where(ev) { return [ev.source, ev.line ? 'line ' + ev.line : '', ev.section.join(' › '), ev.date || ''].filter(Boolean).join(' · '); }

  function highlight() {
    var near = {};
    if (selected) data.edges.forEach(function (e) { if (e.source === selected) near[e.target] = true; if (e.target === selected) near[e.source] = true; });
    data.nodes.forEach(function (m) {
      if (!m.element) return;
      m.element.classList.toggle('selected', m.key === selected);
      m.element.classList.toggle('neighbour', !!near[m.key]);
      m.element.classList.toggle('dim', !!selected && m.key !== selected && !near[m.key]);
    });
    data.edges.forEach(function (e) {
      var on = !!selected && (e.source === selected || e.target === selected);
      e.element.classList.toggle('active', on);
      e.element.classList.toggle('dim', !!selected && !on);
      e.labelElement.classList.toggle('active', on);
      e.labelElement.classList.toggle('dim', !!selected && !on);
    });
  }

  function select(key) {
    selected = key;
    if (key && !byKey[key].element) { showIsolated = true; isolatedBox.checked = true; render(); return select(key); }
    placeLabels(shownNodes);
    highlight();
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    if (!key) { panel.appendChild(el('p', null, 'Click an entity, or search for one, to see its relations and the sentences they come from.')); return; }
    var n = byKey[key];
    panel.appendChild(el('h2', null, n.name));
    panel.appendChild(el('p', { 'class': 'type' }, n.type + (n.aliases.length ? ' · also ' + n.aliases.join(', ') : '')));
    var rels = el('ul', { 'class': 'relations' });
    data.edges.forEach(function (e) {
      if (e.source === key) rels.appendChild(relationItem(e, true));
      else if (e.target === key) rels.appendChild(relationItem(e, false));
    });
    if (!rels.firstChild) panel.appendChild(el('p', null, 'No relations.'));
    panel.appendChild(rels);
    if (n.quotes.length) {
      panel.appendChild(el('h3', null, 'Quotes'));
      var qs = el('ul', { 'class': 'quotes' });
      n.quotes.forEach(function (q) {
        var item = el('li');
        item.appendChild(el('p', { 'class': 'quote' }, quoted(q.text)));
        item.appendChild(el('div', { 'class': 'where' }, where(q)));
        qs.appendChild(item);
      });
      panel.appendChild(qs);
    }
  }

  function norm(s) { return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); }
  function matches(q) {
    q = norm(q.trim());
    if (!q) return [];
    return data.nodes.filter(function (n) { return norm(n.name).indexOf(q) >= 0 || n.aliases.some(function (a) { return norm(a).indexOf(q) >= 0; }); })
      .sort(function (a, b) { return (norm(a.name) === q ? 0 : 1) - (norm(b.name) === q ? 0 : 1) || a.name.length - b.name.length; });
  }
  // Typing dims what does not match; Enter selects the best match, which
  // then lights up with its neighbours like a click does.
  search.addEventListener('input', function () {
    var found = matches(search.value), keys = {}, typing = search.value.trim() !== '';
    found.forEach(function (n) { keys[n.key] = true; });
    if (typing) { selected = null; highlight(); }
    data.nodes.forEach(function (n) { if (n.element) n.element.classList.toggle('dim', typing && !keys[n.key]); });
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { search.value = ''; select(null); return; }
    if (ev.key !== 'Enter') return;
    var found = matches(search.value);
    if (found.length) select(found[0].key);
  });
  isolatedBox.addEventListener('change', function () {
    showIsolated = isolatedBox.checked;
    if (!showIsolated && selected && degree[selected] === 0) selected = null;
    render();
    select(selected);
  });
  render();
})();
`
