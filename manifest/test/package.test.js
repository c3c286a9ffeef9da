'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ManifestUtil } = require('@microsoft/app-manifest');
const { readZip } = require('./helpers/zip-reader');
const { readHeader, decode } = require('./helpers/png-reader');
const schemas = require('./helpers/schemas');
const { readIntentPhrases } = require('./helpers/lexicon');

const ROOT = path.join(__dirname, '..');
const BOT_ID = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const COMMANDS = ['complaint', 'discount', 'competitor', 'objection', 'help'];
// The recogniser intent each command's title must trigger.
const COMMAND_INTENTS = {
  complaint: 'complaint', discount: 'discount_request', competitor: 'incumbent', objection: 'objection', help: 'help',
};
const LANGUAGES = ['vi', 'zh'];

let workDir, zipFile, files, manifest;

before(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-manifest-'));
  zipFile = path.join(workDir, 'coachbot.zip');
  execFileSync('bash', [path.join(ROOT, 'build.sh'), '--out', zipFile], {
    env: { ...process.env, BOT_ID, BOT_DOMAIN: 'bot.contoso.example' },
    stdio: 'pipe',
  });
  files = readZip(fs.readFileSync(zipFile));
  manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
});

after(() => fs.rmSync(workDir, { recursive: true, force: true }));

const localization = (language) => JSON.parse(files.get(`${language}.json`).toString('utf8'));

async function assertValid(document, schema, what) {
  const errors = await ManifestUtil.validateManifestAgainstSchema(document, schema);
  assert.deepEqual(errors, [], `${what} does not match its bundled schema`);
}

test('build_BotIdAndDomainFromEnvironment_FilledIntoManifest', () => {
  assert.equal(manifest.bots[0].botId, BOT_ID);
  assert.deepEqual(manifest.validDomains, ['bot.contoso.example']);
  assert.doesNotMatch(files.get('manifest.json').toString('utf8'), /\{\{/);
});

test('build_BotIdArgument_WinsOverEnvironment', () => {
  const out = path.join(workDir, 'argument.zip');
  const argumentId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
  execFileSync(process.execPath, [path.join(ROOT, 'build.js'), argumentId, '--out', out], {
    env: { ...process.env, BOT_ID }, stdio: 'pipe',
  });
  const built = JSON.parse(readZip(fs.readFileSync(out)).get('manifest.json').toString('utf8'));
  assert.equal(built.bots[0].botId, argumentId);
});

test('build_BotIdNotAGuid_FailsWithoutWritingAPackage', () => {
  const out = path.join(workDir, 'bad.zip');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'build.js'), 'my-bot', '--out', out], { encoding: 'utf8' });
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /GUID/);
  assert.equal(fs.existsSync(out), false);
});

test('package_Files_AllAtTheRootOfTheZip', () => {
  assert.deepEqual([...files.keys()].sort(), ['color.png', 'manifest.json', 'outline.png', 'vi.json', 'zh.json']);
  const referenced = [manifest.icons.color, manifest.icons.outline, ...manifest.localizationInfo.additionalLanguages.map((l) => l.file)];
  for (const name of referenced) assert.ok(files.has(name), `${name} is referenced by the manifest but not in the zip`);
});

test('package_StandardUnzip_ListsAndTestsCleanly', { skip: spawnSync('unzip', ['-v']).status !== 0 && 'no unzip on this machine' }, () => {
  const listed = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listed, [...files.keys()].sort());
  const check = spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
});

test('manifest_BundledSchemaForItsVersion_Valid', async () => {
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  await assertValid(manifest, schemas.manifestSchema(manifest.manifestVersion), 'manifest.json');
});

test('manifest_UnbuiltSourceWithPlaceholder_RejectedBySchema', async () => {
  // Proves the validator bites: the source still holds {{BOT_ID}}, which is not a GUID.
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  const errors = await ManifestUtil.validateManifestAgainstSchema(source, schemas.manifestSchema(source.manifestVersion));
  assert.ok(errors.some((e) => e.startsWith('/bots/0/botId')), errors.join('\n'));
});

test('manifest_Basics_SemverVersionHttpsDeveloperLinksAndBrandColour', () => {
  assert.match(manifest.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  assert.equal(manifest.developer.name, 'CoachBot');
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    assert.match(manifest.developer[key], /^https:\/\//, `developer.${key}`);
  }
  assert.equal(manifest.name.short, 'CoachBot');
  assert.equal(manifest.accentColor.toLowerCase(), '#464775');
});

for (const language of LANGUAGES) {
  test(`localization_${language}_ValidAgainstBundledSchema`, async () => {
    const entry = manifest.localizationInfo.additionalLanguages.find((l) => l.languageTag === language);
    assert.ok(entry, `localizationInfo lists no "${language}"`);
    const strings = localization(language);
    assert.equal(strings.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    await assertValid(strings, schemas.localizationSchema(manifest.manifestVersion), `${language}.json`);
  });
}

test('localization_UnknownKey_RejectedBySchema', async () => {
  const misspelt = { ...localization('vi'), 'bots[0].commandList[0].commands[0].title': 'x' };
  const errors = await ManifestUtil.validateManifestAgainstSchema(misspelt, schemas.localizationSchema(manifest.manifestVersion));
  assert.ok(errors.length > 0, 'a misspelt key must fail validation');
});

test('localization_DefaultLanguage_English', () => {
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'en');
});

test('icons_Color_192SquareOnBrandBackgroundWithWhiteGlyph', () => {
  const header = readHeader(files.get('color.png'));
  assert.deepEqual([header.width, header.height], [192, 192]);
  const { rgba } = decode(files.get('color.png'));
  assert.deepEqual([...rgba.subarray(0, 4)], [0x46, 0x47, 0x75, 255], 'top-left pixel is the brand colour');
  const whitePixels = countPixels(rgba, (r, g, b, a) => r === 255 && g === 255 && b === 255 && a === 255);
  assert.ok(whitePixels > 192 * 192 * 0.1, `the glyph should be plainly visible (${whitePixels} white pixels)`);
});

test('icons_Outline_32SquareWhiteOnTransparent', () => {
  const header = readHeader(files.get('outline.png'));
  assert.deepEqual([header.width, header.height], [32, 32]);
  const { rgba } = decode(files.get('outline.png'));
  const stray = countPixels(rgba, (r, g, b, a) => a > 0 && (r !== 255 || g !== 255 || b !== 255));
  assert.equal(stray, 0, 'every visible pixel of the outline icon must be white');
  assert.ok(countPixels(rgba, (...p) => p[3] === 0) > 0, 'the background must be transparent');
  assert.ok(countPixels(rgba, (...p) => p[3] === 255) > 32, 'the glyph must be visible');
});

test('icons_CommittedPngs_MatchWhatTheIconScriptDraws', () => {
  const { colorIcon, outlineIcon } = require('../icons');
  assert.deepEqual(decode(files.get('color.png')).rgba, decode(colorIcon()).rgba, 'color.png is stale: run npm run icons');
  assert.deepEqual(decode(files.get('outline.png')).rgba, decode(outlineIcon()).rgba, 'outline.png is stale: run npm run icons');
});

test('bot_ConversationalInAllThreeScopes', () => {
  assert.equal(manifest.bots.length, 1);
  const bot = manifest.bots[0];
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.equal(bot.isNotificationOnly, false);
  assert.equal(bot.supportsFiles, false);
  assert.deepEqual(bot.commandLists.flatMap((l) => l.scopes).sort(), ['groupChat', 'personal', 'team']);
});

test('bot_EveryCommandList_HasTheFiveCommandsWithinTeamsLimits', () => {
  for (const list of manifest.bots[0].commandLists) {
    assert.deepEqual(list.commands.map((c) => c.title), COMMANDS, `commands for ${list.scopes}`);
    for (const command of list.commands) {
      assert.ok(command.description && command.description.length <= 128, `${command.title}: description 1..128 chars`);
      assert.ok(command.title.length <= 32);
    }
  }
});

for (const language of LANGUAGES) {
  test(`localization_${language}_EveryCommandTitleAndDescriptionTranslatedConsistently`, () => {
    const strings = localization(language);
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
      assert.ok(strings[key], `${language}.json lacks ${key}`);
    }
    assert.notEqual(strings['description.full'], manifest.description.full);
    manifest.bots[0].commandLists.forEach((list, l) => {
      list.commands.forEach((command, c) => {
        const title = strings[`bots[0].commandLists[${l}].commands[${c}].title`];
        const description = strings[`bots[0].commandLists[${l}].commands[${c}].description`];
        assert.ok(title && title.length <= 32, `${language}: "${command.title}" in list ${l} needs a title of 1..32 chars`);
        assert.ok(description && description.length <= 128, `${language}: "${command.title}" in list ${l} needs a description of 1..128 chars`);
        assert.notEqual(description, command.description, `${language}: "${command.title}" description is untranslated`);
        const first = strings[`bots[0].commandLists[0].commands[${c}].title`];
        assert.equal(title, first, `${language}: "${command.title}" has different titles in different scopes`);
      });
    });
  });
}

test('commands_TitlesInEveryLanguage_ArePhrasesTheRecogniserKnows', () => {
  // Teams posts the tapped command's (localized) title as the message, so the bot must understand it.
  const lexicon = readIntentPhrases();
  const titlesByLanguage = {
    en: manifest.bots[0].commandLists[0].commands.map((c) => c.title),
    ...Object.fromEntries(LANGUAGES.map((language) => [language,
      COMMANDS.map((_, c) => localization(language)[`bots[0].commandLists[0].commands[${c}].title`])])),
  };
  const missing = [];
  for (const [language, titles] of Object.entries(titlesByLanguage)) {
    titles.forEach((title, c) => {
      const intent = COMMAND_INTENTS[COMMANDS[c]];
      const known = lexicon.get(intent)?.get(language) ?? [];
      if (!known.some((phrase) => phrase.toLowerCase() === title.toLowerCase())) missing.push(`${language} "${title}" → ${intent}`);
    });
  }
  assert.deepEqual(missing, [], 'command titles the lexicon does not list for their intent');
});

test('lockfile_RecordsNoRegistryAddresses', () => {
  const lock = fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8');
  assert.doesNotMatch(lock, /"resolved": "http/);
});

function countPixels(rgba, predicate) {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) if (predicate(rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])) count++;
  return count;
}
