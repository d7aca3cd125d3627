// Completion and the resume score over the wire: spawn the BUILT server
// (dist/server.js --stdio) and talk JSON-RPC to it. Waits are on events with a
// timeout, never on sleeps. Run `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 10_000;
if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` before these tests.');

const KEYWORD = 14;
const SNIPPET = 15;
const TRIGGER_CHARACTER = 2;

// Lines are 0-based below.
const RESUME = [
  '---', //                                                                  0
  'impact-lint: resume', //                                                  1
  '---', //                                                                  2
  '', //                                                                     3
  '## Experience', //                                                        4
  '', //                                                                     5
  '- Led 6 engineers to migrate 1,200 mailboxes in 10 weeks', //             6
  '- Handled server upgrades', //                                            7
  '- Reduced ticket backlog ', //                                            8
  '- ', //                                                                   9
  '',
].join('\n');

const README = ['# my-tool', '', 'A small CLI that formats logs. ', '', '- ', ''].join('\n');

function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The smallest client that works: records notifications, answers configuration, waits on events. */
class Client {
  constructor(settings) {
    this.events = [];
    this.waiters = [];
    this.stderr = '';
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('impactLint/status', (params) => this.record('status', params));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.record('diagnostics', params));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  record(type, params) {
    this.events.push({ type, params });
    for (const waiter of [...this.waiters]) {
      if (waiter.type === type && waiter.predicate(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }

  waitFor(type, predicate, what) {
    const found = this.events.find((e) => e.type === type && predicate(e.params));
    if (found) return Promise.resolve(found.params);
    return withTimeout(new Promise((resolve) => this.waiters.push({ type, predicate, resolve })), `${what}; server stderr: ${this.stderr.slice(-1000)}`);
  }

  request(method, params) {
    return withTimeout(this.connection.sendRequest(method, params), `the response to ${method}`);
  }

  async initialize(rootDir, snippetSupport = true) {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).toString(),
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport, labelDetailsSupport: true } } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  complete(uri, line, character, triggerCharacter = ' ') {
    const context = triggerCharacter ? { triggerKind: TRIGGER_CHARACTER, triggerCharacter } : { triggerKind: 1 };
    return this.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context });
  }

  async shutdown() {
    await this.request('shutdown', null);
    await this.connection.sendNotification('exit', null);
    await withTimeout(this.exited, 'the server to exit');
    this.connection.dispose();
  }
}

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-features-')));
const resumeUri = pathToFileURL(path.join(dir, 'resume.md')).toString();
const readmeUri = pathToFileURL(path.join(dir, 'README.md')).toString();
const clients = [];

after(async () => {
  for (const client of clients) {
    if (client.child.exitCode === null && client.child.signalCode === null) {
      client.child.kill();
      await withTimeout(client.exited, 'a killed server to exit').catch(() => client.child.kill('SIGKILL'));
    }
    client.connection.dispose();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('dist/server.js: completion and score', () => {
  let client;
  before(async () => {
    fs.writeFileSync(path.join(dir, 'resume.md'), RESUME);
    client = new Client({ debounceMs: 0 });
    clients.push(client);
  });

  test('initialize advertises completion triggered by a space', async () => {
    const result = await client.initialize(dir);
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, [' ']);
  });

  test('a space after "- " in a resume bullet offers action verbs with their group', async () => {
    await client.open(resumeUri, RESUME);
    const list = await client.complete(resumeUri, 9, 2);
    assert.ok(list && list.items.length > 0, 'verbs offered');
    assert.equal(list.isIncomplete, true);
    const led = list.items.find((i) => i.label === 'Led');
    assert.ok(led, list.items.map((i) => i.label).join(', '));
    assert.equal(led.kind, KEYWORD);
    assert.equal(led.labelDetails?.description, 'Leading');
    assert.match(led.detail, /^Leading/);
    assert.deepEqual(led.textEdit.range, { start: { line: 9, character: 2 }, end: { line: 9, character: 2 } });
    assert.equal(led.textEdit.newText, 'Led');
  });

  test('at the start of "Handled server upgrades" the verbs replace the weak phrase, best fit first', async () => {
    const list = await client.complete(resumeUri, 7, 2, null);
    const top = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.ok(['Coordinated', 'Delivered'].includes(top.label), top.label);
    assert.deepEqual(top.textEdit.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 9 } });
  });

  test('after "Reduced ticket backlog " the shapes of a metric come as snippets', async () => {
    const list = await client.complete(resumeUri, 8, 25);
    const byPercent = list.items.find((i) => i.label === 'by N%');
    assert.ok(byPercent, list.items.map((i) => i.label).join(', '));
    assert.equal(byPercent.kind, SNIPPET);
    assert.equal(byPercent.insertTextFormat, 2, 'InsertTextFormat.Snippet');
    assert.equal(byPercent.textEdit.newText, 'by ${1:N}%');
  });

  test('nothing in prose or a README list', async () => {
    await client.open(readmeUri, README);
    assert.equal(await client.complete(readmeUri, 4, 2), null, 'README list');
    assert.equal(await client.complete(readmeUri, 2, 31), null, 'prose');
    assert.equal(await client.complete(resumeUri, 6, 12), null, 'inside a bullet that already opens with a verb');
  });

  test('the status notification carries the resume score and its breakdown; a README has none', async () => {
    const status = await client.waitFor('status', (p) => p.uri === resumeUri && p.kind === 'resume', 'the resume status');
    assert.equal(typeof status.score, 'number');
    assert.ok(status.score > 0 && status.score < 100, `a resume with findings scores between: ${status.score}`);
    assert.deepEqual(status.scoreBreakdown.map((p) => p.id), ['action-verbs', 'metrics', 'wording', 'length']);
    assert.equal(status.scoreBreakdown.reduce((sum, p) => sum + p.points, 0), status.score);
    const readme = await client.waitFor('status', (p) => p.uri === readmeUri, 'the README status');
    assert.equal(readme.score, undefined);
  });

  test('completion reads the text as typed, not the last lint', async () => {
    // A new bullet typed after the last lint: the server still offers verbs on it.
    const text = RESUME.replace('- \n', '- Led the move\n- \n');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: resumeUri, version: 2 }, contentChanges: [{ text }] });
    const list = await client.complete(resumeUri, 10, 2);
    assert.ok(list?.items.some((i) => i.label === 'Led'));
    assert.equal(await client.complete(resumeUri, 9, 2), null, 'the old empty line now opens with a verb');
  });

  test('shutdown', async () => {
    await client.shutdown();
  });
});

describe('dist/server.js: a client without snippet support', () => {
  test('gets metric shapes as plain text', async () => {
    const client = new Client({ debounceMs: 0 });
    clients.push(client);
    await client.initialize(dir, false);
    await client.open(resumeUri, RESUME);
    const list = await client.complete(resumeUri, 8, 25);
    const byPercent = list.items.find((i) => i.label === 'by N%');
    assert.equal(byPercent.insertTextFormat, 1, 'InsertTextFormat.PlainText');
    assert.equal(byPercent.textEdit.newText, 'by N%');
    const saving = list.items.find((i) => i.label === 'saving $N per year');
    assert.equal(saving.textEdit.newText, 'saving $N per year');
    await client.shutdown();
  });
});

describe('dist/server.js: a document over maxFileSize', () => {
  test('gets no completion (it would be parsed on every space typed)', async () => {
    // The same resume, with maxFileSize below its size: not linted, and not completed either.
    const client = new Client({ debounceMs: 0, maxFileSize: 100 });
    clients.push(client);
    await client.initialize(dir);
    await client.open(resumeUri, RESUME);
    assert.equal(await client.complete(resumeUri, 9, 2), null);
    await client.shutdown();
  });
});
