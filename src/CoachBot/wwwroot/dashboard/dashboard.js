// The training dashboard: one report (GET /dashboard/api/report) drawn as charts (Chart.js, served by this host) and
// tables, each view also a CSV download with the same filters. Data only ever goes into text nodes, never HTML.
(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  const params = new URLSearchParams(location.search);

  // The development viewer (?as=) and the team filter travel with every request and download.
  function query(extra = {}) {
    const q = new URLSearchParams();
    for (const key of ['as', 'team']) if (params.get(key)) q.set(key, params.get(key));
    for (const [key, value] of Object.entries(extra)) value ? q.set(key, value) : q.delete(key);
    const text = q.toString();
    return text ? `?${text}` : '';
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = !message;
  }

  function table(id, columns, rows, empty) {
    const element = $(id);
    element.replaceChildren();
    if (!rows.length) {
      const caption = document.createElement('caption');
      caption.className = 'empty';
      caption.textContent = empty;
      element.append(caption);
      return;
    }
    const head = element.createTHead().insertRow();
    for (const column of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.title;
      if (column.number) th.className = 'number';
      head.append(th);
    }
    const body = element.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const column of columns) {
        const td = tr.insertCell();
        td.textContent = column.value(row);
        if (column.number) td.className = 'number';
      }
    }
  }

  const charts = {};
  function chart(id, config) {
    charts[id]?.destroy();
    charts[id] = new window.Chart($(id), { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
  }

  const percentAxis = { min: 0, max: 100, ticks: { callback: v => `${v}%` } };

  function draw(report) {
    const viewer = report.viewer;
    const scope = viewer.access === 'operator' ? 'all teams'
      : viewer.access === 'trainer' ? `trainer · teams: ${viewer.teams.join(', ') || 'none configured'}`
      : 'your own results';
    $('viewer').textContent = `${viewer.name} — ${scope} · last ${report.days} days`;

    const teams = viewer.teams ?? [];
    $('team-choice').hidden = viewer.access === 'trainee' || teams.length === 0;
    const select = $('team');
    select.replaceChildren(new Option(viewer.access === 'operator' ? 'All teams' : 'All my teams', ''), ...teams.map(t => new Option(t, t)));
    select.value = report.team ?? '';

    for (const link of document.querySelectorAll('a.csv')) {
      link.href = `/dashboard/api/${link.dataset.view}.csv${query()}`;
      link.download = `coachbot-${link.dataset.view}.csv`;
    }
    $('quizzes').hidden = viewer.access === 'trainee';

    chart('topics-chart', {
      type: 'bar',
      data: { labels: report.topics.map(t => t.name), datasets: [{ label: 'Right %', data: report.topics.map(t => t.share), backgroundColor: '#5b5fc7', maxBarThickness: 80 }] },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } },
    });
    table('topics-table', [
      { title: 'Topic', value: t => t.name },
      { title: 'Answers', value: t => t.answers, number: true },
      { title: 'Right', value: t => t.right, number: true },
      { title: 'Right %', value: t => `${t.share}%`, number: true },
    ], report.topics, 'No answers yet in this period.');

    chart('progress-chart', {
      type: 'line',
      data: {
        labels: report.progress.map(d => d.day),
        datasets: [{ label: 'Right %', data: report.progress.map(d => d.share), borderColor: '#237b4b', backgroundColor: '#237b4b', tension: 0.2 }],
      },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } },
    });

    const weak = report.weakSpots.slice(0, 10);
    chart('weak-chart', {
      type: 'bar',
      data: { labels: weak.map(w => w.source), datasets: [{ label: 'Missed', data: weak.map(w => w.missed), backgroundColor: '#c4314b', maxBarThickness: 28 }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { ticks: { precision: 0 } } } },
    });
    table('weak-table', [
      { title: 'Inventory id', value: w => w.source },
      { title: 'Section', value: w => w.name },
      { title: 'Missed', value: w => `${w.missed} of ${w.answers}`, number: true },
    ], weak, 'Nothing missed in this period.');

    table('people-table', [
      { title: 'Name', value: p => p.name },
      { title: 'Answers', value: p => p.answers, number: true },
      { title: 'Right %', value: p => `${p.share}%`, number: true },
      { title: 'Quiz points', value: p => p.points.toLocaleString('en-US'), number: true },
      { title: 'Role-plays passed', value: p => `${p.rolePlaysPassed} of ${p.rolePlays}`, number: true },
      { title: 'Last active (UTC)', value: p => p.lastActive.slice(0, 16).replace('T', ' ') },
    ], report.people, 'Nobody has trained in this period.');

    table('quizzes-table', [
      { title: 'Started (UTC)', value: q => q.startedAt.slice(0, 16).replace('T', ' ') },
      { title: 'Topic', value: q => q.topic },
      { title: 'Q', value: q => q.number, number: true },
      { title: 'Question', value: q => q.prompt },
      { title: 'Answers', value: q => q.answers, number: true },
      { title: 'Right %', value: q => `${q.share}%`, number: true },
      { title: 'Not answered', value: q => q.notAnswered.join(', ') },
    ], report.quizzes, 'No channel quizzes in this period.');
  }

  async function load() {
    try {
      const response = await fetch(`/dashboard/api/report${query()}`, { headers: { Accept: 'application/json' }, redirect: 'manual' });
      if (response.type === 'opaqueredirect') {
        // The sign-in has run out: reloading the page sends the browser to sign in again.
        location.reload();
        return;
      }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        showError(`The dashboard answered ${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`);
        return;
      }
      showError('');
      draw(await response.json());
      document.body.dataset.ready = 'true';
    } catch (error) {
      showError(`Could not load the report: ${error.message}`);
    }
  }

  $('team').addEventListener('change', e => {
    params.set('team', e.target.value);
    if (!e.target.value) params.delete('team');
    history.replaceState(null, '', `${location.pathname}${query()}`);
    load();
  });

  load();
})();
