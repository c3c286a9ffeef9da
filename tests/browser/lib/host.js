'use strict';
// Builds the CoachBot host and runs it as a real Kestrel process in Development on a loopback port,
// with its state in a temporary folder, so the browser drives the same binary that ships.
// COACHBOT_REPO points at another checkout (for trying the page against a different host build).
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort, waitFor } = require('./net');

const REPO_ROOT = path.resolve(process.env.COACHBOT_REPO || path.join(__dirname, '..', '..', '..'));
const HOST_PROJECT_DIR = path.join(REPO_ROOT, 'src', 'CoachBot');
const HOST_DLL = path.join(HOST_PROJECT_DIR, 'bin', 'Release', 'net10.0', 'CoachBot.dll');
const BUILD_TIMEOUT_MS = 8 * 60 * 1000;
const START_TIMEOUT_MS = 60 * 1000;
const STOP_TIMEOUT_MS = 10 * 1000;
const quiet = { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };

const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** dotnet build of the host (Release, as ./test.sh builds it), bounded; throws with the output on failure. */
function buildHost() {
  const result = spawnSync('dotnet', ['build', path.join(HOST_PROJECT_DIR, 'CoachBot.csproj'), '-c', 'Release', '--nologo', '-v', 'quiet'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, ...quiet },
  });
  if (result.status !== 0) {
    throw new Error(`dotnet build of the host failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Builds the host unless `npm test`'s pretest already did (it sets COACHBOT_BUILT). */
function ensureHostBuilt() {
  if (process.env.COACHBOT_BUILT === '1' && fs.existsSync(HOST_DLL)) return;
  buildHost();
}

/** Starts the host; resolves to { url, logs(), stop() } once /healthz answers. env adds configuration. */
async function startHost({ env = {} } = {}) {
  ensureHostBuilt();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-browser-'));
  const output = [];
  const child = spawn('dotnet', [HOST_DLL, '--urls', url, '--contentRoot', HOST_PROJECT_DIR], {
    cwd: HOST_PROJECT_DIR,
    env: {
      ...process.env,
      ...quiet,
      ASPNETCORE_ENVIRONMENT: 'Development',
      DOTNET_ENVIRONMENT: 'Development',
      State__Sqlite__Path: path.join(stateDir, 'coachbot.db'),
      // One test user sends faster than a person types; the .NET tests check the real limits.
      RateLimiting__Messages__TokenLimit: '100000',
      RateLimiting__Interactions__TokenLimit: '100000',
      Logging__Console__FormatterName: 'simple',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const keep = (chunk) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      running.delete(child);
      resolve();
    });
  });

  const logs = () => output.join('');
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exitPromise;
      clearTimeout(timer);
    }
    fs.rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    await waitFor(async () => {
      if (exited) throw new Error(`host exited early (${JSON.stringify(exited)})`);
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        return res.ok;
      } catch {
        return false;
      }
    }, { timeoutMs: START_TIMEOUT_MS, intervalMs: 250, what: 'the host /healthz' });
  } catch (err) {
    await stop();
    err.message += `\n--- host output ---\n${logs().slice(-6000)}`;
    throw err;
  }
  return { url, logs, stop };
}

module.exports = { REPO_ROOT, HOST_DLL, buildHost, startHost };
