'use strict';
// The trainer dashboard in headless Chromium after a channel quiz on the chat page: Hoa (trainer) runs a quiz in the
// Training channel, Lan and Tuấn answer, Hoa closes it; then the dashboard as Hoa shows her team's people, the topic
// and progress charts (Chart.js, served by the host), the quiz report with who has not answered, and downloads the
// people view as CSV; as Lan it shows only Lan. Screenshots are kept under artifacts/.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skip) console.warn(`browser tests ${skip}`);

test('training dashboard: charts, people, the quiz report and a CSV, scoped to who is looking', { skip }, async (t) => {
  const host = await startHost();
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const { page } = browser;
  const chat = new ChatPage(page);
  const step = async (name, fn) => {
    try {
      await fn();
      t.diagnostic(`ok: ${name}`);
    } catch (error) {
      await browser.screenshot('dashboard-failure').catch(() => {});
      error.message = `${name}: ${error.message}\n--- host output ---\n${host.logs().slice(-4000)}`;
      throw error;
    }
  };
  const question = () => chat.botMessages().filter({ hasText: 'Channel quiz · Complaints · 1 of 1' }).first();

  await step('a one-question quiz in the Training channel, answered by Lan and Tuấn, closed by Hoa', async () => {
    await chat.actAs('Hoa (trainer)');
    await chat.open('training');
    await chat.send('start quiz complaints 1');
    await question().getByRole('button', { name: 'Close question', exact: true }).waitFor();
    for (const [who, letter] of [['Lan (front desk)', 'A'], ['Tuấn (front desk)', 'B']]) {
      await chat.actAs(who);
      await question().getByRole('button', { name: letter, exact: true }).click();
      await question().getByText(`Your answer: ${letter}. `).waitFor();
    }
    await chat.actAs('Hoa (trainer)');
    await question().getByText('Answers so far: 2').waitFor();
    await chat.press('Close question', { within: question() });
    await chat.waitForBot('Quiz over: Complaints');
  });

  await step('the dashboard as Hoa: her team, the charts and the quiz report', async () => {
    await page.goto(`${host.url}/dashboard/?as=dev-trainer`);
    await page.locator('body[data-ready="true"]').waitFor();
    assert.match(await page.getByRole('status').innerText(), /Hoa \(trainer\) — trainer · teams: dev-team/);
    const people = page.locator('#people-table');
    await people.getByRole('cell', { name: 'Lan (front desk)', exact: true }).waitFor();
    await people.getByRole('cell', { name: 'Tuấn (front desk)', exact: true }).waitFor();
    const quizzes = await page.locator('#quizzes-table').innerText();
    assert.match(quizzes, /Complaints/);
    assert.match(quizzes, /Minh \(duty manager\)/, 'the roster member who did not answer is named');
    // Chart.js drew on each canvas: a drawn canvas is not blank.
    for (const id of ['topics-chart', 'progress-chart']) {
      const drawn = await page.evaluate((canvasId) => {
        const canvas = document.getElementById(canvasId);
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        return pixels.some((value, i) => i % 4 === 3 && value > 0);
      }, id);
      assert.ok(drawn, `${id} has a chart on it`);
    }
    await browser.screenshot('dashboard-1-trainer');
  });

  await step('the people view downloads as CSV with both trainees', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a.csv[data-view="people"]').click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'user_id,name,answers,right,right_percent,channel_quiz_points,role_plays,role_plays_passed,last_active_utc');
    assert.ok(lines.some((l) => l.startsWith('dev-staff,Lan (front desk),1,')), csv);
    assert.ok(lines.some((l) => l.startsWith('dev-staff-2,Tuấn (front desk),1,')), csv);
  });

  await step('the dashboard as Lan shows only Lan', async () => {
    await page.goto(`${host.url}/dashboard/?as=dev-staff`);
    await page.locator('body[data-ready="true"]').waitFor();
    assert.match(await page.getByRole('status').innerText(), /your own results/);
    const people = await page.locator('#people-table tbody tr').allInnerTexts();
    assert.equal(people.length, 1);
    assert.match(people[0], /Lan \(front desk\)/);
    assert.equal(await page.locator('#quizzes').isVisible(), false);
    await browser.screenshot('dashboard-2-trainee');
  });

  assert.deepEqual(browser.problems, []);
});
