'use strict';
// Every Adaptive Card our bot sends, in each language it speaks, parses with Microsoft's renderer
// library as Adaptive Cards 1.5 (the newest Teams renders). The other tests check their cards too.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { teamsMessage, botAdded, newId } = require('../lib/activities');
const { walkDemo } = require('../lib/demoScript');
const { checkCards, cardsIn } = require('../lib/cards');

const BOT_ID = '28:coachbot-anonymous-dev';
let host;

before(async () => {
  host = await startHost({ environment: 'Development', env: { Bot__MicrosoftAppId: '', Bot__MicrosoftAppPassword: '' } });
});

after(async () => {
  await host?.stop();
});

async function expectReplies(activity) {
  const res = await fetch(`${host.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
    signal: AbortSignal.timeout(20000),
  });
  assert.equal(res.status, 200, `expectReplies answered ${res.status}`);
  return (await res.json()).activities ?? [];
}

for (const locale of ['en-US', 'vi-VN', 'zh-CN']) {
  test(`the cards of the demo dialog and help in ${locale} are valid Adaptive Cards 1.5`, async (t) => {
    const conversationId = newId('a:cards');
    const serviceUrl = 'http://127.0.0.1:9/'; // never called: expectReplies
    const all = [];
    const turn = async (kind, payload) => {
      const activity = kind === 'added'
        ? botAdded({ serviceUrl, botId: BOT_ID, conversationId, extra: { locale } })
        : teamsMessage({ serviceUrl, botId: BOT_ID, conversationId, text: kind === 'text' ? payload : undefined, extra: { locale, ...(kind === 'submit' ? { value: payload } : {}) } });
      const replies = await expectReplies(activity);
      all.push(...replies);
      return replies;
    };
    await walkDemo(turn, { name: 'Alex Morgan' });
    await turn('text', { 'en-US': 'help', 'vi-VN': 'trợ giúp', 'zh-CN': '帮助' }[locale]);

    const { count, failures } = checkCards(all, `cards-${locale}`);
    assert.ok(cardsIn(all).length >= 2, 'the demo dialog sends its choices as cards');
    assert.deepEqual(failures, [], `${failures.length} of ${count} cards failed Microsoft's 1.5 parser`);
    t.diagnostic(`${locale}: ${count} cards parsed without errors`);
  });
}
