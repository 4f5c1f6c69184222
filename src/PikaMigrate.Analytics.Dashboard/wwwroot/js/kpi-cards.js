// "Key Metrics": Pika 0.11's KPI cards, in its order. Each card keeps its place between queries (no layout
// jumps); only its text changes.

import { formatCount, formatMoney, plural, titleCase } from './format.js';

const perMillion = (s) => {
  const tokens = s.totalInputTokens + s.totalOutputTokens;
  return tokens > 0 ? formatMoney((s.totalCost / tokens) * 1_000_000) : '—';
};

/** [id, label, value, sub-line]; entities only when an entity attribute is given. */
function cards(s, entityLabel) {
  const list = [
    ['sessions', 'Total Sessions', formatCount(s.totalSessions), ''],
    ['users', 'Unique Users', formatCount(s.uniqueUsers), s.uniqueUsers > 0 ? `${(s.totalSessions / s.uniqueUsers).toFixed(1)} sessions per user` : ''],
  ];
  if (entityLabel) list.push(['entities', `Unique ${titleCase(plural(entityLabel))}`, formatCount(s.uniqueEntities ?? 0), '']);
  list.push(
    ['messages', 'Total Messages', 'Not yet tracked', 'not counted in Pika 0.11'],
    ['cost', 'Total Cost', formatMoney(s.totalCost), `in ${formatMoney(s.totalInputCost)} · out ${formatMoney(s.totalOutputCost)}`],
    ['avg-cost', 'Avg Cost/Session', formatMoney(s.avgCostPerSession), ''],
    ['input-tokens', 'Total Input Tokens', formatCount(s.totalInputTokens), ''],
    ['output-tokens', 'Total Output Tokens', formatCount(s.totalOutputTokens), ''],
    ['avg-tokens', 'Avg Tokens/Session', formatCount(s.avgTokensPerSession), ''],
    ['cost-per-million', 'Cost per 1M Tokens', perMillion(s), ''],
  );
  return list;
}

export function renderKpis(container, summary, entityLabel) {
  for (const [id, label, value, sub] of cards(summary, entityLabel)) {
    let card = container.querySelector(`[data-kpi="${id}"]`);
    if (!card) {
      card = document.createElement('div');
      card.className = 'card kpi';
      card.dataset.kpi = id;
      card.innerHTML = '<div class="kpi-label"></div><div class="kpi-value"></div><div class="kpi-sub"></div>';
      container.append(card);
    }
    card.querySelector('.kpi-label').textContent = label;
    const shown = card.querySelector('.kpi-value');
    shown.textContent = value;
    shown.classList.toggle('untracked', id === 'messages');
    card.querySelector('.kpi-sub').textContent = sub;
  }
}
