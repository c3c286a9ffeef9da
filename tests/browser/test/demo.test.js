'use strict';
// The local chat page against the protocol demo dialog (name → team buttons → confirm): text, card
// buttons rendered by Microsoft's adaptivecards library and sent back as Action.Submit values, the
// duty-desk command by role, and the error line when the bot refuses a message.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

test('local chat page: demo dialog, duty desk by role, error line', { skip }, async (t) => {
  const host = await startHost({ env: { Coaching__RootDialog: 'demo' } });
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const chat = new ChatPage(browser.page);
  const step = async (name, fn) => {
    try {
      await fn();
      t.diagnostic(`ok: ${name}`);
    } catch (error) {
      await browser.screenshot(`demo-failure`).catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };
  await step('the staffer walks the demo dialog with card buttons', async () => {
    await chat.waitForBot("What's your name?");
    await chat.send('Lan');
    await chat.waitForBot('Which team are you on?');
    await chat.press('Front desk');
    await chat.waitForBot('So you are Lan from Front desk. Is that right?');
    await chat.press('Yes');
    await chat.waitForBot('Great, Lan!');
    await browser.screenshot('demo-1-staff-dialog');
  });

  await step('only a manager can make the channel the duty desk', async () => {
    await chat.open('channel');
    await chat.send('set duty desk here');
    await chat.waitForBot('Only a duty manager or supervisor can do that.');
    await chat.actAs('Minh (duty manager)');
    await chat.send('set duty desk here');
    await chat.waitForBot('Done: escalations to the duty manager will be posted here.');
    await browser.screenshot('demo-2-duty-desk-set');
  });

  await step('a message the bot refuses shows the status on the error line', async () => {
    assert.equal(await chat.errorLine(), '');
    await chat.send('x'.repeat(300 * 1024));
    await browser.page.getByRole('alert').filter({ hasText: 'The bot answered 413' }).waitFor();
    await browser.screenshot('demo-3-error-line');
  });

  const cardProblems = await browser.page.locator('.card-problems').allTextContents();
  assert.deepEqual(cardProblems, [], 'every card parses as Adaptive Cards 1.5');
  // The browser itself logs the refused POST; anything else is a page problem.
  assert.deepEqual(browser.problems.filter((p) => !/status of 413/.test(p)), []);
});
