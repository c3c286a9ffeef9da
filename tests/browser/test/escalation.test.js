'use strict';
// The coaching round trip on the local chat page, as the people involved see it: a manager makes the
// team channel the duty desk; a front-desk staffer describes a lost-bag complaint in the 1:1 chat,
// answers the bot's button questions, gets the advice card (Say now, sources) and calls the duty
// manager; the escalation card reaches the channel (an unread badge says so); the manager acknowledges
// it; the staffer is told. Button titles are the bot's own (CoachTexts, EscalationCardTexts).
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');
const { waitFor } = require('../lib/net');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

const STAFF = 'Lan (front desk)';
const MANAGER = 'Minh (duty manager)';
const COMPLAINT = 'The guest is shouting at the desk, his bag is lost and he wants money';
const ADVICE_BUTTONS = ['Call the duty manager', 'Why?', 'More'];
const ACKNOWLEDGE = "Acknowledge — I'm on it";

/** Sends the situation; the FIRST bot message must be the advice (Say now), never a question. */
async function adviceFor(chat, text) {
  const seen = await chat.botMessages().count();
  await chat.send(text);
  const message = await chat.nextBot(seen);
  assert.match(await message.innerText(), /Say now: /, 'the first reply is the advice card');
  return message;
}

test('local chat page: complaint advice, escalation to the duty desk, acknowledgement', { skip }, async (t) => {
  const host = await startHost();
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const chat = new ChatPage(browser.page);
  const unread = (kind, value) => waitFor(async () => (await chat.unread(kind, value)) > 0, { what: `an unread badge on ${value}` });
  const step = async (name, fn) => {
    try {
      await fn();
      t.diagnostic(`ok: ${name}`);
    } catch (error) {
      await browser.screenshot(`escalation-failure`).catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };
  await step('the manager makes the team channel the duty desk', async () => {
    await chat.actAs(MANAGER);
    await chat.open('channel');
    await chat.send('set duty desk here');
    await chat.waitForBot('Done: escalations to the duty manager will be posted here.');
    await browser.screenshot('escalation-1-duty-desk');
  });

  let advice;
  await step('the staffer gets advice: Say now, what to press, and the sources', async () => {
    await chat.actAs(STAFF);
    await chat.open('personal');
    advice = await adviceFor(chat, COMPLAINT);
    for (const title of ADVICE_BUTTONS) {
      assert.equal(await advice.getByRole('button', { name: title, exact: true }).count(), 1, `the advice card has "${title}"`);
    }
    const sources = await advice.getByRole('list', { name: 'Sources' }).getByRole('listitem').allTextContents();
    assert.ok(sources.some((s) => /^H-12\b/.test(s)), `the lost-bag case (H-12) is cited: ${sources.join(' | ')}`);
    await advice.scrollIntoViewIfNeeded();
    await browser.screenshot('escalation-2-advice');
  });

  await step('calling the duty manager tells the staffer and lights up the duty desk', async () => {
    await chat.press('Call the duty manager', { within: advice });
    // One honest status, sent once the duty desk has the card, naming who is on duty.
    await chat.waitForBot(/Calling .*duty manager.* now: the duty desk has your escalation/);
    await unread('conversation', 'channel');
    await browser.screenshot('escalation-3-alerted');
  });

  await step('the manager sees the escalation card, without the guest story, and acknowledges', async () => {
    await chat.actAs(MANAGER);
    await chat.open('channel');
    const card = await chat.waitForBot('Duty manager needed');
    const text = await card.innerText();
    for (const words of ['shouting', 'bag', 'money']) {
      assert.ok(!text.includes(words), `the channel card does not repeat what the staffer typed ("${words}")`);
    }
    assert.equal(await chat.unread('conversation', 'channel'), 0, 'opening the channel marks it read');
    await browser.screenshot('escalation-4-duty-desk-card');
    await chat.press(ACKNOWLEDGE, { within: card });
    await chat.waitForBot(`Acknowledged by ${MANAGER}`);
    await unread('identity', 'dev-staff');
    await browser.screenshot('escalation-5-acknowledged');
  });

  await step('the staffer is told the manager is coming', async () => {
    await chat.actAs(STAFF);
    await chat.open('personal');
    await chat.waitForBot(`${MANAGER} acknowledged your escalation`);
    assert.equal(await chat.unread('identity', 'dev-staff'), 0);
    await browser.screenshot('escalation-6-staff-told');
  });

  await step('the staffer asks why and rates the advice with the thumbs', async () => {
    await chat.press('Why?', { within: advice });
    await chat.waitForBot(/Accusatory complaint, because /);
    await advice.getByRole('button', { name: 'Like this answer', exact: true }).click();
    await advice.getByText('Thanks for the feedback.').waitFor();
    assert.equal(await chat.errorLine(), '', 'the bot accepted the feedback invoke');
  });

  assert.deepEqual(await browser.page.locator('.card-problems').allTextContents(), [], 'every card parses as Adaptive Cards 1.5');
  assert.deepEqual(browser.problems, []);
});
