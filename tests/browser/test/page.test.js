'use strict';
// The page's side of the contract with Teams-shaped activities, fed straight into the development
// Connector (as the bot's Connector client would) so each rendering rule is checked on its own:
// Markdown without markup injection, citations, suggested actions, card actions as Teams sends them
// (Action.Submit → message value, imBack → text, Action.Execute → adaptiveCard/action invoke),
// updates and deletes, and the unread badge for a conversation not on screen.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');
const { waitFor } = require('../lib/net');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

const STAFF_CHAT = 'dev-personal-dev-staff';
const card = (body, actions) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', body, actions },
});

test('local chat page: Teams-shaped activities from the Connector side', { skip }, async (t) => {
  const host = await startHost({ env: { Coaching__RootDialog: 'demo' } });
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const chat = new ChatPage(browser.page);
  // The page greets the bot when it opens; wait for the demo's first question so that reply cannot
  // re-render the log under a button the test is about to click.
  await chat.waitForBot("What's your name?");
  const sent = [];
  browser.page.on('request', (request) => {
    if (request.url().endsWith('/api/messages')) sent.push(JSON.parse(request.postData()));
  });
  const connector = async (method, path, body) => {
    const response = await fetch(`${host.url}/_dev/connector/v3/conversations/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status}`);
    return response.headers.get('content-type')?.includes('json') ? response.json() : null;
  };
  const botSays = (conversation, activity) => connector('POST', `${conversation}/activities`, { type: 'message', ...activity });
  const lastSent = (type) => waitFor(() => sent.findLast((a) => a.type === type && a.timestamp > mark), { what: `a ${type} activity` });
  let mark = '';
  const step = async (name, fn) => {
    mark = new Date().toISOString();
    try {
      await fn();
      t.diagnostic(`ok: ${name}`);
    } catch (error) {
      await browser.screenshot('page-failure').catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };

  await step('Markdown renders, markup in bot text does not', async () => {
    await botSays(STAFF_CHAT, { text: '**Stay calm** and <img src=x id=injected> listen\n- first\n- second', textFormat: 'markdown' });
    const message = await chat.waitForBot('Stay calm');
    assert.equal(await message.locator('strong').textContent(), 'Stay calm');
    assert.deepEqual(await message.getByRole('listitem').allTextContents(), ['first', 'second']);
    assert.equal(await browser.page.locator('#injected').count(), 0);
    assert.match(await message.innerText(), /<img src=x id=injected>/);
  });

  await step('citations show as a numbered list of sources', async () => {
    await botSays(STAFF_CHAT, {
      text: 'Apologise first [1]',
      entities: [{
        type: 'https://schema.org/Message',
        '@type': 'Message',
        citation: [{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'H-12 Complaint cases', abstract: 'Case one' } }],
      }],
    });
    const message = await chat.waitForBot('Apologise first');
    assert.deepEqual(await message.getByRole('list', { name: 'Sources' }).getByRole('listitem').allTextContents(), ['H-12 Complaint cases — Case one']);
  });

  await step('a suggested action sends its value as the user\'s text, then goes away', async () => {
    await botSays(STAFF_CHAT, { text: 'Pick one', suggestedActions: { actions: [{ type: 'imBack', title: 'Front desk', value: 'front desk please' }] } });
    const message = await chat.waitForBot('Pick one');
    await message.getByRole('button', { name: 'Front desk', exact: true }).click();
    const activity = await lastSent('message');
    assert.equal(activity.text, 'front desk please');
    assert.equal(await message.getByRole('button', { name: 'Front desk', exact: true }).count(), 0);
  });

  await step('card actions are sent as Teams sends them', async () => {
    const { id } = await botSays(STAFF_CHAT, {
      attachments: [card([{ type: 'TextBlock', text: 'Card actions', wrap: true }, { type: 'Input.Text', id: 'note', label: 'Note' }], [
        { type: 'Action.Submit', title: 'Submit it', data: { choice: 'yes' } },
        { type: 'Action.Submit', title: 'Say it', data: { msteams: { type: 'imBack', value: 'said' } } },
        { type: 'Action.Execute', title: 'Execute it', verb: 'approve', data: { id: 7 } },
      ])],
    });
    const message = await chat.waitForBot('Card actions');
    await message.getByRole('textbox', { name: 'Note' }).fill('by the lift');
    await chat.press('Submit it', { within: message });
    const submit = await lastSent('message');
    assert.deepEqual(submit.value, { choice: 'yes', note: 'by the lift' });
    assert.equal(submit.replyToId, id);

    mark = new Date().toISOString();
    await chat.press('Say it', { within: message });
    assert.equal((await lastSent('message')).text, 'said');

    await chat.press('Execute it', { within: message });
    const invoke = await lastSent('invoke');
    assert.equal(invoke.name, 'adaptiveCard/action');
    assert.deepEqual(invoke.value.action, { type: 'Action.Execute', verb: 'approve', data: { id: 7, note: 'by the lift' } });
    assert.equal(await chat.errorLine(), '');
  });

  await step('an update replaces a message and a delete removes it', async () => {
    const { id } = await botSays(STAFF_CHAT, { text: 'Version one' });
    await chat.waitForBot('Version one');
    await connector('PUT', `${STAFF_CHAT}/activities/${id}`, { type: 'message', id, text: 'Version two' });
    await chat.waitForBot('Version two');
    assert.equal(await chat.botMessages().filter({ hasText: 'Version one' }).count(), 0);
    await connector('DELETE', `${STAFF_CHAT}/activities/${id}`);
    await waitFor(async () => (await chat.botMessages().filter({ hasText: 'Version two' }).count()) === 0, { what: 'the deleted message to go' });
  });

  await step('a message for a conversation not on screen shows an unread badge until it is opened', async () => {
    await botSays('dev-personal-dev-manager', { text: 'For the manager' });
    await waitFor(async () => (await chat.unread('identity', 'dev-manager')) === 1, { what: 'the badge on the manager' });
    await browser.page.getByRole('status').filter({ hasText: 'New message' }).waitFor();
    await chat.actAs('Minh (duty manager)');
    await chat.waitForBot('For the manager');
    assert.equal(await chat.unread('identity', 'dev-manager'), 0);
    await browser.screenshot('page-unread-opened');
  });

  assert.deepEqual(await browser.page.locator('.card-problems').allTextContents(), []);
  assert.deepEqual(browser.problems, []);
});
