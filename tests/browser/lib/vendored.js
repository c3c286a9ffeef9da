'use strict';
// What the host serves of npm packages, derived from this folder's npm install: the minified bundle (with a licence
// header in front when it has none, and its source-map comment dropped, since the map is not served) and the licence.
//   adaptivecards → src/CoachBot/wwwroot/lib/adaptivecards/   (the local chat page's card renderer)
//   chart.js      → src/CoachBot/wwwroot/dashboard/lib/       (the trainer dashboard's charts)
const fs = require('node:fs');
const path = require('node:path');

const WWWROOT = path.resolve(__dirname, '..', '..', '..', 'src', 'CoachBot', 'wwwroot');

// Chart.js's "exports" hides package.json from require.resolve; node_modules beside this folder is where npm ci puts it.
function packageDir(name) {
  return path.resolve(__dirname, '..', 'node_modules', name);
}

function versionOf(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

const withoutSourceMap = (text) => text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');

const PACKAGES = {
  adaptivecards: {
    target: path.join(WWWROOT, 'lib', 'adaptivecards'),
    files(dir) {
      const dist = path.join(dir, 'dist');
      const header = `/*! adaptivecards ${versionOf(dir)} (npm) | Copyright (c) Microsoft Corporation | MIT License: see LICENSE.txt beside this file */\n`;
      return {
        'adaptivecards.min.js': header + withoutSourceMap(fs.readFileSync(path.join(dist, 'adaptivecards.min.js'), 'utf8')),
        'adaptivecards.min.js.LICENSE.txt': fs.readFileSync(path.join(dist, 'adaptivecards.min.js.LICENSE.txt'), 'utf8'),
        'LICENSE.txt': fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8'),
      };
    },
  },
  'chart.js': {
    target: path.join(WWWROOT, 'dashboard', 'lib'),
    files(dir) {
      // The bundle starts with its own MIT licence header.
      return {
        'chart.umd.min.js': withoutSourceMap(fs.readFileSync(path.join(dir, 'dist', 'chart.umd.min.js'), 'utf8')),
        'chart.js.LICENSE.md': fs.readFileSync(path.join(dir, 'LICENSE.md'), 'utf8'),
      };
    },
  },
};

/** package name → { target directory, file name → content }. */
function vendored() {
  return Object.fromEntries(Object.entries(PACKAGES).map(([name, p]) => [name, { target: p.target, files: p.files(packageDir(name)) }]));
}

// The adaptivecards copy, as before, for callers that only need it.
const PACKAGE_DIR = packageDir('adaptivecards');
const TARGET_DIR = PACKAGES.adaptivecards.target;
const expectedFiles = () => PACKAGES.adaptivecards.files(PACKAGE_DIR);

module.exports = { PACKAGE_DIR, TARGET_DIR, expectedFiles, vendored };
