'use strict';
// The host's cards with the parts of the first-reply issue — lines, "More" and a form behind Action.ShowCard,
// a refreshing Action.Execute with its Action.Submit fallback — parse with Microsoft's renderer library as
// Adaptive Cards 1.5 without errors. The cards are the host's own output: tests/CoachBot.Tests/Turns/Samples,
// kept equal to what the host renders by a .NET endpoint test.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { cardProblems } = require('../lib/cards');

const SAMPLES = path.join(__dirname, '..', '..', 'CoachBot.Tests', 'Turns', 'Samples');

const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));

test('there are host card samples to check', () => {
  assert.ok(samples.includes('advice-card.json'), `no advice-card.json in ${SAMPLES}`);
});

for (const file of samples) {
  test(`the host's ${file} is a valid Adaptive Card 1.5 with More, a form and Action.Execute`, () => {
    const card = JSON.parse(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
    assert.deepEqual(cardProblems(card), []);

    const actions = card.actions ?? [];
    const execute = actions.find((a) => a.type === 'Action.Execute');
    assert.ok(execute, 'a refreshing Action.Execute');
    assert.equal(execute.fallback?.type, 'Action.Submit', 'the Action.Execute falls back to Action.Submit');
    assert.deepEqual(execute.fallback.data, execute.data);
    const showCards = actions.filter((a) => a.type === 'Action.ShowCard');
    assert.ok(showCards.some((a) => a.card.body.some((e) => e.type === 'Container')), 'a More show-card with sections');
    assert.ok(showCards.some((a) => a.card.body.some((e) => e.type === 'Input.Text')), 'a form show-card with inputs');
    for (const showCard of showCards) assert.deepEqual(cardProblems({ ...showCard.card, version: '1.5' }), [], `the card behind ${showCard.title}`);
  });
}
