// Requests with missing or mistyped parameters: the answer is InvalidParams (-32602)
// naming the field, not an internal error with a JavaScript message, and the server
// goes on. Regression: `impactLint/statusReport` with `today: "yesterday"` made a report
// for "NaN-NaN-NaN to yesterday"; hover without a position answered -32603 "Cannot read
// properties of undefined (reading 'line')".
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers.mjs';
import { Client, closeAll, writeFile } from './lsp-client.mjs';

after(closeAll);

const RESUME = fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8');
const RAID = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'drafting', 'raid-log.md'), 'utf8');
const INVALID_PARAMS = -32602;

/** The error a request is answered with (fails if it succeeds). */
async function errorOf(client, method, params) {
  try {
    const result = await client.request(method, params);
    assert.fail(`${method} ${JSON.stringify(params)} answered ${JSON.stringify(result)?.slice(0, 200)}, not an error`);
  } catch (error) {
    if (error?.code === undefined) throw error;
    return error;
  }
}

/** A server answering workspace/configuration with `settings`, with examples/resume.md open and its first diagnostics in. */
async function openResume(settings) {
  const dir = tempDir();
  const uri = writeFile(dir, 'resume.md', RESUME);
  const client = new Client({ settings: () => settings });
  await client.initialize(dir);
  await client.open(uri, RESUME);
  return { client, uri, first: await client.diagnosticsFor(uri, 1) };
}

/** Types a space at the very start of `uri`: the new version. */
function typeSpace(client, uri) {
  return client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
}

/** A resume of about 1.2 MB: over the default maxFileSize (1,000,000 bytes). */
const BIG_RESUME = `${RESUME}\n${'- Cut ticket backlog by 35% in 6 weeks\n'.repeat(30_000)}`;

// Regression (a robustness review): an option named "constructor" in the editor settings
// made reading them throw, and the unhandled rejection of an edit ended the server.
describe('dist/server.js --stdio: editor settings with an option Object.prototype has', () => {
  test('are reported, and the document is linted through an edit', async () => {
    const { client, uri, first } = await openResume({ debounceMs: 0, rules: { 'weak-opening': ['error', { constructor: 1 }] } });
    assert.ok(first.some((d) => d.code === 'weak-opening' && d.severity === 1), 'weak-opening at error: the rest of the setting applies');
    await client.waitFor('log', (p) => /"weak-opening" has no option "constructor"/.test(p.message), 'the settings problem in the log');
    await client.diagnosticsFor(uri, await typeSpace(client, uri));
    // Said once, not again on every key typed.
    assert.equal(client.events.filter((e) => e.type === 'log' && /has no option "constructor"/.test(e.params.message)).length, 1);
    assert.equal((await client.shutdown()).code, 0);
  });
});

// Regression (a robustness review): requests read any file they were given (a FIFO never
// answered, a 20 MB file took seconds and 800 MB), and a file: URI with a host logged a stack
// trace on every lint and published nothing.
describe('dist/server.js --stdio: files named by requests, and URIs with no local path', () => {
  const dir = tempDir();
  const client = new Client();

  test('a request on a FIFO or a file over maxFileSize answers at once, with nothing read', async () => {
    await client.initialize(dir);
    const big = writeFile(dir, 'big-resume.md', BIG_RESUME);
    assert.deepEqual(await client.request('impactLint/resumeRoles', { uri: big }), []);
    const fifo = path.join(dir, 'fifo.md');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      assert.deepEqual(await client.request('impactLint/resumeRoles', { uri: pathToFileURL(fifo).href }), []);
    }
    const small = writeFile(dir, 'resume.md', RESUME);
    assert.ok((await client.request('impactLint/resumeRoles', { uri: small })).length > 0, 'a readable resume still gives its roles');
  });

  test('a file over the default maxFileSize is read when the editor setting allows it', async () => {
    const roomy = new Client({ settings: () => ({ debounceMs: 0, maxFileSize: 5_000_000 }) });
    await roomy.initialize(dir);
    const big = writeFile(dir, 'big-allowed.md', BIG_RESUME);
    assert.ok((await roomy.request('impactLint/resumeRoles', { uri: big })).length > 0);
    assert.equal((await roomy.shutdown()).code, 0);
  });

  test('a document at file://host/... is linted like an untitled one, without errors in the log', async () => {
    const since = client.mark();
    const uri = 'file://otherhost/share/resume.md';
    await client.open(uri, RESUME);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'weak-opening'));
    await client.close(uri);
    assert.deepEqual(client.events.slice(since).filter((e) => e.type === 'log' && e.params.type === 1).map((e) => e.params.message), []);
    assert.equal((await client.shutdown()).code, 0);
  });
});

// Regression (a robustness review): a debounceMs of 1e12 overflowed Node's timer, whose warning reached the editor as an error.
describe('dist/server.js --stdio: a debounceMs past what a timer can wait', () => {
  test('is held to a minute, without a TimeoutOverflowWarning', async () => {
    const { client, uri } = await openResume({ debounceMs: 1e12 });
    await typeSpace(client, uri);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(client.events.filter((e) => e.type === 'log' && /TimeoutOverflow/.test(e.params.message)).map((e) => e.params.message), []);
    assert.doesNotMatch(client.stderr ?? '', /TimeoutOverflow/);
    assert.equal((await client.shutdown()).code, 0);
  });
});

describe('dist/server.js --stdio: request parameters', () => {
  const dir = tempDir();
  const uri = writeFile(dir, 'resume.md', RESUME);
  const raidUri = writeFile(dir, 'raid-log.md', RAID);
  const client = new Client();

  test('initialize and open a resume', async () => {
    await client.initialize(dir);
    await client.open(uri, RESUME);
    await client.diagnosticsFor(uri, 1);
  });

  const cases = [
    ['impactLint/statusReport', { raidUri, today: 'yesterday' }, /"today" must be a date written YYYY-MM-DD, not "yesterday"/],
    ['impactLint/statusReport', { raidUri, periodDays: -5 }, /"periodDays" must be a whole number of days from 1 to 3660, not -5/],
    ['impactLint/statusReport', { raidUri, periodDays: 'x' }, /"periodDays" must be a whole number of days/],
    ['impactLint/statusReport', { raidText: 42 }, /"raidText" must be a string, not 42/],
    ['impactLint/compareJob', {}, /"uri" is missing; it must be a string/],
    ['impactLint/compareJob', { uri, jobUri: 5 }, /"jobUri" must be a string, not 5/],
    ['impactLint/resumeRoles', { text: 5 }, /"text" must be a string, not 5/],
    ['impactLint/draftFromLogEntry', { uri }, /"position" is missing/],
    ['impactLint/draftFromLogEntry', { uri, position: { line: -1, character: 0 } }, /"position" must be a position/],
    ['impactLint/draftFromLogEntry', { uri, position: { line: 1, character: 0 }, shape: 'poem' }, /"shape" must be "bullet" or "star", not "poem"/],
    ['impactLint/statusReport', undefined, /the parameters must be an object/],
    ['textDocument/hover', { textDocument: { uri } }, /"position" is missing/],
    // Regression (a robustness review): these were internal errors (-32603) with a raw TypeError.
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, /"context" is missing; it must be a code action context/],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [null, 7] } }, /"context" must be a code action context/],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: 'quickfix' } }, /"context" must be a code action context/],
    ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }, /"range" is missing; it must be a range/],
    ['textDocument/completion', { textDocument: {}, position: { line: 0, character: 0 } }, /"textDocument" must be a text document identifier/],
    ['workspace/executeCommand', { command: 'impactLint.server.nope' }, /Unknown command "impactLint\.server\.nope"/],
    ['workspace/executeCommand', { command: 'impactLint.server.showDocumentation', arguments: [{ href: 'x' }] }, /takes the documentation URL/],
    ['workspace/executeCommand', { command: 'impactLint.server.showDocumentation' }, /takes the documentation URL .*, not nothing/],
  ];
  for (const [method, params, message] of cases) {
    test(`${method} ${JSON.stringify(params)?.replace(/"file:[^"]*"/g, '<uri>') ?? 'without parameters'}: InvalidParams`, async () => {
      const error = await errorOf(client, method, params);
      assert.equal(error.code, INVALID_PARAMS, error.message);
      assert.match(error.message, message);
    });
  }

  test('the server goes on: a valid status report and a hover still answer', async () => {
    const report = await client.request('impactLint/statusReport', { raidUri, today: '2026-11-26', periodDays: 14 });
    assert.match(report.markdown, /2026-11-13 to 2026-11-26/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.ok(hover === null || typeof hover.contents === 'object');
    assert.equal((await client.shutdown()).code, 0);
  });

  test('a client that cannot open documents is shown the documentation link in a message', async () => {
    const plain = new Client();
    await plain.initialize(dir);
    const since = plain.mark();
    await plain.request('workspace/executeCommand', { command: 'impactLint.server.showDocumentation', arguments: ['https://example.com/docs/rules/weak-opening.md'] });
    const shown = await plain.waitFor('showMessage', (p) => /weak-opening\.md/.test(p.message), 'window/showMessage with the link', since);
    assert.equal(shown.message, 'Rule documentation: https://example.com/docs/rules/weak-opening.md');
    assert.equal((await plain.shutdown()).code, 0);
  });
});
