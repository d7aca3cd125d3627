// The minimal LSP client the protocol tests share (test/lsp.test.mjs,
// test/lsp-drafting.test.mjs): it spawns the BUILT server (dist/server.js, or a
// given command) and talks real JSON-RPC over stdio. Every wait is on an event or
// a response with a timeout; there are no fixed sleeps.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from './helpers.mjs';

const { createProtocolConnection, ResponseError, StreamMessageReader, StreamMessageWriter } = protocol;

const SERVER = path.join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 10_000;

/** Resolves with `promise`, or rejects after `ms` saying what it waited for. */
export function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Writes a file and returns its file: URI as the server builds it (pathToFileURL). */
export function writeFile(dir, name, text) {
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
export class Client {
  /**
   * `answersShowMessageRequest: false` leaves window/showMessageRequest unhandled (the
   * JSON-RPC layer answers MethodNotFound), as a minimal client does;
   * `refuseRegistration` answers client/registerCapability with an error; `env` adds
   * to the server's environment.
   */
  constructor({ command = [SERVER, '--stdio'], settings = () => ({ debounceMs: 0 }), capabilities = {}, cwd, env = {}, answersShowMessageRequest = true, refuseRegistration = false } = {}) {
    this.settings = settings;
    this.capabilities = capabilities;
    this.events = [];
    this.waiters = [];
    this.documents = new Map();
    this.stderr = '';
    this.child = spawn(process.execPath, command, { cwd: cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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
      // `settings` may return a promise: a client that answers late, or never.
      return Promise.all(params.items.map((item) => (item.section === 'impactLint' ? this.settings(item.scopeUri) : null)));
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

/** Stops every client's server: `after(closeAll)` in each test file (helpers.mjs removes temporary folders at exit). */
export async function closeAll() {
  for (const client of clients.splice(0)) {
    if (client.child.exitCode === null && client.child.signalCode === null) {
      client.child.kill();
      await withTimeout(client.exited, 'a killed server to exit').catch(() => client.child.kill('SIGKILL'));
    }
    client.connection.dispose();
  }
}
