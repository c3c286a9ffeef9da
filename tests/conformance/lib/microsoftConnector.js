'use strict';
// Microsoft's ConnectorClient (botframework-connector) with its token taken from the local token
// endpoint: MSAL cannot reach Entra here, so getToken does the same client-credentials POST itself.
const { ConnectorClient, MicrosoftAppCredentials } = require('botframework-connector');

function credentials({ appId, appPassword, tenantId, tokenEndpoint }) {
  const creds = new MicrosoftAppCredentials(appId, appPassword, tenantId);
  creds.getToken = async () => {
    const res = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appPassword, scope: creds.oAuthScope }),
      signal: AbortSignal.timeout(10000),
    });
    return (await res.json()).access_token;
  };
  return creds;
}

/** Performs one operation from lib/connectorOps.js; returns { ok, result } or { ok: false, status }. */
async function perform(client, operation) {
  const c = client.conversations;
  try {
    switch (operation.op) {
      case 'reply': return { ok: true, result: await c.replyToActivity(operation.conversationId, operation.activityId, operation.activity) };
      case 'send': return { ok: true, result: await c.sendToConversation(operation.conversationId, operation.activity) };
      case 'update': return { ok: true, result: await c.updateActivity(operation.conversationId, operation.activityId, operation.activity) };
      case 'delete': return { ok: true, result: await c.deleteActivity(operation.conversationId, operation.activityId) };
      case 'create': return { ok: true, result: await c.createConversation(operation.parameters) };
      case 'members': return { ok: true, result: await c.getConversationPagedMembers(operation.conversationId, { pageSize: operation.pageSize, continuationToken: operation.continuationToken }) };
      default: throw new Error(`unknown operation ${operation.op}`);
    }
  } catch (err) {
    return { ok: false, status: err.statusCode, error: err.message };
  }
}

function microsoftConnector(serviceUrl, options) {
  return new ConnectorClient(credentials(options), { baseUri: serviceUrl });
}

module.exports = { microsoftConnector, perform };
