'use strict';
// Builds the Teams app package: build/coachbot.zip with manifest.json, the two icons and the
// localization files at the root of the zip (Teams rejects a package whose files sit in a folder).
//
//   node build.js [BOT_APP_ID] [--domain HOST] [--out FILE]
//
// The bot's Microsoft App ID comes from the argument, else the BOT_ID environment variable, else a
// development placeholder. The host name the bot runs on (for validDomains) comes from --domain, else
// BOT_DOMAIN, else coachbot.example.com.
const fs = require('node:fs');
const path = require('node:path');
const { createZip } = require('./lib/zip-writer');

const DEV_BOT_ID = '00000000-0000-0000-0000-000000000001';
const DEFAULT_DOMAIN = 'coachbot.example.com';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d+)?$/;

function parseArgs(argv, env) {
  const options = { botId: env.BOT_ID || DEV_BOT_ID, domain: env.BOT_DOMAIN || DEFAULT_DOMAIN, out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--domain' || arg === '--out') {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.botId = arg;
    }
  }
  return options;
}

/**
 * @param {{botId: string, domain: string, out?: string|null}} options
 * @returns {{file: string, entries: string[]}} where the zip went and what it holds
 */
function buildPackage({ botId, domain, out }) {
  if (!GUID.test(botId)) throw new Error(`bot app id must be a GUID, got "${botId}"`);
  if (!HOST.test(domain)) throw new Error(`domain must be a host name without scheme or path, got "${domain}"`);

  const text = fs.readFileSync(path.join(__dirname, 'manifest.json'), 'utf8')
    .replaceAll('{{BOT_ID}}', botId)
    .replaceAll('{{BOT_DOMAIN}}', domain);
  const leftover = text.match(/\{\{[A-Z_]+\}\}/);
  if (leftover) throw new Error(`manifest.json has a placeholder the build does not fill: ${leftover[0]}`);
  const manifest = JSON.parse(text);

  const files = [
    manifest.icons.color,
    manifest.icons.outline,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  const entries = [
    { name: 'manifest.json', data: Buffer.from(text, 'utf8') },
    ...files.map((name) => ({ name, data: fs.readFileSync(path.join(__dirname, name)) })),
  ];

  const file = path.resolve(out ?? path.join(__dirname, 'build', 'coachbot.zip'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, createZip(entries));
  return { file, entries: entries.map((e) => e.name) };
}

if (require.main === module) {
  try {
    const { file, entries } = buildPackage(parseArgs(process.argv.slice(2), process.env));
    const shown = path.relative(process.cwd(), file);
    console.log(`wrote ${shown.startsWith('..') ? file : shown}: ${entries.join(', ')}`);
  } catch (error) {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  }
}

module.exports = { buildPackage, parseArgs, DEV_BOT_ID, DEFAULT_DOMAIN };
