// Drives the sandbox engine with the official OpenSearch JavaScript client (a client nobody here wrote), the way
// the Pika 0.11 migration uses OpenSearch: create the session index with its 0.10 mapping, bulk-load sessions,
// add the keyword twins to the mapping, copy the fields with an update_by_query task, poll it, aggregate on a
// keyword field, and get the fielddata error on a text field. Prints a JSON summary; exits 1 on any mismatch.
// Usage: node official-client.mjs <endpoint>
import { Client, errors } from '@opensearch-project/opensearch';

const node = process.argv[2];
if (!node) {
  console.error('usage: node official-client.mjs <endpoint>');
  process.exit(2);
}

const client = new Client({ node });
const index = `session-js-${process.pid}`;
const sessions = 300;

function check(condition, message) {
  if (!condition) {
    throw new Error(`check failed: ${message}`);
  }
}

const keyword = { type: 'keyword' };
const mapping = {
  dynamic_templates: [
    { session_attributes_dynamic: { path_match: 'session_attributes.*', match_mapping_type: 'string', mapping: { type: 'keyword', ignore_above: 512 } } },
  ],
  properties: {
    session_id: keyword, user_id: keyword, agent_id: keyword, chat_app_id: keyword, identity_id: keyword, last_message_id: keyword,
    title: { type: 'text' },
    input_cost: { type: 'double' }, output_cost: { type: 'double' }, total_cost: { type: 'double' },
    input_tokens: { type: 'long' }, output_tokens: { type: 'long' },
    create_date: { type: 'date' }, last_update: { type: 'date' }, last_index_date: { type: 'date' },
    session_attributes: { properties: { first_name: keyword, last_name: keyword, token: keyword, current_date: { type: 'date' } } },
  },
};

function session(i) {
  const doc = {
    session_id: `s${i}`,
    user_id: `u${i % 17}`,
    chat_app_id: `app-${i % 3}`,
    agent_id: 'agent',
    title: `Session number ${i}`,
    source: i % 5 === 0 ? 'component' : 'user',
    create_date: new Date(Date.UTC(2025, 9, 1 + (i % 20), 12)).toISOString(),
    total_cost: 0.25,
    input_tokens: 100,
    session_attributes: { first_name: 'Ada', token: `t${i}`, custom_color: 'blue' },
  };
  if (i % 4 !== 0) {
    doc.invocation_mode = i % 2 ? 'chat-app' : 'direct-agent-invoke';
  }
  if (i % 3 !== 0) {
    doc.user_type = i % 2 ? 'internal-user' : 'external-user';
  }
  return doc;
}

const info = await client.info();
check(info.body.version.distribution === 'opensearch', 'GET / reports the opensearch distribution');

const created = await client.indices.create({ index, body: { mappings: mapping } });
check(created.body.acknowledged === true && created.body.index === index, 'the index is created');

const body = [];
for (let i = 0; i < sessions; i++) {
  body.push({ index: { _index: index, _id: `s${i}` } }, session(i));
}
const bulk = await client.bulk({ body, refresh: true });
check(bulk.statusCode === 200 && bulk.body.errors === false && bulk.body.items.length === sessions, 'the bulk load succeeds');

const put = await client.indices.putMapping({
  index,
  body: { properties: { invocation_mode_keyword: keyword, user_type_keyword: keyword, source_keyword: keyword } },
});
check(put.body.acknowledged === true, 'the keyword twins are added');
const after = await client.indices.getMapping({ index });
const properties = after.body[index].mappings.properties;
check(properties.user_type_keyword.type === 'keyword', 'user_type_keyword is a keyword field');
check(properties.user_type.type === 'text' && properties.user_type.fields.keyword.ignore_above === 256, 'user_type was mapped dynamically as text');
check(properties.session_attributes.properties.custom_color.type === 'keyword', 'the dynamic template mapped session_attributes.custom_color');

const started = await client.updateByQuery({
  index,
  conflicts: 'proceed',
  wait_for_completion: false,
  refresh: true,
  slices: 'auto',
  scroll_size: 50,
  requests_per_second: 2000,
  body: {
    query: { match_all: {} },
    script: {
      lang: 'painless',
      source: [
        'if (ctx._source.invocation_mode != null) { ctx._source.invocation_mode_keyword = ctx._source.invocation_mode; }',
        'if (ctx._source.user_type != null) { ctx._source.user_type_keyword = ctx._source.user_type; }',
        'if (ctx._source.source != null) { ctx._source.source_keyword = ctx._source.source; }',
      ].join(' '),
    },
  },
});
const taskId = started.body.task;
check(/^[^:]+:\d+$/.test(taskId), `the task id is <node>:<number> (${taskId})`);

let task;
let polls = 0;
for (;;) {
  task = await client.tasks.get({ task_id: taskId });
  polls++;
  if (task.body.completed) {
    break;
  }
  check(task.body.task.action === 'indices:data/write/update/byquery', 'a running task is an update by query');
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const response = task.body.response;
check(response.total === sessions && response.updated === sessions, `every session is updated (${JSON.stringify(response)})`);
check(response.failures.length === 0 && response.version_conflicts === 0, 'no failures and no conflicts');

const aggs = await client.search({
  index,
  body: { size: 0, aggs: { types: { terms: { field: 'user_type_keyword', missing: '_undefined' } }, modes: { terms: { field: 'invocation_mode_keyword' } } } },
});
const types = Object.fromEntries(aggs.body.aggregations.types.buckets.map((b) => [b.key, b.doc_count]));
const expected = { 'internal-user': 0, 'external-user': 0, _undefined: 0 };
for (let i = 0; i < sessions; i++) {
  const type = session(i).user_type ?? '_undefined';
  expected[type]++;
}
for (const [type, count] of Object.entries(expected)) {
  check(types[type] === count, `terms on user_type_keyword counts ${type}: ${types[type]} vs ${count}`);
}

let fielddata;
try {
  await client.search({ index, body: { size: 0, aggs: { types: { terms: { field: 'user_type' } } } } });
} catch (e) {
  if (!(e instanceof errors.ResponseError)) {
    throw e;
  }
  fielddata = e;
}
check(fielddata !== undefined, 'terms on the text field user_type fails');
check(fielddata.meta.statusCode === 400, 'the fielddata error is a 400');
check(fielddata.meta.body.error.type === 'search_phase_execution_exception', 'wrapped in search_phase_execution_exception');
check(fielddata.meta.body.error.root_cause[0].reason.startsWith('Text fields are not optimised for operations that require per-document field data'),
  'the root cause is the fielddata message');

const docs = await client.mget({ index, body: { ids: ['s1', 's3'] }, _source_includes: ['user_type', 'user_type_keyword'] });
check(docs.body.docs[0]._source.user_type_keyword === 'internal-user', 'mget reads the copied keyword twin');

await client.indices.delete({ index });
console.log(JSON.stringify({ index, task: taskId, polls, updated: response.updated, userTypes: types, fielddataStatus: fielddata.meta.statusCode }));
