// The VS Code client starts the server over Node IPC; this forks the built
// server the same way and checks that diagnostics arrive over that transport.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, IPCMessageReader, IPCMessageWriter } = protocol;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('the server speaks LSP over Node IPC (the transport the VS Code client uses)', async () => {
  const child = fork(path.join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  after(() => child.kill());
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const published = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 10 s')), 10_000);
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      clearTimeout(timer);
      resolve(params);
    });
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Handled server upgrades for 3 sites\n' },
  });
  const params = await published;
  assert.equal(params.uri, 'untitled:Untitled-1');
  assert.deepEqual(
    params.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
    [['weak-opening', 6, 2, 9]],
  );
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
});
