// The cascade page: find a directive, meeting or initiative; draw its cascade in level bands (CENTRAL at the top),
// with tasks folded under their meetings and crowded bands folded into groups. Reads only the public GraphQL API.
(function () {
  'use strict';

  const LEVELS = ['CENTRAL', 'MINISTRY', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'UNKNOWN'];
  // Initiatives belong to no level: the last band holds them with whatever level extraction could not tell.
  const BAND_LABELS = { UNKNOWN: 'NO LEVEL\nINITIATIVES' };
  const COLORS = { DIRECTIVE: '#b23b3b', MEETING: '#2f6db3', TASK: '#3a8f4b', INITIATIVE: '#8a5cb8', STEP: '#c98a1b' };
  const TASK_ORDER = { TASK: 0, REQUIREMENT: 1, ACHIEVEMENT: 2, ACTION: 3 };
  // Layout, in model pixels: a column per meeting, a band per level, rows of at most PER_ROW columns.
  const COL_W = 170, PER_ROW = 7, MAIN_H = 94, TASK_H = 19, BAND_GAP = 36;
  // A band with more meetings than this folds them into groups per region or body; a cascade with more nodes
  // than TASKS_OPEN_UP_TO starts with its tasks folded.
  const GROUP_ABOVE = 12, TASKS_OPEN_UP_TO = 80;
  const LINE_CHARS = 12;
  const KEY_STORE = 'policygraph.apiKey';

  const CASCADE = `query($from: ID!, $direction: CascadeDirection, $depth: Int) {
    cascade(from: $from, direction: $direction, maxDepth: $depth) {
      root { id label kind date body }
      truncated
      nodes { id kind taskKind label level body date depth placeholder evidence { article text } }
      edges { from to type fromLevel toLevel confidence matchedBy referencedAs evidence { article text } }
      summary { level month meetings tasks }
    }
  }`;

  // Meetings by name and by convening body (either script), directives and initiatives by text.
  const FIND = `query($t: String!, $n: Int) {
    byName: meetings(first: $n, where: { name_CONTAINS: $t }, sort: [{ date: DESC }]) { nodes { ...M } }
    byBody: meetings(first: $n, where: { convenedBy: { name_CONTAINS: $t } }, sort: [{ date: DESC }]) { nodes { ...M } }
    directives(first: 6, search: $t) { nodes { id text issuedBy { name } } }
    initiatives(first: 6, search: $t) { nodes { id name } }
  }
  fragment M on Meeting { id name date placeholder convenedBy { name } }`;

  const FIRST_DIRECTIVE = `{ directives(first: 1) { nodes { id } } }`;
  const UNLINK = `mutation($from: ID!, $to: ID!) { unlinkRelay(from: $from, to: $to) { id name placeholder } }`;
  const RELINK = `mutation($from: ID!, $to: ID!, $target: ID!) {
    relinkRelay(from: $from, to: $to, target: $target) { id name } }`;

  const $ = (id) => document.getElementById(id);
  const gql = window.policygraphQuery;
  let cy = null;
  let current = null;  // the cascade as fetched, indexed (see index())
  let from = null;     // the start's id
  const view = { opened: new Set(), closed: new Set(), openGroups: new Set() };

  // ------------------------------------------------------------------ search pickers

  function short(text, n) {
    return text && text.length > n ? text.slice(0, n - 1) + '…' : (text || '');
  }

  function findings(data) {
    const seen = new Set();
    const out = [];
    const add = (item) => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        out.push(item);
      }
    };
    [...data.byName.nodes, ...data.byBody.nodes].forEach(m => add({ id: m.id, kind: 'MEETING', name: m.name,
      meta: [m.date || 'undated', m.convenedBy ? m.convenedBy.name : 'body unknown',
        m.placeholder ? 'placeholder' : null].filter(Boolean).join(' · ') }));
    (data.directives ? data.directives.nodes : []).forEach(d => add({ id: d.id, kind: 'DIRECTIVE', name: d.text,
      meta: 'issued by ' + ((d.issuedBy || []).map(i => i.name).join('、') || 'unknown') }));
    (data.initiatives ? data.initiatives.nodes : []).forEach(i => add({ id: i.id, kind: 'INITIATIVE', name: i.name,
      meta: 'initiative' }));
    return out;
  }

  // A search box with a result list: queries as the user types (debounced), the newest answer wins.
  function picker(input, list, onPick, meetingsOnly) {
    let timer = null;
    let asked = 0;
    let items = [];
    const close = () => { list.hidden = true; };
    const render = () => {
      list.innerHTML = '';
      items.forEach((item, i) => {
        const li = document.createElement('li');
        li.dataset.id = item.id;
        li.dataset.kind = item.kind;
        if (i === 0) {
          li.className = 'active';
        }
        li.innerHTML = '<span class="kind"></span><span class="name"></span><span class="meta"></span>';
        li.querySelector('.kind').textContent = item.kind.toLowerCase();
        li.querySelector('.kind').classList.add(item.kind);
        li.querySelector('.name').textContent = short(item.name, 60);
        li.querySelector('.meta').textContent = item.meta;
        li.addEventListener('mousedown', ev => { ev.preventDefault(); close(); onPick(item); });
        list.appendChild(li);
      });
      if (!items.length) {
        const li = document.createElement('li');
        li.className = 'hint';
        li.textContent = 'nothing found';
        list.appendChild(li);
      }
      list.hidden = false;
    };
    const ask = async () => {
      const text = input.value.trim();
      if (!text) {
        close();
        return;
      }
      const mine = ++asked;
      try {
        const data = await gql(FIND, { t: text, n: meetingsOnly ? 15 : 10 });
        if (mine !== asked) {
          return;
        }
        items = findings(data).filter(i => !meetingsOnly || i.kind === 'MEETING');
        render();
      } catch (err) {
        if (mine === asked) {
          items = [];
          list.innerHTML = '<li class="hint"></li>';
          list.firstChild.textContent = 'error: ' + err.message;
          list.hidden = false;
        }
      }
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 250);
    });
    input.addEventListener('keydown', ev => {
      const lis = [...list.querySelectorAll('li[data-id]')];
      const at = lis.findIndex(li => li.classList.contains('active'));
      if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && lis.length) {
        ev.preventDefault();
        const next = (at + (ev.key === 'ArrowDown' ? 1 : lis.length - 1)) % lis.length;
        lis.forEach((li, i) => li.classList.toggle('active', i === next));
      } else if (ev.key === 'Enter' && at >= 0 && !list.hidden) {
        ev.preventDefault();
        close();
        onPick(items[at]);
      } else if (ev.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
  }

  // ------------------------------------------------------------------ the cascade as a model

  function index(cascade) {
    const byId = new Map(cascade.nodes.map(n => [n.id, n]));
    const owner = new Map();      // task or action → its meeting
    const taskOf = new Map();     // action → its task
    const parents = new Map();    // meeting → meetings it relays (stored direction: lower RELAYS higher)
    cascade.edges.forEach(e => {
      if (e.type === 'ASSIGNED' && byId.has(e.from) && byId.get(e.from).kind === 'MEETING') {
        owner.set(e.to, e.from);
      } else if (e.type === 'HAS_ACTION') {
        taskOf.set(e.to, e.from);
      } else if (e.type === 'RELAYS') {
        if (!parents.has(e.from)) {
          parents.set(e.from, []);
        }
        parents.get(e.from).push(e.to);
      }
    });
    taskOf.forEach((task, action) => {
      if (!owner.has(action) && owner.has(task)) {
        owner.set(action, owner.get(task));
      }
    });
    const tasksOf = new Map();
    cascade.nodes.filter(n => owner.has(n.id)).forEach(n => {
      const m = owner.get(n.id);
      if (!tasksOf.has(m)) {
        tasksOf.set(m, []);
      }
      tasksOf.get(m).push(n);
    });
    // a meeting's tasks in order, each task followed by its actions
    tasksOf.forEach((list, m) => {
      const actions = list.filter(t => taskOf.has(t.id));
      const heads = list.filter(t => !taskOf.has(t.id))
        .sort((a, b) => (TASK_ORDER[a.taskKind] ?? 9) - (TASK_ORDER[b.taskKind] ?? 9));
      const ordered = [];
      heads.forEach(t => {
        ordered.push(t);
        actions.filter(a => taskOf.get(a.id) === t.id).forEach(a => ordered.push(a));
      });
      actions.filter(a => !ordered.includes(a)).forEach(a => ordered.push(a));
      tasksOf.set(m, ordered);
    });
    return { cascade, byId, owner, taskOf, parents, tasksOf };
  }

  function isStep(n) {
    return n.kind === 'TASK' && (n.taskKind === 'ACTION' || n.taskKind === 'ACHIEVEMENT');
  }

  function tasksOpen(meetingId) {
    if (current.owner.get(current.cascade.root.id) === meetingId) {
      return true; // the start is one of this meeting's tasks: always shown, under its meeting
    }
    return $('allTasks').checked ? !view.closed.has(meetingId) : view.opened.has(meetingId);
  }

  // Where a meeting sits for grouping: its province (from its body's name or, for a city or county body, from the
  // meeting it relays), else its body.
  function region(model, id, seen) {
    const n = model.byId.get(id);
    const m = n && n.body ? /^(.{2,7}?(省|自治区|特别行政区))/.exec(n.body) : null;
    if (m) {
      return m[1];
    }
    if (n && (n.level === 'MUNICIPAL' || n.level === 'COUNTY') && !seen.has(id)) {
      seen.add(id);
      for (const p of model.parents.get(id) || []) {
        const r = region(model, p, seen);
        if (r) {
          return r;
        }
      }
    }
    return null;
  }

  // The visible picture: per level, its items (nodes or groups); every node's representative on screen.
  function visible(model) {
    const rootId = model.cascade.root.id;
    const mains = model.cascade.nodes.filter(n => !model.owner.has(n.id));
    const groupOf = new Map();
    const bands = new Map();
    LEVELS.forEach(level => {
      const here = mains.filter(n => (LEVELS.includes(n.level) ? n.level : 'UNKNOWN') === level);
      if (!here.length) {
        return;
      }
      const items = [];
      const meetings = here.filter(n => n.kind === 'MEETING' && n.id !== rootId);
      const grouped = new Map();
      if (meetings.length > GROUP_ABOVE) {
        meetings.forEach(n => {
          const name = region(model, n.id, new Set()) || n.body || 'body unknown';
          const key = 'group:' + level + '|' + name;
          if (!grouped.has(key)) {
            grouped.set(key, { name, members: [] });
          }
          grouped.get(key).members.push(n);
        });
      }
      here.forEach(n => {
        const key = [...grouped.keys()].find(k => grouped.get(k).members.includes(n));
        if (key && grouped.get(key).members.length > 1 && !view.openGroups.has(key)) {
          groupOf.set(n.id, key);
        } else {
          items.push({ id: n.id, node: n, groupKey: key && grouped.get(key).members.length > 1 ? key : null });
        }
      });
      grouped.forEach((g, key) => {
        if (g.members.length > 1 && !view.openGroups.has(key)) {
          items.push({ id: key, group: { key, level, name: g.name, members: g.members } });
        }
      });
      bands.set(level, items);
    });
    const rep = (id) => {
      if (groupOf.has(id)) {
        return groupOf.get(id);
      }
      if (model.owner.has(id)) {
        const m = model.owner.get(id);
        return groupOf.has(m) || !tasksOpen(m) ? rep(m) : id;
      }
      return id;
    };
    return { bands, rep, groupOf };
  }

  // ------------------------------------------------------------------ layout (preset positions)

  function nodeLabel(n) {
    if (n.kind === 'TASK') {
      return short(n.label, 16);
    }
    // cytoscape wraps only at spaces, which Chinese names have none of: cut the name into lines by hand
    const name = short(n.label, 2 * LINE_CHARS);
    const lines = [name.slice(0, LINE_CHARS), name.slice(LINE_CHARS)].filter(Boolean);
    if (n.date) {
      lines.push(n.date);
    }
    if (n.body) {
      lines.push(short(n.body, LINE_CHARS));
    }
    return lines.join('\n');
  }

  function layout(model, pic) {
    const elements = [];
    const x = new Map();
    const bandBoxes = [];
    let top = 0;
    let widest = 0;
    // upper neighbours of each visible item, for ordering a band under what it hangs from
    const ups = new Map();
    model.cascade.edges.forEach(e => {
      const a = pic.rep(e.from), b = pic.rep(e.to);
      if (a !== b) {
        (ups.get(a) || ups.set(a, []).get(a)).push(b);
        (ups.get(b) || ups.set(b, []).get(b)).push(a);
      }
    });
    pic.bands.forEach((items, level) => {
      const centre = (item) => {
        const xs = (ups.get(item.id) || []).filter(id => x.has(id)).map(id => x.get(id));
        return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : Infinity;
      };
      const sortKey = (item) => item.group ? item.group.name : ((item.node.date || '9999') + item.node.label);
      const ordered = items.map(item => ({ item, c: centre(item), k: sortKey(item) }))
        .sort((a, b) => (a.c === b.c ? 0 : a.c - b.c) || a.k.localeCompare(b.k))
        .map(o => o.item);
      const bandTop = top;
      for (let r = 0; r * PER_ROW < ordered.length; r++) {
        const row = ordered.slice(r * PER_ROW, (r + 1) * PER_ROW);
        let rowHeight = MAIN_H;
        row.forEach((item, i) => {
          const cx = (i - (row.length - 1) / 2) * COL_W;
          const cy0 = top + 18;
          x.set(item.id, cx);
          widest = Math.max(widest, Math.abs(cx));
          if (item.group) {
            elements.push({ group: 'nodes', position: { x: cx, y: cy0 }, data: {
              id: item.id, kind: 'GROUP', level, group: item.group, color: COLORS.MEETING,
              label: short(item.group.name, 14) + '\n' + item.group.members.length + ' meetings' } });
            return;
          }
          const n = item.node;
          elements.push({ group: 'nodes', position: { x: cx, y: cy0 }, data: {
            id: n.id, kind: n.kind, level, node: n, label: nodeLabel(n), groupKey: item.groupKey,
            placeholder: n.placeholder ? 'yes' : 'no', root: n.id === model.cascade.root.id ? 'yes' : 'no',
            color: COLORS[isStep(n) ? 'STEP' : n.kind] || '#666',
            folded: n.kind === 'MEETING' && model.tasksOf.has(n.id) && !tasksOpen(n.id)
              ? model.tasksOf.get(n.id).length : 0 } });
          if (n.kind === 'MEETING' && model.tasksOf.has(n.id) && tasksOpen(n.id)) {
            const tasks = model.tasksOf.get(n.id);
            tasks.forEach((t, j) => {
              const indent = model.taskOf.has(t.id) ? 26 : 12;
              elements.push({ group: 'nodes', position: { x: cx - COL_W / 2 + indent, y: cy0 + 74 + j * TASK_H },
                data: { id: t.id, kind: 'TASK', level, node: t, label: nodeLabel(t), placeholder: 'no',
                  root: t.id === model.cascade.root.id ? 'yes' : 'no',
                  color: COLORS[isStep(t) ? 'STEP' : 'TASK'] } });
            });
            rowHeight = Math.max(rowHeight, 74 + tasks.length * TASK_H + 12);
          }
        });
        top += rowHeight;
      }
      bandBoxes.push({ level, top: bandTop - 8, bottom: top + 4 });
      top += BAND_GAP;
    });
    // band backgrounds and their labels, behind everything and deaf to clicks
    const left = -widest - COL_W / 2 - 20;
    const width = 2 * widest + COL_W + 40;
    bandBoxes.forEach((b, i) => elements.push({ group: 'nodes', position: { x: 0, y: (b.top + b.bottom) / 2 },
      selectable: false, grabbable: false, classes: 'band' + (i % 2 ? ' odd' : ''),
      data: { id: 'band:' + b.level, band: b.level, label: BAND_LABELS[b.level] || b.level, width, height: b.bottom - b.top, left } }));
    return elements;
  }

  function edgeElements(model, pic) {
    const merged = new Map();
    model.cascade.edges.forEach(e => {
      const a = pic.rep(e.from), b = pic.rep(e.to);
      if (a === b) {
        return;
      }
      // a link that starts or ends at a folded task is drawn from its meeting (or group), faintly
      const folded = a !== e.from && model.owner.has(e.from) || b !== e.to && model.owner.has(e.to);
      const key = a + '>' + b + '|' + e.type + (folded ? '|folded' : '');
      if (!merged.has(key)) {
        merged.set(key, { a, b, type: e.type, edges: [], folded });
      }
      merged.get(key).edges.push(e);
    });
    const few = merged.size < 70;
    return [...merged.values()].map((m, i) => {
      const one = m.edges.length === 1 ? m.edges[0] : null;
      const fuzzy = m.edges.some(e => e.type === 'RELAYS' && e.matchedBy === 'fuzzy');
      return { group: 'edges', data: {
        id: 'e' + i, source: m.a, target: m.b, type: m.type, edge: one || undefined, edges: m.edges, count: m.edges.length,
        fuzzy: fuzzy ? 'yes' : 'no', folded: m.folded ? 'yes' : 'no',
        label: one ? (few && fuzzy ? '~' + one.confidence : '') : m.type.toLowerCase() + ' ×' + m.edges.length } };
    });
  }

  const STYLE = [
    { selector: 'node', style: {
      'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': COL_W - 14, 'font-size': 12,
      'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': 'data(color)', 'width': 20, 'height': 20,
      'z-index-compare': 'manual', 'z-index': 10,
      // labels stay legible where a link runs under them
      'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
    { selector: 'node[kind = "MEETING"]', style: { 'shape': 'round-rectangle', 'width': 34 } },
    { selector: 'node[folded > 0]', style: { 'border-width': 3, 'border-color': '#3a8f4b', 'border-style': 'double' } },
    { selector: 'node[kind = "DIRECTIVE"]', style: { 'shape': 'diamond', 'width': 30, 'height': 30 } },
    { selector: 'node[kind = "INITIATIVE"]', style: { 'shape': 'hexagon', 'width': 26 } },
    { selector: 'node[kind = "TASK"]', style: { 'width': 9, 'height': 9, 'text-valign': 'center',
      'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0, 'font-size': 10, 'text-wrap': 'none' } },
    { selector: 'node[kind = "GROUP"]', style: { 'shape': 'round-rectangle', 'width': 48, 'height': 26,
      'background-color': '#e8eef7', 'border-width': 2, 'border-color': '#2f6db3', 'font-weight': 'bold' } },
    { selector: 'node[placeholder = "yes"]', style: { 'background-opacity': 0.3, 'border-width': 2,
      'border-style': 'dashed', 'border-color': '#2f6db3' } },
    { selector: 'node[root = "yes"]', style: { 'border-width': 3, 'border-color': '#222' } },
    { selector: 'node.band', style: { 'shape': 'rectangle', 'width': 'data(width)', 'height': 'data(height)',
      'background-color': '#f4f6f9', 'background-opacity': 1, 'border-width': 0, 'z-index': 0, 'events': 'no',
      'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -8, 'text-margin-y': 0,
      'font-weight': 'bold', 'color': '#7a8592', 'text-max-width': 140, 'text-rotation': 'none', 'font-size': 15,
      'text-wrap': 'wrap', 'text-justification': 'right',
      'text-background-opacity': 0 } },
    { selector: 'node.band.odd', style: { 'background-color': '#fbfaf6' } },
    { selector: 'edge', style: { 'width': 1.2, 'curve-style': 'straight', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7, 'line-color': '#b8b8b8', 'target-arrow-color': '#b8b8b8', 'label': 'data(label)',
      'font-size': 9, 'color': '#555', 'text-rotation': 'autorotate', 'z-index-compare': 'manual', 'z-index': 5,
      'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge[type = "ASSIGNED"], edge[type = "HAS_ACTION"]', style: { 'width': 0.8, 'line-color': '#cfe3d3',
      'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "RELAYS"]', style: { 'line-color': '#2f6db3', 'target-arrow-color': '#2f6db3', 'width': 2 } },
    { selector: 'edge[type = "RELAYS"][fuzzy = "yes"]', style: { 'line-style': 'dashed', 'line-color': '#d9822b',
      'target-arrow-color': '#d9822b' } },
    { selector: 'edge[type = "IMPLEMENTS"]', style: { 'line-color': '#b23b3b', 'target-arrow-color': '#b23b3b', 'width': 2 } },
    { selector: 'edge[folded = "yes"]', style: { 'opacity': 0.3, 'line-style': 'dotted' } },
    { selector: 'edge[count > 1]', style: { 'width': 'mapData(count, 2, 40, 2.5, 7)' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#e0b000', 'line-color': '#e0b000' } }
  ];

  function draw() {
    const pic = visible(current);
    const elements = layout(current, pic).concat(edgeElements(current, pic));
    if (cy) {
      cy.destroy();
    }
    cy = cytoscape({
      container: $('graph'), elements, layout: { name: 'preset' }, style: STYLE,
      wheelSensitivity: 0.3, maxZoom: 1.3, minZoom: 0.05, boxSelectionEnabled: false
    });
    cy.nodes('.band').ungrabify().unselectify();
    cy.fit(cy.elements(), 24);
    cy.on('tap', 'node', ev => tapNode(ev.target));
    cy.on('tap', 'edge', ev => showEdge(ev.target));
    window.cascadeGraph = cy; // for tests and the console
  }

  // ------------------------------------------------------------------ interaction

  function tapNode(ele) {
    const group = ele.data('group');
    if (group) {
      view.openGroups.add(group.key);
      showGroup(group);
      draw();
      return;
    }
    const n = ele.data('node');
    if (!n) {
      return;
    }
    showNode(n, ele.data('groupKey'));
    if (n.kind === 'MEETING' && current.tasksOf.has(n.id)) {
      // with "show all tasks" on, a click folds (remembered in closed); off, a click opens (in opened)
      const toggled = $('allTasks').checked ? view.closed : view.opened;
      if (!toggled.delete(n.id)) {
        toggled.add(n.id);
      }
      draw();
      cy.$id(n.id).select();
    }
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

  function heading(title, sub) {
    const head = document.createElement('p');
    head.innerHTML = '<b></b><br><span class="hint"></span>';
    head.querySelector('b').textContent = title;
    head.querySelector('span').textContent = sub;
    return head.outerHTML;
  }

  function showNode(n, groupKey) {
    $('relayEdit').hidden = true;
    const tasks = current.tasksOf.get(n.id);
    $('evidence').innerHTML = heading(n.label, [n.kind, n.taskKind, n.level, n.date, n.body,
      n.placeholder ? 'placeholder (not yet reported)' : null,
      tasks ? tasks.length + ' tasks and steps (click the meeting to ' + (tasksOpen(n.id) ? 'fold' : 'open') + ' them)' : null
    ].filter(Boolean).join(' · ')) + sentence(n.evidence);
    if (groupKey) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'fold its group again';
      b.addEventListener('click', () => { view.openGroups.delete(groupKey); draw(); });
      $('evidence').appendChild(b);
    }
  }

  function showGroup(g) {
    $('relayEdit').hidden = true;
    const ul = document.createElement('ul');
    g.members.forEach(m => {
      const li = document.createElement('li');
      li.textContent = [m.date, m.body, m.label].filter(Boolean).join(' · ');
      ul.appendChild(li);
    });
    $('evidence').innerHTML = heading(g.name + ' (' + g.level + ')', g.members.length + ' meetings, opened in the band')
      + ul.outerHTML;
  }

  function name(id) {
    const n = current.byId.get(id);
    return n ? short(n.label, 30) : id;
  }

  let editing = null; // the fuzzy RELAYS link the correction panel acts on

  function showEdge(ele) {
    const e = ele.data('edge');
    if (!e) {
      const list = ele.data('edges');
      $('relayEdit').hidden = true;
      $('evidence').innerHTML = heading(list.length + ' ' + ele.data('type') + ' links',
        'between two folded groups or task lists: open a group (click it) to see each link');
      return;
    }
    $('evidence').innerHTML = heading(e.type + ' (' + e.fromLevel + ' → ' + e.toLevel + ')', [
      name(e.from) + ' → ' + name(e.to),
      e.matchedBy ? 'matched ' + e.matchedBy + ', confidence ' + e.confidence : null,
      e.referencedAs ? 'written as ' + e.referencedAs : null].filter(Boolean).join(' · ')) + sentence(e.evidence);
    const fuzzy = e.type === 'RELAYS' && e.matchedBy === 'fuzzy';
    $('relayEdit').hidden = !fuzzy;
    editing = fuzzy ? e : null;
    $('editStatus').textContent = '';
    $('target').value = '';
  }

  function apiKey() {
    let key = $('apiKey').value.trim() || sessionStorage.getItem(KEY_STORE);
    if (!key) {
      key = (window.prompt('API key for corrections (kept for this browser session)') || '').trim();
    }
    if (key) {
      sessionStorage.setItem(KEY_STORE, key);
      $('apiKey').value = key;
    }
    return key;
  }

  async function correct(mutation, variables, done) {
    const key = apiKey();
    if (!key) {
      $('editStatus').textContent = 'an API key is needed to change a link';
      return;
    }
    $('editStatus').textContent = 'saving…';
    try {
      const data = await gql(mutation, variables, key);
      await show();
      $('editStatus').textContent = done(data);
      $('relayEdit').hidden = false;
    } catch (err) {
      if (/unauthori[sz]ed|forbidden|not allowed|role/i.test(err.message)) {
        sessionStorage.removeItem(KEY_STORE);
        $('apiKey').value = '';
      }
      $('editStatus').textContent = 'error: ' + err.message;
    }
  }

  function unlink() {
    if (!editing) {
      return;
    }
    const e = editing;
    correct(UNLINK, { from: e.from, to: e.to },
      d => 'unlinked: ' + name(e.from) + ' now relays ' + (d.unlinkRelay ? d.unlinkRelay.name
        + (d.unlinkRelay.placeholder ? ' (placeholder)' : '') : 'nothing'));
  }

  function repoint(item) {
    if (!editing) {
      return;
    }
    const e = editing;
    $('target').value = item.name;
    correct(RELINK, { from: e.from, to: e.to, target: item.id },
      d => 're-pointed: ' + name(e.from) + ' now relays ' + (d.relinkRelay ? d.relinkRelay.name : item.name));
  }

  // ------------------------------------------------------------------ loading

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

  async function show(fresh) {
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
      current = index(data.cascade);
      if (fresh) {
        view.opened.clear();
        view.closed.clear();
        view.openGroups.clear();
        $('allTasks').checked = data.cascade.nodes.length <= TASKS_OPEN_UP_TO;
      }
      if (document.activeElement !== $('find')) {
        $('find').value = data.cascade.root ? data.cascade.root.label : from;
      }
      draw();
      summarise(data.cascade.summary);
      const params = new URLSearchParams(location.search);
      params.set('from', from);
      params.set('direction', $('direction').value);
      history.replaceState(null, '', '?' + params);
      const groups = cy.nodes('[kind = "GROUP"]').length;
      $('status').textContent = data.cascade.nodes.length + ' nodes, ' + data.cascade.edges.length + ' links'
        + (groups ? ', ' + groups + ' groups folded' : '')
        + (data.cascade.truncated ? ' (cut at the size limit)' : '');
      const body = document.body.dataset;
      if (!body.loadMs) {
        body.loadMs = String(Math.round(performance.now())); // navigation start → first drawing
      }
      body.draws = String(Number(body.draws || 0) + 1);
      body.loaded = 'true';
    } catch (err) {
      $('status').textContent = 'error: ' + err.message;
    }
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    if (params.get('direction')) {
      $('direction').value = params.get('direction');
    }
    $('apiKey').value = sessionStorage.getItem(KEY_STORE) || '';
    picker($('find'), $('findResults'), item => { from = item.id; $('find').value = item.name; show(true); });
    picker($('target'), $('targetResults'), repoint, true);
    $('unlink').addEventListener('click', unlink);
    ['direction', 'depth'].forEach(id => $(id).addEventListener('change', () => show(true)));
    $('allTasks').addEventListener('change', () => {
      view.opened.clear();
      view.closed.clear();
      if (current) {
        draw();
      }
    });
    from = params.get('from');
    if (!from) {
      try {
        const first = (await gql(FIRST_DIRECTIVE)).directives.nodes[0];
        from = first ? first.id : null;
      } catch (err) {
        $('status').textContent = 'error: ' + err.message;
        return;
      }
    }
    if (!from) {
      $('status').textContent = 'nothing stored yet';
      return;
    }
    await show(true);
  }

  start();
})();
