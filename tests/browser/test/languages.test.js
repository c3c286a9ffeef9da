'use strict';
// The other two situations of the coaching issue's "done when", on the chat page, in each of the three
// languages: the "$5 more" regular in peak season (figures for the 120 rate within front-desk authority)
// and a competitor question (advice with its sources). The bot answers in the language it was written to.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../lib/host');
const { hasChromium, openPage, CHROMIUM } = require('../lib/browser');
const { ChatPage } = require('../lib/chatPage');

const skip = hasChromium() ? false : `SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;

const LANGUAGES = {
  en: {
    discount: 'A regular wants $5 more off in peak season, we already gave 10% on the 120 rate',
    competitor: 'The client says they are satisfied with their current supplier, no reason to change',
    sayNow: 'Say now',
  },
  vi: {
    discount: 'Khach quen doi giam them 5 do trong mua cao diem, da giam 10% roi, gia phong 120',
    competitor: 'Khách hàng nói họ đang ổn, không cần đổi nhà cung cấp',
    sayNow: 'Nói ngay',
  },
  zh: {
    discount: '老客人旺季要求再便宜5美元，已经打了九折，房价120美元', // 块 and 元 are yuan: a USD hotel's figures are typed in dollars
    competitor: '客户说对现在的供应商很满意，没必要换',
    sayNow: '现在就说',
  },
};

/** Sends text; the FIRST bot message must be advice with its sources, never a question. */
async function adviceFor(chat, text) {
  const seen = await chat.botMessages().count();
  await chat.send(text);
  const message = await chat.nextBot(seen);
  assert.ok(await message.getByRole('list', { name: 'Sources' }).count(), `the first reply to "${text}" is advice with sources`);
  return message;
}

test('local chat page: discount figures and a competitor question in English, Vietnamese and Chinese', { skip }, async (t) => {
  const host = await startHost();
  const browser = await openPage(host.url);
  t.after(async () => {
    await browser.close();
    await host.stop();
  });
  const chat = new ChatPage(browser.page);
  await chat.waitForBot(/.+/);

  for (const [language, say] of Object.entries(LANGUAGES)) {
    const discount = await adviceFor(chat, say.discount);
    const figures = await discount.innerText();
    assert.match(figures, /\$103/, `${language}: the price after the manager's special is $103`);
    assert.match(figures, /14\.17\s?%/, `${language}: 10% + $5 on 120 is one effective 14.17%`);
    assert.ok(figures.includes(say.sayNow), `${language}: the card speaks ${language}`);

    const competitor = await adviceFor(chat, say.competitor);
    assert.ok((await competitor.innerText()).includes(say.sayNow), `${language}: competitor advice in ${language}`);
    assert.ok(await competitor.getByRole('list', { name: 'Sources' }).getByRole('listitem').count() > 0, `${language}: cited`);
    await browser.screenshot(`languages-${language}`);
    t.diagnostic(`ok: ${language}`);
  }
});
