'use strict';
// Runs our C# ConnectorClient through tests/conformance/connector-driver.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, dotnetBuild } = require('./host');

const DRIVER_DLL = path.join(__dirname, '..', 'connector-driver', 'bin', 'Release', 'net10.0', 'ConnectorDriver.dll');
const RUN_TIMEOUT_MS = 60 * 1000;

function ensureDriverBuilt() {
  if (process.env.CONFORMANCE_BUILT === '1' && fs.existsSync(DRIVER_DLL)) return;
  dotnetBuild(path.join('tests', 'conformance', 'connector-driver', 'ConnectorDriver.csproj'));
}

/** Performs `operations` with our client against `serviceUrl`; resolves to one result per operation. */
function runOurConnector(serviceUrl, operations, env) {
  ensureDriverBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbot-driver-'));
  const opsFile = path.join(dir, 'operations.json');
  fs.writeFileSync(opsFile, JSON.stringify(operations));
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [DRIVER_DLL, serviceUrl, opsFile], {
      cwd: REPO_ROOT,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      const lines = stdout.split('\n').filter((l) => l.trim().startsWith('{'));
      if (lines.length !== operations.length) {
        reject(new Error(`connector driver exited ${code ?? signal} with ${lines.length}/${operations.length} results\n${stdout}\n${stderr}`));
        return;
      }
      resolve(lines.map((l) => JSON.parse(l)));
    });
  });
}

module.exports = { runOurConnector, ensureDriverBuilt };
