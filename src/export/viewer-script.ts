/**
 * The browser script of the HTML viewer (plain ES2017, inlined in the page).
 * It reads the graph from `<script id="markgraph-data">`, lays it out with
 * a deterministic force simulation, draws it as SVG and puts every piece of
 * text into the DOM with `textContent` only.
 */

/** Source of the viewer script. */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('markgraph-data').textContent);
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 1000, H = 700;
  var svg = document.getElementById('graph');
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var legend = document.getElementById('legend');
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
  var byKey = {};
  data.nodes.forEach(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    n.x = W / 2 + 250 * Math.cos(a); n.y = H / 2 + 250 * Math.sin(a); n.vx = 0; n.vy = 0;
    byKey[n.key] = n;
  });
  // Force layout: repulsion between all nodes, springs along edges, gravity to the centre.
  // Fewer rounds for big graphs (each round is quadratic), so the page stays responsive.
  var n2 = data.nodes.length * data.nodes.length, ROUNDS = Math.max(30, Math.min(300, Math.floor(2e7 / (n2 + 1))));
  for (var it = 0; it < ROUNDS; it++) {
    var t = 1 - it / ROUNDS;
    for (var i = 0; i < data.nodes.length; i++) {
      var p = data.nodes[i];
      for (var j = i + 1; j < data.nodes.length; j++) {
        var q = data.nodes[j];
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
    data.nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), max = 30 * t + 1;
      if (v > max) { n.vx *= max / v; n.vy *= max / v; }
      n.x += n.vx; n.y += n.vy; n.vx *= 0.5; n.vy *= 0.5;
    });
  }
  // Fit into the view box.
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  data.nodes.forEach(function (n) { minX = Math.min(minX, n.x); minY = Math.min(minY, n.y); maxX = Math.max(maxX, n.x); maxY = Math.max(maxY, n.y); });
  var sx = (W - 160) / Math.max(1, maxX - minX), sy = (H - 80) / Math.max(1, maxY - minY), sc = Math.min(sx, sy, 2);
  data.nodes.forEach(function (n) { n.x = 80 + (n.x - minX) * sc; n.y = 40 + (n.y - minY) * sc; });
  svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
  var defs = sv('defs', {});
  var marker = sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 20, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.appendChild(sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }));
  defs.appendChild(marker); svg.appendChild(defs);
  var edgeLayer = sv('g', { 'class': 'edges' }), nodeLayer = sv('g', { 'class': 'nodes' });
  svg.appendChild(edgeLayer); svg.appendChild(nodeLayer);
  data.edges.forEach(function (e) {
    var s = byKey[e.source], o = byKey[e.target];
    var g = sv('g', { 'class': 'edge' });
    g.appendChild(sv('line', { x1: s.x, y1: s.y, x2: o.x, y2: o.y, stroke: '#999', 'stroke-width': 1 + 2 * e.confidence, 'marker-end': 'url(#arrow)' }));
    var label = sv('text', { x: (s.x + o.x) / 2, y: (s.y + o.y) / 2 - 4, 'class': 'edge-label' });
    label.textContent = e.label;
    g.appendChild(label);
    edgeLayer.appendChild(g);
    e.element = g;
  });
  data.nodes.forEach(function (n) {
    var g = sv('g', { 'class': 'node', transform: 'translate(' + n.x + ',' + n.y + ')', tabindex: 0 });
    g.setAttribute('data-key', n.key);
    g.appendChild(sv('circle', { r: 10, fill: data.colours[n.type] || '#ccc', stroke: '#333' }));
    var label = sv('text', { x: 13, y: 4 });
    label.textContent = n.name;
    g.appendChild(label);
    var title = sv('title', {}); title.textContent = n.name + ' (' + n.type + ')'; g.appendChild(title);
    g.addEventListener('click', function () { select(n.key); });
    g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') select(n.key); });
    nodeLayer.appendChild(g);
    n.element = g;
  });
  Object.keys(data.colours).forEach(function (type) {
    var item = el('li');
    var swatch = el('span', { 'class': 'swatch' });
    swatch.style.background = data.colours[type];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(type));
    legend.appendChild(item);
  });
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
      item.appendChild(el('q', null, ev.sentence));
      var where = [ev.source, ev.line ? 'line ' + ev.line : '', ev.section.join(' › '), ev.date || ''].filter(Boolean).join(' · ');
      item.appendChild(el('div', { 'class': 'where' }, where));
      ul.appendChild(item);
    });
    li.appendChild(ul);
    return li;
  }
  function select(key) {
    var n = byKey[key];
    data.nodes.forEach(function (m) { m.element.classList.toggle('selected', m.key === key); });
    data.edges.forEach(function (e) { e.element.classList.toggle('active', e.source === key || e.target === key); });
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el('h2', null, n.name));
    panel.appendChild(el('p', { 'class': 'type' }, n.type + (n.aliases.length ? ' · also ' + n.aliases.join(', ') : '')));
    var rels = el('ul', { 'class': 'relations' });
    data.edges.forEach(function (e) {
      if (e.source === key) rels.appendChild(relationItem(e, true));
      else if (e.target === key) rels.appendChild(relationItem(e, false));
    });
    if (!rels.firstChild) panel.appendChild(el('p', null, 'No relations.'));
    panel.appendChild(rels);
  }
  function norm(s) { return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); }
  function matches(q) {
    q = norm(q.trim());
    if (!q) return [];
    return data.nodes.filter(function (n) { return norm(n.name).indexOf(q) >= 0 || n.aliases.some(function (a) { return norm(a).indexOf(q) >= 0; }); })
      .sort(function (a, b) { return (norm(a.name) === q ? 0 : 1) - (norm(b.name) === q ? 0 : 1) || a.name.length - b.name.length; });
  }
  search.addEventListener('input', function () {
    var found = matches(search.value), keys = {};
    found.forEach(function (n) { keys[n.key] = true; });
    data.nodes.forEach(function (n) { n.element.classList.toggle('dim', search.value.trim() !== '' && !keys[n.key]); });
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    var found = matches(search.value);
    if (found.length) select(found[0].key);
  });
})();
`
