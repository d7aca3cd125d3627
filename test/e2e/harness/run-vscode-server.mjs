#!/usr/bin/env node
// Offline end-to-end harness: runs a test module inside a REAL VS Code extension
// host (the VS Code 1.139 server shipped by the code-server npm package, under
// Node 24), with the workbench opened in Debian's headless Chromium driven by
// playwright-core. Everything stays on 127.0.0.1.
//
// Needs `bash scripts/setup-vscode-server.sh` first (writes the cache manifest).
// Runs under the project's Node 20; only the server runs under Node 24.
//
// CLI (paths may be relative; they are resolved against the cwd):
//   node test/e2e/harness/run-vscode-server.mjs \
//     --extension <ext dir> --tests <CommonJS module exporting run()> --workspace <folder>
//     [--screenshot out.png] [--install-vsix file.vsix] [--keep-open] [--timeout 180]
//   node test/e2e/harness/run-vscode-server.mjs --try --extension <ext dir> --workspace <folder> [--port N]
//   node test/e2e/harness/run-vscode-server.mjs --help
//
// Library (for a UI-check script):
//   import { loadToolchain, createTempDirs, startServer, installVsix, workbenchUrl,
//            openWorkbench, runTests } from './run-vscode-server.mjs';
//
// Exit code: the test module's (0 when its run() resolved), 1 for a failure
// the harness saw (timeout, server or browser died, bad arguments), 2 when the
// toolchain is missing, 130/143 on Ctrl-C / SIGTERM.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

export const DEFAULT_TIMEOUT_S = 180;
export const SERVER_READY_TIMEOUT_MS = 60_000;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for "loopback only": the browser cannot resolve any other
  // host name (requests to them are also aborted by a route, see openWorkbench).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * User settings written to <user-data-dir>/User/settings.json before the server
 * starts. This code-server build keeps the web workbench's user data on the
 * server (not in the browser), so these do apply. Keeps the UI quiet, offline
 * and trusted; --settings <file> / `settings` are merged on top.
 */
export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

/**
 * Server flags beyond the ones in the notes:
 *  --disable-workspace-trust  otherwise the folder opens in Restricted Mode and
 *                             an extension installed from a VSIX that does not
 *                             declare untrustedWorkspaces support stays disabled
 *  --disable-update-check / --disable-experiments / --disable-getting-started-override
 *                             no update, experiment or walkthrough traffic
 */
export const EXTRA_SERVER_ARGS = [
  '--disable-workspace-trust',
  '--disable-update-check',
  '--disable-experiments',
  '--disable-getting-started-override',
];

// Workbench chatter that codeAutomationLog forwards on every run; hidden unless
// IMPACT_LINT_E2E_VERBOSE=1 (still kept for the failure tail).
const NOISE = [
  /^Resolving connection token|^Resolved connection token|^Creating a socket/,
  /^\[reconnection-grace-time\]|^\[AgentHost|^\[AccountPolicyGate\]|^\[ChatModelSelection\]/,
  /^Ignoring fetching additional builtin extensions|^Updating additional builtin extensions cache/,
  /^\[Service Worker\] registration/, // code-server's PWA worker lives in the wrapper we do not run
  /^Creation of workbench contribution .* took \d+ms/,
  /^No search provider registered for scheme/,
  /^Timed out waiting for authentication provider 'github' to register/, // built-in GitHub auth, offline
];

export class HarnessError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const say = (...a) => process.stderr.write(`[e2e] ${a.join(' ')}\n`);
const ms = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const delay = (t) => new Promise((r) => setTimeout(r, t));

// ------------------------------------------------------------------ toolchain

export function defaultCacheDir() {
  return process.env.IMPACT_LINT_CACHE || path.join(os.homedir(), '.cache', 'impact-lint-e2e');
}

/**
 * Reads <cache>/manifest.json written by scripts/setup-vscode-server.sh.
 * Env overrides: IMPACT_LINT_E2E_NODE24, IMPACT_LINT_E2E_SERVER_MAIN,
 * IMPACT_LINT_E2E_PLAYWRIGHT_CORE, IMPACT_LINT_E2E_CHROMIUM.
 */
export function loadToolchain({ cache = defaultCacheDir() } = {}) {
  const file = path.join(cache, 'manifest.json');
  let m = {};
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    if (!process.env.IMPACT_LINT_E2E_SERVER_MAIN) {
      throw new HarnessError(`no ${file}: run \`bash scripts/setup-vscode-server.sh\` first`, 2);
    }
  }
  const t = {
    cache,
    node24: process.env.IMPACT_LINT_E2E_NODE24 || m.node24,
    serverMain: process.env.IMPACT_LINT_E2E_SERVER_MAIN || m.serverMain,
    playwrightCore: process.env.IMPACT_LINT_E2E_PLAYWRIGHT_CORE || m.playwrightCore,
    chromium: process.env.IMPACT_LINT_E2E_CHROMIUM || m.chromium || '/usr/bin/chromium',
    vscodeVersion: m.vscodeVersion,
  };
  for (const k of ['node24', 'serverMain', 'chromium']) {
    if (!t[k] || !fs.existsSync(t[k])) {
      throw new HarnessError(`${k} not found (${t[k]}): run \`bash scripts/setup-vscode-server.sh\``, 2);
    }
  }
  return t;
}

function loadPlaywright(toolchain) {
  const candidates = [toolchain.playwrightCore, 'playwright-core'].filter(Boolean);
  for (const c of candidates) {
    try {
      return require(c);
    } catch {
      /* next */
    }
  }
  throw new HarnessError(`playwright-core not found (${candidates.join(', ')}): run scripts/setup-vscode-server.sh`, 2);
}

// ------------------------------------------------------------------ temp dirs

/** Fresh, empty folders for one run. `remove()` deletes them all. */
export function createTempDirs(prefix = 'impact-lint-e2e-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    serverData: path.join(root, 'server-data'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser-profile'),
    tmp: path.join(root, 'tmp'), // TMPDIR of the server: its sockets and temp files go away with the run
    serverLog: path.join(root, 'server.log'),
    remove() {
      fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  for (const d of [dirs.serverData, dirs.userData, dirs.extensions, dirs.browserProfile, dirs.tmp]) fs.mkdirSync(d);
  return dirs;
}

// ------------------------------------------------------------------ server

function serverEnv(extra) {
  const env = { ...process.env };
  // Nothing from an enclosing VS Code / Electron may leak into the server.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  // code-server's VS Code defaults its extension gallery to open-vsx.org; an
  // empty gallery makes both server and workbench skip every gallery request.
  return { ...env, EXTENSIONS_GALLERY: '{}', ...extra };
}

/** Writes DEFAULT_SETTINGS + `settings` as the user settings of this run. */
export function writeUserSettings(dirs, settings = {}) {
  const dir = path.join(dirs.userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), `${JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2)}\n`);
}

function lineSplitter(onLine) {
  let buf = '';
  return (chunk) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i).replace(/\r$/, ''));
      buf = buf.slice(i + 1);
    }
  };
}

function spawnGroup(cmd, args, { env, logFile, onLine }) {
  // detached: true => setsid(): the server and everything it forks (extension
  // hosts, pty host, file watcher, language servers) share one process group
  // that we can kill as a whole with kill(-pgid).
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
  const tail = [];
  const feed = lineSplitter((line) => {
    tail.push(line);
    if (tail.length > 400) tail.shift();
    onLine?.(line);
  });
  for (const s of [child.stdout, child.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (d) => {
      log?.write(d);
      feed(d);
    });
  }
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
  });
  exited.then(() => log?.end());
  return { child, pgid: child.pid, tail, exited };
}

const liveGroups = new Set();

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the whole group, wait up to graceMs for it to empty, then SIGKILL it. */
export async function killGroup(pgid, graceMs = 5000) {
  if (!pgid) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    liveGroups.delete(pgid);
    return;
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await delay(100);
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  liveGroups.delete(pgid);
}

// Last resort if the harness itself dies: no server group outlives it.
process.on('exit', () => {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

/**
 * Process groups led by our direct children whose command matches `re`
 * (Linux /proc). playwright starts Chromium detached (its own group) and does
 * not kill it if this process exits without closing the context.
 */
function childGroups(re) {
  const out = [];
  let names = [];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return out;
  }
  for (const d of names) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const m = /^(\d+) \((.*)\) \S+ (\d+) (\d+)/.exec(fs.readFileSync(`/proc/${d}/stat`, 'utf8'));
      if (m && Number(m[3]) === process.pid && Number(m[4]) === Number(m[1]) && re.test(m[2])) out.push(Number(m[1]));
    } catch {
      /* gone */
    }
  }
  return out;
}

function baseServerArgs(toolchain, dirs) {
  return [
    toolchain.serverMain,
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
}

/**
 * Starts the VS Code server on loopback and resolves once it is listening and
 * its extension host agent has started (read from its stdout; no fixed sleep).
 * port 0 (default) lets the server bind a free port itself (no pick-then-bind
 * race); the real port is read from its "listening on" line.
 */
export async function startServer({
  toolchain = loadToolchain(),
  dirs = createTempDirs(),
  host = '127.0.0.1',
  port = 0,
  smokeTestDriver = true,
  settings = {},
  extraArgs = [],
  env = {},
  echo = !!process.env.IMPACT_LINT_E2E_VERBOSE,
  readyTimeoutMs = SERVER_READY_TIMEOUT_MS,
} = {}) {
  if (!LOOPBACK_HOSTS.has(host)) throw new HarnessError(`refusing to listen on non-loopback host ${host}`);
  writeUserSettings(dirs, settings);
  const args = [
    ...baseServerArgs(toolchain, dirs),
    '--host', host,
    '--port', String(port),
    '--without-connection-token',
    ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    ...EXTRA_SERVER_ARGS,
    ...extraArgs,
  ];
  const t0 = Date.now();
  let boundPort = null;
  let started = false;
  let onProgress = () => {};
  const proc = spawnGroup(toolchain.node24, args, {
    env: serverEnv({ TMPDIR: dirs.tmp, ...env }),
    logFile: dirs.serverLog,
    onLine(line) {
      if (echo) process.stderr.write(`[server] ${line}\n`);
      const m = /Extension host agent listening on (\d+)/.exec(line);
      if (m) boundPort = Number(m[1]);
      if (/Extension host agent started\./.test(line)) started = true;
      onProgress();
    },
  });
  liveGroups.add(proc.pgid);

  const server = {
    host,
    port: null,
    pid: proc.child.pid,
    pgid: proc.pgid,
    dirs,
    exited: proc.exited,
    get baseUrl() {
      return `http://${host}:${this.port}`;
    },
    /** Last lines the server printed. */
    logTail: (n = 60) => proc.tail.slice(-n).join('\n'),
    async stop() {
      await killGroup(proc.pgid);
    },
  };

  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new HarnessError(`server not ready after ${readyTimeoutMs / 1000} s\n${server.logTail()}`)),
      readyTimeoutMs,
    );
    onProgress = () => {
      if (boundPort && started) {
        clearTimeout(timer);
        resolve();
      }
    };
    onProgress();
    proc.exited.then(({ code, signal, error }) => {
      clearTimeout(timer);
      reject(new HarnessError(`server exited before it was ready (code ${code}, signal ${signal}${error ? `, ${error.message}` : ''})\n${server.logTail()}`));
    });
  }).catch(async (e) => {
    await server.stop();
    throw e;
  });
  onProgress = () => {};
  server.port = boundPort;
  say(`server (VS Code ${toolchain.vscodeVersion ?? '?'}, Node 24) ready on ${server.baseUrl} in ${ms(t0)}, pgid ${proc.pgid}`);
  return server;
}

/** `server-main.js --install-extension <vsix>` into dirs.extensions (no server left running). */
export async function installVsix({ toolchain = loadToolchain(), dirs, vsix, env = {}, timeoutMs = 120_000 }) {
  const t0 = Date.now();
  const abs = path.resolve(vsix);
  if (!fs.existsSync(abs)) throw new HarnessError(`no such VSIX: ${abs}`);
  const proc = spawnGroup(toolchain.node24, [...baseServerArgs(toolchain, dirs), '--install-extension', abs, '--force'], {
    env: serverEnv({ TMPDIR: dirs.tmp, ...env }),
    logFile: dirs.serverLog,
  });
  liveGroups.add(proc.pgid);
  const timer = setTimeout(() => killGroup(proc.pgid, 0), timeoutMs);
  const { code, signal } = await proc.exited;
  clearTimeout(timer);
  await killGroup(proc.pgid, 0);
  const out = proc.tail.join('\n');
  if (code !== 0 || /Failed Installing|^Error\b/im.test(out)) {
    throw new HarnessError(`installing ${abs} failed (code ${code}, signal ${signal}):\n${out}`);
  }
  say(`installed ${path.basename(abs)} in ${ms(t0)}: ${proc.tail.filter(Boolean).slice(-1)[0] ?? ''}`);
}

// ------------------------------------------------------------------ workbench

function posixPath(p) {
  return path.resolve(p).split(path.sep).join('/');
}

/**
 * The workbench URL. extensionDevelopmentPath may be a string or an array;
 * extra payload entries are [key, value] pairs.
 */
export function workbenchUrl({ host = '127.0.0.1', port, folder, extensionDevelopmentPath, extensionTestsPath, payload = [] }) {
  const authority = `${host}:${port}`;
  const remote = (p) => `vscode-remote://${authority}${posixPath(p)}`;
  const entries = [];
  for (const p of [extensionDevelopmentPath].flat().filter(Boolean)) entries.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) entries.push(['extensionTestsPath', remote(extensionTestsPath)]);
  entries.push(['skipWelcome', 'true'], ...payload);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(posixPath(folder)).replace(/%2F/g, '/')}`);
  q.push(`payload=${encodeURIComponent(JSON.stringify(entries))}`);
  return `http://${authority}/?${q.join('&')}`;
}

const logTail = [];
/** Prints what the workbench and the extension host log, minus known chatter. */
export function defaultOnLog(type, text) {
  logTail.push(text);
  if (logTail.length > 200) logTail.shift();
  if (!process.env.IMPACT_LINT_E2E_VERBOSE && NOISE.some((re) => re.test(text))) return;
  process.stdout.write(`${text}\n`);
}

function formatLogArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  return list
    .map((a) => {
      if (typeof a === 'string') return a;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

/**
 * Launches Debian's Chromium (playwright-core, persistent context on a fresh
 * profile dir), exposes codeAutomationLog / codeAutomationExit, opens `url`.
 * Returns { context, page, exit, close, blocked, consoleTail }:
 *   exit     promise of { code, logs } once the workbench calls codeAutomationExit
 *   blocked  non-loopback URLs the browser tried (and was refused)
 */
export async function openWorkbench({
  toolchain = loadToolchain(),
  url,
  profileDir,
  onLog = defaultOnLog,
  viewport = { width: 1400, height: 900 },
  headless = true,
  navigationTimeoutMs = 60_000,
}) {
  const { chromium } = loadPlaywright(toolchain);
  const t0 = Date.now();
  const ownProfile = !profileDir;
  if (ownProfile) profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-e2e-profile-'));
  // Chromium's own temp files (org.chromium.Chromium.* singleton dirs, left
  // behind when it is killed) go inside the profile, which the run deletes.
  const browserTmp = path.join(profileDir, '.tmp');
  fs.mkdirSync(browserTmp, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: toolchain.chromium,
    env: { ...process.env, TMPDIR: browserTmp },
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    chromiumSandbox: false,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
  });
  const browserGroups = childGroups(/chrom/i);
  for (const g of browserGroups) liveGroups.add(g);
  context.on('close', () => browserGroups.forEach((g) => liveGroups.delete(g)));
  const blocked = [];
  await context.route(
    (u) => /^(https?|wss?):$/.test(u.protocol) && !LOOPBACK_HOSTS.has(u.hostname),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  let resolveExit;
  const exit = new Promise((r) => (resolveExit = r));
  await context.exposeFunction('codeAutomationLog', (type, args) => {
    try {
      onLog(type, formatLogArgs(args));
    } catch {
      /* never throw into the page */
    }
  });
  await context.exposeFunction('codeAutomationExit', (code, logs) => {
    resolveExit({ code: typeof code === 'number' ? code : Number(code ?? 1), logs: logs ?? [] });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleTail = [];
  const keep = (s) => {
    consoleTail.push(s);
    if (consoleTail.length > 100) consoleTail.shift();
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') keep(`[browser ${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => keep(`[page error] ${e.message}`));
  const closed = new Promise((r) => context.on('close', r));
  const close = async () => {
    await Promise.race([context.close().catch(() => {}), delay(10_000)]);
    for (const g of browserGroups) await killGroup(g, 0);
    if (ownProfile) fs.rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: navigationTimeoutMs });
  } catch (e) {
    await close();
    throw new HarnessError(`could not open the workbench at ${url}: ${e.message}`);
  }
  say(`workbench opened in ${ms(t0)}`);
  return {
    context,
    page,
    exit,
    closed,
    blocked,
    consoleTail,
    async screenshot(file) {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      await page.screenshot({ path: file, timeout: 15_000 });
      say(`screenshot: ${path.resolve(file)}`);
    },
    close,
  };
}

// ------------------------------------------------------------------ logs

function findFiles(dir, pred, out = []) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

function fileTail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Copies server.log, the server's log folder and the workbench's logs into `dest`. */
function saveLogs(dest, dirs, workbenchLogs = []) {
  try {
    fs.mkdirSync(dest, { recursive: true });
    if (fs.existsSync(dirs.serverLog)) fs.copyFileSync(dirs.serverLog, path.join(dest, 'server.log'));
    const serverLogs = path.join(dirs.userData, 'logs'); // remoteagent.log, exthost*/remoteexthost.log, ...
    if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(dest, 'server-logs'), { recursive: true });
    for (const l of workbenchLogs) {
      if (!l?.relativePath || l.contents == null) continue;
      const f = path.join(dest, 'workbench-logs', path.normalize(l.relativePath).replace(/^(\.\.[/\\])+/, ''));
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, typeof l.contents === 'string' ? l.contents : Buffer.from(l.contents));
    }
    if (logTail.length) fs.writeFileSync(path.join(dest, 'automation-log.txt'), `${logTail.join('\n')}\n`);
    say(`logs saved in ${path.resolve(dest)}`);
  } catch (e) {
    say(`could not save logs: ${e.message}`);
  }
}

function printFailureLogs(server, wb) {
  const out = [];
  const verbose = !!process.env.IMPACT_LINT_E2E_VERBOSE;
  const wbTail = logTail.filter((l) => verbose || !NOISE.some((re) => re.test(l))).slice(-40);
  if (wbTail.length) out.push('---- workbench / extension host log (tail) ----', wbTail.join('\n'));
  out.push('---- server log (tail) ----', server.logTail(60));
  for (const f of findFiles(path.join(server.dirs.userData, 'logs'), (p) => /remoteexthost\.log$|remoteagent\.log$/.test(p))) {
    const t = fileTail(f, 40).trim();
    if (t) out.push(`---- ${path.relative(server.dirs.root, f)} (tail) ----`, t);
  }
  if (wb?.consoleTail.length) out.push('---- browser console errors (tail) ----', wb.consoleTail.slice(-30).join('\n'));
  out.push(`---- end of logs (full logs: --logs-dir <dir> or --keep-temp) ----`);
  process.stderr.write(`${out.join('\n')}\n`);
}

// ------------------------------------------------------------------ signals

let onSignalCleanup = null;
let interrupted = null;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = sig;
    say(`${sig}: cleaning up`);
    try {
      await onSignalCleanup?.();
    } finally {
      process.exit(code);
    }
  });
}

// ------------------------------------------------------------------ runTests

/**
 * Full run: (optional VSIX install) -> server -> Chromium -> test module ->
 * exit code. Always cleans up (process group, browser, temp dirs).
 */
export async function runTests({
  extension,
  tests,
  workspace,
  screenshot,
  installVsix: vsix,
  keepOpen = false,
  keepTemp = !!process.env.IMPACT_LINT_E2E_KEEP_TEMP,
  timeoutS = Number(process.env.IMPACT_LINT_E2E_TIMEOUT) || DEFAULT_TIMEOUT_S,
  port = 0,
  settings = {},
  logsDir = process.env.IMPACT_LINT_E2E_LOGS_DIR,
  toolchain = loadToolchain(),
  onLog,
} = {}) {
  const t0 = Date.now();
  tests = requireFile(tests, '--tests');
  workspace = requireDir(workspace, '--workspace');
  if (!vsix) extension = requireDir(extension, '--extension', 'package.json');
  else if (extension) extension = requireDir(extension, '--extension', 'package.json');

  const dirs = createTempDirs();
  let server = null;
  let wb = null;
  let deadlineTimer = null;
  let workbenchLogs = [];
  let cleaning = null;
  const cleanup = () => (cleaning ??= doCleanup());
  const doCleanup = async () => {
    clearTimeout(deadlineTimer);
    await wb?.close();
    await server?.stop();
    if (logsDir) saveLogs(logsDir, dirs, workbenchLogs);
    if (!keepTemp) dirs.remove();
    else say(`kept temp dirs: ${dirs.root}`);
  };
  onSignalCleanup = cleanup;
  let code = 1;
  try {
    if (vsix) await installVsix({ toolchain, dirs, vsix });
    server = await startServer({ toolchain, dirs, port, settings });
    const url = workbenchUrl({
      port: server.port,
      folder: workspace,
      // With --install-vsix the extension under test comes from the extensions
      // dir, as a user has it. The workbench only runs extensionTestsPath in an
      // extension-development window, so a stub extension (another id, no
      // code) stands in as the development path.
      extensionDevelopmentPath: vsix ? writeStubExtension(dirs) : extension,
      extensionTestsPath: tests,
    });
    say(`opening ${url}`);
    wb = await openWorkbench({ toolchain, url, profileDir: dirs.browserProfile, onLog });

    // Overall: counted from the start of the run (install, server, browser included).
    const timeout = new Promise((r) => {
      deadlineTimer = setTimeout(() => r({ kind: 'timeout' }), Math.max(0, timeoutS * 1000 - (Date.now() - t0)));
    });
    const outcome = await Promise.race([
      wb.exit.then((e) => ({ kind: 'exit', ...e })),
      server.exited.then((e) => ({ kind: 'server-died', ...e })),
      wb.closed.then(() => ({ kind: 'browser-closed' })),
      timeout,
    ]);
    clearTimeout(deadlineTimer);
    if (interrupted) return 130;

    if (screenshot) {
      await wb.screenshot(screenshot).catch((e) => say(`screenshot failed: ${e.message}`));
    }
    if (outcome.kind === 'exit') {
      code = outcome.code;
      workbenchLogs = outcome.logs ?? [];
      say(`test module finished with code ${code} in ${ms(t0)} total`);
      if (code !== 0) printFailureLogs(server, wb);
    } else if (outcome.kind === 'timeout') {
      say(`TIMEOUT: the test module did not finish within ${timeoutS} s`);
      printFailureLogs(server, wb);
    } else if (outcome.kind === 'server-died') {
      say(`the server exited during the run (code ${outcome.code}, signal ${outcome.signal})`);
      printFailureLogs(server, wb);
    } else {
      say('the browser closed during the run');
      printFailureLogs(server, wb);
    }
    if (wb.blocked.length) {
      const hosts = [...new Set(wb.blocked.map((u) => new URL(u).host))];
      say(`refused ${wb.blocked.length} non-loopback browser request(s) to: ${hosts.join(', ')}`);
    }
    if (keepOpen) {
      const tryUrl = workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath: vsix ? undefined : extension });
      say(`--keep-open: server still running. Open (tunnel port ${server.port} first if remote):\n  ${tryUrl}\nCtrl-C to stop.`);
      await new Promise(() => {}); // until a signal; the signal handler cleans up
    }
  } catch (e) {
    if (interrupted) return 130;
    say(`FAILED: ${e.message}`);
    if (server) printFailureLogs(server, wb);
    code = e instanceof HarnessError ? e.exitCode : 1;
  } finally {
    await cleanup();
    onSignalCleanup = null;
  }
  return code;
}

/** --try: server with the extension on a workspace, URL printed, until Ctrl-C. */
export async function tryMode({ extension, workspace, installVsix: vsix, port = 0, settings = {}, toolchain = loadToolchain() }) {
  workspace = requireDir(workspace, '--workspace');
  if (extension) extension = requireDir(extension, '--extension', 'package.json');
  const dirs = createTempDirs();
  let server = null;
  onSignalCleanup = async () => {
    await server?.stop();
    dirs.remove();
  };
  if (vsix) await installVsix({ toolchain, dirs, vsix });
  // The smoke-test driver stays on: without --enable-smoke-test-driver this web
  // workbench ignores extensionDevelopmentPath in the payload, so the extension
  // would not load at all (checked: no "[Extension Development Host]", no
  // diagnostics). The price is that notification toasts are suppressed; the
  // output channel and the language status item still show what happens.
  server = await startServer({ toolchain, dirs, port, settings, smokeTestDriver: Boolean(extension) });
  const url = workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath: extension });
  process.stdout.write(
    `\nVS Code ${toolchain.vscodeVersion ?? ''} is running on 127.0.0.1:${server.port} (loopback only).\n` +
      `Open:\n  ${url}\n` +
      `From another machine, tunnel the port first (e.g. ssh -L ${server.port}:127.0.0.1:${server.port} host).\n` +
      `Reload the page to pick up a rebuilt extension. Ctrl-C to stop.\n\n`,
  );
  const { code, signal } = await server.exited;
  say(`server exited (code ${code}, signal ${signal})`);
  dirs.remove();
  return 1;
}

/** An empty extension whose only job is to make the window an extension-development one. */
export function writeStubExtension(dirs) {
  const dir = path.join(dirs.root, 'harness-stub-extension');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'e2e-harness-stub',
    displayName: 'e2e harness stub (no code)',
    publisher: 'impact-lint-e2e',
    version: '0.0.0',
    engines: { vscode: '^1.91.0' },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

function requireFile(p, flag) {
  if (!p) throw new HarnessError(`${flag} is required`);
  const abs = path.resolve(p);
  if (!fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) throw new HarnessError(`${flag}: no such file ${abs}`);
  return abs;
}

function requireDir(p, flag, mustContain) {
  if (!p) throw new HarnessError(`${flag} is required`);
  const abs = path.resolve(p);
  if (!fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) throw new HarnessError(`${flag}: no such folder ${abs}`);
  if (mustContain && !fs.existsSync(path.join(abs, mustContain))) throw new HarnessError(`${flag}: ${abs} has no ${mustContain}`);
  return abs;
}

// ------------------------------------------------------------------ CLI

const USAGE = `usage:
  node test/e2e/harness/run-vscode-server.mjs --extension <dir> --tests <module.cjs> --workspace <dir>
       [--screenshot <png>] [--install-vsix <file>] [--keep-open] [--timeout <s>] [--port <n>]
       [--settings <user settings.json>] [--logs-dir <dir>] [--keep-temp] [--cache <dir>]
  node test/e2e/harness/run-vscode-server.mjs --try --extension <dir> --workspace <dir> [--port <n>] [--install-vsix <file>]
env: IMPACT_LINT_CACHE (toolchain cache), IMPACT_LINT_E2E_TIMEOUT (s), IMPACT_LINT_E2E_VERBOSE=1 (echo the server
     log, show workbench chatter), IMPACT_LINT_E2E_KEEP_TEMP=1, IMPACT_LINT_E2E_LOGS_DIR=<dir> (like --logs-dir)`;

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      screenshot: { type: 'string' },
      'install-vsix': { type: 'string' },
      'keep-open': { type: 'boolean', default: false },
      'keep-temp': { type: 'boolean', default: false },
      try: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      port: { type: 'string' },
      cache: { type: 'string' },
      settings: { type: 'string' },
      'logs-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const toolchain = loadToolchain(values.cache ? { cache: path.resolve(values.cache) } : {});
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HarnessError(`--port: bad port ${values.port}`);
  let settings = {};
  if (values.settings) {
    try {
      settings = JSON.parse(fs.readFileSync(path.resolve(values.settings), 'utf8'));
    } catch (e) {
      throw new HarnessError(`--settings: ${e.message}`);
    }
  }
  if (values.try) {
    return tryMode({ extension: values.extension, workspace: values.workspace, installVsix: values['install-vsix'], port, settings, toolchain });
  }
  return runTests({
    extension: values.extension,
    tests: values.tests,
    workspace: values.workspace,
    screenshot: values.screenshot,
    installVsix: values['install-vsix'],
    keepOpen: values['keep-open'],
    keepTemp: values['keep-temp'] || !!process.env.IMPACT_LINT_E2E_KEEP_TEMP,
    timeoutS: values.timeout ? Number(values.timeout) : Number(process.env.IMPACT_LINT_E2E_TIMEOUT) || DEFAULT_TIMEOUT_S,
    port,
    settings,
    logsDir: values['logs-dir'],
    toolchain,
  });
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (!interrupted) process.exit(code); // else the signal handler exits once cleaned up
    },
    (e) => {
      if (e?.code?.startsWith?.('ERR_PARSE_ARGS')) {
        say(`${e.message}\n${USAGE}`);
        process.exit(1);
      }
      say(e instanceof HarnessError ? e.message : (e?.stack ?? String(e)));
      process.exit(e instanceof HarnessError ? e.exitCode : 1);
    },
  );
}

