// A code action must fix the finding its diagnostic shows, never another one: the
// server may have linted again since the diagnostic was published (settings, the
// job description or the date changed; a document that left the recent-results
// cache), so the index in `data` is only a hint. Talks JSON-RPC to dist/server.js.
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
const RESUME = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Responsible for managing the Windows 11 rollout for 300 users', '- Worked on migrating 40 file servers to Azure', ''].join('\n');

function within(promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS)))]).finally(() => clearTimeout(timer));
}

describe('code actions match their diagnostic by rule, range and message', () => {
  let child;
  let connection;
  let dir;
  let uri;
  let diagnostics;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-stale-'));
    uri = pathToFileURL(path.join(dir, 'resume.md')).toString();
    child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, IMPACT_LINT_CACHE_DIR: 'off' } });
    connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise((resolve) => connection.onNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && resolve(p.diagnostics)));
    connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
    connection.listen();
    await within(connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true } } }), 'initialize');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: RESUME } });
    diagnostics = await within(published, 'diagnostics');
  });

  after(() => {
    connection?.dispose();
    child?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const weakOn = (line) => diagnostics.find((d) => d.code === 'weak-opening' && d.range.start.line === line);
  const actionsFor = (diagnostic) => within(connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }), 'code actions');
  const editedLines = (actions) => actions.flatMap((a) => a.edit?.changes?.[uri] ?? []).map((e) => e.range.start.line);

  test('the control: each weak opening gets a fix on its own line', async () => {
    for (const line of [6, 7]) {
      const actions = await actionsFor(weakOn(line));
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, `a preferred fix on line ${line}`);
      assert.deepEqual([...new Set(editedLines([fix]))], [line]);
    }
  });

  test('a diagnostic whose index points at another finding still gets its own fix', async () => {
    const [first, second] = [weakOn(6), weakOn(7)];
    const swapped = { ...second, data: first.data };
    const fix = (await actionsFor(swapped)).find((a) => a.isPreferred);
    assert.ok(fix, 'the fix is found by rule, range and message');
    assert.deepEqual([...new Set(editedLines([fix]))], [7], 'never the other bullet');
    assert.match(fix.title, /Migrated/);
  });

  test('a diagnostic no current finding matches gets no fix at all', async () => {
    const stale = { ...weakOn(6), message: 'A message from an older lint of this line.' };
    const actions = await actionsFor(stale);
    assert.deepEqual(editedLines(actions.filter((a) => !/^Disable/.test(a.title))), []);
  });
});
