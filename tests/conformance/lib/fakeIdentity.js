'use strict';
// A stand-in for login.botframework.com (OpenID metadata + JWKS with endorsements) and for the
// Entra token endpoint (client credentials), served on 127.0.0.1 so both Microsoft's library and
// our bot can be pointed at the same keys.
const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');
const { listen, readBody, sendJson } = require('./net');

const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
const METADATA_PATH = '/v1/.well-known/openidconfiguration';
const KEYS_PATH = '/v1/.well-known/keys';

function newRsaKey(kid, endorsements) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    kid,
    privateKey,
    publicKey,
    jwk: { kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements },
  };
}

/**
 * Starts the fake identity service. keys: the published signing keys; `unpublished` signs tokens
 * that must not verify. Every token request is recorded in `tokenRequests`.
 */
async function startFakeIdentity() {
  const keys = {
    teams: newRsaKey('conformance-teams-key', ['msteams', 'webchat', 'emulator']),
    webchatOnly: newRsaKey('conformance-webchat-key', ['webchat']),
  };
  const unpublished = newRsaKey('conformance-unpublished-key', ['msteams']);
  const tokenRequests = [];
  let tokenCounter = 0;

  const service = await listen(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === METADATA_PATH) {
        return sendJson(res, 200, {
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: 'https://invalid.example/v1/authorize',
          jwks_uri: `${service.url}${KEYS_PATH}`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (req.method === 'GET' && url.pathname === KEYS_PATH) {
        return sendJson(res, 200, { keys: Object.values(keys).map((k) => k.jwk) });
      }
      if (req.method === 'POST' && /\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
        const body = await readBody(req);
        const form = Object.fromEntries(new URLSearchParams(body));
        tokenCounter += 1;
        const accessToken = `conformance-outbound-token-${tokenCounter}`;
        tokenRequests.push({ path: url.pathname, contentType: req.headers['content-type'], form, accessToken });
        return sendJson(res, 200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: accessToken });
      }
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      sendJson(res, 500, { error: String(err) });
    }
  });

  return {
    url: service.url,
    metadataUrl: `${service.url}${METADATA_PATH}`,
    tokenEndpoint: (tenant) => `${service.url}/${tenant}/oauth2/v2.0/token`,
    keys,
    unpublished,
    tokenRequests,
    close: service.close,
  };
}

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A signed RS256 token; claims are used as given (exp/nbf in the past or future are allowed). */
function signToken(key, claims, { kid = key.kid, algorithm = 'RS256' } = {}) {
  return jwt.sign(claims, key.privateKey, { algorithm, keyid: kid, noTimestamp: true });
}

/** An unsigned token with `alg: none`, the classic downgrade attempt. */
function unsignedToken(claims, kid) {
  return `${b64url({ alg: 'none', typ: 'JWT', kid })}.${b64url(claims)}.`;
}

/** HS256 keyed with the RSA public key's PEM: the algorithm-confusion attack. */
function hmacWithPublicKey(key, claims) {
  const header = b64url({ alg: 'HS256', typ: 'JWT', kid: key.kid });
  const payload = b64url(claims);
  const secret = key.publicKey.export({ format: 'pem', type: 'spki' });
  const signature = crypto.createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Good token, but the signature comes from another key while claiming the published kid. */
function forgedSignature(publishedKey, forgingKey, claims) {
  return signToken(forgingKey, claims, { kid: publishedKey.kid });
}

module.exports = {
  BOT_FRAMEWORK_ISSUER,
  startFakeIdentity,
  signToken,
  unsignedToken,
  hmacWithPublicKey,
  forgedSignature,
};
