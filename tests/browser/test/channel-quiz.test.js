'use strict';
// A channel quiz on the local chat page, as the people in the Training channel see it: Hoa (trainer) starts a quiz on
// complaints; each trainee sees the question card with a button per letter and, once they tap, their own version of it
// (their answer, right or not, how many have answered); Hoa's version has "Close question"; closing posts the results
// and the leaderboard; "end quiz" posts the final board. Screenshots of each step are kept under artifacts/.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

const TRAINER = 'Hoa (trainer)';
const LAN = 'Lan (front desk)';
const TUAN = 'Tuấn (front desk)';

test('local chat page: a trainer runs a channel quiz, two trainees answer, the leaderboard follows', { skip }, async (t) => {
  const host = await startHost();
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
      await browser.screenshot('channel-quiz-failure').catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };
  const question = () => chat.botMessages().filter({ hasText: 'Channel quiz · Complaints · 1 of 2' }).first();

  await step('the trainer starts a quiz in the Training channel and sees the Close button on her version', async () => {
    await chat.actAs(TRAINER);
    await chat.open('training');
    await chat.send('start quiz complaints 2');
    await chat.waitForBot('Hoa (trainer) started a quiz on Complaints: 2 questions');
    await question().getByRole('button', { name: 'Close question', exact: true }).waitFor();
    assert.match(await question().innerText(), /Answers so far: 0/);
    await browser.screenshot('channel-quiz-1-trainer-view');
  });

  for (const [who, letter] of [[LAN, 'A'], [TUAN, 'B']]) {
    await step(`${who} taps ${letter} and sees their own answer`, async () => {
      await chat.actAs(who);
      await chat.open('training');
      await question().getByRole('button', { name: letter, exact: true }).click();
      await question().getByText(`Your answer: ${letter}. `).waitFor();
      assert.match(await question().innerText(), /✓ Right: \+\d+ points|✗ Not quite/);
      assert.equal(await question().getByRole('button', { name: 'A', exact: true }).count(), 0, 'no second answer');
      await browser.screenshot(`channel-quiz-2-${letter === 'A' ? 'lan' : 'tuan'}-answered`);
    });
  }

  await step('the trainer sees two answers, closes the question, and the results and leaderboard follow', async () => {
    await chat.actAs(TRAINER);
    await question().getByText('Answers so far: 2').waitFor();
    await chat.press('Close question', { within: question() });
    const results = await chat.waitForBot('Question 1 of 2: results');
    const text = await results.innerText();
    assert.match(text, /The (answer|mistake): [A-D]\. /);
    assert.match(text, /Leaderboard/);
    assert.match(text, /1 · (Lan|Tuấn) \(front desk\): /);
    await chat.waitForBot('Channel quiz · Complaints · 2 of 2');
    await browser.screenshot('channel-quiz-3-results');
  });

  await step('a trainee sees the first question closed, with their answer and the key', async () => {
    await chat.actAs(LAN);
    // The card everyone sees says it is closed; Lan's own version, fetched when she looks, adds her answer.
    await question().getByText('Your answer: A. ').waitFor();
    assert.match(await question().innerText(), /This question is closed\.[\s\S]*The (answer|mistake): [A-D]\. /);
    await browser.screenshot('channel-quiz-3b-lan-closed');
  });

  await step('the trainer ends the quiz and the final leaderboard is posted', async () => {
    await chat.actAs(TRAINER);
    await chat.send('end quiz');
    const final = await chat.waitForBot('Quiz over: Complaints');
    assert.match(await final.innerText(), /Hoa \(trainer\) ended the quiz\./);
    await browser.screenshot('channel-quiz-4-final');
  });

  assert.deepEqual(await browser.page.locator('.card-problems').allTextContents(), [], 'every card parses as Adaptive Cards 1.5');
  assert.deepEqual(browser.problems, []);
});
