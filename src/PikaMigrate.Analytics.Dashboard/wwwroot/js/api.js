// The dashboard's JSON API (DashboardApi.cs). Every failure becomes an ApiError with a message a person can act
// on: the API's own (naming the field, the step or the domain), or, when the server itself is gone, that.

export class ApiError extends Error {
  constructor(message, status, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

const SERVER_GONE = 'The dashboard server is not answering. Is `pika-migrate analytics serve` still running? Start it again and reload this page.';

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(SERVER_GONE, 0, null);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy or a crash; the status line says what there is to say.
  }
  if (!response.ok) {
    throw new ApiError(body?.error ?? `The dashboard server answered HTTP ${response.status} ${response.statusText}.`, response.status, body);
  }
  return { body, response };
}

export async function getSetup() {
  return (await send('/api/setup')).body;
}

export async function getReadiness() {
  return (await send('/api/readiness')).body;
}

/** Runs a SessionAnalyticsRequest; also says how long the server spent on the query (its Server-Timing). */
export async function queryAnalytics(request, signal) {
  const { body, response } = await send('/api/analytics', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  });
  const timing = /query;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return { response: body, serverMs: timing ? Number(timing[1]) : null };
}
