'use strict';
// The Connector operations both clients perform, as data: the C# driver reads the same JSON.
const { TENANT_ID } = require('./activities');

const APP_ID = '6e1f9a62-0000-4000-8000-c0ffee0000b0';
const BOT = { id: `28:${APP_ID}`, name: 'CoachBot' };
const USER = { id: '29:1a2b3c-conformance-user', name: 'Lan', aadObjectId: '00000000-0000-4000-8000-0000000000aa' };
// Real Teams ids carry ':', '@', ';' and '=' — the characters that must be escaped in the path.
const CHANNEL_THREAD = '19:9f8e7d6c5b4a@thread.tacv2;messageid=1712345678901';
const PERSONAL = 'a:1Xy-conformance_personal.chat~id';
const ACTIVITY_ID = '1:1712345678901';

function message(conversationId, extra = {}) {
  return {
    type: 'message',
    from: BOT,
    recipient: USER,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    text: 'Say now: "I am sorry for the wait — let me fix this for you."',
    textFormat: 'markdown',
    locale: 'en-US',
    ...extra,
  };
}

const card = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Which situation is it?', wrap: true }],
    actions: [{ type: 'Action.Submit', title: 'Complaint', data: { choice: 'complaint' } }],
  },
};

/** The operations, in order. Each has `op` and the arguments both clients take. */
const operations = [
  {
    op: 'reply',
    conversationId: PERSONAL,
    activityId: ACTIVITY_ID,
    activity: message(PERSONAL, {
      replyToId: ACTIVITY_ID,
      suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }, { type: 'imBack', title: 'No', value: 'no' }] },
      entities: [{ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', additionalType: ['AIGeneratedContent'] }],
    }),
  },
  { op: 'send', conversationId: CHANNEL_THREAD, activity: message(CHANNEL_THREAD, { attachments: [card], channelData: { notification: { alert: true } } }) },
  { op: 'update', conversationId: PERSONAL, activityId: ACTIVITY_ID, activity: message(PERSONAL, { id: ACTIVITY_ID, text: 'Updated: call the duty manager now.' }) },
  { op: 'delete', conversationId: PERSONAL, activityId: ACTIVITY_ID },
  {
    op: 'create',
    parameters: { isGroup: false, bot: BOT, members: [{ id: USER.id }], tenantId: TENANT_ID, channelData: { tenant: { id: TENANT_ID } } },
  },
  {
    op: 'create',
    parameters: {
      isGroup: true,
      bot: BOT,
      tenantId: TENANT_ID,
      channelData: { channel: { id: '19:general-channel@thread.tacv2' }, tenant: { id: TENANT_ID } },
      activity: { type: 'message', text: 'Escalation: guest in room 1204 needs a manager.' },
    },
  },
  { op: 'members', conversationId: CHANNEL_THREAD, pageSize: 50, continuationToken: 'page+2/of=3' },
];

module.exports = { APP_ID, TENANT_ID, operations };
