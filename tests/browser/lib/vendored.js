'use strict';
// What the host's wwwroot/lib/adaptivecards/ must hold, derived from the installed npm package:
// the minified bundle (with a licence header in front and its source-map comment dropped, since the
// map is not served) and the MIT licence texts.
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE_DIR = path.dirname(require.resolve('adaptivecards/package.json'));
const TARGET_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'CoachBot', 'wwwroot', 'lib', 'adaptivecards');

function expectedFiles() {
  const { version } = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8'));
  const dist = path.join(PACKAGE_DIR, 'dist');
  const bundle = fs.readFileSync(path.join(dist, 'adaptivecards.min.js'), 'utf8')
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const header = `/*! adaptivecards ${version} (npm) | Copyright (c) Microsoft Corporation | MIT License: see LICENSE.txt beside this file */\n`;
  return {
    'adaptivecards.min.js': header + bundle,
    'adaptivecards.min.js.LICENSE.txt': fs.readFileSync(path.join(dist, 'adaptivecards.min.js.LICENSE.txt'), 'utf8'),
    'LICENSE.txt': fs.readFileSync(path.join(PACKAGE_DIR, 'LICENSE'), 'utf8'),
  };
}

module.exports = { PACKAGE_DIR, TARGET_DIR, expectedFiles };
