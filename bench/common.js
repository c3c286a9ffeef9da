'use strict';
// What the benchmark scripts share: loopback ports, starting the Release host in Development (anonymous, its own
// SQLite file, errors only in the log) and stopping it, and a Teams message with deliveryMode expectReplies so that
// no Connector is needed.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const HOST_DIR = path.join(ROOT, 'src', 'CoachBot');
const HOST_DLL = path.join(HOST_DIR, 'bin', 'Release', 'net10.0', 'CoachBot.dll');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits (bounded) for `url`/healthz; fails early when the process has exited. */
async function waitHealthy(url, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch { /* not up yet */ }
    await sleep(50);
  }
  throw new Error(`${url} did not come up`);
}

/** A function that stops `child` (SIGTERM, then waits for it) and runs `cleanup`. */
function stopper(child, cleanup) {
  return async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    cleanup?.();
  };
}

/** Builds the host in Release (quiet); exits the script when the build fails. */
function buildHost() {
  const build = spawnSync('dotnet', ['build', path.join(HOST_DIR, 'CoachBot.csproj'), '-c', 'Release', '--nologo', '-v', 'quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Spawns the Release host on a free loopback port with its own state folder and `env` on top; not waited for. */
async function spawnHost(env = {}) {
  const url = `http://127.0.0.1:${await freePort()}`;
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-bench-'));
  const child = spawn('dotnet', [HOST_DLL], {
    cwd: HOST_DIR,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: url,
      State__Sqlite__Path: path.join(stateDir, 'coachbot.db'),
      Logging__LogLevel__Default: 'Error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { url, child, pid: child.pid, stop: stopper(child, () => fs.rmSync(stateDir, { recursive: true, force: true })) };
}

/** The Release host, up and healthy. */
async function startHost(env = {}) {
  const host = await spawnHost(env);
  await waitHealthy(host.url, host.child);
  return host;
}

let nextId = 0;
/** A Teams personal-chat message from `userId` in `conversationId`, answered in the HTTP response (expectReplies). */
function activity(conversationId, userId, text) {
  return JSON.stringify({
    type: 'message',
    id: `bench-${++nextId}`,
    timestamp: new Date().toISOString(),
    serviceUrl: 'https://smba.test/amer/',
    channelId: 'msteams',
    from: { id: userId, name: userId },
    recipient: { id: '28:coachbot-app', name: 'CoachBot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-bench' },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    text,
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

module.exports = { ROOT, sleep, freePort, waitHealthy, stopper, buildHost, spawnHost, startHost, activity, percentile };
