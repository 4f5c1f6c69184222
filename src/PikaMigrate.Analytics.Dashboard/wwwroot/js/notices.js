// What stands between the operator and right figures, said visibly: the migration's readiness (which step is
// missing and the command that runs it), warnings that qualify the figures, the empty state, and errors.

import { formatCount, formatDay } from './format.js';

const $ = (selector, root = document) => root.querySelector(selector);

function code(text) {
  const c = document.createElement('code');
  c.textContent = text;
  return c;
}

/** A message as text, with the `commands` it quotes set as code. */
function setMessage(element, message) {
  element.replaceChildren(...message.split('`').map((part, i) => (i % 2 === 1 ? code(part) : part)));
}

/** One warning: its sentence, which names the step and its command. */
function warningItem(warning) {
  const item = document.createElement('li');
  item.dataset.kind = warning.kind;
  setMessage(item, warning.message);
  return item;
}

function notice(kind, title, warnings) {
  const box = document.createElement('div');
  box.className = 'notice';
  box.dataset.notice = kind;
  box.setAttribute('role', 'status');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  list.append(...warnings.map(warningItem));
  box.append(heading, list);
  return box;
}

const sameWarning = (a, b) => a.kind === b.kind && a.field === b.field;

/**
 * The notices above the figures: the warnings on this query's figures, and the index-wide readiness warnings
 * this query's do not already say.
 */
export function renderNotices(container, readiness, queryWarnings) {
  const boxes = [];
  const shown = queryWarnings ?? [];
  if (shown.length) boxes.push(notice('figures', 'These figures are incomplete until the migration finishes:', shown));
  const rest = (readiness?.warnings ?? []).filter((w) => !shown.some((q) => sameWarning(q, w)));
  if (rest.length) {
    boxes.push(notice('readiness', `The 0.11.0 migration is not complete on index '${readiness.index}':`, rest));
  }
  container.replaceChildren(...boxes);
}

function action(label, onClick, primary) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'button button-primary' : 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** The panel that stands in for the figures: empty, not-ready or error; null hides it. */
export function renderProblem(panel, problem) {
  panel.hidden = !problem;
  if (!problem) return;
  panel.className = `panel ${problem.kind}`;
  panel.dataset.problem = problem.kind;
  $('.panel-title', panel).textContent = problem.title;
  setMessage($('.panel-text', panel), problem.text);
  $('.panel-list', panel).replaceChildren(...(problem.warnings ?? []).map(warningItem));
  $('.panel-actions', panel).replaceChildren(...(problem.actions ?? []).map(([label, onClick], i) => action(label, onClick, i === 0)));
}

/** The empty state's words: the range asked for, and where the data actually is. */
export function emptyText(state, values, readiness) {
  const asked = `No session matches these filters between ${formatDay(state.from)} and ${formatDay(state.to)} (UTC).`;
  if (!values.firstDate) return `${asked} The index holds no sessions at all yet.`;
  const held = readiness ? `${formatCount(readiness.sessions)} sessions` : 'sessions';
  return `${asked} The index holds ${held} from ${formatDay(values.firstDate)} to ${formatDay(values.lastDate)}: widen the dates or clear some filters.`;
}
