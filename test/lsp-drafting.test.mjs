// Protocol tests for drafting from the project log: spawn the BUILT language
// server (dist/server.js) and talk real JSON-RPC to it over stdio. The minimal
// client is copied from test/lsp.test.mjs. Every wait is on an event or a
// response with a timeout; no sleeps. Run `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { engine } from './helpers.mjs';

const { createProtocolConnection, ResponseError, StreamMessageReader, StreamMessageWriter } = protocol;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 10_000;
const TODAY = '2026-11-26';

if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` before these tests.');

/** Resolves with `promise`, or rejects after `ms` saying what it waited for. */
function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const tempDirs = [];
function tempDir() {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-lsp-')));
  tempDirs.push(dir);
  return dir;
}

/** Writes a file and returns its file: URI as the server builds it (pathToFileURL). */
function writeFile(dir, name, text) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return pathToFileURL(file).toString();
}

const clients = [];

/**
 * A minimal LSP client over the child's stdio. Records every notification and
 * server->client request as an event; `waitFor` resolves on the first event
 * (already recorded or future) that matches, or rejects after a timeout.
 */
class Client {
  /**
   * `answersShowMessageRequest: false` leaves window/showMessageRequest unhandled (the
   * JSON-RPC layer answers MethodNotFound), as a minimal client does;
   * `refuseRegistration` answers client/registerCapability with an error.
   */
  constructor({ command = [SERVER, '--stdio'], settings = () => ({ debounceMs: 0 }), capabilities = {}, cwd, answersShowMessageRequest = true, refuseRegistration = false } = {}) {
    this.settings = settings;
    this.capabilities = capabilities;
    this.events = [];
    this.waiters = [];
    this.documents = new Map();
    this.stderr = '';
    this.child = spawn(process.execPath, command, { cwd: cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.expectExit = false;
    // Rejects if the server dies before `shutdown`: waits fail at once, with its stderr.
    this.died = this.exited.then(({ code, signal }) => {
      if (!this.expectExit) throw new Error(`the server exited unexpectedly (code ${code}, signal ${signal}); stderr:\n${this.stderr.slice(-3000)}`);
      return new Promise(() => {});
    });
    this.died.catch(() => {});
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    const record = (type) => (params) => this.record({ type, params });
    this.connection.onNotification('textDocument/publishDiagnostics', record('diagnostics'));
    this.connection.onNotification('window/showMessage', record('showMessage'));
    this.connection.onNotification('window/logMessage', record('log'));
    this.connection.onNotification('impactLint/status', record('status'));
    this.connection.onRequest('workspace/configuration', (params) => {
      this.record({ type: 'configuration', params });
      return params.items.map((item) => (item.section === 'impactLint' ? this.settings(item.scopeUri) : null));
    });
    this.connection.onRequest('client/registerCapability', (params) => {
      this.record({ type: 'register', params });
      if (refuseRegistration) return new ResponseError(-32601, 'this client does not support dynamic registration');
      return null;
    });
    if (answersShowMessageRequest) {
      this.connection.onRequest('window/showMessageRequest', (params) => {
        this.record({ type: 'showMessageRequest', params });
        return null;
      });
    }
    this.connection.onRequest('window/showDocument', (params) => {
      this.record({ type: 'showDocument', params });
      return { success: true };
    });
    this.connection.onError(([error]) => this.record({ type: 'error', params: error }));
    this.connection.listen();
    clients.push(this);
  }

  record(event) {
    this.events.push(event);
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(event)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  }

  /** The first event at index >= `since` with `type` for which `predicate` holds. */
  waitFor(type, predicate, what, since = 0) {
    const matches = (event) => event.type === type && predicate(event.params);
    const found = this.events.slice(since).find(matches);
    if (found) return Promise.resolve(found.params);
    let waiter;
    const promise = new Promise((resolve) => {
      waiter = { matches, resolve: (event) => resolve(event.params) };
      this.waiters.push(waiter);
    });
    return withTimeout(Promise.race([promise, this.died]), what).catch((error) => {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      const seen = this.events.filter((e) => e.type === type).map((e) => JSON.stringify(e.params).slice(0, 300));
      error.message += `\n  ${type} events seen:\n    ${seen.join('\n    ') || '(none)'}\n  server stderr: ${this.stderr.slice(-2000) || '(empty)'}`;
      throw error;
    });
  }

  /** Diagnostics published for `uri` at `version` (any when undefined) after event `since`. */
  diagnosticsFor(uri, version, since = 0) {
    return this.waitFor('diagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), `publishDiagnostics for ${path.basename(uri)}${version === undefined ? '' : ` version ${version}`}`, since).then((p) => p.diagnostics);
  }

  /**
   * The first publish for `uri` after `since` whose diagnostics satisfy `predicate`.
   * For changes that do not bump the document version (config files, settings): the
   * server may still publish older results for the same version first (didOpen lints twice).
   */
  diagnosticsWhere(uri, predicate, what, since = 0) {
    return this.waitFor('diagnostics', (p) => p.uri === uri && predicate(p.diagnostics), `publishDiagnostics for ${path.basename(uri)} with ${what}`, since).then((p) => p.diagnostics);
  }

  mark() {
    return this.events.length;
  }

  request(method, params) {
    return withTimeout(Promise.race([this.connection.sendRequest(method, params), this.died]), `the response to ${method}`);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  async initialize(rootDir = ROOT) {
    const result = await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'impact-lint-protocol-test' },
      rootUri: pathToFileURL(rootDir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(rootDir).toString(), name: path.basename(rootDir) }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        ...this.capabilities,
      },
    });
    await this.notify('initialized', {});
    return result;
  }

  async open(uri, text, languageId = 'markdown') {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends incremental changes (each relative to the text after the previous one); returns the new version. */
  async change(uri, changes) {
    const document = this.documents.get(uri);
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a WorkspaceEdit's changes for `uri` as incremental didChange events, bottom-up so ranges stay valid. */
  applyEdit(uri, workspaceEdit) {
    const edits = workspaceEdit.changes?.[uri];
    assert.ok(edits?.length, `the edit changes ${path.basename(uri)}: ${JSON.stringify(workspaceEdit)}`);
    const document = this.documents.get(uri);
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    return this.change(uri, ordered.map((e) => ({ range: e.range, text: e.newText })));
  }

  text(uri) {
    return this.documents.get(uri).getText();
  }

  async close(uri) {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async shutdown() {
    await this.request('shutdown', null);
    this.expectExit = true;
    await this.notify('exit', null);
    const { code, signal } = await withTimeout(this.exited, 'the server to exit after shutdown/exit');
    this.connection.dispose();
    return { code, signal };
  }
}

after(async () => {
  for (const client of clients) {
    if (client.child.exitCode === null && client.child.signalCode === null) {
      client.child.kill();
      await withTimeout(client.exited, 'a killed server to exit').catch(() => client.child.kill('SIGKILL'));
    }
    client.connection.dispose();
  }
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------

const LOG = fs.readFileSync(path.join(ROOT, 'examples', 'project-log.md'), 'utf8');
const RESUME = fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8');
const RAID = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'drafting', 'raid-log.md'), 'utf8');
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('dist/server.js --stdio: drafting from the project log', () => {
  const dir = tempDir();
  const logUri = writeFile(dir, 'project-log.md', LOG);
  const resumeUri = writeFile(dir, 'resume.md', RESUME);
  const raidUri = writeFile(dir, 'raid-log.md', RAID);
  const client = new Client({ settings: () => ({ debounceMs: 0, today: TODAY }) });
  const entryLine = lineOf(LOG, '## 2026-10-05');

  test('initialize and open the project log', async () => {
    await client.initialize(dir);
    await client.open(logUri, LOG);
    await client.diagnosticsFor(logUri, 1);
  });

  test('a log entry offers "Draft resume bullet" and "Draft STAR story" code actions that run the client commands', async () => {
    const position = { line: entryLine + 3, character: 4 };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const drafts = actions.filter((a) => a.kind === 'refactor.rewrite');
    assert.deepEqual(
      drafts.map((a) => [a.title, a.command.command, a.command.arguments]),
      [
        ['Draft resume bullet from this entry "Exchange Online cut-over"', 'impactLint.draftResumeBullet', [{ uri: logUri, position }]],
        ['Draft STAR story from this entry "Exchange Online cut-over"', 'impactLint.draftStarStory', [{ uri: logUri, position }]],
      ],
    );
    // Not in an entry, or when only quick fixes are asked for: none.
    const top = { line: 5, character: 0 };
    const none = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: top, end: top }, context: { diagnostics: [] } });
    assert.deepEqual(none.filter((a) => a.kind === 'refactor.rewrite'), []);
    const quickfixOnly = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['quickfix'] } });
    assert.deepEqual(quickfixOnly.filter((a) => a.kind === 'refactor.rewrite'), []);
    const refactor = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor'] } });
    assert.equal(refactor.length, 2);
  });

  test('impactLint/draftFromLogEntry drafts what the engine drafts, from the open document', async () => {
    const position = { line: entryLine, character: 3 };
    const bullet = await client.request('impactLint/draftFromLogEntry', { uri: logUri, position, shape: 'bullet' });
    const expected = engine.draftFromLog(LOG, LOG.indexOf('## 2026-10-05') + 3, 'bullet', { today: TODAY });
    assert.deepEqual(bullet, { draft: expected.draft, entryTitle: 'Exchange Online cut-over', hasNumber: true, clean: true });
    const star = await client.request('impactLint/draftFromLogEntry', { uri: logUri, position, shape: 'star' });
    assert.match(star.draft, /^## Exchange Online cut-over\n\n\*\*Situation:\*\* /);
    assert.equal(star.clean, true);
    assert.equal(await client.request('impactLint/draftFromLogEntry', { uri: logUri, position: { line: 1, character: 0 }, shape: 'bullet' }), null);
  });

  test('impactLint/resumeRoles reads a resume from disk and says where a bullet goes', async () => {
    const roles = await client.request('impactLint/resumeRoles', { uri: resumeUri });
    assert.deepEqual(
      roles.map((r) => [r.title, r.bullets, r.position, r.prefix]),
      [
        ['Senior Systems Administrator, Northwind Logistics (2021 – present)', 8, { line: 25, character: 59 }, '\n- '],
        ['IT Support Analyst, Contoso Health (2017 – 2021)', 4, { line: 32, character: 57 }, '\n- '],
      ],
    );
    assert.deepEqual(await client.request('impactLint/resumeRoles', { text: '# Notes\n' }), []);
  });

  test('impactLint/statusReport builds the report from a RAID log on disk and the open project log', async () => {
    const report = await client.request('impactLint/statusReport', { raidUri, logUri, today: '2026-10-08' });
    assert.equal(report.rag, 'Amber');
    assert.equal(report.reason, engine.statusReport({ raid: RAID, log: LOG, today: '2026-10-08' }).reason);
    assert.match(report.markdown, /- Exchange Online cut-over: 1,200 mailboxes moved/);
    const now = await client.request('impactLint/statusReport', { raidUri, today: TODAY });
    assert.equal(now.reason, 'Amber: 2 high risks open, 1 overdue issue, 1 overdue assumption');
    assert.equal(await client.request('impactLint/statusReport', { raidUri: pathToFileURL(path.join(dir, 'missing.md')).toString() }), null);
  });

  test('shutdown', async () => {
    const { code } = await client.shutdown();
    assert.equal(code, 0);
  });
});
