// The dashboard page: five charts over the public GraphQL API, filtered by a date range, a level and an initiative.
(function () {
  'use strict';

  const LEVELS = ['CENTRAL', 'MINISTRY', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'UNKNOWN'];
  const LEVEL_COLORS = { CENTRAL: '#b23b3b', MINISTRY: '#d9822b', PROVINCIAL: '#2f6db3', MUNICIPAL: '#3a8f4b',
    COUNTY: '#8a5cb8', UNKNOWN: '#999' };

  // One request for everything the page draws; $spread is the initiative whose spread is shown.
  const DASHBOARD = `query($where: SeriesFilter, $spreadWhere: SeriesFilter) {
    byLevel: timeSeriesByLevel(interval: MONTH, where: $where) { time level count }
    tasks: timeSeries(metric: TASKS, interval: MONTH, where: $where) { time count }
    top: topInitiatives(first: 10, where: $where) { nodes { count initiative { id name } } }
    spread: timeSeriesByLevel(interval: MONTH, where: $spreadWhere) { time level count }
    relayed: topOrganizationsByRelays(first: 10, where: $where) { nodes { count organization { name level } } }
  }`;

  const INITIATIVES = `{ topInitiatives(first: 50) { nodes { initiative { id name } } } }`;

  const $ = (id) => document.getElementById(id);
  const charts = {};

  const gql = window.policygraphQuery;

  // Charts draw without animation: 'drawn' then means the final picture (a line otherwise animates for a second).
  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
    }
    return charts[id];
  }

  const month = (time) => time.substring(0, 7);

  /** A stacked bar per level over the months of a zero-filled series. */
  function stackedByLevel(id, points) {
    const months = [...new Set(points.map(p => month(p.time)))];
    const levels = LEVELS.filter(l => points.some(p => p.level === l));
    const series = levels.map(level => {
      const counts = new Map(points.filter(p => p.level === level).map(p => [month(p.time), p.count]));
      return { name: level, type: 'bar', stack: 'level', itemStyle: { color: LEVEL_COLORS[level] },
        data: months.map(m => counts.get(m) || 0) };
    });
    chart(id).setOption({
      animation: false,
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 10, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 },
      dataZoom: months.length > 36 ? [{ type: 'slider', bottom: 0, height: 16 }] : [], series
    }, true);
  }

  function line(id, points) {
    chart(id).setOption({
      animation: false,
      tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 20, bottom: 40 },
      xAxis: { type: 'category', data: points.map(p => month(p.time)) }, yAxis: { type: 'value', minInterval: 1 },
      dataZoom: points.length > 36 ? [{ type: 'slider', bottom: 0, height: 16 }] : [],
      series: [{ type: 'line', name: 'tasks', data: points.map(p => p.count), areaStyle: { opacity: .15 } }]
    }, true);
  }

  /** Horizontal bars, largest on top. */
  function ranking(id, rows, color) {
    const shown = rows.slice().reverse();
    chart(id).setOption({
      animation: false,
      tooltip: {}, grid: { left: 160, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map(r => r.name), axisLabel: { width: 150, overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map(r => ({ value: r.count, itemStyle: { color: r.color || color } })) }]
    }, true);
  }

  function where() {
    const w = {};
    if ($('from').value) w.from = $('from').value;
    if ($('to').value) w.to = $('to').value;
    if ($('level').value) w.level = $('level').value;
    if ($('initiative').value) w.initiative = $('initiative').value;
    return w;
  }

  async function draw() {
    document.body.removeAttribute('data-loaded');
    $('status').textContent = 'loading…';
    try {
      const w = where();
      // the spread chart follows the chosen initiative, else the top one under the other filters
      let spreadId = w.initiative;
      if (!spreadId) {
        const top = await gql(`query($where: SeriesFilter) { topInitiatives(first: 1, where: $where) { nodes { initiative { id name } } } }`, { where: w });
        spreadId = top.topInitiatives.nodes.length ? top.topInitiatives.nodes[0].initiative.id : null;
        $('spreadTitle').textContent = spreadId
          ? `Spread across levels: ${top.topInitiatives.nodes[0].initiative.name} (the top initiative)`
          : 'An initiative\'s spread across levels';
      } else {
        $('spreadTitle').textContent = `Spread across levels: ${$('initiative').selectedOptions[0].textContent}`;
      }
      const spreadWhere = Object.assign({}, w, { initiative: spreadId || 'initiative:none' });
      delete spreadWhere.level; // the spread is across levels
      const d = await gql(DASHBOARD, { where: w, spreadWhere });
      stackedByLevel('meetingsByLevel', d.byLevel);
      line('tasks', d.tasks);
      ranking('topInitiatives', d.top.nodes.map(n => ({ name: n.initiative.name, count: n.count })), '#8a5cb8');
      stackedByLevel('spread', d.spread);
      ranking('relayed', d.relayed.nodes.map(n => ({ name: n.organization.name, count: n.count,
        color: LEVEL_COLORS[n.organization.level] })), '#2f6db3');
      const meetings = d.byLevel.reduce((a, p) => a + p.count, 0);
      $('status').textContent = `${meetings} meetings in ${new Set(d.byLevel.map(p => p.time)).size} months`;
    } catch (e) {
      $('status').textContent = 'error: ' + e.message;
    }
    if (!document.body.dataset.firstDrawMs) {
      // milliseconds from navigation start to the first full drawing, for tests and benchmarks
      document.body.dataset.firstDrawMs = String(Math.round(performance.now()));
    }
    document.body.setAttribute('data-loaded', 'true');
  }

  async function fillInitiatives() {
    try {
      const d = await gql(INITIATIVES);
      const select = $('initiative');
      const chosen = select.value;
      d.topInitiatives.nodes.forEach(n => {
        if (n.initiative.id !== chosen) {
          const o = document.createElement('option');
          o.value = n.initiative.id;
          o.textContent = n.initiative.name;
          select.appendChild(o);
        }
      });
    } catch (e) {
      $('status').textContent = 'error: ' + e.message;
    }
  }

  async function init() {
    const params = new URLSearchParams(location.search);
    ['from', 'to', 'level'].forEach(k => { if (params.get(k)) $(k).value = params.get(k); });
    if (params.get('initiative')) {
      // chosen by address before the list arrives: keep it selectable
      const o = document.createElement('option');
      o.value = params.get('initiative');
      o.textContent = params.get('initiative');
      $('initiative').appendChild(o);
      $('initiative').value = o.value;
    }
    ['from', 'to', 'level', 'initiative'].forEach(k => $(k).addEventListener('change', draw));
    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
    window.dashboardCharts = charts;
    // The picker's list and the charts load side by side: neither waits for the other.
    await Promise.all([fillInitiatives(), draw()]);
  }

  init();
})();
