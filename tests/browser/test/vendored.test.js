'use strict';
// The pages use the packages this folder installs: the copies the host serves (adaptivecards under
// src/CoachBot/wwwroot/lib/adaptivecards, Chart.js under src/CoachBot/wwwroot/dashboard/lib) must be those packages,
// licences included.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { vendored, TARGET_DIR } = require('../lib/vendored');

for (const [name, { target, files }] of Object.entries(vendored())) {
  test(`served ${name} copy matches the installed npm package`, () => {
    for (const [file, content] of Object.entries(files)) {
      const served = path.join(target, file);
      assert.ok(fs.existsSync(served), `${served} is missing: run npm run copy-adaptivecards`);
      assert.equal(fs.readFileSync(served, 'utf8') === content, true,
        `${served} differs from the npm package: run npm run copy-adaptivecards and commit`);
    }
  });
}

test('served adaptivecards bundle names its MIT licence', () => {
  const bundle = fs.readFileSync(path.join(TARGET_DIR, 'adaptivecards.min.js'), 'utf8');
  assert.match(bundle.slice(0, 200), /MIT License/);
  assert.match(fs.readFileSync(path.join(TARGET_DIR, 'LICENSE.txt'), 'utf8'), /MIT License[\s\S]*Microsoft/);
});

test('served Chart.js bundle names its MIT licence', () => {
  const { target } = vendored()['chart.js'];
  assert.match(fs.readFileSync(path.join(target, 'chart.umd.min.js'), 'utf8').slice(0, 200), /Chart\.js v4[\s\S]*MIT License/);
});
