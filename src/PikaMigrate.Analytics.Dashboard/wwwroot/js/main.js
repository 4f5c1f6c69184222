// The Session Analytics page: reads the filter bar's values, takes the state from the address bar, queries the
// API and draws the answer. A filter change redraws in place (no reload) and becomes a history entry.
//
// window.pikaDashboard and body[data-state] / body[data-renders] say what the page is doing, for the browser
// tests and for anyone profiling: each redraw records how long it took from the change to the next paint,
// split into the request (and the server's own query time) and the drawing.

import { createAnswerCache } from './answer-cache.js';
import { ApiError, getReadiness, getSetup, queryAnalytics } from './api.js';
import { createCharts } from './charts.js';
import { createFilterBar } from './filter-bar.js';
import { formatClock, formatDay, plural, titleCase } from './format.js';
import { renderKpis } from './kpi-cards.js';
import { emptyText, renderNotices, renderProblem } from './notices.js';
import { RANK_METRICS, TREND_METRICS, queryFromState, requestFromState, stateFromQuery } from './url-state.js';

const body = document.body;
const $ = (selector) => document.querySelector(selector);
const dashboard = { renders: 0, timings: [], state: null, response: null };
window.pikaDashboard = dashboard;

const TREND_LABELS = { sessions: 'Sessions', users: 'Users', messages: 'Messages', cost: 'Cost', tokens: 'Tokens' };
const RANK_LABELS = { sessions: 'Sessions', users: 'Users', cost: 'Cost' };
const LOADING_DELAY_MS = 120;

let setup;
let readiness;
let state;
let filterBar;
let charts;
let sequence = 0;
let inflight;
let dimTimer;
const answers = createAnswerCache();

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const entityLabel = () => setup.values.entityAttributeName ?? null;

function setBusy(busy) {
  clearTimeout(dimTimer);
  if (busy) {
    body.dataset.state = 'loading';
    // Only a query that takes a while dims the figures: a fast one just redraws.
    dimTimer = setTimeout(() => body.classList.add('loading'), LOADING_DELAY_MS);
  } else {
    body.classList.remove('loading');
  }
}

function showContent(visible) {
  $('#content').hidden = !visible;
}

function change(patch) {
  state = { ...state, ...patch };
  history.pushState(null, '', queryFromState(state));
  filterBar.render(state);
  load('filter');
}

/** A chart toggle: redraws from the figures already here and updates the address without a history entry. */
function changeView(patch) {
  state = { ...state, ...patch };
  history.replaceState(null, '', queryFromState(state));
  renderToggles();
  if (dashboard.response?.success && dashboard.response.summary.totalSessions > 0) charts.render(dashboard.response, state, entityLabel());
}

function toggles(container, metrics, labels, key) {
  for (const metric of metrics) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = labels[metric];
    b.dataset.value = metric;
    b.addEventListener('click', () => changeView({ [key]: metric }));
    container.append(b);
  }
}

function renderToggles() {
  for (const [id, key] of [['#trend-metric', 'trend'], ['#rank-apps', 'appsBy'], ['#rank-entities', 'entitiesBy']]) {
    for (const b of $(id).querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.value === state[key]));
  }
}

function render(response) {
  dashboard.response = response;
  renderNotices($('#notices'), readiness, response.warnings);
  if (response.summary.totalSessions === 0) {
    showContent(false);
    renderProblem($('#problem'), {
      kind: 'empty',
      title: 'No sessions to show',
      text: emptyText(state, setup.values, readiness),
      actions: [['Show all dates', () => change({ from: setup.presets.all.start, to: setup.presets.all.end })], ['Reset filters', resetFilters]],
    });
    return 'empty';
  }
  renderProblem($('#problem'), null);
  showContent(true);
  renderKpis($('#kpis'), response.summary, entityLabel());
  charts.render(response, state, entityLabel());
  return 'ready';
}

function resetFilters() {
  change(stateFromQuery('', setup));
}

function renderFailure(error) {
  dashboard.response = null;
  showContent(false);
  const again = ['Try again', () => load('retry')];
  if (error.status === 409) {
    renderNotices($('#notices'), null, null);
    renderProblem($('#problem'), {
      kind: 'not-ready',
      title: 'Session Analytics cannot answer yet: the migration is not complete',
      text: `Index '${setup.index}' lacks what these filters need; its figures would be wrong. Run the step below, then check again.`,
      warnings: (error.body?.warnings ?? []).filter((w) => w.blocking),
      actions: [['Check again', () => load('retry')]],
    });
    return;
  }
  renderNotices($('#notices'), readiness, null);
  const title = error.status === 400 ? 'These filters cannot be queried'
    : error.status === 0 ? 'The dashboard server is gone'
    : 'OpenSearch could not answer';
  renderProblem($('#problem'), { kind: 'error', title, text: error.message, actions: error.status === 400 ? [['Reset filters', resetFilters]] : [again] });
}

async function load(cause) {
  const started = performance.now();
  const mine = ++sequence;
  inflight?.abort();
  inflight = new AbortController();
  setBusy(true);
  dashboard.state = state;
  const request = requestFromState(state, setup);

  // Asked again on purpose: the figures and the migration's readiness are read anew (a step may have run since).
  const anew = cause === 'refresh' || cause === 'retry';
  const readinessRead = anew ? getReadiness().catch(() => readiness) : undefined;
  let result = anew ? undefined : answers.get(request);
  const cached = result !== undefined;
  if (!cached) {
    try {
      result = await queryAnalytics(request, inflight.signal);
      if (readinessRead) readiness = await readinessRead;
    } catch (error) {
      if (error.name === 'AbortError' || mine !== sequence) return;
      if (readinessRead) readiness = await readinessRead;
      renderFailure(error instanceof ApiError ? error : new ApiError(String(error), 0, null));
      await finish(mine, 'error', { cause, started });
      return;
    }
    if (mine !== sequence) return;
    result = answers.set(request, result);
  }
  const fetched = performance.now();
  const outcome = render(result.response);
  await finish(mine, outcome, { cause, started, fetched, cached, answeredAt: result.at, serverMs: result.serverMs, sessions: result.response.summary.totalSessions });
}

async function finish(mine, outcome, timing) {
  await nextPaint();
  if (mine !== sequence) return;
  const done = performance.now();
  setBusy(false);
  if (timing.fetched !== undefined) {
    dashboard.timings.push({
      cause: timing.cause,
      totalMs: done - timing.started,
      requestMs: timing.fetched - timing.started,
      serverMs: timing.serverMs,
      drawMs: done - timing.fetched,
      cached: timing.cached,
      sessions: timing.sessions,
    });
    $('#updated').textContent = timing.cached
      ? `figures of ${formatClock(new Date(timing.answeredAt))}`
      : `updated ${formatClock(new Date(timing.answeredAt))}, ${Math.round(done - timing.started)} ms`;
  } else {
    $('#updated').textContent = `failed at ${formatClock(new Date())}`;
  }
  dashboard.renders += 1;
  body.dataset.renders = String(dashboard.renders);
  body.dataset.state = outcome;
}

async function start() {
  try {
    [setup, readiness] = await Promise.all([getSetup(), getReadiness().catch(() => null)]);
  } catch (error) {
    showContent(false);
    renderProblem($('#problem'), { kind: 'error', title: 'The dashboard cannot read the session index', text: error.message, actions: [['Reload', () => location.reload()]] });
    body.dataset.state = 'error';
    return;
  }

  const values = setup.values;
  const meta = $('#data-meta');
  meta.textContent = values.firstDate
    ? `index ${setup.index} · sessions from ${formatDay(values.firstDate)} to ${formatDay(values.lastDate)} (UTC)`
    : `index ${setup.index} · no sessions yet`;
  meta.title = meta.textContent;
  if (values.entityAttributeName) {
    $('#entities-card').hidden = false;
    $('#entities-title').textContent = `Top ${titleCase(plural(values.entityAttributeName))}`;
  } else {
    $('#apps-card').classList.add('card-full');
  }

  state = stateFromQuery(location.search, setup);
  history.replaceState(null, '', queryFromState(state));
  filterBar = createFilterBar(setup, change);
  charts = createCharts({
    onPickApp: (app) => {
      if (!state.apps.includes(app)) change({ apps: [...state.apps, app] });
    },
    onPickEntity: (entity) => change({ entity }),
  });
  toggles($('#trend-metric'), TREND_METRICS, TREND_LABELS, 'trend');
  toggles($('#rank-apps'), RANK_METRICS, RANK_LABELS, 'appsBy');
  toggles($('#rank-entities'), RANK_METRICS, RANK_LABELS, 'entitiesBy');
  $('#refresh').addEventListener('click', () => load('refresh'));
  window.addEventListener('popstate', () => {
    state = stateFromQuery(location.search, setup);
    filterBar.render(state);
    renderToggles();
    load('history');
  });

  filterBar.render(state);
  renderToggles();
  await load('open');
}

start();
