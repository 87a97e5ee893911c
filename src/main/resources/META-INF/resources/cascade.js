// The cascade page: pick a directive, meeting or initiative; draw its cascade layered by level with cytoscape.
(function () {
  'use strict';

  const LEVELS = ['CENTRAL', 'MINISTRY', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'UNKNOWN'];
  const COLORS = { DIRECTIVE: '#b23b3b', MEETING: '#2f6db3', TASK: '#3a8f4b', INITIATIVE: '#8a5cb8' };

  const CASCADE = `query($from: ID!, $direction: CascadeDirection, $depth: Int) {
    cascade(from: $from, direction: $direction, maxDepth: $depth) {
      root { id }
      truncated
      nodes { id kind label level body date depth placeholder evidence { article text } }
      edges { from to type fromLevel toLevel confidence matchedBy referencedAs evidence { article text } }
      summary { level month meetings tasks }
    }
  }`;

  const STARTS = `{
    directives(first: 50) { nodes { id text } }
    meetings(first: 100) { nodes { id name date placeholder } }
    initiatives(first: 50) { nodes { id name } }
  }`;

  const $ = (id) => document.getElementById(id);
  let cy = null;

  const gql = window.policygraphQuery;

  function option(value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  async function loadStarts(wanted) {
    const data = await gql(STARTS);
    const select = $('start');
    select.innerHTML = '';
    const groups = [
      ['Directives', data.directives.nodes.map(d => [d.id, d.text])],
      ['Meetings', data.meetings.nodes.filter(m => !m.placeholder).map(m => [m.id, (m.date || '') + ' ' + m.name])],
      ['Initiatives', data.initiatives.nodes.map(i => [i.id, i.name])]
    ];
    for (const [label, items] of groups) {
      const group = document.createElement('optgroup');
      group.label = label;
      items.forEach(([id, text]) => group.appendChild(option(id, text)));
      select.appendChild(group);
    }
    if (wanted) {
      if (![...select.options].some(o => o.value === wanted)) {
        select.appendChild(option(wanted, wanted));
      }
      select.value = wanted;
    }
  }

  function nodeLabel(n) {
    const text = n.label && n.label.length > 22 ? n.label.slice(0, 21) + '…' : (n.label || n.id);
    const meta = [n.date, n.body].filter(Boolean).join(' · ');
    return meta ? text + '\n' + meta : text;
  }

  function draw(cascade) {
    const elements = [];
    cascade.nodes.forEach(n => elements.push({ data: {
      id: n.id, label: nodeLabel(n), kind: n.kind, level: n.level, node: n,
      rank: LEVELS.indexOf(n.level) * 10 + (n.kind === 'TASK' ? 5 : 0),
      placeholder: n.placeholder ? 'yes' : 'no', color: COLORS[n.kind] || '#666'
    } }));
    cascade.edges.forEach((e, i) => elements.push({ data: {
      id: 'e' + i, source: e.from, target: e.to, type: e.type, edge: e,
      label: e.type === 'RELAYS' && e.matchedBy === 'fuzzy' ? 'RELAYS ~' + e.confidence : e.type
    } }));
    if (cy) {
      cy.destroy();
    }
    // Roots of a breadthfirst layout: the topmost level present, so the picture reads top-down by level.
    const topRank = Math.min(...cascade.nodes.map(n => LEVELS.indexOf(n.level) * 10 + (n.kind === 'TASK' ? 5 : 0)));
    cy = cytoscape({
      container: $('graph'),
      elements,
      wheelSensitivity: 0.3,
      maxZoom: 1.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 160, 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': 'data(color)', 'width': 22, 'height': 22 } },
        { selector: 'node[kind = "MEETING"]', style: { 'shape': 'round-rectangle', 'width': 34 } },
        { selector: 'node[kind = "DIRECTIVE"]', style: { 'shape': 'diamond', 'width': 30, 'height': 30 } },
        { selector: 'node[placeholder = "yes"]', style: { 'background-opacity': 0.3, 'border-width': 2,
          'border-style': 'dashed', 'border-color': '#2f6db3' } },
        { selector: 'edge', style: { 'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'line-color': '#aaa', 'target-arrow-color': '#aaa', 'label': 'data(label)', 'font-size': 8,
          'color': '#777', 'text-rotation': 'autorotate' } },
        { selector: 'edge[type = "RELAYS"]', style: { 'line-color': '#2f6db3', 'target-arrow-color': '#2f6db3', 'width': 2.5 } },
        { selector: 'edge[type = "IMPLEMENTS"]', style: { 'line-color': '#b23b3b', 'target-arrow-color': '#b23b3b', 'width': 2.5 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#e0b000', 'line-color': '#e0b000' } }
      ],
      layout: { name: 'preset' }
    });
    cy.layout({
      name: 'breadthfirst', directed: false, spacingFactor: 1.1, padding: 20,
      roots: cy.nodes().filter(n => n.data('rank') === topRank)
    }).run();
    cy.on('tap', 'node', ev => showNode(ev.target.data('node')));
    cy.on('tap', 'edge', ev => showEdge(ev.target.data('edge')));
    window.cascadeGraph = cy; // for tests and the console
  }

  function sentence(evidence) {
    if (!evidence || !evidence.text) {
      return '<p class="hint">No sentence recorded.</p>';
    }
    const p = document.createElement('p');
    p.className = 'sentence';
    p.textContent = evidence.text;
    const src = document.createElement('p');
    src.className = 'hint';
    src.textContent = 'article ' + evidence.article;
    return p.outerHTML + src.outerHTML;
  }

  function showNode(n) {
    const head = document.createElement('p');
    head.innerHTML = '<b></b><br><span class="hint"></span>';
    head.querySelector('b').textContent = n.label;
    head.querySelector('span').textContent =
      [n.kind, n.level, n.date, n.body, n.placeholder ? 'placeholder (not yet reported)' : null].filter(Boolean).join(' · ');
    $('evidence').innerHTML = head.outerHTML + sentence(n.evidence);
  }

  function showEdge(e) {
    const head = document.createElement('p');
    head.innerHTML = '<b></b><br><span class="hint"></span>';
    head.querySelector('b').textContent = e.type + ' (' + e.fromLevel + ' → ' + e.toLevel + ')';
    head.querySelector('span').textContent = [
      e.matchedBy ? 'matched ' + e.matchedBy + ', confidence ' + e.confidence : null,
      e.referencedAs ? 'written as ' + e.referencedAs : null].filter(Boolean).join(' · ');
    $('evidence').innerHTML = head.outerHTML + sentence(e.evidence);
  }

  function summarise(rows) {
    const body = $('summary').querySelector('tbody');
    body.innerHTML = '';
    rows.forEach(r => {
      const tr = document.createElement('tr');
      [r.level, r.month || '—', r.meetings, r.tasks].forEach(v => {
        const td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  async function show() {
    const from = $('start').value;
    if (!from) {
      return;
    }
    $('status').textContent = 'loading…';
    try {
      const data = await gql(CASCADE, { from, direction: $('direction').value, depth: Number($('depth').value) });
      if (!data.cascade) {
        $('status').textContent = 'nothing with id ' + from;
        return;
      }
      draw(data.cascade);
      summarise(data.cascade.summary);
      const params = new URLSearchParams(location.search);
      params.set('from', from);
      history.replaceState(null, '', '?' + params);
      $('status').textContent = data.cascade.nodes.length + ' nodes, ' + data.cascade.edges.length + ' links'
        + (data.cascade.truncated ? ' (cut at the size limit)' : '');
      document.body.dataset.loaded = 'true';
    } catch (err) {
      $('status').textContent = 'error: ' + err.message;
    }
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    if (params.get('direction')) {
      $('direction').value = params.get('direction');
    }
    try {
      await loadStarts(params.get('from'));
    } catch (err) {
      $('status').textContent = 'error: ' + err.message;
      return;
    }
    ['start', 'direction', 'depth'].forEach(id => $(id).addEventListener('change', show));
    await show();
  }

  start();
})();
