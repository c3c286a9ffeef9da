'use strict';
// The Teams JSON schemas bundled in @microsoft/app-manifest, loaded from disk: validateManifest()
// downloads $schema and fails offline, so the tests validate against these copies instead.
const fs = require('node:fs');
const path = require('node:path');

const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

function schemaPath(version, file) {
  return path.join(SCHEMA_ROOT, `v${version}`, file);
}

// Some published patterns have a "]" without its backslash (MicrosoftDocs/msteams-docs#8858): legal
// in a plain JavaScript RegExp, where a lone "]" is a literal, but a syntax error under the "u" flag
// that ajv compiles with. Escaping it keeps the meaning and lets the schema compile.
function escapeLoneBrackets(pattern) {
  let out = '', inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { out += ch + (pattern[++i] ?? ''); continue; }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    else if (ch === ']') { out += '\\]'; continue; }
    out += ch;
  }
  return out;
}

function compilesAsUnicode(pattern) {
  try { new RegExp(pattern, 'u'); return true; } catch { return false; }
}

function repairPatterns(node) {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string' && !compilesAsUnicode(value)) {
      out[key] = escapeLoneBrackets(value);
    } else if (key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([p, s]) =>
        [compilesAsUnicode(p) ? p : escapeLoneBrackets(p), repairPatterns(s)]));
    } else {
      out[key] = repairPatterns(value);
    }
  }
  return out;
}

function load(version, file) {
  const location = schemaPath(version, file);
  if (!fs.existsSync(location)) throw new Error(`@microsoft/app-manifest bundles no schema ${file} for v${version}`);
  return repairPatterns(JSON.parse(fs.readFileSync(location, 'utf8')));
}

module.exports = {
  manifestSchema: (version) => load(version, 'MicrosoftTeams.schema.json'),
  localizationSchema: (version) => load(version, 'MicrosoftTeams.Localization.schema.json'),
  escapeLoneBrackets,
};
