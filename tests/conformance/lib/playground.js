'use strict';
// Starts Microsoft 365 Agents Playground (the Teams-like test client with its own mock Connector)
// against our bot, with events recording on so the bot's activities can be read back.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort, waitFor } = require('./net');

const CLI = path.join(__dirname, '..', 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const START_TIMEOUT_MS = 60 * 1000;

async function startPlayground(botEndpoint) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-playground-'));
  const output = [];
  const child = spawn(process.execPath, [CLI, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry', '--enable-events-recording'], {
    cwd: dir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_RECORDING_FILE: path.join(dir, 'events.log') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c) => output.push(c.toString()));
  child.stderr.on('data', (c) => output.push(c.toString()));
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
  const kill = () => { if (!exited) child.kill('SIGKILL'); };
  process.on('exit', kill);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(kill, 5000);
      await exit;
      clearTimeout(timer);
    }
    process.off('exit', kill);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`playground exited early:\n${output.join('')}`);
      try {
        return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
      } catch {
        return false;
      }
    }, { timeoutMs: START_TIMEOUT_MS, intervalMs: 250, what: 'the playground page' });
  } catch (err) {
    await stop();
    throw err;
  }

  /** The events recording: every request between the playground and the bot, with its answer. */
  const events = () => {
    const file = path.join(dir, 'events.log');
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').split(/\n---\n/).map((chunk) => chunk.trim()).filter(Boolean)
      .map((chunk) => { try { return JSON.parse(chunk); } catch { return null; } })
      .filter(Boolean);
  };
  const fromBot = (event) => /^User Application/.test(event.direction ?? '');

  /** Every activity the bot sent to the playground's Connector. */
  const botActivities = () => events().filter(fromBot).map((e) => e.request?.body).filter((b) => b && typeof b === 'object');

  /** What the bot answered to each activity the playground posted: [{ activityName, statusCode }]. */
  const botAnswers = () => events().filter((e) => !fromBot(e)).map((e) => ({ activityName: e.activityName, statusCode: e.response?.statusCode }));

  return { url, port, logs: () => output.join(''), botActivities, botAnswers, stop };
}

module.exports = { startPlayground };
