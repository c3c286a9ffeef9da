'use strict';
// `npm test`'s pretest: build the host once for all test files.
const { buildHost } = require('./host');

const started = Date.now();
buildHost();
console.log(`browser tests: host built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
