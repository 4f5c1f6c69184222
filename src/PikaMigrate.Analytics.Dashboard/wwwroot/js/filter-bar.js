// The sticky filter bar (Pika 0.11's layout plus the guide's source filter): dates with presets, user-type
// toggles, invocation-mode and source checklists (each with `undefined`), a chat-app multi-select, an entity
// select when an entity attribute is given, and group-by. It shows a state and reports changes; it never
// queries by itself.

import { formatCount, titleCase } from './format.js';

const PRESET_LABELS = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year', all: 'All' };
const SHORT_MODES = { 'chat-app': 'Chat app', undefined: 'Undefined', 'direct-agent-invoke': 'Direct agent', 'chat-app-component': 'Widget' };
const SHORT_SOURCES = { user: 'User', 'component-as-user': 'Component as user', component: 'Component', undefined: 'Undefined' };
const GROUP_LABELS = { day: 'Day', week: 'Week', month: 'Month' };

const $ = (selector, root = document) => root.querySelector(selector);

function button(label, value, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.dataset.value = value;
  b.addEventListener('click', onClick);
  return b;
}

function option(type, name, value, label, count) {
  const row = document.createElement('label');
  row.className = 'option';
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = value;
  const text = document.createElement('span');
  text.textContent = label;
  row.append(input, text);
  if (count !== undefined) {
    const figure = document.createElement('span');
    figure.className = 'count';
    figure.textContent = formatCount(count);
    row.append(figure);
  }
  return row;
}

const toggled = (list, value) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** "All" when nothing (or everything) is picked: an empty list filters nothing. */
function summarize(selected, all, labels) {
  if (selected.length === 0 || selected.length === all.length) return 'All';
  return selected.map((v) => labels[v] ?? v).join(', ');
}

function filterMenu(details) {
  const search = $('.menu-search', details);
  search.addEventListener('input', () => {
    const term = search.value.trim().toLowerCase();
    for (const row of details.querySelectorAll('.option')) {
      row.hidden = term !== '' && !row.textContent.toLowerCase().includes(term);
    }
  });
}

export function createFilterBar(setup, onChange) {
  const values = setup.values;

  const from = $('#date-from');
  const to = $('#date-to');
  const changeDates = () => {
    if (from.value && to.value) onChange({ from: from.value, to: to.value });
  };
  from.addEventListener('change', changeDates);
  to.addEventListener('change', changeDates);

  const presets = $('#presets');
  for (const name of values.presets) {
    const range = setup.presets[name];
    const b = button(PRESET_LABELS[name] ?? name, name, () => onChange({ from: range.start, to: range.end }));
    b.title = `${range.start} to ${range.end}`;
    presets.append(b);
  }

  let current = null;
  const userTypes = $('#user-types');
  userTypes.title = 'None selected: every user type';
  for (const type of values.userTypes) {
    userTypes.append(button(type.description, type.value, () => onChange({ userTypes: toggled(current.userTypes, type.value) })));
  }

  const checklist = (id, options, key, shortLabels) => {
    const details = $(id);
    const menu = $('.menu', details);
    for (const o of options) {
      const row = option('checkbox', key, o.value, o.description);
      row.title = o.value;
      $('input', row).addEventListener('change', () => onChange({ [key]: toggled(current[key], o.value) }));
      menu.append(row);
    }
    return (state) => {
      for (const input of menu.querySelectorAll('input')) input.checked = state[key].includes(input.value);
      $('.summary-value', details).textContent = summarize(state[key], options, shortLabels);
    };
  };
  const renderModes = checklist('#modes', values.invocationModes, 'modes', SHORT_MODES);
  const renderSources = checklist('#sources', values.sources, 'sources', SHORT_SOURCES);

  const apps = $('#apps');
  const appList = $('.menu-list', apps);
  for (const app of values.chatApps) {
    const row = option('checkbox', 'app', app.value, app.value, app.sessionCount);
    $('input', row).addEventListener('change', () => onChange({ apps: toggled(current.apps, app.value) }));
    appList.append(row);
  }
  $('.menu-clear', apps).addEventListener('click', () => onChange({ apps: [] }));
  filterMenu(apps);

  const entities = $('#entities');
  const entityList = $('.menu-list', entities);
  if (values.entityAttributeName) {
    entities.hidden = false;
    $('#entity-label').textContent = titleCase(values.entityAttributeName);
    for (const entity of values.entities ?? []) {
      const row = option('radio', 'entity', entity.value, entity.value, entity.sessionCount);
      $('input', row).addEventListener('change', () => onChange({ entity: entity.value }));
      entityList.append(row);
    }
    $('.menu-clear', entities).addEventListener('click', () => onChange({ entity: '' }));
    filterMenu(entities);
  }

  const groupBy = $('#group-by');
  for (const period of values.groupBys) {
    groupBy.append(button(GROUP_LABELS[period] ?? period, period, () => onChange({ groupBy: period })));
  }

  // One menu open at a time; a click elsewhere or Escape closes it.
  const menus = [...document.querySelectorAll('.dropdown')];
  for (const details of menus) {
    details.addEventListener('toggle', () => {
      if (details.open) for (const other of menus) if (other !== details) other.open = false;
    });
  }
  document.addEventListener('click', (event) => {
    for (const details of menus) if (details.open && !details.contains(event.target)) details.open = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') for (const details of menus) details.open = false;
  });

  const press = (container, isOn) => {
    for (const b of container.querySelectorAll('button')) b.setAttribute('aria-pressed', String(isOn(b.dataset.value)));
  };

  return {
    render(state) {
      current = state;
      from.value = state.from;
      to.value = state.to;
      press(presets, (name) => setup.presets[name].start === state.from && setup.presets[name].end === state.to);
      press(userTypes, (type) => state.userTypes.includes(type));
      renderModes(state);
      renderSources(state);
      for (const input of appList.querySelectorAll('input')) input.checked = state.apps.includes(input.value);
      $('.summary-value', apps).textContent = state.apps.length === 0 ? 'All' : state.apps.join(', ');
      for (const input of entityList.querySelectorAll('input')) input.checked = input.value === state.entity;
      $('.summary-value', entities).textContent = state.entity || 'All';
      press(groupBy, (period) => period === state.groupBy);
    },
  };
}
