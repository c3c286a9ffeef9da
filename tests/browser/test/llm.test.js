'use strict';
// LLM phrasing on the chat page (issue 14), with Llm:* pointing at a fake Azure OpenAI resource on loopback that
// answers later than the budget, with Llm:ReplaceInPlace on: the staffer reads the rules' words at once; the same
// message then turns into the rephrase in place, with the "AI generated" label, its figures and its sources, in
// English, Vietnamese and Chinese.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
const LATE_MS = 1500;

const CASES = [
  { language: 'en', say: 'A regular wants $5 more off in peak season, we already gave 10% on the 120 rate', opener: 'Of course.' },
  { language: 'vi', say: 'Khach quen doi giam them 5 do trong mua cao diem, da giam 10% roi, gia phong 120', opener: 'Dạ vâng,' },
  { language: 'zh', say: '老客人旺季要求再便宜5美元，已经打了九折，房价120美元', opener: '好的，' },
];

/** A fake Azure OpenAI resource: a rephrase is the rules' line after a friendly opener in its language, sent late. */
async function startFakeAzure() {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', chunk => { body += chunk; });
    request.on('end', () => {
      const messages = JSON.parse(body).messages;
      const user = messages[messages.length - 1].content;
      const opener = /Write in Vietnamese/.test(messages[0].content) ? 'Dạ vâng,' : /Write in Simplified Chinese/.test(messages[0].content) ? '好的，' : 'Of course.';
      const text = user.replace('SAY: ', `SAY: ${opener} `);
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({
          id: 'chatcmpl-fake', object: 'chat.completion', created: 1733400000, model: 'gpt-4o-mini',
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 180, completion_tokens: 40, total_tokens: 220 },
        }));
      }, LATE_MS);
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise(resolve => server.close(resolve)) };
}

test('chat page: a late rephrase replaces the rules\' words in place, labelled AI generated, figures and sources kept', { skip }, async (t) => {
  const azure = await startFakeAzure();
  const host = await startHost({
    env: {
      Llm__Endpoint: azure.url,
      Llm__Deployment: 'coach-gpt',
      Llm__ApiKey: 'fake-azure-key',
      Llm__BudgetMilliseconds: '300',
      Llm__ReplaceInPlace: 'true',
    },
  });
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
    await azure.close();
  });
  const chat = new ChatPage(browser.page);
  await chat.waitForBot(/.+/);

  for (const { language, say, opener } of CASES) {
    const seen = await chat.botMessages().count();
    await chat.send(say);
    const advice = await chat.nextBot(seen);
    const first = await advice.innerText();
    assert.ok(!first.includes(opener), `${language}: the rules' words come first, at once`);
    assert.equal(await advice.locator('.ai-label').count(), 0, `${language}: the rules' words are not labelled`);

    await advice.getByText(opener).first().waitFor({ timeout: 10000 });
    const replaced = await advice.innerText();
    assert.match(replaced, /AI generated/, `${language}: the replaced message is labelled`);
    assert.match(replaced, /\$103/, `${language}: the figures stay`);
    assert.match(replaced, /14\.17\s?%/, `${language}: the figures stay`);
    assert.ok(await advice.getByRole('list', { name: 'Sources' }).getByRole('listitem').count() > 0, `${language}: still cited`);
    await browser.screenshot(`llm-replaced-${language}`);
    t.diagnostic(`ok: ${language}`);
  }
});
