'use strict';
// A recording stand-in for the Bot Connector service (the activity's serviceUrl): it answers like
// the Connector REST API and keeps every request so tests can compare what clients sent.
const { listen, readBody, sendJson } = require('./net');

function defaultResponse(method, path) {
  if (method === 'DELETE') return { status: 200, body: undefined };
  if (method === 'GET' && /\/pagedmembers$/i.test(path)) {
    return {
      status: 200,
      body: {
        continuationToken: 'next-page',
        members: [{ id: '29:user-1', name: 'Lan', aadObjectId: '00000000-0000-0000-0000-00000000a001', userPrincipalName: 'lan@contoso.example', tenantId: 'tenant-1' }],
      },
    };
  }
  if (method === 'POST' && path === '/v3/conversations') {
    return { status: 201, body: { id: 'a:new-conversation', activityId: '1:first', serviceUrl: '' } };
  }
  return { status: 200, body: { id: `recorded-${Date.now()}` } };
}

/**
 * Starts the recorder. `script(method, path)` may return {status, body, headers} to override the
 * default answer for one request (used for 429/404 behaviour).
 */
async function startRecorder() {
  const requests = [];
  const scripted = [];
  const service = await listen(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url, 'http://127.0.0.1');
    let json;
    try {
      json = raw ? JSON.parse(raw) : undefined;
    } catch {
      json = undefined;
    }
    const entry = {
      method: req.method,
      rawPath: req.url.split('?')[0],
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      raw,
      json,
      at: Date.now(),
    };
    requests.push(entry);
    const index = scripted.findIndex((s) => s.matches(entry));
    const answer = index >= 0 ? scripted.splice(index, 1)[0].response : defaultResponse(req.method, url.pathname);
    sendJson(res, answer.status, answer.body, answer.headers);
  });
  return {
    url: service.url,
    requests,
    /** The next request that `matches` gets `response` instead of the default (once). */
    scriptOnce(matches, response) {
      scripted.push({ matches, response });
    },
    clear() {
      requests.length = 0;
      scripted.length = 0;
    },
    close: service.close,
  };
}

module.exports = { startRecorder };
