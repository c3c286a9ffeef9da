'use strict';
// Reads the intent phrases from the recogniser's lexicon (src/CoachBot.Coaching/Playbooks/lexicon.yaml).
// Teams sends a tapped command's localized title as the message text, so every title must be a phrase
// the bot recognises. A line-based reader is enough for the file's flow-list layout:
//   intents:
//     complaint:
//       vi: [{phàn nàn: 2}, {khiếu nại: 2}, khách giận, ...]
const fs = require('node:fs');
const path = require('node:path');

const LEXICON = path.join(__dirname, '..', '..', '..', 'src', 'CoachBot.Coaching', 'Playbooks', 'lexicon.yaml');

function phrases(list) {
  return list.split(',')
    .map((item) => item.trim().replace(/^\{/, '').replace(/\}$/, '').replace(/:\s*\d+(\.\d+)?$/, '').trim())
    .map((item) => item.replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

/** @returns {Map<string, Map<string, string[]>>} intent -> language -> phrases */
function readIntentPhrases(file = LEXICON) {
  const intents = new Map();
  let inIntents = false, intent = null;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^\S/.test(line)) { inIntents = /^intents:\s*$/.test(line); intent = null; continue; }
    if (!inIntents) continue;
    const name = line.match(/^ {2}(\w+):\s*$/);
    if (name) { intent = name[1]; intents.set(intent, new Map()); continue; }
    const list = line.match(/^ {4}(\w+):\s*\[(.*)\]\s*(#.*)?$/);
    if (list && intent) intents.get(intent).set(list[1], phrases(list[2]));
  }
  return intents;
}

module.exports = { readIntentPhrases, LEXICON };
