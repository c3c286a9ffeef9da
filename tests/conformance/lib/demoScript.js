'use strict';
// Walks the bot's demo dialog (name → team choice → confirm) through any transport that sends an
// activity and returns the bot's replies, reading the buttons from the bot's own cards.
const assert = require('node:assert/strict');
const { buttonsOf, displayTexts } = require('./activityCheck');

const YES = /^(yes|true|y)$/i;

/**
 * `turn(kind, payload)` sends one activity: kind 'added' (bot added), 'text' (payload = text) or
 * 'submit' (payload = card data); it resolves to the bot's replies. Returns every turn's replies.
 */
async function walkDemo(turn, { name }) {
  const welcome = await turn('added');
  assert.ok(welcome.length > 0, 'the bot said nothing when it was added');
  assert.equal(buttonsOf(welcome.at(-1)).length, 0, 'the welcome should end with the name question (a text prompt, no buttons)');

  const afterName = await turn('text', name);
  const teamButtons = buttonsOf(afterName.at(-1));
  assert.ok(teamButtons.length >= 2, `after the name the bot should offer team buttons; got ${JSON.stringify(afterName.map(displayTexts))}`);
  const team = teamButtons[1];

  const afterTeam = await turn('submit', team.data);
  const confirm = afterTeam.at(-1);
  const confirmButtons = buttonsOf(confirm);
  assert.equal(confirmButtons.length, 2, 'the confirmation should offer two buttons (yes / no)');
  const confirmText = displayTexts(confirm).join(' ');
  assert.ok(confirmText.includes(name), `the confirmation should repeat the name ${name}: ${confirmText}`);
  assert.ok(confirmText.includes(team.title), `the confirmation should repeat the team ${team.title}: ${confirmText}`);
  const yes = confirmButtons.find((b) => YES.test(String(b.data?.choice ?? b.data)));
  assert.ok(yes, `no yes button in ${JSON.stringify(confirmButtons)}`);

  const done = await turn('submit', yes.data);
  assert.ok(done.length > 0, 'the bot said nothing after yes');
  assert.equal(buttonsOf(done.at(-1)).length, 0, 'the dialog should end without buttons');
  assert.ok(displayTexts(done.at(-1)).join(' ').includes(name), 'the closing message should use the name');
  return { welcome, afterName, afterTeam, done, team, yes };
}

module.exports = { walkDemo };
