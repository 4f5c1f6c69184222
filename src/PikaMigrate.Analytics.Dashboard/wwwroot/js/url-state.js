// The view's state lives in the query string, so a link reproduces the view and back/forward walk through
// filter changes. The format is the one DashboardLink.cs writes: from, to, user-type, mode, source, app,
// entity, group-by, limit; lists comma-separated with each value escaped; a list present but empty means "no filter";
// a parameter left out takes the page's opening default. trend, apps-by and entities-by are the charts' toggles.

export const TREND_METRICS = ['sessions', 'users', 'messages', 'cost', 'tokens'];
export const RANK_METRICS = ['sessions', 'users', 'cost'];
const DEFAULT_TREND = 'sessions';
const DEFAULT_RANK = 'cost';

const LISTS = [
  ['user-type', 'userTypes', 'userTypes'],
  ['mode', 'modes', 'invocationModes'],
  ['source', 'sources', 'sources'],
  ['app', 'apps', 'chatAppIds'],
];

/** Each parameter's values, decoded one by one so an escaped comma stays inside its value. */
function parse(search) {
  const params = new Map();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
    const raw = at < 0 ? '' : pair.slice(at + 1);
    params.set(name, raw === '' ? [] : raw.split(',').map((v) => decodeURIComponent(v.replace(/\+/g, ' '))));
  }
  return params;
}

const single = (params, name) => params.get(name)?.[0];
const oneOf = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);

/** The state a query string describes, with the page's defaults (setup.defaults) for what it leaves out. */
export function stateFromQuery(search, setup) {
  const params = parse(search);
  const defaults = setup.defaults;
  const limit = Number.parseInt(single(params, 'limit'), 10);
  const state = {
    from: single(params, 'from') ?? defaults.dateRange.start,
    to: single(params, 'to') ?? defaults.dateRange.end,
    entity: single(params, 'entity') ?? '',
    groupBy: single(params, 'group-by') ?? defaults.groupBy ?? 'day',
    limit: Number.isNaN(limit) ? defaults.limit ?? 10 : limit,
    trend: oneOf(single(params, 'trend'), TREND_METRICS, DEFAULT_TREND),
    appsBy: oneOf(single(params, 'apps-by'), RANK_METRICS, DEFAULT_RANK),
    entitiesBy: oneOf(single(params, 'entities-by'), RANK_METRICS, DEFAULT_RANK),
  };
  for (const [name, key, field] of LISTS) {
    state[key] = params.get(name) ?? defaults[field] ?? [];
  }
  return state;
}

/** The query string for a state: every filter written out, so the link means the same tomorrow. */
export function queryFromState(state) {
  const parts = [`from=${encodeURIComponent(state.from)}`, `to=${encodeURIComponent(state.to)}`];
  for (const [name, key] of LISTS) {
    parts.push(`${name}=${state[key].map(encodeURIComponent).join(',')}`);
  }
  if (state.entity) parts.push(`entity=${encodeURIComponent(state.entity)}`);
  parts.push(`group-by=${encodeURIComponent(state.groupBy)}`);
  parts.push(`limit=${state.limit}`);
  if (state.trend !== DEFAULT_TREND) parts.push(`trend=${state.trend}`);
  if (state.appsBy !== DEFAULT_RANK) parts.push(`apps-by=${state.appsBy}`);
  if (state.entitiesBy !== DEFAULT_RANK) parts.push(`entities-by=${state.entitiesBy}`);
  return `?${parts.join('&')}`;
}

/** The SessionAnalyticsRequest for a state, as the API takes it. */
export function requestFromState(state, setup) {
  const request = {
    dateRange: { start: state.from, end: state.to },
    userTypes: state.userTypes,
    invocationModes: state.modes,
    sources: state.sources,
    chatAppIds: state.apps,
    groupBy: state.groupBy,
    limit: state.limit,
  };
  if (setup.defaults.entityAttributeName) {
    request.entityAttributeName = setup.defaults.entityAttributeName;
    if (state.entity) request.entityId = state.entity;
  }
  return request;
}
