'use strict';
// Microsoft's ConnectorClient and ours perform the same operations against one recording server;
// the requests must be the same on the wire.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startFakeIdentity } = require('../lib/fakeIdentity');
const { startRecorder } = require('../lib/recorder');
const { operations, APP_ID, TENANT_ID } = require('../lib/connectorOps');
const { microsoftConnector, perform } = require('../lib/microsoftConnector');
const { runOurConnector } = require('../lib/ourConnector');
const { diffJson } = require('../lib/jsonDiff');

const APP_PASSWORD = 'conformance-secret';
let identity;
let recorder;

before(async () => {
  identity = await startFakeIdentity();
  recorder = await startRecorder();
});

after(async () => {
  await recorder?.close();
  await identity?.close();
});

function microsoft() {
  return microsoftConnector(`${recorder.url}/`, { appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TENANT_ID, tokenEndpoint: identity.tokenEndpoint(TENANT_ID) });
}

function ours(ops) {
  return runOurConnector(`${recorder.url}/`, ops, {
    Bot__MicrosoftAppId: APP_ID,
    Bot__MicrosoftAppPassword: APP_PASSWORD,
    Bot__MicrosoftAppTenantId: TENANT_ID,
    Bot__TokenEndpoint: identity.tokenEndpoint(TENANT_ID),
    Bot__AllowHttpOnLoopback: 'true',
  });
}

const mediaType = (value) => (value ?? '').toLowerCase().replace(/\s+/g, '');
const scheme = (value) => (value ?? '').split(' ')[0];

test('each operation sends the same request as Microsoft\'s ConnectorClient', async (t) => {
  recorder.clear();
  const client = microsoft();
  for (const operation of operations) {
    const result = await perform(client, operation);
    assert.ok(result.ok, `Microsoft's ${operation.op} failed: ${result.error}`);
  }
  const theirs = recorder.requests.splice(0);

  const results = await ours(operations);
  const mine = recorder.requests.splice(0);
  results.forEach((r, i) => assert.ok(r.ok, `our ${operations[i].op} failed: ${JSON.stringify(r)}`));
  assert.equal(mine.length, theirs.length, 'number of requests');

  operations.forEach((operation, i) => {
    const m = theirs[i];
    const o = mine[i];
    const label = `${operation.op} #${i + 1}`;
    assert.equal(o.method, m.method, `${label}: method`);
    assert.equal(o.rawPath, m.rawPath, `${label}: escaped path`);
    assert.deepEqual(o.query, m.query, `${label}: query`);
    assert.equal(scheme(o.headers.authorization), scheme(m.headers.authorization), `${label}: Authorization scheme`);
    assert.equal(scheme(o.headers.authorization), 'Bearer', `${label}: a Connector call carries the bot's token`);
    assert.equal(mediaType(o.headers['content-type']), mediaType(m.headers['content-type']), `${label}: content type`);
    const diff = diffJson(m.json, o.json);
    for (const extra of diff.extra) t.diagnostic(`${label}: only ours sends ${extra} (Microsoft's serializer drops it)`);
    assert.deepEqual({ missing: diff.missing, different: diff.different }, { missing: [], different: [] }, `${label}: JSON body`);
    t.diagnostic(`${label}: ${o.method} ${o.rawPath} same as Microsoft`);
  });

  // Both clients read the same answers.
  assert.equal(results[4].result?.id, 'a:new-conversation');
  assert.equal(results[6].result?.continuationToken, 'next-page');
  assert.equal(results[6].result?.members?.[0]?.id, '29:user-1');
});

const throttled = { status: 429, body: { error: { code: 'Throttled', message: 'Too many requests' } }, headers: { 'retry-after': '1' } };
const notFound = { status: 404, body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } } };
const send = operations.find((o) => o.op === 'send');

test('a 429 with Retry-After is retried after the wait, like Microsoft\'s client', async () => {
  recorder.clear();
  recorder.scriptOnce(() => true, throttled);
  const theirResult = await perform(microsoft(), send);
  const theirs = recorder.requests.splice(0);
  assert.ok(theirResult.ok);
  assert.equal(theirs.length, 2, 'Microsoft retries a 429 once it has waited');

  recorder.scriptOnce(() => true, throttled);
  const [ourResult] = await ours([send]);
  const mine = recorder.requests.splice(0);
  assert.ok(ourResult.ok, `ours failed: ${JSON.stringify(ourResult)}`);
  assert.equal(mine.length, 2, 'ours sends the request again after a 429');
  assert.ok(mine[1].at - mine[0].at >= 900, `ours retried after ${mine[1].at - mine[0].at} ms, before Retry-After: 1 s had passed`);
  assert.equal(mine[1].raw, mine[0].raw, 'the retry sends the same body');
});

test('a 404 is not retried and is reported, like Microsoft\'s client', async () => {
  recorder.clear();
  recorder.scriptOnce(() => true, notFound);
  const theirResult = await perform(microsoft(), send);
  const theirs = recorder.requests.splice(0);
  assert.equal(theirResult.ok, false);
  assert.equal(theirResult.status, 404);
  assert.equal(theirs.length, 1);

  recorder.scriptOnce(() => true, notFound);
  const [ourResult] = await ours([send]);
  const mine = recorder.requests.splice(0);
  assert.equal(ourResult.ok, false);
  assert.equal(ourResult.status, 404);
  assert.equal(ourResult.errorCode, 'ConversationNotFound');
  assert.equal(mine.length, 1, 'a 404 must not be retried');
});
