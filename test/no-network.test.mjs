// Security: the CLI and the language server never touch the network. Both run with
// test/fixtures/guards/net-guard.cjs preloaded, which logs and refuses every socket
// connect/listen, DNS lookup, HTTP request and fetch; the server's open file
// descriptors are also read from /proc, where any socket it opened shows up.
// The controls first prove the guard and the /proc check catch a real socket.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { ROOT, tempDir } from './helpers.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const GUARD = path.join(ROOT, 'test', 'fixtures', 'guards', 'net-guard.cjs');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 10_000;

function guarded(dir) {
  const log = path.join(dir, 'net.log');
  return { log, env: { ...process.env, NO_COLOR: '1', IMPACT_LINT_NET_LOG: log }, read: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '') };
}

/**
 * Socket file descriptors a process holds beyond stdin, stdout and stderr, from /proc
 * (Linux). Node's spawn gives a child its stdio pipes as Unix socket pairs: those are
 * the LSP connection itself.
 */
function socketsOf(pid) {
  const dir = `/proc/${pid}/fd`;
  return fs.readdirSync(dir).filter((fd) => Number(fd) > 2).flatMap((fd) => {
    try {
      const target = fs.readlinkSync(path.join(dir, fd));
      return target.startsWith('socket:') ? [`${fd} -> ${target}`] : [];
    } catch {
      return []; // closed while reading
    }
  });
}

function within(promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS)))]).finally(() => clearTimeout(timer));
}

describe('the network guard itself', () => {
  test('catches a process that connects to loopback', () => {
    const g = guarded(tempDir());
    const result = spawnSync(process.execPath, ['--require', GUARD, '-e', "require('node:net').connect(9, '127.0.0.1')"], { env: g.env, encoding: 'utf8' });
    assert.notEqual(result.status, 0);
    assert.match(g.read(), /net\.Socket\.connect/);
  });

  test('catches fetch and DNS', () => {
    const g = guarded(tempDir());
    spawnSync(process.execPath, ['--require', GUARD, '-e', "try { fetch('http://127.0.0.1:9') } catch {} ; try { require('node:dns').lookup('localhost', () => {}) } catch {}"], { env: g.env });
    assert.match(g.read(), /fetch/);
    assert.match(g.read(), /dns\.lookup/);
  });

  test('the /proc check sees a listening socket', async () => {
    const child = spawn(process.execPath, ['-e', "require('node:net').createServer().listen(0, '127.0.0.1', () => console.log('up'))"], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await within(new Promise((resolve) => child.stdout.once('data', resolve)), 'the control server');
      assert.ok(socketsOf(child.pid).length >= 1);
    } finally {
      child.kill();
    }
  });
});

describe('the CLI opens no socket', () => {
  test('linting, fixing, every format, --stdin and --print-kind', () => {
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const g = guarded(dir);
    const runs = [
      ['examples'],
      ['--format', 'json', 'examples'],
      ['--format', 'sarif', 'examples'],
      ['--format', 'github', 'examples'],
      ['--print-kind', 'examples'],
      ['--fix', 'examples'],
    ];
    for (const args of runs) {
      const result = spawnSync(process.execPath, ['--require', GUARD, CLI, ...args], { cwd: dir, env: g.env, encoding: 'utf8' });
      assert.ok(result.status === 0 || result.status === 1, `impact-lint ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    }
    const stdin = spawnSync(process.execPath, ['--require', GUARD, CLI, '--stdin', '--stdin-filename', 'resume.md'], { cwd: dir, env: g.env, encoding: 'utf8', input: fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8') });
    assert.equal(stdin.status, 1, stdin.stderr);
    assert.equal(g.read(), '');
  });
});

describe('the language server opens no socket beyond its stdio pipes', () => {
  test('open, lint, code actions, hover: the guard log is empty and /proc shows no socket', async () => {
    const dir = tempDir();
    const g = guarded(dir);
    const child = spawn(process.execPath, ['--require', GUARD, SERVER, '--stdio'], { cwd: dir, env: g.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Map();
    const waiters = [];
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      published.set(params.uri, params.diagnostics);
      for (const w of waiters.splice(0)) w();
    });
    connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      await within(connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true } } }), 'initialize');
      await connection.sendNotification('initialized', {});
      const docs = ['resume.md', 'project-log.md'].map((name) => ({ name, uri: pathToFileURL(path.join(dir, name)).toString(), text: fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8') }));
      for (const d of docs) await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
      await within(
        new Promise((resolve) => {
          const check = () => (docs.every((d) => published.has(d.uri)) ? resolve() : waiters.push(check));
          check();
        }),
        'diagnostics for both examples',
      );
      const resume = docs[0];
      const diagnostics = published.get(resume.uri);
      assert.ok(diagnostics.length > 0, 'the example resume has findings');
      const actions = await within(connection.sendRequest('textDocument/codeAction', { textDocument: { uri: resume.uri }, range: diagnostics[0].range, context: { diagnostics } }), 'code actions');
      assert.ok(actions.length > 0);
      await within(connection.sendRequest('textDocument/hover', { textDocument: { uri: resume.uri }, position: diagnostics[0].range.start }), 'hover');
      assert.deepEqual(socketsOf(child.pid), [], 'the server holds a socket');
      assert.equal(g.read(), '', stderr);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
