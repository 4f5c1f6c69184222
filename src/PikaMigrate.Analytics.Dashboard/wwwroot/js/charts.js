// The charts, drawn with chart.js (window.Chart, the embedded UMD build). Each chart is created once and
// updated in place with the new figures (no animation: a filter change redraws at once and nothing shifts).

import { formatCompact, formatCompactMoney, formatCount, formatMoney, formatPercent, formatPeriod } from './format.js';

const { Chart } = window;

const INK = '#5f6b7a';
const GRID = '#eef0f3';
const INPUT = '#0ea5e9';
const OUTPUT = '#6366f1';
const MODE_COLORS = { 'chat-app': '#6366f1', _undefined: '#94a3b8', 'direct-agent-invoke': '#f59e0b', 'chat-app-component': '#14b8a6' };
const SOURCE_COLORS = { user: '#6366f1', 'component-as-user': '#a855f7', component: '#14b8a6', _undefined: '#94a3b8' };
const SPARE_COLORS = ['#ef4444', '#84cc16', '#0ea5e9', '#f97316', '#64748b'];

const TREND = {
  sessions: { label: 'Sessions', color: '#6366f1', money: false, series: [['Sessions', (p) => p.sessionCount]] },
  users: { label: 'Unique users', color: '#14b8a6', money: false, series: [['Unique users', (p) => p.uniqueUserCount]] },
  messages: { label: 'Messages', color: '#94a3b8', money: false, series: [['Messages', (p) => p.messageCount]] },
  cost: { label: 'Cost', color: '#f59e0b', money: true, series: [['Cost', (p) => p.totalCost]] },
  tokens: { label: 'Tokens', money: false, series: [['Input tokens', (p) => p.inputTokens, INPUT], ['Output tokens', (p) => p.outputTokens, OUTPUT]] },
};

const RANK = {
  sessions: { label: 'Sessions', value: (r) => r.sessionCount, format: formatCount, axis: formatCompact },
  users: { label: 'Unique users', value: (r) => r.uniqueUserCount, format: formatCount, axis: formatCompact },
  cost: { label: 'Cost', value: (r) => r.totalCost, format: formatMoney, axis: formatCompactMoney },
};

Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.size = 12;
Chart.defaults.color = INK;
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.tooltip.backgroundColor = '#1b2430';
Chart.defaults.plugins.tooltip.padding = 10;
Chart.defaults.plugins.tooltip.boxPadding = 4;

// Each chart's formatters read chart.$view, which a render replaces: the options tree stays as created.
// Before the first render (chart.js draws once when created) there is nothing to format.
const viewLabel = (ctx) => ctx.chart.$view?.label(ctx) ?? '';
function viewAxis(value) {
  return this.chart.$view?.axis(value) ?? '';
}

const withAlpha = (hex, alpha) => `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;

/** The total in a donut's hole. */
const centerText = {
  id: 'centerText',
  afterDraw(chart) {
    const center = chart.$view?.center;
    if (!center?.text) return;
    const { ctx, chartArea } = chart;
    const x = (chartArea.left + chartArea.right) / 2;
    const y = (chartArea.top + chartArea.bottom) / 2;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#1b2430';
    ctx.font = `600 15px ${Chart.defaults.font.family}`;
    ctx.fillText(center.text, x, y - 7);
    ctx.fillStyle = INK;
    ctx.font = `11px ${Chart.defaults.font.family}`;
    ctx.fillText(center.caption, x, y + 11);
    ctx.restore();
  },
};

function timeChart(canvas, stacked) {
  return new Chart(canvas, {
    type: 'line',
    data: { labels: [], datasets: [] },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: stacked, position: 'top', align: 'end', labels: { boxWidth: 10, boxHeight: 10 } },
        tooltip: { callbacks: { label: viewLabel } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0, maxTicksLimit: 12 } },
        y: { beginAtZero: true, stacked, grid: { color: GRID }, border: { display: false }, ticks: { callback: viewAxis } },
      },
      elements: { line: { tension: 0.3, borderWidth: 2 }, point: { hoverRadius: 4 } },
    },
  });
}

function area(label, data, color, first, points) {
  return {
    label,
    data,
    borderColor: color,
    backgroundColor: withAlpha(color, 0.18),
    fill: first ? 'origin' : '-1',
    pointRadius: points ? 2.5 : 0,
    pointBackgroundColor: color,
  };
}

function donutChart(canvas) {
  return new Chart(canvas, {
    type: 'doughnut',
    data: { labels: [], datasets: [{ data: [], backgroundColor: [], borderColor: '#fff', borderWidth: 2 }] },
    options: { cutout: '68%', plugins: { legend: { display: false }, tooltip: { callbacks: { label: viewLabel } } } },
    plugins: [centerText],
  });
}

function barChart(canvas, onPick) {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: withAlpha(OUTPUT, 0.8), hoverBackgroundColor: OUTPUT, borderRadius: 4, maxBarThickness: 22 }] },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: viewLabel } } },
      scales: {
        x: { beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { callback: viewAxis } },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      onClick: (_event, elements, chart) => {
        if (elements.length) onPick(chart.data.labels[elements[0].index]);
      },
    },
  });
}

/** A donut of cost by bucket (buckets with cost only, as Pika's) and its legend of sessions, $ and share. */
function renderDonut(chart, legend, buckets, keyOf, colors) {
  const shown = buckets.filter((b) => b.totalCost > 0).sort((a, b) => b.totalCost - a.totalCost);
  const total = shown.reduce((sum, b) => sum + b.totalCost, 0);
  let spare = 0;
  const colorOf = (key) => colors[key] ?? SPARE_COLORS[spare++ % SPARE_COLORS.length];
  const palette = shown.map((b) => colorOf(keyOf(b)));
  chart.data.labels = shown.map((b) => b.description);
  chart.data.datasets[0].data = shown.map((b) => b.totalCost);
  chart.data.datasets[0].backgroundColor = palette;
  chart.$view = {
    center: { text: shown.length ? formatMoney(total) : '', caption: 'total cost' },
    label: (ctx) => ` ${formatMoney(ctx.parsed)} (${formatPercent(ctx.parsed / total)})`,
  };
  chart.update();

  legend.replaceChildren(...shown.map((b, i) => {
    const item = document.createElement('li');
    item.dataset.key = keyOf(b);
    item.innerHTML = '<span class="swatch"></span><span class="name"></span><span class="share"></span><span class="figures"></span>';
    item.querySelector('.swatch').style.background = palette[i];
    item.querySelector('.name').textContent = b.description;
    item.querySelector('.name').title = keyOf(b);
    item.querySelector('.figures').textContent = `${formatCount(b.sessionCount)} sessions · ${formatMoney(b.totalCost)}`;
    item.querySelector('.share').textContent = formatPercent(b.totalCost / total);
    return item;
  }));
  if (!shown.length) {
    const none = document.createElement('li');
    none.className = 'none';
    none.textContent = 'No cost in this selection.';
    legend.replaceChildren(none);
  }
}

function renderBars(chart, rows, nameOf, by) {
  const rank = RANK[by];
  const sorted = [...rows].sort((a, b) => rank.value(b) - rank.value(a));
  chart.data.labels = sorted.map(nameOf);
  chart.data.datasets[0].data = sorted.map(rank.value);
  chart.data.datasets[0].label = rank.label;
  chart.$view = {
    axis: rank.axis,
    label: (ctx) => {
      const row = sorted[ctx.dataIndex];
      return [` ${formatCount(row.sessionCount)} sessions`, ` ${formatCount(row.uniqueUserCount)} users`, ` ${formatMoney(row.totalCost)}`];
    },
  };
  chart.update();
}

export function createCharts({ onPickApp, onPickEntity }) {
  const trend = timeChart(document.getElementById('chart-trend'), false);
  const cost = timeChart(document.getElementById('chart-cost'), true);
  const modes = donutChart(document.getElementById('chart-modes'));
  const sources = donutChart(document.getElementById('chart-sources'));
  const apps = barChart(document.getElementById('chart-apps'), onPickApp);
  const entities = barChart(document.getElementById('chart-entities'), onPickEntity);

  return {
    render(response, state, entityLabel) {
      const series = response.timeSeries;
      const labels = series.map((p) => formatPeriod(p.date, state.groupBy));
      const points = series.length <= 45;

      const metric = TREND[state.trend];
      const stacked = metric.series.length > 1;
      trend.data.labels = labels;
      trend.data.datasets = metric.series.map(([label, value, color], i) => area(label, series.map(value), color ?? metric.color, i === 0, points));
      trend.options.plugins.legend.display = stacked;
      trend.options.scales.y.stacked = stacked;
      trend.$view = {
        axis: metric.money ? formatCompactMoney : formatCompact,
        label: (ctx) => ` ${ctx.dataset.label}: ${(metric.money ? formatMoney : formatCount)(ctx.parsed.y)}`,
      };
      trend.update();
      document.getElementById('trend-note').textContent = state.trend === 'messages'
        ? 'Pika 0.11 does not track messages yet: this series is zero until it does.'
        : `${metric.label} per ${state.groupBy}, UTC.`;

      cost.data.labels = labels;
      cost.data.datasets = [
        area('Input cost', series.map((p) => p.inputCost), INPUT, true, points),
        area('Output cost', series.map((p) => p.outputCost), OUTPUT, false, points),
      ];
      cost.$view = { axis: formatCompactMoney, label: (ctx) => ` ${ctx.dataset.label}: ${formatMoney(ctx.parsed.y)}` };
      cost.update();

      renderDonut(modes, document.getElementById('legend-modes'), response.costByInvocationMode, (b) => b.invocationMode, MODE_COLORS);
      renderDonut(sources, document.getElementById('legend-sources'), response.costBySource, (b) => b.source, SOURCE_COLORS);
      renderBars(apps, response.topChatApps, (r) => r.chatAppId, state.appsBy);
      if (entityLabel) renderBars(entities, response.topEntities, (r) => r.entityId, state.entitiesBy);
    },
  };
}

