'use strict';
// Compares two JSON bodies the way a receiver reads them: key order does not matter, and a property
// that is null is the same as one that is absent.

function isEmpty(value) {
  return value === null || value === undefined;
}

/**
 * Walks `expected` (Microsoft's body) against `actual` (ours). Returns the paths that ours lacks,
 * the paths whose values differ, and the paths only ours has (allowed, reported).
 */
function diffJson(expected, actual, path = '$', out = { missing: [], different: [], extra: [] }) {
  if (isEmpty(expected) && isEmpty(actual)) return out;
  if (isEmpty(actual)) {
    out.missing.push(path);
    return out;
  }
  if (isEmpty(expected)) {
    out.extra.push(path);
    return out;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual) || expected.length !== actual.length) {
      out.different.push(`${path} (${JSON.stringify(expected)} vs ${JSON.stringify(actual)})`);
      return out;
    }
    expected.forEach((item, i) => diffJson(item, actual[i], `${path}[${i}]`, out));
    return out;
  }
  if (typeof expected === 'object' && typeof actual === 'object') {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      diffJson(expected[key], actual[key], `${path}.${key}`, out);
    }
    return out;
  }
  if (expected !== actual) out.different.push(`${path} (${JSON.stringify(expected)} vs ${JSON.stringify(actual)})`);
  return out;
}

module.exports = { diffJson };
