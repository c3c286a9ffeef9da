'use strict';
// A probe conversation's latency while one user floods another conversation, with and without the rate
// limit (issue 8: the flood test asserts no timing; the figures belong here). Runs the Release host on
// loopback in Development (anonymous), SQLite state in a temporary folder, the coaching dialogs, every
// request with deliveryMode expectReplies so that no Connector is needed.
//   node bench/flood.js [--seconds 15] [--concurrency 32]
const { buildHost, startHost, activity, sleep, percentile } = require('./common');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const SECONDS = Number(args.seconds ?? 15);
const CONCURRENCY = Number(args.concurrency ?? 32);
const PROBE_USERS = 10;
const PROBE_PAUSE_MS = 1000;
const NO_LIMIT = { RateLimiting__Messages__TokenLimit: '1000000', RateLimiting__Messages__TokensPerPeriod: '1000000' };

async function post(url, body) {
  const started = process.hrtime.bigint();
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  return { status: response.status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** PROBE_USERS people, each in their own chat, asking for coaching at a person's pace until `until`. */
async function probe(url, until) {
  const latencies = [];
  const statuses = new Map();
  const person = async (n) => {
    while (Date.now() < until) {
      const { status, ms } = await post(url, activity(`a:bench-probe-${n}`, `29:probe-${n}`, 'A regular wants $5 more off in peak season'));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(ms);
      await sleep(PROBE_PAUSE_MS);
    }
  };
  await Promise.all(Array.from({ length: PROBE_USERS }, (_, n) => person(n)));
  return { latencies, statuses };
}

/** One user sending as fast as CONCURRENCY connections allow until `until`; counts by status. */
async function flood(url, until) {
  const statuses = new Map();
  const worker = async () => {
    while (Date.now() < until) {
      const { status } = await post(url, activity('a:bench-flood', '29:flooder', 'The guest is shouting at the desk'));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return statuses;
}

async function measure(name, env, withFlood) {
  const host = await startHost(env);
  try {
    await probe(host.url, Date.now() + 2000); // warm-up
    const until = Date.now() + SECONDS * 1000;
    const [probed, flooded] = await Promise.all([probe(host.url, until), withFlood ? flood(host.url, until) : new Map()]);
    const sorted = [...probed.latencies].sort((a, b) => a - b);
    const count = (statuses, code) => statuses.get(code) ?? 0;
    const others = (statuses) => [...statuses].filter(([code]) => code !== 200).map(([c, n]) => `${c}:${n}`).join(' ');
    return {
      name,
      flood200: withFlood ? count(flooded, 200) : '-',
      flood429: withFlood ? count(flooded, 429) : '-',
      probeN: sorted.length,
      median: percentile(sorted, 50).toFixed(1),
      p99: percentile(sorted, 99).toFixed(1),
      probeOther: others(probed.statuses) || '-',
    };
  } finally {
    await host.stop();
  }
}

async function main() {
  buildHost();
  const rows = [
    await measure('no flood', {}, false),
    await measure('flood, no limit (1,000,000 tokens)', NO_LIMIT, true),
    await measure('flood, default limit (10, 2/s)', {}, true),
  ];
  console.log(`\n${SECONDS} s per run. Flood: one user in one chat on ${CONCURRENCY} connections. Probe: ${PROBE_USERS} other people, each in their own chat, one message ${PROBE_PAUSE_MS} ms after each answer.\n`);
  console.log('| run | flood answered 200 | flood refused 429 | probe messages | probe median ms | probe p99 ms | probe not 200 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.flood200} | ${r.flood429} | ${r.probeN} | ${r.median} | ${r.p99} | ${r.probeOther} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
