// Completion and the resume score over the wire: spawn the BUILT server
// (dist/server.js --stdio) and talk JSON-RPC to it with the shared test client
// (test/lsp-client.mjs). Waits are on events with a timeout, never on sleeps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { tempDir } from './helpers.mjs';
import { Client, closeAll } from './lsp-client.mjs';

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

/** A client asking for completion (with or without snippets), answering configuration with `settings`. */
function completionClient(settings, snippetSupport = true) {
  return new Client({ settings: () => settings, capabilities: { textDocument: { completion: { completionItem: { snippetSupport, labelDetailsSupport: true } } } } });
}

function complete(client, uri, line, character, triggerCharacter = ' ') {
  const context = triggerCharacter ? { triggerKind: TRIGGER_CHARACTER, triggerCharacter } : { triggerKind: 1 };
  return client.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context });
}

const dir = tempDir();
const resumeUri = pathToFileURL(path.join(dir, 'resume.md')).toString();
const readmeUri = pathToFileURL(path.join(dir, 'README.md')).toString();
after(closeAll);

describe('dist/server.js: completion and score', () => {
  let client;
  before(async () => {
    fs.writeFileSync(path.join(dir, 'resume.md'), RESUME);
    client = completionClient({ debounceMs: 0 });
  });

  test('initialize advertises completion triggered by a space', async () => {
    const result = await client.initialize(dir);
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, [' ']);
  });

  test('a space after "- " in a resume bullet offers action verbs with their group', async () => {
    await client.open(resumeUri, RESUME);
    const list = await complete(client, resumeUri, 9, 2);
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
    const list = await complete(client, resumeUri, 7, 2, null);
    const top = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.ok(['Coordinated', 'Delivered'].includes(top.label), top.label);
    assert.deepEqual(top.textEdit.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 9 } });
  });

  test('after "Reduced ticket backlog " the shapes of a metric come as snippets', async () => {
    const list = await complete(client, resumeUri, 8, 25);
    const byPercent = list.items.find((i) => i.label === 'by N%');
    assert.ok(byPercent, list.items.map((i) => i.label).join(', '));
    assert.equal(byPercent.kind, SNIPPET);
    assert.equal(byPercent.insertTextFormat, 2, 'InsertTextFormat.Snippet');
    assert.equal(byPercent.textEdit.newText, 'by ${1:N}%');
  });

  test('nothing in prose or a README list', async () => {
    await client.open(readmeUri, README);
    assert.equal(await complete(client, readmeUri, 4, 2), null, 'README list');
    assert.equal(await complete(client, readmeUri, 2, 31), null, 'prose');
    assert.equal(await complete(client, resumeUri, 6, 12), null, 'inside a bullet that already opens with a verb');
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
    const list = await complete(client, resumeUri, 10, 2);
    assert.ok(list?.items.some((i) => i.label === 'Led'));
    assert.equal(await complete(client, resumeUri, 9, 2), null, 'the old empty line now opens with a verb');
  });

  test('shutdown', async () => {
    await client.shutdown();
  });
});

describe('dist/server.js: a client without snippet support', () => {
  test('gets metric shapes as plain text', async () => {
    const client = completionClient({ debounceMs: 0 }, false);
    await client.initialize(dir);
    await client.open(resumeUri, RESUME);
    const list = await complete(client, resumeUri, 8, 25);
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
    const client = completionClient({ debounceMs: 0, maxFileSize: 100 });
    await client.initialize(dir);
    await client.open(resumeUri, RESUME);
    assert.equal(await complete(client, resumeUri, 9, 2), null);
    await client.shutdown();
  });
});
