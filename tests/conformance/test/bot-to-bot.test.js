'use strict';
// A Microsoft bot (botbuilder's BotFrameworkHttpClient, the skill client) calls ours with
// deliveryMode expectReplies and reads the replies from the HTTP response.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BotFrameworkHttpClient } = require('botbuilder');
const { SimpleCredentialProvider } = require('botframework-connector');
const { startHost } = require('../lib/host');
const { startRecorder } = require('../lib/recorder');
const { teamsMessage, botAdded, newId } = require('../lib/activities');
const { replyProblems } = require('../lib/activityCheck');
const { walkDemo } = require('../lib/demoScript');
const { assertCardsValid } = require('../lib/cards');

const BOT_ID = '28:coachbot-anonymous-dev';
let host;
let recorder;

before(async () => {
  recorder = await startRecorder();
  // No app id: anonymous development mode, which our host allows only in Development on loopback.
  host = await startHost({ environment: 'Development', env: { Bot__MicrosoftAppId: '', Bot__MicrosoftAppPassword: '' } });
});

after(async () => {
  await host?.stop();
  await recorder?.close();
});

test('a Microsoft bot walks our demo dialog with expectReplies and gets proper replies', async (t) => {
  // No app id on the calling side either: the client sends no token (getAppCredentials('') is anonymous).
  const client = new BotFrameworkHttpClient(new SimpleCredentialProvider('', ''));
  const conversationId = newId('a:bot-to-bot');
  const serviceUrl = `${recorder.url}/`;
  const all = [];

  const turn = async (kind, payload) => {
    const activity = kind === 'added'
      ? botAdded({ serviceUrl, botId: BOT_ID, conversationId })
      : teamsMessage({ serviceUrl, botId: BOT_ID, conversationId, text: kind === 'text' ? payload : undefined, extra: kind === 'submit' ? { value: payload } : {} });
    activity.deliveryMode = 'expectReplies';
    const sent = structuredClone(activity);
    const response = await client.postActivity('', '', `${host.url}/api/messages`, serviceUrl, conversationId, activity);
    assert.equal(response.status, 200, `expectReplies must answer 200; got ${response.status} ${JSON.stringify(response.body)}`);
    const replies = response.body?.activities;
    assert.ok(Array.isArray(replies), `the body must be {activities:[…]}; got ${JSON.stringify(response.body)}`);
    for (const reply of replies) {
      assert.deepEqual(replyProblems(reply, sent), [], `${kind}: reply ${JSON.stringify(reply).slice(0, 400)}`);
    }
    t.diagnostic(`${kind}: ${replies.length} repl${replies.length === 1 ? 'y' : 'ies'}`);
    all.push(...replies);
    return replies;
  };

  await walkDemo(turn, { name: 'Alex Morgan' });
  assert.equal(recorder.requests.length, 0, 'with expectReplies nothing may be sent to the serviceUrl');
  const cards = assertCardsValid(assert, all, 'bot-to-bot');
  t.diagnostic(`${all.length} replies, ${cards} Adaptive Cards, all valid for 1.5`);
});
