'use strict';
// Activities as Teams sends them to a bot, with fresh ids so the bot's de-duplication never hides a turn.
const crypto = require('node:crypto');

const TENANT_ID = '72f988bf-0000-4000-8000-c0ffee000001';
const USER = { id: '29:conformance-user', name: 'Conformance User', aadObjectId: '00000000-0000-4000-8000-0000000000aa', role: 'user' };

function newId(prefix) {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A personal-chat message from the test user to the bot. */
function teamsMessage({ text, serviceUrl, botId, conversationId = newId('a:conformance'), channelId = 'msteams', extra = {} }) {
  return {
    type: 'message',
    id: newId('activity'),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId,
    serviceUrl,
    from: USER,
    recipient: { id: botId, name: 'CoachBot', role: 'bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-US',
    textFormat: 'plain',
    text,
    ...extra,
  };
}

/** The conversationUpdate Teams sends when the bot is added to a personal chat. */
function botAdded({ serviceUrl, botId, conversationId = newId('a:conformance'), extra = {} }) {
  return {
    type: 'conversationUpdate',
    id: newId('activity'),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: { id: botId, name: 'CoachBot', role: 'bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    membersAdded: [{ id: botId }],
    channelData: { tenant: { id: TENANT_ID } },
    ...extra,
  };
}

module.exports = { TENANT_ID, USER, newId, teamsMessage, botAdded };
