'use strict';
// Copies the npm packages the host serves (Microsoft's Adaptive Cards renderer for the local chat page, Chart.js for
// the trainer dashboard) from this folder's npm install into the host's wwwroot, so neither page needs the internet.
//   cd tests/browser && npm ci && npm run copy-adaptivecards
// Re-run after changing a version in package.json, and commit the result.
// test/vendored.test.js fails when a committed copy and the installed package differ.
const fs = require('node:fs');
const { vendored } = require('../lib/vendored');

for (const { target, files } of Object.values(vendored())) {
  fs.mkdirSync(target, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    fs.writeFileSync(`${target}/${file}`, content);
    console.log(`wrote ${target}/${file}`);
  }
}
