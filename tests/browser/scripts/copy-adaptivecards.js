'use strict';
// Copies Microsoft's Adaptive Cards renderer from this folder's npm install into the host's wwwroot,
// so the local chat page renders cards with the real library and needs no internet.
//   cd tests/browser && npm ci && npm run copy-adaptivecards
// Re-run after changing the adaptivecards version in package.json, and commit the result.
// test/vendored.test.js fails when the committed copy and the installed package differ.
const fs = require('node:fs');
const { expectedFiles, TARGET_DIR } = require('../lib/vendored');

fs.mkdirSync(TARGET_DIR, { recursive: true });
for (const [file, content] of Object.entries(expectedFiles())) {
  fs.writeFileSync(`${TARGET_DIR}/${file}`, content);
  console.log(`wrote ${TARGET_DIR}/${file}`);
}
