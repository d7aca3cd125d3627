// Editor latency over a real stdio LSP connection to the built server (dist/server.js --stdio):
// didChange -> matching publishDiagnostics while typing, cold start to first diagnostics,
// and resident memory with many open documents. Every wait is on a message, never a sleep.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadEngine, FULL, KB, median, percentile, since, target } from './common.mjs';
import { logLike, resumeLike, resumeLikeLines } from './generate.mjs';
import { importTs } from '../helpers.mjs';
import { withTimeout } from '../lsp-client.mjs';

const engine = loadEngine();

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'server.js');
const ECHO_SERVER = fileURLToPath(new URL('./echo-server.mjs', import.meta.url));
const TIMEOUT_MS = 120_000;
const DEFAULT_DEBOUNCE_MS = 150;
const EDITS = 200;
/** Without --full, typing stops after this long (the figures then cover the edits made). */
const TYPING_BUDGET_MS = 30_000;
const COLD_STARTS = 5;
const OPEN_DOCUMENTS = 50;
/**
 * How long the memory part waits for the server's idle collection, then reads RSS each second.
 * V8's memory reducer gives back the young generation (about 32 MB here) on a timer of 8 s
 * ticks after the collection: in nine runs of the memory part alone RSS fell 23-32 s after it,
 * and in some whole bench runs not within 40 s. 60 s covers seven ticks.
 */
const IDLE_WAIT_MS = 30_000;
const SETTLE_S = 60;
const TARGETS = { p95: 25, coldStart: 300, rssMb: 80 };
/** Servers start with the environment the VS Code extension gives them (server/src/shared/launch.ts). */
const { serverEnvironment } = await importTs('server/src/shared/launch.ts');
const LAUNCH_ENV = serverEnvironment(process.env);
/** The same without the malloc setting, for the memory figure of a plain `node dist/server.js --stdio`. */
const PLAIN_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'MALLOC_MMAP_THRESHOLD_'));

/** Extra Node flags for the server, e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile it. */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/**
 * A minimal LSP client over a spawned server's stdio (dist/server.js unless `command`
 * says otherwise), answering configuration with `debounceMs: 0`. Not the tests'
 * Client (test/lsp-client.mjs): that one keeps every event, and 200 publishes of a
 * thousand diagnostics would keep about 200 MB in this process, whose collections
 * would land in the latencies it measures. This one keeps arrival times and the last
 * diagnostics of each document.
 */
class Client {
  constructor(env = {}, command = [...SERVER_NODE_ARGS, SERVER, '--stdio'], base = LAUNCH_ENV) {
    this.spawned = process.hrtime.bigint();
    this.child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...base, ...env } });
    this.stderr = '';
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.waiters = [];
    this.published = new Map();
    /** The diagnostics last published, by URI. */
    this.lastDiagnostics = new Map();
    this.documents = new Map();
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.onPublish(params));
    this.logs = [];
    /** Waiting `logged()` calls: [pattern, resolve]. */
    this.logWaiters = [];
    this.connection.onNotification('window/logMessage', (params) => {
      this.logs.push(params.message);
      for (const waiter of [...this.logWaiters]) {
        if (!waiter[0].test(params.message)) continue;
        this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
        waiter[1](params.message);
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'impactLint' ? { debounceMs: 0 } : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  onPublish(params) {
    const at = process.hrtime.bigint();
    this.lastDiagnostics.set(params.uri, params.diagnostics);
    this.published.set(`${params.uri}#${params.version}`, at);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(at);
      }
    }
  }

  /** Resolves with the hrtime at which diagnostics for `uri` at `version` arrived. */
  arrival(uri, version) {
    const seen = this.published.get(`${uri}#${version}`);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no publishDiagnostics for ${path.basename(uri)} v${version} within ${TIMEOUT_MS} ms; server stderr: ${this.stderr.slice(-2000)}`)), TIMEOUT_MS);
      this.waiters.push({ uri, version, resolve: (at) => (clearTimeout(timer), resolve(at)) });
    });
  }

  async initialize(rootDir) {
    const root = pathToFileURL(rootDir).toString();
    await this.untilExit(
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'impact-lint-bench' },
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
        },
      }),
    );
    await this.connection.sendNotification('initialized', {});
  }

  /** `promise`, or an error with the server's stderr if the server exits first (a pending request never settles then). */
  untilExit(promise) {
    const died = this.exited.then((code) => {
      throw new Error(`the server exited (code ${code}); stderr: ${this.stderr.slice(-2000)}`);
    });
    return Promise.race([promise, died]);
  }

  async open(uri, text) {
    this.documents.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return 1;
  }

  /** One incremental change; returns the new version and the hrtime just before it was sent. */
  async change(uri, range, text) {
    const document = this.documents.get(uri);
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, [{ range, text }], version));
    const sent = process.hrtime.bigint();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return { version, sent };
  }

  /** The first log message matching `pattern`, already logged or within `ms`. */
  logged(pattern, ms = TIMEOUT_MS) {
    const seen = this.logs.find((message) => pattern.test(message));
    if (seen) return Promise.resolve(seen);
    const waiter = [pattern];
    const message = new Promise((resolve) => {
      waiter[1] = resolve;
      this.logWaiters.push(waiter);
    });
    return withTimeout(message, `a log message matching ${pattern}`, ms).catch((error) => {
      this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
      error.message += `; server stderr: ${this.stderr.slice(-2000)}`;
      throw error;
    });
  }

  rssMb() {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  async shutdown() {
    await this.untilExit(this.connection.sendRequest('shutdown', null));
    await this.connection.sendNotification('exit', null);
    await this.exited;
    this.connection.dispose();
  }
}

/** Keystrokes of a person adding a bullet and fixing a typo: characters, newlines and backspaces. */
function keystrokes(count) {
  const phrase = '\n- Cut incident response time by 40% for 3 sites in 6 weeks by automating paging rota swaps';
  const keys = [];
  for (let i = 0; keys.length < count; i++) {
    const ch = phrase[i % phrase.length];
    keys.push(ch);
    // A typo and its backspace every 25 keys.
    if (keys.length % 25 === 24 && keys.length + 2 <= count) keys.push('x', '\b');
  }
  return keys.slice(0, count);
}

/** Spawn-to-exit of a bare `node -e 0`: the floor under any cold start on this machine right now. */
function bareNode() {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  return since(start);
}

async function coldStart(dir, env) {
  const uri = pathToFileURL(path.join(dir, 'cold.md')).toString();
  const text = resumeLike(6 * KB);
  const client = new Client(env);
  await client.initialize(dir);
  const initialized = since(client.spawned);
  await client.open(uri, text);
  await client.arrival(uri, 1);
  const first = since(client.spawned);
  await client.shutdown();
  return { initialized, first };
}

/** The code cache is written a second after a start; wait for it (bounded). */
async function waitForFile(dir) {
  for (let i = 0; i < 50; i++) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.v8cache'))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The typed documents: the 2,000-line resume of the target, and a project log of `bytes` (the resume's size). */
const TYPED = {
  resume: () => ({ text: resumeLikeLines(2000), name: 'typing.md' }),
  log: (bytes) => ({ text: logLike(bytes), name: 'typing-log.md' }),
};

/**
 * Types EDITS keys into a document (the 2,000-line resume unless `doc` says otherwise),
 * each once the previous key's diagnostics arrived. `command` runs another server in
 * place of Impact Lint's (the echo server).
 */
async function typing(dir, command, edits = EDITS, doc = TYPED.resume()) {
  const { text } = doc;
  const uri = pathToFileURL(path.join(dir, doc.name)).toString();
  const client = new Client({}, command);
  await client.initialize(dir);
  await client.open(uri, text);
  await client.arrival(uri, 1);
  // Type at the end of the first list item from line 1000 on (the middle of the resume, a third into the log).
  let document = client.documents.get(uri);
  let line = 1000;
  while (!document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).startsWith('- ')) line++;
  let offset = document.offsetAt({ line: line + 1, character: 0 }) - 1;
  const latencies = [];
  const texts = [];
  const started = process.hrtime.bigint();
  for (const key of keystrokes(edits)) {
    if (!FULL && latencies.length >= 10 && since(started) > TYPING_BUDGET_MS) break;
    document = client.documents.get(uri);
    const at = document.positionAt(offset);
    const range = key === '\b' ? { start: document.positionAt(offset - 1), end: at } : { start: at, end: at };
    const { version, sent } = await client.change(uri, range, key === '\b' ? '' : key);
    offset += key === '\b' ? -1 : 1;
    texts.push(client.documents.get(uri).getText());
    // Closed loop: the next key goes once this one's diagnostics are on screen.
    latencies.push(Number((await client.arrival(uri, version)) - sent) / 1e6);
  }
  const diagnostics = client.lastDiagnostics.get(uri);
  await client.shutdown();
  return { diagnostics, latencies, bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1, text, texts, path: fileURLToPath(uri) };
}

/**
 * The same edits linted in this process with a per-document memo, as the server lints
 * them, but without the protocol (didChange, diagnostics to JSON and back): how much of
 * the latency is the lint itself.
 */
function typingInProcess({ text, texts, path: file }) {
  const settings = engine.defaultSettings();
  const memo = new engine.LintMemo();
  engine.lint(text, { settings, path: file, memo });
  return texts.map((t) => {
    const start = process.hrtime.bigint();
    engine.lint(t, { settings, path: file, memo });
    return since(start);
  });
}

/** Keys counted apart as the server's warm-up in the typing figures. */
const WARMUP_KEYS = 10;

/** "p50 x ms, p95 y ms, max z ms" of a list of latencies. */
function spread(ms) {
  return `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;
}

/** Resident memory of a bare Node process that does nothing: the floor under any server's memory on this machine. */
function bareNodeRssMb() {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.memoryUsage.rss()))'], { encoding: 'utf8' });
  return Number(child.stdout) / (1024 * 1024);
}

async function memory(dir, base = LAUNCH_ENV) {
  const bare = bareNodeRssMb();
  const client = new Client({}, undefined, base);
  await client.initialize(dir);
  // Idle, before any document: what the server costs before it holds anything.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const idle = client.rssMb().rss;
  const uris = [];
  for (let i = 0; i < OPEN_DOCUMENTS; i++) {
    const uri = pathToFileURL(path.join(dir, `open-${i}.md`)).toString();
    uris.push(uri);
    // Distinct documents of the same shape.
    await client.open(uri, resumeLike(100 * KB).replace('# Sam Rivera', `# Sam Rivera ${i}`));
  }
  const started = process.hrtime.bigint();
  for (const uri of uris) await client.arrival(uri, 1);
  const wall = since(started);
  const mem = client.rssMb();
  // Once linting stops the server collects its garbage (server/src/node/idle.ts, after
  // IDLE_MS), and V8's own memory reducer follows some seconds later: RSS is read each
  // second after the server says it collected.
  // Without it (IMPACT_LINT_IDLE_COLLECT=off, or V8 collected on its own) RSS is read all the same.
  const collected = await client.logged(/idle, collected garbage/, IDLE_WAIT_MS).catch(() => `no idle collection logged within ${IDLE_WAIT_MS / 1000} s`);
  const settling = [];
  for (let s = 0; s < SETTLE_S; s++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    settling.push(client.rssMb().rss);
  }
  await client.shutdown();
  return { ...mem, wall, idle, bare, collected, settling, settled: settling.at(-1) };
}

/**
 * The resume typing of the target, the same edits linted in this process, and the floor under any server: the same
 * keys into a server that does no work and answers each with the diagnostics ours sent last (test/bench/echo-server.mjs).
 */
async function resumeTyping(dir) {
  const typed = await typing(dir);
  const local = typingInProcess(typed);
  const payload = path.join(dir, 'diagnostics.json');
  const payloadJson = JSON.stringify(typed.diagnostics);
  fs.writeFileSync(payload, payloadJson);
  const floor = (await typing(dir, [ECHO_SERVER, payload], typed.latencies.length)).latencies;
  return { typed, local, floor, payloadJson };
}

/**
 * Typing alone (`node test/bench/bench.mjs typing`): the resume typing, its protocol
 * floor and the same edits in this process, for trying a change to the latency without
 * the cold starts and the memory part. The same measurements as the lsp part's typing rows,
 * printed without their explanatory notes (closed loop, debounce 0, the launch environment).
 */
export async function runTyping() {
  if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first.');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-bench-')));
  try {
    const { typed, local, floor } = await resumeTyping(dir);
    console.log(`\n## Typing over stdio LSP: ${typed.latencies.length} keys in a ${typed.lines}-line resume (${typed.diagnostics.length} diagnostics)`);
    console.table([
      { figure: 'didChange -> publish', value: spread(typed.latencies) },
      { figure: `after the first ${WARMUP_KEYS} keys`, value: spread(typed.latencies.slice(WARMUP_KEYS)) },
      { figure: 'protocol floor (echo server, same diagnostics)', value: spread(floor) },
      { figure: 'the same edits linted in this process with the memo', value: spread(local) },
    ]);
    const p95 = percentile(typed.latencies, 95);
    return [target('didChange -> publish p95 (debounce 0)', `< ${TARGETS.p95} ms`, `${p95.toFixed(1)} ms (n=${typed.latencies.length})`, p95 < TARGETS.p95)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLsp() {
  if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first.');
  // A folder without any Impact Lint config, so that defaults apply.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-bench-')));
  try {
    const colds = [];
    const uncached = [];
    const bare = [];
    // The servers share a private code cache (server/src/node/boot.ts) in a temp folder;
    // one start fills it, then starts with and without it alternate.
    const cacheDir = path.join(dir, 'code-cache');
    const withCache = { IMPACT_LINT_CACHE_DIR: cacheDir };
    await coldStart(dir, withCache);
    await waitForFile(cacheDir);
    for (let i = 0; i < COLD_STARTS; i++) {
      bare.push(bareNode());
      uncached.push(await coldStart(dir, { IMPACT_LINT_CACHE_DIR: 'off' }));
      colds.push(await coldStart(dir, withCache));
    }
    const cold = median(colds.map((c) => c.first));
    const { typed, local, floor, payloadJson } = await resumeTyping(dir);
    const { latencies, bytes, lines } = typed;
    // Project logs are the documents that grow long (a dated journal kept for years); their
    // rules read entries and tables, not bullets, so they are timed too (not a target).
    const typedLog = await typing(dir, undefined, EDITS, TYPED.log(bytes));
    const localLog = typingInProcess(typedLog);
    const payloadKb = Buffer.byteLength(payloadJson) / KB;
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    const max = Math.max(...latencies);
    const mem = await memory(dir);
    const plain = await memory(dir, PLAIN_ENV);

    console.log(`\n## Editor latency over stdio LSP (dist/server.js --stdio, started by node with MALLOC_MMAP_THRESHOLD_=${LAUNCH_ENV.MALLOC_MMAP_THRESHOLD_}, the environment the VS Code extension gives it; debounceMs 0 via workspace/configuration)`);
    console.log(`debounce accounted separately: default ${DEFAULT_DEBOUNCE_MS} ms (a person who pauses sees diagnostics ${DEFAULT_DEBOUNCE_MS} ms + the latency below after the last key)`);
    console.log('typing is closed-loop: each key is sent once the previous key\'s diagnostics have arrived');
    console.table([
      {
        figure: `cold start: spawn -> initialize -> didOpen (6 KB resume) -> first publish, ${COLD_STARTS} starts`,
        value: `median ${cold.toFixed(0)} ms (${Math.min(...colds.map((c) => c.first)).toFixed(0)}-${Math.max(...colds.map((c) => c.first)).toFixed(0)}); initialize answered at median ${median(colds.map((c) => c.initialized)).toFixed(0)} ms; a bare \`node -e 0\` takes ${median(bare).toFixed(0)} ms`,
      },
      {
        figure: 'cold start without the code cache (IMPACT_LINT_CACHE_DIR=off), alternating with the above',
        value: `median ${median(uncached.map((c) => c.first)).toFixed(0)} ms (${Math.min(...uncached.map((c) => c.first)).toFixed(0)}-${Math.max(...uncached.map((c) => c.first)).toFixed(0)})`,
      },
      {
        figure: `typing: ${latencies.length}${latencies.length < EDITS ? ` of ${EDITS} (time budget ${TYPING_BUDGET_MS / 1000} s; --full types all)` : ''} single-character edits in a ${lines}-line (${(bytes / KB).toFixed(0)} KB) resume, didChange -> publish (same version)`,
        value: spread(latencies),
      },
      {
        // The first keys after a document opens run code paths (the memo's, a chunk's re-parse) that V8 has not
        // optimized yet: a figure to read the p95 with, not the target.
        figure: `the same typing split: the first ${WARMUP_KEYS} keys after the open (code not yet optimized by V8), then the rest`,
        value: `first ${WARMUP_KEYS}: median ${median(latencies.slice(0, WARMUP_KEYS)).toFixed(1)} ms, max ${Math.max(...latencies.slice(0, WARMUP_KEYS)).toFixed(1)} ms; the rest: ${latencies.length > WARMUP_KEYS ? spread(latencies.slice(WARMUP_KEYS)) : 'none'}`,
      },
      {
        figure: `protocol floor: the same ${floor.length} keys into a server that does no work and answers each with the same ${typed.diagnostics.length} diagnostics (${payloadKb.toFixed(0)} KB of JSON; publish only: no status notification, no edit applied)`,
        value: spread(floor),
      },
      {
        figure: 'the same edits linted in this process with the server\'s per-document memo (no protocol, no JSON)',
        value: spread(local),
      },
      {
        figure: `typing in a project log: the same ${typedLog.latencies.length}${typedLog.latencies.length < EDITS ? ` of ${EDITS} (time budget)` : ''} keys in a ${typedLog.lines}-line (${(typedLog.bytes / KB).toFixed(0)} KB) generated project log (${typedLog.diagnostics.length} diagnostics), over stdio; then in this process with the memo`,
        value: `${spread(typedLog.latencies)}; in this process ${spread(localLog)}`,
      },
      {
        figure: `memory: ${OPEN_DOCUMENTS} open 100 KB resumes, after all published (in ${(mem.wall / 1000).toFixed(1)} s)`,
        value: `VmRSS ${mem.rss.toFixed(0)} MB (peak VmHWM ${mem.peak.toFixed(0)} MB); the same server idle before any document ${mem.idle.toFixed(0)} MB, a bare \`node\` ${mem.bare.toFixed(0)} MB`,
      },
      {
        figure: `memory: the same, settled: RSS each second for ${SETTLE_S} s after the server's idle collection (or after ${IDLE_WAIT_MS / 1000} s without one)`,
        value: `${mem.settled.toFixed(0)} MB at the end (lowest ${Math.min(...mem.settling).toFixed(0)}); each second: ${mem.settling.map((mb) => mb.toFixed(0)).join(' ')}; the server: ${mem.collected.replace(/^Impact Lint: /, '')}`,
      },
      {
        figure: 'memory: the same, settled, started without MALLOC_MMAP_THRESHOLD_ (a plain `node dist/server.js --stdio`: glibc raises the threshold and keeps freed blocks)',
        value: `${plain.settled.toFixed(0)} MB at the end (lowest ${Math.min(...plain.settling).toFixed(0)}; ${plain.rss.toFixed(0)} MB right after the last publish)`,
      },
    ]);
    return [
      target(`didChange -> publish p95 (debounce 0; default ${DEFAULT_DEBOUNCE_MS} ms on top)`, `< ${TARGETS.p95} ms`, `${p95.toFixed(1)} ms (p50 ${p50.toFixed(1)}, max ${max.toFixed(0)}, n=${latencies.length})`, p95 < TARGETS.p95),
      target('cold start to first diagnostics', `< ${TARGETS.coldStart} ms`, `${cold.toFixed(0)} ms`, cold < TARGETS.coldStart),
      target(`server RSS, ${OPEN_DOCUMENTS} open 100 KB documents, settled (node, with the extension's MALLOC_MMAP_THRESHOLD_)`, `< ${TARGETS.rssMb} MB`, `${mem.settled.toFixed(0)} MB (${mem.rss.toFixed(0)} MB right after the last publish; ${plain.settled.toFixed(0)} MB started plainly)`, mem.settled < TARGETS.rssMb),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
