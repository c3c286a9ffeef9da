'use strict';
// Issue 11's load benchmark: conversations per second, latency, memory and CPU per turn of CoachBot (in-memory and
// SQLite state) beside Microsoft's botbuilder JS waterfall bot (MemoryStorage) and a raw Kestrel canned reply, on
// loopback, in interleaved rounds; and (issue 15) CoachBot on PostgreSQL, one instance and two sharing the database
// with the conversations spread over both (a throwaway cluster, bench/postgres.js; each round on a new database). Every virtual user replays a 4-turn conversation on a conversation (and user) of
// its own with deliveryMode expectReplies; each reply is checked for what it must say (CoachBot's discount figures
// vary per conversation), so a cached or wrong reply counts as an error, not a turn.
//   node bench/load/load.js [--seconds 10] [--warmup 3] [--rounds 3] [--connections 32] [--only coachbot-sqlite,...]
//   node bench/load/load.js --soak 1000000        (CoachBot, SQLite: RSS every 100,000 turns)
//   node bench/load/load.js --cold 5              (CoachBot cold start: process start to the first coaching 200)
//   node bench/load/load.js --profile 8 [--only coachbot-inmemory]  (then one more in-memory round, sampled by
//                                                   dotnet-trace for 8 s: where a turn's CPU goes, by stage)
// LOAD_DEBUG=1 prints the first failed reply. The load tool shares the machine with the bots: on 2 cores every figure
// is bounded by it, the same for each system.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const profiler = require('./profile');
const { sleep, freePort, waitHealthy, stopper, buildHost, spawnHost, startHost, activity, percentile } = require('../common');
const { startPostgres, postgresInstalled } = require('../postgres');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : 'true']] : pairs), []));
const SECONDS = Number(args.seconds ?? 10);
const WARMUP = Number(args.warmup ?? 3);
const ROUNDS = Number(args.rounds ?? 3);
const CONNECTIONS = Number(args.connections ?? 32);
const TICKS = 100; // clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK)

const startCoachBot = (state) => startHost({ State__Provider: state });

// One cluster for the whole run, started when a PostgreSQL system is first measured.
let postgres;
async function startCoachBotOnPostgres(instances) {
  postgres ??= await startPostgres();
  const env = { State__Provider: 'Postgres', State__Postgres__ConnectionString: postgres.connectionString(postgres.createDatabase()) };
  // One after the other: the first applies the schema, as a rolling deployment would.
  const hosts = [];
  try {
    for (let i = 0; i < instances; i++) hosts.push(await startHost(env));
  } catch (error) {
    await Promise.all(hosts.map((h) => h.stop()));
    throw error;
  }
  return {
    urls: hosts.map((h) => h.url),
    pids: hosts.map((h) => h.pid),
    dbTicks: postgres.cpuTicks,
    stop: () => Promise.all(hosts.map((h) => h.stop())),
  };
}

async function startBotbuilder() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(__dirname, 'waterfall-bot.js')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`${url}/api/messages`, { method: 'GET' });
      break;
    } catch { await sleep(50); }
  }
  return { url, pid: child.pid, stop: stopper(child) };
}

let cannedDll;
async function startCanned() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [cannedDll, '--urls', url], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitHealthy(url, child);
  return { url, pid: child.pid, stop: stopper(child) };
}

// What each system is asked, and what each reply must contain (a JSON body; "$" may come escaped).
const has = (body, text) => body.includes(text) || body.includes(text.replace('$', '\\u0024'));
const TRANSCRIPTS = {
  coachbot: (n) => {
    const rate = 100 + (n % 400);
    return [
      ['hi', (b) => b.includes('activities')],
      [`Rate is ${rate}, the guest wants 30% off`, (b) => has(b, `hold firm at $${rate} a night`)],
      ['The guest says we lost his bag and he is furious', (b) => /sorry/i.test(b)],
      ['he wants compensation', (b) => b.includes('activities')],
    ];
  },
  botbuilder: (n) => [
    ['hi', (b) => b.includes('your name')],
    [`Guest${n}`, (b) => b.includes(`Thanks Guest${n}`)],
    ['Lost bag', (b) => b.includes('compensation')],
    ['yes', (b) => b.includes(`Guest${n}`)],
  ],
  canned: () => [['hi', (b) => b.includes('your name')], ['a', (b) => b.includes('your name')], ['b', (b) => b.includes('your name')], ['c', (b) => b.includes('your name')]],
};

const SYSTEMS = {
  'coachbot-inmemory': { start: () => startCoachBot('InMemory'), transcript: TRANSCRIPTS.coachbot },
  'coachbot-sqlite': { start: () => startCoachBot('Sqlite'), transcript: TRANSCRIPTS.coachbot },
  'coachbot-postgres': { start: () => startCoachBotOnPostgres(1), transcript: TRANSCRIPTS.coachbot },
  'coachbot-postgres-2x': { start: () => startCoachBotOnPostgres(2), transcript: TRANSCRIPTS.coachbot },
  'botbuilder-js': { start: startBotbuilder, transcript: TRANSCRIPTS.botbuilder },
  'kestrel-canned': { start: startCanned, transcript: TRANSCRIPTS.canned },
};

// node:http with one keep-alive socket per virtual user: fetch (undici) costs the load tool more CPU than a bot turn.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
function post(url, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

let conversations = 0;
/** Every virtual user replays conversations until `until`; conversation n goes to urls[n % urls.length]. */
async function load(urls, transcript, until, onTurn) {
  const latencies = [];
  let done = 0;
  let errors = 0;
  const user = async () => {
    while (Date.now() < until) {
      const n = ++conversations;
      const url = urls[n % urls.length];
      let ok = true;
      for (const [text, check] of transcript(n)) {
        const started = process.hrtime.bigint();
        try {
          const response = await post(url, activity(`a:load-${n}`, `29:load-${n}`, text));
          const { body } = response;
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          onTurn?.();
          if (response.status !== 200 || !check(body)) {
            if (process.env.LOAD_DEBUG && !load.shown) {
              load.shown = true;
              process.stderr.write(`failed: ${response.status} on "${text}": ${body.slice(0, 600)}\n`);
            }
            ok = false;
            break;
          }
        } catch {
          ok = false;
          break;
        }
      }
      if (ok) done++; else errors++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, user));
  return { latencies, done, errors };
}

const sum = (values) => values.reduce((a, b) => a + b, 0);

function cpuTicks(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function rssMb(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function round(name, profileSeconds = 0) {
  const system = SYSTEMS[name];
  const host = await system.start();
  // Several instances: their CPU and memory are added up.
  const urls = host.urls ?? [host.url];
  const pids = host.pids ?? [host.pid];
  try {
    await load(urls, system.transcript, Date.now() + WARMUP * 1000);
    const cpuBefore = sum(pids.map(cpuTicks));
    const dbBefore = host.dbTicks?.();
    const started = Date.now();
    // A failed trace must not crash the round while the load runs: its error is reported when awaited below.
    const sampled = profileSeconds > 0 ? profiler.collect(pids[0], profileSeconds).catch((error) => error) : null;
    const result = await load(urls, system.transcript, started + SECONDS * 1000);
    const seconds = (Date.now() - started) / 1000;
    const cpuMs = ((sum(pids.map(cpuTicks)) - cpuBefore) / TICKS) * 1000;
    const dbMs = host.dbTicks ? ((host.dbTicks() - dbBefore) / TICKS) * 1000 : null;
    const sorted = result.latencies.sort((a, b) => a - b);
    return {
      convPerSec: result.done / seconds,
      reqPerSec: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      errors: result.errors,
      rss: sum(pids.map(rssMb)),
      cpuPerTurn: cpuMs / Math.max(1, sorted.length),
      dbCpuPerTurn: dbMs === null ? null : dbMs / Math.max(1, sorted.length),
      trace: sampled ? await sampled : null,
    };
  } finally {
    await host.stop();
  }
}

function build() {
  // Microsoft's packages for the botbuilder bot, installed once from the lockfile (their install scripts are not needed).
  if (!fs.existsSync(path.join(__dirname, 'node_modules', 'botbuilder-dialogs'))) {
    const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: __dirname, stdio: 'inherit' });
    if (npm.status !== 0) process.exit(npm.status ?? 1);
  }

  buildHost();
  const canned = spawnSync('dotnet', ['build', '-c', 'Release', 'canned.cs'], { cwd: path.join(__dirname, 'canned'), encoding: 'utf8' });
  const match = /-> (.*canned\.dll)/.exec(canned.stdout ?? '');
  if (canned.status !== 0 || !match) {
    process.stderr.write(canned.stdout + canned.stderr);
    process.exit(canned.status || 1);
  }
  cannedDll = match[1].trim();
}

async function bench() {
  let names = args.only ? args.only.split(',') : Object.keys(SYSTEMS);
  if (!args.only && !postgresInstalled()) {
    process.stderr.write('PostgreSQL is not installed (apt-get install -y postgresql): its rows are left out\n');
    names = names.filter((n) => !n.includes('postgres'));
  }
  const results = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 1; r <= ROUNDS; r++) {
    for (const name of names) {
      results[name].push(await round(name));
      process.stderr.write(`round ${r}: ${name} done\n`);
    }
  }
  const base = results['botbuilder-js'] ? median(results['botbuilder-js'].map((x) => x.convPerSec)) : null;
  const canned = results['kestrel-canned'] ? median(results['kestrel-canned'].map((x) => x.reqPerSec)) : null;
  const fmt = (values, digits = 0) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  console.log(`\n${os.cpus().length} cores, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s after ${WARMUP} s warm-up; medians (min–max).\n`);
  console.log('| system | conversations/s | vs botbuilder | requests/s | vs Kestrel req/s | p50 ms | p99 ms | failed conversations | RSS after, MB | CPU per turn, ms | database server CPU per turn, ms |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const name of names) {
    const rows = results[name];
    const conv = median(rows.map((x) => x.convPerSec));
    const req = median(rows.map((x) => x.reqPerSec));
    console.log(`| ${name} | ${fmt(rows.map((x) => x.convPerSec))} | ${base ? `${(conv / base).toFixed(1)}×` : '-'} | ${fmt(rows.map((x) => x.reqPerSec))} | ${canned ? `${((req / canned) * 100).toFixed(0)} %` : '-'} | ${median(rows.map((x) => x.p50)).toFixed(1)} | ${median(rows.map((x) => x.p99)).toFixed(1)} | ${rows.reduce((s, x) => s + x.errors, 0)} | ${median(rows.map((x) => x.rss)).toFixed(0)} | ${median(rows.map((x) => x.cpuPerTurn)).toFixed(3)} | ${rows[0].dbCpuPerTurn === null ? '-' : median(rows.map((x) => x.dbCpuPerTurn)).toFixed(3)} |`);
  }
  if (args.profile) {
    profiler.ensureTool();
    const profiled = await round('coachbot-inmemory', Number(args.profile));
    if (profiled.trace instanceof Error) throw profiled.trace;
    console.log(`\nWhere a CoachBot turn's time goes (in-memory state; one more round, ${args.profile} s of it sampled by dotnet-trace; ${profiled.cpuPerTurn.toFixed(3)} ms of process CPU a turn in that round):\n`);
    console.log(profiler.table(profiled.trace, profiled.reqPerSec * Number(args.profile)));
  }
}

async function soak(turns) {
  const host = await startCoachBot('Sqlite');
  try {
    let served = 0;
    let next = 100000;
    console.log('| turns | RSS, MB |\n|---|---|');
    const report = () => {
      served++;
      if (served >= next) {
        console.log(`| ${next.toLocaleString('en')} | ${rssMb(host.pid).toFixed(0)} |`);
        next += 100000;
      }
    };
    while (served < turns) {
      await load([host.url], TRANSCRIPTS.coachbot, Date.now() + 10000, report);
    }
  } finally {
    await host.stop();
  }
}

async function cold(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const { url, stop } = await spawnHost();
    for (;;) {
      try {
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity(`a:cold-${i}`, `29:cold-${i}`, 'Rate is 120, the guest wants 30% off') });
        if (response.status === 200) break;
      } catch { /* not listening yet */ }
      await sleep(10);
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    await stop();
  }
  console.log(`cold start (process start to the first 200 of a coaching message), ${runs} runs: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`);
}

async function main() {
  if (args.profile && !(Number(args.profile) > 0)) throw new Error('--profile takes the seconds to sample, e.g. --profile 8');
  build();
  if (args.soak) return soak(Number(args.soak));
  if (args.cold) return cold(Number(args.cold));
  try {
    return await bench();
  } finally {
    postgres?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
