'use strict';
// The page renders cards with the adaptivecards package this folder installs: the copy the host
// serves (src/CoachBot/wwwroot/lib/adaptivecards) must be that package, licence included.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { expectedFiles, TARGET_DIR } = require('../lib/vendored');

test('served adaptivecards copy matches the installed npm package', () => {
  for (const [file, content] of Object.entries(expectedFiles())) {
    const served = path.join(TARGET_DIR, file);
    assert.ok(fs.existsSync(served), `${served} is missing: run npm run copy-adaptivecards`);
    assert.equal(fs.readFileSync(served, 'utf8') === content, true,
      `${served} differs from the npm package: run npm run copy-adaptivecards and commit`);
  }
});

test('served adaptivecards bundle names its MIT licence', () => {
  const bundle = fs.readFileSync(path.join(TARGET_DIR, 'adaptivecards.min.js'), 'utf8');
  assert.match(bundle.slice(0, 200), /MIT License/);
  assert.match(fs.readFileSync(path.join(TARGET_DIR, 'LICENSE.txt'), 'utf8'), /MIT License[\s\S]*Microsoft/);
});
