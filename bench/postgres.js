'use strict';
// A throwaway PostgreSQL cluster for the benchmarks (Debian's package: `apt-get install -y postgresql`): initdb in a
// temporary folder, a Unix socket (no TCP), PostgreSQL's own defaults for durability (fsync and synchronous_commit on:
// every commit waits for its WAL flush, as in production), stopped and deleted when the script exits. As root (a CI
// machine) the cluster is the postgres user's, since initdb and postgres refuse to run as root.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort } = require('./common');

const asRoot = process.getuid?.() === 0;

/** The newest installed PostgreSQL's bin folder, or null. */
function installed() {
  const root = '/usr/lib/postgresql';
  return fs.existsSync(root)
    ? fs.readdirSync(root).map((v) => path.join(root, v, 'bin')).filter((d) => fs.existsSync(path.join(d, 'initdb'))).sort().pop() ?? null
    : null;
}

function bin() {
  const found = installed();
  if (!found) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  return found;
}

function run(tool, args) {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Starts a cluster; returns its connection string for a database, a way to make a fresh database, its CPU, and stop. */
async function startPostgres() {
  const tools = bin();
  // No TCP at all: the server listens on a Unix socket in a folder only its owner may enter (mkdtemp makes it 0700),
  // so trusting local connections lets in nobody but this user (and root).
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-bench-pg-'));
  if (asRoot) spawnSync('chown', ['postgres:postgres', folder]);
  const data = path.join(folder, 'data');
  const port = await freePort();
  const stop = () => {
    try { run(path.join(tools, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']); } catch { /* not started, or gone */ }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  const interrupted = () => { stop(); process.exit(130); };
  process.once('exit', stop);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  run(path.join(tools, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  run(path.join(tools, 'pg_ctl'), ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '60',
    '-o', `-p ${port} -k ${folder} -c listen_addresses= -c max_connections=300`, 'start']);
  const postmaster = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let databases = 0;
  return {
    connectionString: (database) => `Host=${folder};Port=${port};Username=postgres;Database=${database}`,
    /** A new, empty database (each round starts from nothing, as SQLite's does from a new file). */
    createDatabase: () => {
      const name = `coachbot_bench_${++databases}`;
      run(path.join(tools, 'psql'), ['-h', folder, '-p', String(port), '-U', 'postgres', '-qc', `CREATE DATABASE ${name}`]);
      return name;
    },
    /** CPU clock ticks of the server and every process it runs now (its backends live as long as the bots' pools). */
    cpuTicks: () => [postmaster, ...children(postmaster)].reduce((sum, pid) => sum + ticksOf(pid), 0),
    stop: () => {
      process.removeListener('exit', stop);
      process.removeListener('SIGINT', interrupted);
      process.removeListener('SIGTERM', interrupted);
      stop();
    },
  };
}

function children(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function ticksOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0; // gone since it was listed
  }
}

module.exports = { startPostgres, postgresInstalled: () => installed() !== null };
