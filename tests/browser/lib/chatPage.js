'use strict';
// What a person does on the local chat page, in the words they would use: act as someone, open a
// conversation, type, press a button, read the last message. Locators go by role and visible text.

class ChatPage {
  constructor(page) {
    this.page = page;
    this.log = page.getByRole('log', { name: 'Messages' });
  }

  async actAs(name) {
    await this.page.getByRole('group', { name: 'Acting as' }).getByRole('radio', { name }).check();
  }

  /** 'personal', 'channel' (the duty desk) or 'training' (the channel for quizzes). */
  async open(conversation) {
    const names = { channel: /Team channel/, training: /Channel "Training"/, personal: /1:1 with CoachBot/ };
    const name = names[conversation];
    await this.page.getByRole('group', { name: 'Conversation' }).getByRole('radio', { name }).check();
  }

  async send(text) {
    await this.page.getByRole('textbox', { name: 'Message' }).fill(text);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  botMessages() {
    return this.log.locator('article[data-from="bot"]');
  }

  /** The first bot message that contains text (a string or RegExp), once it shows. */
  async waitForBot(text, timeout = 20000) {
    const message = this.botMessages().filter({ hasText: text }).last();
    await message.waitFor({ timeout });
    return message;
  }

  /** The next bot message after the first `seen` ones, once it shows. */
  async nextBot(seen, timeout = 20000) {
    await this.botMessages().nth(seen).waitFor({ timeout });
    return this.botMessages().nth(seen);
  }

  /** Presses the button with exactly this title on the newest bot message that has one. */
  async press(title, { within } = {}) {
    const scope = within ?? this.botMessages().filter({ has: this.page.getByRole('button', { name: title, exact: true }) }).last();
    await scope.getByRole('button', { name: title, exact: true }).click();
  }

  /** The unread count shown on a switcher ('identity' or 'conversation', by value), 0 when hidden. */
  async unread(kind, value) {
    const badge = this.page.locator(`[data-badge-${kind}="${value}"]`);
    if (!(await badge.isVisible())) return 0;
    return Number(await badge.textContent());
  }

  async errorLine() {
    const line = this.page.getByRole('alert');
    return (await line.isVisible()) ? (await line.textContent()).trim() : '';
  }
}

module.exports = { ChatPage };
