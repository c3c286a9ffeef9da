'use strict';
// The same good and bad channel tokens go to Microsoft's JwtTokenValidation and to our bot's
// POST /api/messages; every verdict must match.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startFakeIdentity, BOT_FRAMEWORK_ISSUER, signToken, unsignedToken, hmacWithPublicKey, forgedSignature } = require('../lib/fakeIdentity');
const { startRecorder } = require('../lib/recorder');
const { startHost } = require('../lib/host');
const { teamsMessage, TENANT_ID } = require('../lib/activities');
const { useMetadata, microsoftVerdict } = require('../lib/microsoftAuth');
const { assertCardsValid } = require('../lib/cards');
const { waitFor } = require('../lib/net');

const APP_ID = '6e1f9a62-0000-4000-8000-c0ffee0000b0';
const APP_PASSWORD = 'conformance-secret';
const OTHER_APP_ID = '0b7c3f11-0000-4000-8000-c0ffee0000ff';
const BOT_ID = `28:${APP_ID}`;

let identity;
let recorder;
let host;
const rows = [];

before(async () => {
  identity = await startFakeIdentity();
  recorder = await startRecorder();
  useMetadata(identity.metadataUrl);
  host = await startHost({
    environment: 'Production',
    env: {
      Bot__MicrosoftAppId: APP_ID,
      Bot__MicrosoftAppPassword: APP_PASSWORD,
      Bot__MicrosoftAppTenantId: TENANT_ID,
      Bot__ChannelOpenIdMetadataUrl: identity.metadataUrl,
      Bot__TokenEndpoint: identity.tokenEndpoint(TENANT_ID),
      Bot__AllowHttpOnLoopback: 'true',
    },
  });
});

after(async () => {
  await host?.stop();
  await recorder?.close();
  await identity?.close();
});

const now = () => Math.floor(Date.now() / 1000);

function claims(serviceUrl, overrides = {}) {
  return { iss: BOT_FRAMEWORK_ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 3600, serviceurl: serviceUrl, ...overrides };
}

/** Each case: a name, and how to build the Authorization header and the activity. */
const cases = [
  { name: 'good token', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s))}` },
  { name: 'expired 10 min ago (beyond 5 min skew)', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { nbf: now() - 7200, exp: now() - 600 }))}` },
  { name: 'expired 2 min ago (within skew)', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { nbf: now() - 7200, exp: now() - 120 }))}` },
  { name: 'not valid for 10 min (nbf)', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { nbf: now() + 600 }))}` },
  { name: 'not valid for 2 min (nbf within skew)', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { nbf: now() + 120 }))}` },
  { name: 'wrong audience', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { aud: OTHER_APP_ID }))}` },
  { name: 'wrong issuer', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { iss: 'https://api.botframework.com.evil.example' }))}` },
  { name: 'bad signature (other key, published kid)', auth: (k, s, u) => `Bearer ${forgedSignature(k.teams, u, claims(s))}` },
  { name: 'unknown signing key (kid not in JWKS)', auth: (k, s, u) => `Bearer ${signToken(u, claims(s))}` },
  { name: 'serviceurl claim mismatch', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { serviceurl: 'https://smba.trafficmanager.net/amer/' }))}` },
  { name: 'serviceurl claim missing', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s, { serviceurl: undefined }))}` },
  { name: 'channel not endorsed by the key', auth: (k, s) => `Bearer ${signToken(k.webchatOnly, claims(s))}` },
  { name: 'alg none (unsigned)', auth: (k, s) => `Bearer ${unsignedToken(claims(s), k.teams.kid)}` },
  { name: 'alg HS256 keyed with the public key', auth: (k, s) => `Bearer ${hmacWithPublicKey(k.teams, claims(s))}` },
  { name: 'missing Authorization header', auth: () => undefined },
  { name: 'malformed header: Basic scheme', auth: () => `Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}` },
  { name: 'malformed header: Bearer without token', auth: () => 'Bearer' },
  { name: 'malformed header: not a JWT', auth: () => 'Bearer not.a-jwt' },
  { name: 'malformed header: extra part', auth: (k, s) => `Bearer ${signToken(k.teams, claims(s))} extra` },
];

async function ourVerdict(activity, authHeader) {
  const headers = { 'content-type': 'application/json' };
  if (authHeader !== undefined) headers.authorization = authHeader;
  const res = await fetch(`${host.url}/api/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(20000),
  });
  await res.arrayBuffer();
  const verdict = res.status >= 200 && res.status < 300 ? 'accepted' : res.status === 401 || res.status === 403 ? 'rejected' : `error`;
  return { verdict, status: res.status, wwwAuthenticate: res.headers.get('www-authenticate') };
}

test('every token gets the same verdict from Microsoft and from our bot', async (t) => {
  const serviceUrl = `${recorder.url}/`;
  for (const c of cases) {
    await t.test(c.name, async () => {
      const activity = teamsMessage({ text: 'hello', serviceUrl, botId: BOT_ID });
      const header = c.auth(identity.keys, serviceUrl, identity.unpublished);
      const microsoft = await microsoftVerdict(activity, header, { appId: APP_ID, appPassword: APP_PASSWORD });
      const ours = await ourVerdict(activity, header);
      rows.push({ name: c.name, microsoft, ours });
      assert.equal(ours.verdict, microsoft.verdict, `${c.name}: Microsoft ${microsoft.verdict} (${microsoft.detail}); ours HTTP ${ours.status}`);
    });
  }
  const table = [
    `${'case'.padEnd(44)} ${'Microsoft'.padEnd(9)} ${'ours'.padEnd(14)} match`,
    ...rows.map((r) => `${r.name.padEnd(44)} ${r.microsoft.verdict.padEnd(9)} ${`${r.ours.verdict} ${r.ours.status}`.padEnd(14)} ${r.microsoft.verdict === r.ours.verdict ? 'yes' : 'NO'}`),
  ];
  for (const line of table) t.diagnostic(line);
  console.log(table.join('\n'));
});

test('an accepted turn is answered through the Connector with a client-credentials token', async () => {
  const serviceUrl = `${recorder.url}/`;
  recorder.clear();
  const activity = teamsMessage({ text: 'hello', serviceUrl, botId: BOT_ID });
  const ours = await ourVerdict(activity, `Bearer ${signToken(identity.keys.teams, claims(serviceUrl))}`);
  assert.equal(ours.verdict, 'accepted');
  const repliesPath = `/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`;
  const replies = await waitFor(() => {
    const found = recorder.requests.filter((r) => r.rawPath.startsWith(repliesPath));
    return found.length > 0 ? found : null;
  }, { timeoutMs: 20000, what: 'the bot to reply through the Connector' }).catch(() => []);
  assert.ok(replies.length > 0, `the bot sent no reply to the serviceUrl\n--- host output ---\n${host.logs().slice(-3000)}`);
  const issued = identity.tokenRequests.map((r) => r.accessToken);
  for (const reply of replies) {
    assert.match(reply.headers.authorization ?? '', /^Bearer /, 'a Connector call without a Bearer token');
    assert.ok(issued.includes(reply.headers.authorization.slice(7)), 'the Connector token did not come from the token endpoint');
    assert.equal(reply.json?.replyToId, activity.id, 'a reply should carry replyToId');
  }
  const tokenRequest = identity.tokenRequests.at(-1);
  assert.equal(tokenRequest.form.grant_type, 'client_credentials');
  assert.equal(tokenRequest.form.client_id, APP_ID);
  assert.equal(tokenRequest.form.client_secret, APP_PASSWORD);
  assert.equal(tokenRequest.form.scope, 'https://api.botframework.com/.default');
  assertCardsValid(assert, replies.map((r) => r.json), 'jwt-accepted-turn');
});
