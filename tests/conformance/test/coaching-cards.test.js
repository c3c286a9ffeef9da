'use strict';
// Every Adaptive Card of the coaching conversations (triage questions, advice, "why", discount figures,
// Wedge plan, escalation buttons), in English, Vietnamese and Chinese, parses with Microsoft's renderer
// library as Adaptive Cards 1.5, and every advice card carries exactly one schema.org Message entity
// whose citations match the [n] markers, as Teams requires.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { teamsMessage, newId } = require('../lib/activities');
const { checkCards, cardsIn } = require('../lib/cards');

const BOT_ID = '28:coachbot-anonymous-dev';
let host;

before(async () => {
  host = await startHost({
    environment: 'Development',
    env: { Bot__MicrosoftAppId: '', Bot__MicrosoftAppPassword: '', Coaching__RootDialog: 'coach' },
  });
});

after(async () => {
  await host?.stop();
});

const situations = {
  'en-US': [
    'The guest is shouting at the desk, his bag is lost and he wants money for it',
    'A regular wants $5 more off in peak season, we already gave 10% on the 120 rate',
    'My prospect is happy with their current supplier, how do I win them?',
  ],
  'vi-VN': [
    'Khách đang la hét ở quầy, mất hành lý và đòi tiền',
    'Khach quen doi giam them 5 do trong mua cao diem, da giam 10% roi',
    'Khách hàng nói giá của chúng ta quá đắt',
  ],
  'zh-CN': [
    '客人很生气，说叫醒服务没打电话，要求赔偿',
    '老客人旺季要求再便宜5块，已经打了九折',
    '客户已经有供应商了',
  ],
};

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

function checkCitations(activity) {
  const messages = (activity.entities ?? []).filter((e) => e.type === 'https://schema.org/Message');
  if (messages.length === 0) return;
  assert.equal(messages.length, 1, 'exactly one schema.org Message entity');
  const citations = messages[0].citation ?? [];
  assert.ok(citations.length <= 20, 'at most 20 citations');
  const text = JSON.stringify(activity.attachments ?? activity.text ?? '');
  citations.forEach((claim, i) => {
    assert.equal(claim.position, i + 1);
    assert.ok(text.includes(`[${i + 1}]`), `marker [${i + 1}] is in the message`);
    assert.ok(claim.appearance.name.length <= 80, 'citation name at most 80 characters');
  });
}

for (const [locale, messages] of Object.entries(situations)) {
  test(`the coaching cards in ${locale} are valid Adaptive Cards 1.5 with Teams citations`, async (t) => {
    const serviceUrl = 'http://127.0.0.1:9/'; // never called: expectReplies
    const all = [];
    for (const text of messages) {
      const conversationId = newId('a:coaching-cards');
      const send = async (extra) => {
        const replies = await expectReplies(teamsMessage({ serviceUrl, botId: BOT_ID, conversationId, text: extra.text, extra: { locale, ...extra.more } }));
        all.push(...replies);
        return replies;
      };
      let replies = await send({ text });
      // Answer up to three button questions with their first button, then ask "why".
      for (let i = 0; i < 3; i += 1) {
        const card = cardsIn(replies).at(-1)?.content;
        const first = card?.actions?.[0];
        if (!first || !first.data || card.actions.length === 4) break;
        replies = await send({ more: { value: first.data } });
      }
      await send({ text: { 'en-US': 'why', 'vi-VN': 'tại sao', 'zh-CN': '为什么' }[locale] });
    }

    all.forEach(checkCitations);
    const { count, failures } = checkCards(all, `coaching-${locale}`);
    assert.ok(count >= messages.length, 'every situation is answered with a card');
    assert.deepEqual(failures, [], `${failures.length} of ${count} cards failed Microsoft's 1.5 parser`);
    t.diagnostic(`${locale}: ${count} coaching cards parsed without errors`);
  });
}
