// Job-description tailoring over the language server's stdio: the keyword-coverage
// diagnostic and status, and the impactLint/compareJob request. A minimal JSON-RPC
// client (copied from test/lsp.test.mjs); every wait is on an event with a timeout.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { ROOT, tempDir } from './helpers.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

const SERVER = path.join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 10_000;
if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` before these tests.');

function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const uriOf = (dir, name) => pathToFileURL(path.join(dir, name)).toString();

const clients = [];

class Client {
  constructor(settings = () => ({ debounceMs: 0 })) {
    this.settings = settings;
    this.events = [];
    this.waiters = [];
    this.stderr = '';
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    const record = (type) => (params) => this.record({ type, params });
    this.connection.onNotification('textDocument/publishDiagnostics', record('diagnostics'));
    this.connection.onNotification('impactLint/status', record('status'));
    this.connection.onNotification('window/logMessage', record('log'));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'impactLint' ? this.settings(item.scopeUri) : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
    clients.push(this);
  }

  record(event) {
    this.events.push(event);
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(event)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(event.params);
      }
    }
  }

  waitFor(type, predicate, what) {
    const matches = (event) => event.type === type && predicate(event.params);
    const found = this.events.find(matches);
    if (found) return Promise.resolve(found.params);
    return withTimeout(new Promise((resolve) => this.waiters.push({ matches, resolve })), `${what}; server stderr: ${this.stderr.slice(-1000)}`);
  }

  request(method, params) {
    return withTimeout(this.connection.sendRequest(method, params), `the response to ${method}`);
  }

  async initialize(rootDir) {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(rootDir).toString(), name: path.basename(rootDir) }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri, text) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
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
});

const JOB = '# IT Project Manager\n\n## Requirements\n\n- Stakeholder management and risk management\n- A RAID log in Jira\n';
const resume = (frontMatter) => `---\n${frontMatter}\n---\n\n# Sam Rivera\n\n## Summary\n\nSysadmin moving into project management, with Jira.\n\n## Experience\n\n- Cut the ticket backlog from 400 to 90 in 6 weeks\n`;

describe('job-description tailoring over stdio', () => {
  test('front matter job: gives a keyword-coverage diagnostic on the summary heading and coverage in the status', async () => {
    const dir = tempDir({ 'cv/resume.md': resume('impact-lint: { kind: resume, job: ../jobs/acme.md }'), 'jobs/acme.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'cv/resume.md');
    await client.open(uri, fs.readFileSync(path.join(dir, 'cv/resume.md'), 'utf8'));
    const { diagnostics } = await client.waitFor('diagnostics', (p) => p.uri === uri, 'diagnostics for resume.md');
    const coverage = diagnostics.find((d) => d.code === 'keyword-coverage');
    assert.ok(coverage, JSON.stringify(diagnostics));
    assert.deepEqual([coverage.range.start.line, coverage.range.start.character, coverage.range.end.character], [6, 3, 10]);
    assert.equal(coverage.severity, 3, 'information');
    assert.equal(coverage.source, 'impact-lint');
    assert.match(coverage.codeDescription.href, /keyword-coverage\.md$/);
    assert.match(coverage.message, /^Covers \d+% of the job description's key terms; missing: stakeholder management, risk management, RAID log\./);
    const status = await client.waitFor('status', (p) => p.uri === uri && p.coverage, 'a status with coverage');
    assert.deepEqual(status.coverage.missing, ['stakeholder management', 'risk management', 'RAID log']);
    assert.equal(status.coverage.job, '../jobs/acme.md');
    assert.ok(status.coverage.percent > 0 && status.coverage.percent < 60);
  });

  test('editing the job description re-lints the resumes that name it (workspace/didChangeWatchedFiles), and only those', async () => {
    const dir = tempDir({ 'cv/resume.md': resume('impact-lint: { kind: resume, job: ../jobs/acme.md }'), 'cv/other.md': resume('impact-lint: resume'), 'jobs/acme.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'cv/resume.md');
    const other = uriOf(dir, 'cv/other.md');
    await client.open(uri, fs.readFileSync(path.join(dir, 'cv/resume.md'), 'utf8'));
    await client.open(other, resume('impact-lint: resume'));
    await client.waitFor('status', (p) => p.uri === uri && p.coverage, 'a first status with coverage');
    await client.waitFor('status', (p) => p.uri === other, 'a status for the resume without a job');
    const before = client.events.filter((e) => e.type === 'status' && e.params.uri === other).length;
    // The user adds requirements to the job description: the resume's coverage changes without touching it.
    fs.writeFileSync(path.join(dir, 'jobs/acme.md'), `${JOB}- ServiceNow and ITIL\n- Budget tracking\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'jobs/acme.md'), type: 2 }] });
    const first = client.events.filter((e) => e.type === 'status' && e.params.uri === uri)[0].params.coverage;
    const updated = await client.waitFor('status', (p) => p.uri === uri && p.coverage && p.coverage.terms !== first.terms, 'a status with the new job terms');
    assert.ok(updated.coverage.terms > first.terms, `${first.terms} -> ${updated.coverage.terms} terms`);
    assert.ok(updated.coverage.missing.includes('ServiceNow'), updated.coverage.missing.join(', '));
    // A resume that names no job is left alone: a round trip later it has no new status.
    await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } });
    assert.equal(client.events.filter((e) => e.type === 'status' && e.params.uri === other).length, before);
  });

  test('the impactLint.job setting is relative to the workspace folder; a missing file is a diagnostic, not a crash', async () => {
    const dir = tempDir({ 'jobs/acme.md': JOB, 'a/resume.md': resume('impact-lint: resume'), 'b/resume.md': resume('impact-lint: resume') });
    const client = new Client((scope) => ({ debounceMs: 0, job: scope?.includes('/b/') ? 'jobs/gone.md' : 'jobs/acme.md' }));
    await client.initialize(dir);
    const a = uriOf(dir, 'a/resume.md');
    const b = uriOf(dir, 'b/resume.md');
    await client.open(a, resume('impact-lint: resume'));
    await client.open(b, resume('impact-lint: resume'));
    const found = await client.waitFor('diagnostics', (p) => p.uri === a, 'diagnostics for a/resume.md');
    assert.ok(found.diagnostics.some((d) => d.code === 'keyword-coverage'), JSON.stringify(found.diagnostics));
    const missing = await client.waitFor('diagnostics', (p) => p.uri === b, 'diagnostics for b/resume.md');
    assert.ok(missing.diagnostics.some((d) => d.message === 'Cannot read the job description "jobs/gone.md": file not found.'), JSON.stringify(missing.diagnostics));
  });

  test('impactLint/compareJob answers a Markdown report for a picked job description, and a clear error without one', async () => {
    const dir = tempDir({ 'resume.md': resume('impact-lint: resume'), 'jd.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'resume.md');
    const result = await client.request('impactLint/compareJob', { uri, jobUri: uriOf(dir, 'jd.md') });
    assert.equal(result.error, undefined);
    assert.match(result.markdown, /^# Tailoring: resume\.md against jd\.md\n/);
    assert.match(result.markdown, /\*\*Coverage: \d+%\*\*/);
    assert.match(result.markdown, /## Missing, heaviest first[\s\S]*\| stakeholder management \|[\s\S]*## Matched[\s\S]*\| Jira \|/);
    assert.deepEqual(result.coverage.missing, ['stakeholder management', 'risk management', 'RAID log']);
    const none = await client.request('impactLint/compareJob', { uri });
    assert.match(none.error, /^No job description/);
    const gone = await client.request('impactLint/compareJob', { uri, jobUri: uriOf(dir, 'nope.md') });
    assert.equal(gone.error, 'Cannot read the job description nope.md: file not found.');
  });
});
