'use strict';
// `npm test`'s pretest: build the host and the connector driver once for all test files.
const path = require('node:path');
const { dotnetBuild } = require('./host');

const started = Date.now();
dotnetBuild(path.join('src', 'CoachBot', 'CoachBot.csproj'));
dotnetBuild(path.join('tests', 'conformance', 'connector-driver', 'ConnectorDriver.csproj'));
console.log(`conformance: host and connector driver built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
