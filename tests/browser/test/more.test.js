'use strict';
// The first screen and what opens behind it, on the local chat page: the host's own advice sample card
// (tests/CoachBot.Tests/Turns/Samples, kept equal to what the host renders by a .NET test) shows its title,
// text and lines at once and its "More" sections only once More is opened; its form's inputs go back merged
// into the submit; its refreshing button (Action.Execute) replaces the card with the invoke response's card.
// Then a real complaint: every show-card button its advice has opens and shows what was hidden.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');
const { waitFor } = require('../lib/net');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

const STAFF_CHAT = 'dev-personal-dev-staff';
const SAMPLES = path.join(__dirname, '..', '..', 'CoachBot.Tests', 'Turns', 'Samples');
const sample = (name) => JSON.parse(fs.readFileSync(path.join(SAMPLES, `${name}.json`), 'utf8'));
const COMPLAINT = 'The guest is shouting at the desk, his bag is lost and he wants money';

test('local chat page: More, the form and a refreshing button of an advice card', { skip }, async (t) => {
  const host = await startHost();
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const chat = new ChatPage(browser.page);
  const page = browser.page;
  const step = async (name, fn) => {
    try {
      await fn();
      t.diagnostic(`ok: ${name}`);
    } catch (error) {
      await browser.screenshot('more-failure').catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };

  // Card actions of the sample answered here, so the page's side is checked on its own; the host's side of
  // Action.Execute (the refreshed card in the invoke response) is checked by the .NET endpoint tests.
  const submitted = [];
  await page.route('**/api/messages', async (route) => {
    const activity = JSON.parse(route.request().postData());
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      submitted.push(activity);
      const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: sample('advice-card-refreshed') };
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    }
    if (activity.type === 'message' && activity.value?.choice === 'figures') {
      submitted.push(activity);
      return route.fulfill({ status: 200, body: '' });
    }
    return route.continue();
  });

  let message;
  await step('the first screen shows title, text and lines; More\'s sections are hidden', async () => {
    const response = await fetch(`${host.url}/_dev/connector/v3/conversations/${STAFF_CHAT}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: sample('advice-card') }] }),
    });
    assert.ok(response.ok, `the development Connector answered ${response.status}`);
    message = await chat.waitForBot('Guest lost his bag');
    for (const line of ['Say now: I am so sorry about your bag.', 'Do next: write down what was in the bag.', 'Never say: it is not our fault.']) {
      assert.ok(await message.getByText(line).isVisible(), `"${line}" is on the first screen`);
    }
    assert.equal(await message.getByText('Other phrasings').isVisible().catch(() => false), false);
    await browser.screenshot('more-closed');
  });

  await step('More opens its sections', async () => {
    await chat.press('More', { within: message });
    await message.getByText('Other phrasings').waitFor();
    for (const text of ['Other phrasings', 'I understand how stressful this is.', 'When to escalate', 'He asks for money.']) {
      assert.ok(await message.getByText(text, { exact: true }).isVisible(), `"${text}" shows once More is open`);
    }
    await browser.screenshot('more-open');
  });

  await step('the form sends its inputs merged into its submit', async () => {
    await chat.press('Figures', { within: message });
    await message.getByRole('textbox', { name: 'Room rate per night' }).fill('120');
    await message.getByRole('textbox', { name: 'What the guest asks' }).fill('10%');
    await chat.press('Work it out', { within: message });
    const submit = await waitFor(() => submitted.find((a) => a.type === 'message'), { what: 'the form submit' });
    assert.deepEqual(submit.value, { choice: 'figures', rate: '120', ask: '10%' });
  });

  await step('a refreshing button sends Action.Execute and the answer replaces the card', async () => {
    await chat.press('Wants compensation', { within: message });
    const invoke = await waitFor(() => submitted.find((a) => a.type === 'invoke'), { what: 'the Action.Execute invoke' });
    assert.equal(invoke.value.action.verb, 'refine');
    assert.equal(invoke.value.action.data.choice, 'refine:compensation=yes');
    await chat.waitForBot('Refined: compensation=yes');
    assert.equal(await chat.botMessages().filter({ hasText: 'Guest lost his bag' }).count(), 0, 'the old card is replaced, not kept');
    assert.equal(await chat.errorLine(), '');
  });

  await step('a real complaint: every show-card button of the advice opens what it hides', async () => {
    let seen = await chat.botMessages().count();
    await chat.send(COMPLAINT);
    const advice = await chat.nextBot(seen);
    seen += 1;
    // The adaptivecards renderer marks show-card buttons with aria-expanded; found generically, so this holds
    // whatever the advice builder calls its "More" button and in whichever language.
    const showCards = advice.locator('button[aria-expanded]');
    const count = await showCards.count();
    t.diagnostic(`the advice card has ${count} show-card button(s)`);
    assert.ok(count >= 1, 'the advice card has More');
    for (let i = 0; i < count; i += 1) {
      const button = showCards.nth(i);
      const before = (await advice.innerText()).length;
      await button.click();
      await waitFor(async () => (await button.getAttribute('aria-expanded')) === 'true', { what: `show-card ${i + 1} to open` });
      assert.ok((await advice.innerText()).length > before, `show-card ${i + 1} shows something once open`);
      await browser.screenshot(`more-advice-${i + 1}`);
      await button.click();
    }
  });

  assert.deepEqual(await page.locator('.card-problems').allTextContents(), []);
  assert.deepEqual(browser.problems, []);
});
