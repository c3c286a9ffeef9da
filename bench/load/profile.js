'use strict';
// A profile of CoachBot's turns under the load bench: dotnet-trace (installed from NuGet into bench/.tools on first
// use) samples the host's threads (dotnet-sampled-thread-time, about 100 Hz) for a few seconds of a measured round.
// Only samples inside a request count (Kestrel's ProcessRequests on the stack, running managed code): the thread
// pool's spinning, the socket loop and the finalizer are left out. Each sample goes to the innermost stage of a turn
// on its stack. Samples of a thread stopped at a safepoint (PollGC) are left out too: the sampler itself stops the
// threads to walk their stacks, so they measure the profiler as much as the garbage collector (the runtime's own
// counters give the GC's pause time: dotnet-counters, dotnet.gc.pause.time).
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const TOOL_VERSION = '10.0.750501';
const TOOLS = path.resolve(__dirname, '..', '.tools');
const TRACE = path.join(TOOLS, 'dotnet-trace');

// Innermost match wins: a card built inside the dialogs counts as the card, not as the dialogs.
const STAGES = [
  ['recognise (lexicon, examples, amounts)', /CoachBot\.Coaching\.Recognition\.|RecogniserTurnEnricher/],
  ['rules', /CoachBot\.Coaching\.Knowledge\.RulesEngine|Knowledge\.Advice\./],
  ['advice card (texts, steps, figures)', /CoachBot\.Coaching\.Conversations\.(AdviceCardBuilder|DiscountAdvice|Refinements|AdviceButtons)/],
  ['dialog state (JSON in and out)', /CoachBot\.Dialogs\.DialogStateSerializer|DialogValues/],
  ['dialogs and coaching routing (the rest)', /CoachBot\.Dialogs\.DialogRunner|CoachBot\.Coaching\.Conversations\./],
  ['render the reply (card records, plain text, citations)', /CoachBot\.Turns\.ReplyRenderer/],
  ['commit (state, outbox, redelivery record)', /CoachBot\.State\.|TurnProcessor\.Commit|ConversationGate/],
  ['write the response', /TurnProcessor\.Respond|JsonBytesResult/],
  ['read and check the activity', /CoachBot\.Endpoints\.ActivityCheckMiddleware|ActivityReader|LimitedBodyReader/],
  ['rate limiter', /RateLimiting/],
];
const IN_REQUEST = /HttpProtocol\+<ProcessRequests>/;
const SAFEPOINT = /PollGC/;

function ensureTool() {
  if (fs.existsSync(TRACE)) return;
  const install = spawnSync('dotnet', ['tool', 'install', '--tool-path', TOOLS, 'dotnet-trace', '--version', TOOL_VERSION], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('could not install dotnet-trace');
}

/**
 * Samples `pid` for `seconds`; resolves to the trace file. Nothing here blocks the event loop (the load tool runs on
 * it): install the tool with `ensureTool` before the round, and the trace is converted by `table`, after it.
 */
function collect(pid, seconds) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-profile-'));
  const trace = path.join(dir, 'turns.nettrace');
  const duration = `00:00:00:${String(seconds).padStart(2, '0')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(TRACE, ['collect', '-p', String(pid), '--profile', 'dotnet-sampled-thread-time', '--duration', duration, '-o', trace], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && fs.existsSync(trace) ? resolve(trace) : reject(new Error(`dotnet-trace collect exited with ${code}`))));
  });
}

function toSpeedscope(trace) {
  const dir = path.dirname(trace);
  const convert = spawnSync(TRACE, ['convert', trace, '--format', 'speedscope', '-o', path.join(dir, 'turns')], { stdio: 'ignore' });
  const out = path.join(dir, 'turns.speedscope.json');
  if (convert.status !== 0 || !fs.existsSync(out)) throw new Error('dotnet-trace convert failed');
  return out;
}

/** Milliseconds on CPU by stage, from a speedscope file of sampled thread time (leaf frame CPU_TIME = on CPU). */
function stages(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const names = profile.shared.frames.map((f) => f.name);
  const stageOf = names.map((n) => STAGES.findIndex(([, pattern]) => pattern.test(n)));
  const request = names.map((n) => IN_REQUEST.test(n));
  const safepoint = names.map((n) => SAFEPOINT.test(n));
  const totals = new Array(STAGES.length + 1).fill(0);
  for (const thread of profile.profiles) {
    const stack = [];
    let last = null;
    for (const event of thread.events) {
      if (last !== null && stack.length > 0 && names[stack[stack.length - 1]] === 'CPU_TIME') {
        let stage = STAGES.length; // Kestrel, ASP.NET Core and the runtime inside the request
        let inRequest = false;
        for (let i = stack.length - 1; i >= 0 && !safepoint[stack[stack.length - 2] ?? 0]; i--) {
          if (stage === STAGES.length && stageOf[stack[i]] >= 0) stage = stageOf[stack[i]];
          if (request[stack[i]]) { inRequest = true; break; }
        }
        if (inRequest) totals[stage] += event.at - last;
      }
      last = event.at;
      if (event.type === 'O') stack.push(event.frame); else stack.pop();
    }
  }
  return totals;
}

/** The trace as a markdown table; `turns` (the turns served while sampling) gives the microseconds a turn. */
function table(trace, turns) {
  const totals = stages(toSpeedscope(trace));
  fs.rmSync(path.dirname(trace), { recursive: true, force: true });
  const sum = totals.reduce((a, b) => a + b, 0) || 1;
  const labels = [...STAGES.map(([label]) => label), 'Kestrel, ASP.NET Core, runtime (the rest of the request)'];
  const rows = labels.map((label, i) => [label, totals[i]]).sort((a, b) => b[1] - a[1]);
  const lines = ['| stage of a turn | share of the request\'s samples | ≈ µs a turn |', '|---|---|---|'];
  for (const [label, ms] of rows) {
    lines.push(`| ${label} | ${((ms / sum) * 100).toFixed(1)} % | ${((ms * 1000) / Math.max(1, turns)).toFixed(0)} |`);
  }
  lines.push(`| **a whole turn, on a thread** | 100 % | ${((sum * 1000) / Math.max(1, turns)).toFixed(0)} |`);
  return lines.join('\n');
}

module.exports = { ensureTool, collect, table };
