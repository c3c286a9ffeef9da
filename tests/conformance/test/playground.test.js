'use strict';
// Microsoft 365 Agents Playground (a Teams-like client with its own mock Connector) talks to our
// running bot; a headless browser uses its chat page as a person would.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startHost } = require('../lib/host');
const { startPlayground } = require('../lib/playground');
const { CHROMIUM, hasChromium, launchBrowser } = require('../lib/browser');
const { buttonsOf, displayTexts } = require('../lib/activityCheck');
const { assertCardsValid } = require('../lib/cards');
const { waitFor } = require('../lib/net');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const STEP_TIMEOUT_MS = 20000;
const skip = hasChromium() ? false : `Chromium is not installed at ${CHROMIUM} (.ci/run installs it: apt-get install chromium)`;
if (skip) console.error(`\n!!! SKIPPING the playground test: ${skip} !!!\n`);

let host;
let playground;
let browser;

before(async () => {
  if (skip) return;
  host = await startHost({ environment: 'Development', env: { Bot__MicrosoftAppId: '', Bot__MicrosoftAppPassword: '' } });
  playground = await startPlayground(`${host.url}/api/messages`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await playground?.stop();
  await host?.stop();
});

/**
 * Waits until the bot's activities after the first `count` satisfy `complete` (a turn may be several
 * activities, delivered one by one); returns them.
 */
async function botSentAfter(count, what, complete) {
  return waitFor(() => {
    const fresh = playground.botActivities().slice(count);
    return fresh.length > 0 && complete(fresh) ? fresh : null;
  }, { timeoutMs: STEP_TIMEOUT_MS, what }).catch((err) => {
    err.message += `\n--- bot sent ---\n${JSON.stringify(playground.botActivities().slice(count).map(displayTexts))}`
      + `\n--- host ---\n${host.logs().slice(-3000)}\n--- playground ---\n${playground.logs().slice(-2000)}`;
    throw err;
  });
}

// Late activities of the previous turn may still arrive, so a step looks for the activity it expects.
const withButtons = (n) => (activity) => buttonsOf(activity).length >= n;
const saying = (text, buttons) => (activity) => displayTexts(activity).join(' ').includes(text) && buttonsOf(activity).length === buttons;
const found = (match) => (fresh) => fresh.some(match);

/** Every text of `activities` is shown in a bot message on the page. */
async function assertShown(page, activities) {
  for (const activity of activities) {
    for (const text of displayTexts(activity)) {
      const firstLine = text.split('\n')[0].trim();
      await page.locator('.fai-OutputCard').filter({ hasText: firstLine }).last().waitFor({ timeout: STEP_TIMEOUT_MS });
    }
  }
}

test('the playground shows our welcome and a person completes the demo dialog', { skip }, async (t) => {
  const { page } = browser;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const name = 'Alex Morgan';
  try {
    await page.goto(playground.url, { timeout: 30000 });

    // Opening the chat adds the bot (conversationUpdate): the welcome must appear without typing anything.
    const welcome = await botSentAfter(0, 'the welcome', (fresh) => fresh.length > 0);
    await assertShown(page, welcome);
    t.diagnostic(`welcome: ${welcome.flatMap(displayTexts).join(' | ')}`);

    let seen = playground.botActivities().length;
    const input = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await input.click();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    const teamPrompt = (await botSentAfter(seen, 'the team choice', found(withButtons(2)))).find(withButtons(2));
    await assertShown(page, [teamPrompt]);
    const teams = buttonsOf(teamPrompt);
    assert.ok(teams.length >= 2, 'the team question offers buttons');
    for (const team of teams) await page.getByRole('button', { name: team.title, exact: true }).last().waitFor({ timeout: STEP_TIMEOUT_MS });

    seen = playground.botActivities().length;
    const team = teams[1];
    await page.getByRole('button', { name: team.title, exact: true }).last().click();
    const confirm = (await botSentAfter(seen, 'the confirmation', found(saying(name, 2)))).find(saying(name, 2));
    await assertShown(page, [confirm]);
    const confirmText = displayTexts(confirm).join(' ');
    assert.ok(confirmText.includes(name) && confirmText.includes(team.title), `the confirmation repeats name and team: ${confirmText}`);
    const yes = buttonsOf(confirm).find((b) => /^(yes|true|y)$/i.test(String(b.data?.choice ?? b.data)));
    assert.ok(yes, 'the confirmation has a yes button');

    seen = playground.botActivities().length;
    await page.getByRole('button', { name: yes.title, exact: true }).last().click();
    const done = (await botSentAfter(seen, 'the closing message', found(saying(name, 0)))).find(saying(name, 0));
    await assertShown(page, [done]);
    await assertShown(page, playground.botActivities()); // nothing the bot sent is missing from the page
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-demo.png'), fullPage: true }).catch(() => {});
  }

  const answers = playground.botAnswers();
  assert.ok(answers.length >= 4, `the playground posted ${answers.length} activities`);
  assert.deepEqual(answers.filter((a) => !(a.statusCode >= 200 && a.statusCode < 300)), [], 'our bot answered every playground activity with 2xx');
  const sent = playground.botActivities();
  const cards = assertCardsValid(assert, sent, 'playground');
  t.diagnostic(`the bot sent ${sent.length} activities to the playground (${cards} Adaptive Cards, all valid for 1.5); screenshot in artifacts/playground-demo.png`);
});
