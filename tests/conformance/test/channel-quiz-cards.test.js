'use strict';
// A channel quiz's cards and invoke responses, in English, Vietnamese and Chinese, checked with Microsoft's
// adaptivecards parser as Teams renders them (1.5): the question card posted to the channel (Action.Execute letters
// with Action.Submit fallbacks, a refresh that is an Action.Execute for at most 60 user ids), each person's own view
// returned by an adaptiveCard/action invoke ({statusCode, type, value}), the closed card put in its place, the results
// and leaderboard, and the final board. The bot's channel messages are read from the development Connector's stream.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { newId } = require('../lib/activities');
const { assertCardsValid, cardsIn, ADAPTIVE_CARD } = require('../lib/cards');

const BOT = { id: '28:coachbot-dev', name: 'CoachBot', role: 'bot' };
const TRAINER = { id: 'dev-trainer', name: 'Hoa (trainer)', aadObjectId: '00000000-0000-0000-0000-00000000a003' };
const LAN = { id: 'dev-staff', name: 'Lan (front desk)', aadObjectId: '00000000-0000-0000-0000-00000000a001' };
let host;

before(async () => {
  host = await startHost({ environment: 'Development', env: { Bot__MicrosoftAppId: '', Bot__MicrosoftAppPassword: '', Coaching__RootDialog: 'coach' } });
});

after(async () => {
  await host?.stop();
});

function inChannel(conversationId, from, locale, extra) {
  return {
    id: newId('activity'),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: `${host.url}/_dev/connector/`,
    from,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: 'dev-tenant' },
    channelData: { tenant: { id: 'dev-tenant' }, team: { id: 'dev-team' }, channel: { id: conversationId } },
    locale,
    ...extra,
  };
}

async function post(activity) {
  const res = await fetch(`${host.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(20000),
  });
  assert.equal(res.status, 200, `${activity.type} answered ${res.status}`);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

const say = (conversationId, from, locale, text) => post(inChannel(conversationId, from, locale, {
  type: 'message',
  text: `<at>CoachBot</at> ${text}`,
  entities: [{ type: 'mention', text: '<at>CoachBot</at>', mentioned: { id: BOT.id, name: BOT.name } }],
}));

/** An Action.Execute press (or, with trigger "automatic", Teams' own refresh); returns the card it answers with. */
async function execute(conversationId, from, locale, action, trigger = 'manual') {
  const response = await post(inChannel(conversationId, from, locale, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger },
  }));
  assert.equal(response.statusCode, 200);
  assert.equal(response.type, ADAPTIVE_CARD);
  assert.equal(response.value.type, 'AdaptiveCard');
  return response.value;
}

/** Everything the bot sent to the conversation so far (the development Connector replays its history, then says "live"). */
async function channelActivities(conversationId) {
  const controller = new AbortController();
  const res = await fetch(`${host.url}/_dev/chat/events`, { signal: controller.signal });
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const events = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split('\n');
    buffer = lines.pop();
    const data = lines.filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
    events.push(...data);
    if (data.some((e) => e.kind === 'live')) break;
  }
  controller.abort();
  return events.filter((e) => e.conversationId === conversationId && e.activity).map((e) => e.activity);
}

const cases = [
  ['en-US', 'start quiz complaints 2', 'end quiz', /Channel quiz · /],
  ['vi-VN', 'bắt đầu trắc nghiệm khiếu nại 2', 'kết thúc trắc nghiệm', /Trắc nghiệm cả kênh · /],
  ['zh-CN', '开始测验投诉 2', '结束测验', /频道测验 · /],
];

for (const [locale, start, end, title] of cases) {
  test(`a channel quiz in ${locale}: every card parses as Adaptive Cards 1.5 and every invoke answers a card`, async () => {
    const conversationId = newId(`19:conformance-quiz-${locale}`);
    await say(conversationId, TRAINER, locale, start);
    const posted = cardsIn(await channelActivities(conversationId)).map((c) => c.content);
    const question = posted.find((card) => title.test(card.body[0].text));
    assert.ok(question, 'the first question is posted to the channel');
    assert.equal(question.version, '1.5');
    assert.equal(question.refresh.action.type, 'Action.Execute');
    assert.ok(question.refresh.userIds.length > 0 && question.refresh.userIds.length <= 60);
    const letters = question.actions.filter((a) => a.data?.channelQuiz === 'answer');
    assert.ok(letters.length >= 2);
    for (const letter of letters) {
      assert.equal(letter.type, 'Action.Execute');
      assert.equal(letter.fallback.type, 'Action.Submit');
    }

    const views = [];
    views.push(await execute(conversationId, LAN, locale, letters[0]));
    views.push(await execute(conversationId, LAN, locale, question.refresh.action, 'automatic'));
    const trainerView = await execute(conversationId, TRAINER, locale, question.refresh.action, 'automatic');
    views.push(trainerView);
    const close = trainerView.actions.find((a) => a.data?.channelQuiz === 'close');
    assert.ok(close, "the trainer's own view has the close button");
    views.push(await execute(conversationId, TRAINER, locale, close));
    await say(conversationId, TRAINER, locale, end);

    const sent = await channelActivities(conversationId);
    const all = [...sent, ...views.map((content) => ({ attachments: [{ contentType: ADAPTIVE_CARD, content }] }))];
    const count = assertCardsValid(assert, all, `channel-quiz-${locale}`);
    assert.ok(count >= 8, `question, closed question, results, second question, final board and four views: ${count} cards`);
  });
}
