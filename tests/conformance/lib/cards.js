'use strict';
// Parses the Adaptive Cards our bot sends with Microsoft's own renderer library (adaptivecards 3.0.6)
// in Adaptive Cards 1.5 mode, the highest version Teams renders.
const fs = require('node:fs');
const path = require('node:path');
// require('adaptivecards') fails on Node 20 (its package entry expects a bundler); the UMD build works.
const AC = require('adaptivecards/dist/adaptivecards.js');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const TEAMS_HOST_CONFIG = new AC.HostConfig({ supportsInteractivity: true, actions: { maxActions: 6 } });
const ARTIFACTS = path.join(__dirname, '..', 'artifacts', 'cards');

/** Every Adaptive Card attachment in the given activities, with where it came from. */
function cardsIn(activities) {
  const cards = [];
  for (const activity of activities) {
    for (const attachment of activity?.attachments ?? []) {
      if (attachment.contentType === ADAPTIVE_CARD) cards.push({ activity, content: attachment.content });
    }
  }
  return cards;
}

/** The problems Microsoft's parser reports for one card JSON (empty when it is a valid 1.5 card). */
function cardProblems(content) {
  const problems = [];
  const json = typeof content === 'string' ? JSON.parse(content) : content;
  if (!json || json.type !== 'AdaptiveCard') problems.push(`type is ${JSON.stringify(json?.type)}, not "AdaptiveCard"`);
  if (typeof json?.version !== 'string') problems.push('no "version"');
  const card = new AC.AdaptiveCard();
  // Validated as Teams renders it: Teams' host config allows six actions in a row (the library's default is five),
  // as the local chat page's host config does.
  card.hostConfig = TEAMS_HOST_CONFIG;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const version = AC.Version.parse(json?.version, new AC.SerializationContext(AC.Versions.v1_5));
  if (!version || !version.isValid) problems.push(`version ${JSON.stringify(json?.version)} does not parse`);
  else if (version.compareTo(AC.Versions.v1_5) > 0) problems.push(`version ${json.version} is above 1.5 (Teams renders up to 1.5)`);
  return problems;
}

/**
 * Checks every card in `activities`; saves each card under artifacts/cards/ for a person to look at.
 * Returns { count, failures: [{ file, problems }] }.
 */
function checkCards(activities, label) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const failures = [];
  const cards = cardsIn(activities);
  cards.forEach(({ content }, index) => {
    const file = path.join(ARTIFACTS, `${label}-${index + 1}.json`);
    fs.writeFileSync(file, JSON.stringify(content, null, 2));
    const problems = cardProblems(content);
    if (problems.length > 0) failures.push({ file: path.relative(process.cwd(), file), problems });
  });
  return { count: cards.length, failures };
}

/** Fails the test when any card our bot sent does not parse as Adaptive Cards 1.5. */
function assertCardsValid(assert, activities, label) {
  const { count, failures } = checkCards(activities, label);
  assert.deepEqual(failures, [], `${failures.length} of ${count} Adaptive Cards failed Microsoft's 1.5 parser`);
  return count;
}

module.exports = { ADAPTIVE_CARD, cardsIn, cardProblems, checkCards, assertCardsValid };
