// The server gives memory back once linting stops (server/src/node/idle.ts): after
// many large documents it collects its garbage when idle and says so in its log, and
// it goes on answering afterwards. IMPACT_LINT_IDLE_COLLECT shortens the quiet time.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import * as path from 'node:path';
import { resumeLike } from './bench/generate.mjs';
import { tempDir } from './helpers.mjs';
import { Client, closeAll, writeFile } from './lsp-client.mjs';

const COLLECTED = /idle, collected garbage: heap (\d+) MB -> (\d+) MB \((\d+) MB live\) in \d+ ms/;
const RELEASED = /idle, let go of the (\d+) KB buffer that encodes messages over stdio/;
const PACKED = /idle, packed the text of (\d+) documents not in use: (\d+) K characters into (\d+) KB/;

after(closeAll);

describe('dist/server.js --stdio: memory after linting stops', () => {
  test('after 30 resumes of 100 KB the texts not in use are packed and the heap is collected once idle, and the server still lints', async () => {
    const dir = tempDir();
    const client = new Client({ cwd: dir, env: { IMPACT_LINT_IDLE_COLLECT: '1000' } });
    await client.initialize(dir);
    const uris = [];
    for (let i = 0; i < 30; i++) {
      const uri = writeFile(dir, `resume-${i}.md`, '');
      uris.push(uri);
      await client.open(uri, resumeLike(100 * 1024).replace('# Sam Rivera', `# Sam Rivera ${i}`));
    }
    const first = [];
    for (const uri of uris) {
      first.push(await client.diagnosticsFor(uri, 1));
      assert.ok(first.at(-1).length > 100, `${path.basename(uri)} has its findings`);
    }
    const log = await client.waitFor('log', (p) => COLLECTED.test(p.message), 'the idle collection in the log');
    // Every packing before the collection: a slow machine may have gone quiet for a second between two lints too.
    const packings = client.events.slice(0, client.events.findIndex((e) => e.params === log)).filter((e) => e.type === 'log' && PACKED.test(e.params.message));
    assert.ok(packings.length, 'the packing in the log');
    const packing = packings.at(-1);
    const [count, characters, packedKb] = [1, 2, 3].map((k) => packings.reduce((sum, e) => sum + Number(PACKED.exec(e.params.message)[k]), 0));
    // The last 4 linted keep their texts (and lint results) for code actions and hovers.
    assert.equal(count, 26, packings.map((e) => e.params.message).join('; '));
    // Under a fifth of a byte a character, against two in memory: these generated resumes repeat their bullets.
    assert.ok(characters >= 26 * 100 && packedKb * 5 < characters, packing.params.message);
    const at = (params) => client.events.findIndex((e) => e.params === params);
    const lastPublish = client.events.findLastIndex((e) => e.type === 'diagnostics');
    assert.ok(at(log) > lastPublish, 'the collection waited for the last lint to end');
    assert.ok(at(packing.params) > lastPublish && at(packing.params) < at(log), 'packed when idle, then collected');
    // Over stdio the server encodes a publish into a buffer it keeps (server/src/node/stdio.ts), and lets it go before collecting.
    const released = client.events.slice(lastPublish, at(log)).filter((e) => e.type === 'log' && RELEASED.test(e.params.message));
    assert.equal(released.length, 1, 'the stdio buffer let go of before the collection');
    assert.ok(Number(RELEASED.exec(released[0].params.message)[1]) >= 64, released[0].params.message);
    const [, before, afterMb, live] = COLLECTED.exec(log.message).map(Number);
    // The working data of 30 lints is garbage; the 30 texts (6 MB) and the server stay.
    assert.ok(afterMb < before, `the heap shrank: ${log.message}`);
    assert.ok(live < 64, `what is live is the texts and the server, not the lints' working data: ${log.message}`);

    const since = client.mark();
    const version = await client.change(uris[0], [{ range: { start: { line: 15, character: 2 }, end: { line: 15, character: 2 } }, text: 'x' }]);
    const diagnostics = await client.diagnosticsFor(uris[0], version, since);
    assert.ok(diagnostics.length > 100, 'an edit after the collection is linted as before');
    // The first document was packed: read back whole, it has the same findings as before on every other line.
    const elsewhere = (list) => list.filter((d) => d.range.start.line !== 15).map((d) => JSON.stringify([d.range, d.code, d.message]));
    assert.deepEqual(elsewhere(diagnostics), elsewhere(first[0]));
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uris[1] }, position: { line: 15, character: 4 } });
    assert.match(JSON.stringify(hover), /weak-opening|missing-metric|Responsible|duty/, 'a hover on another packed document');
  });

  test('documents skipped as over maxFileSize have their texts packed once idle too', async () => {
    const dir = tempDir();
    writeFile(dir, '.impact-lint.json', JSON.stringify({ maxFileSize: 1000 }));
    const client = new Client({ cwd: dir, env: { IMPACT_LINT_IDLE_COLLECT: '200' } });
    await client.initialize(dir);
    const text = resumeLike(20 * 1024);
    const uris = [];
    for (let i = 0; i < 3; i++) {
      uris.push(writeFile(dir, `big-${i}.md`, text));
      await client.open(uris[i], text);
    }
    for (const uri of uris) assert.deepEqual(await client.diagnosticsFor(uri, 1), [], 'skipped: nothing published but an empty list');
    const packing = await client.waitFor('log', (p) => PACKED.test(p.message), 'the packing in the log');
    assert.equal(Number(PACKED.exec(packing.message)[1]), 3, packing.message);
    // Read back whole: the skipped documents still answer with their text.
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uris[0] }, position: { line: 15, character: 4 } });
    assert.equal(hover, null, 'no findings to explain in a skipped document');
  });

  // The document opened last gets its per-bullet memo at the opening (server.ts), another
  // opening or the idle time drops it again, and an edit makes a new one: along each of
  // these paths the diagnostics must be those of the same text linted afresh.
  test('typing into a document right after its opening, after another opening and after the idle time gives the diagnostics of a fresh lint', async () => {
    const dir = tempDir();
    const client = new Client({ cwd: dir, env: { IMPACT_LINT_IDLE_COLLECT: '300' } });
    await client.initialize(dir);
    const text = resumeLike(8 * 1024);
    const typed = writeFile(dir, 'typed.md', '');
    const other = writeFile(dir, 'other.md', '');
    const line = text.split('\n').findIndex((l, i) => i > 20 && l.startsWith('- Responsible for'));
    assert.ok(line > 0, 'the generated resume has a duty bullet to type into');
    // Each edit rewrites the opening of one bullet: "Responsible for" -> "Led", then back.
    const rewrite = (from, to) => [{ range: { start: { line, character: 2 }, end: { line, character: 2 + from.length } }, text: to }];
    const fresh = async (name, now) => {
      const uri = writeFile(dir, name, '');
      await client.open(uri, now);
      return client.diagnosticsFor(uri, 1);
    };
    const shape = (list) => list.map((d) => JSON.stringify([d.range, d.code, d.message]));

    await client.open(typed, text);
    const opened = await client.diagnosticsFor(typed, 1);
    assert.ok(opened.some((d) => d.range.start.line === line && d.code === 'weak-opening'), 'the bullet typed into has its finding');
    // Right after the opening: the memo made then.
    let version = await client.change(typed, rewrite('Responsible for', 'Led'));
    const first = await client.diagnosticsFor(typed, version);
    assert.ok(!first.some((d) => d.range.start.line === line && d.code === 'weak-opening'), 'the rewritten bullet lost its finding');
    assert.deepEqual(shape(first), shape(await fresh('fresh-1.md', client.text(typed))));
    // Other documents opened (the typed one keeps its memo, it was edited), then back to the first.
    // The fillers push the fresh ones out of the recent results, so that the idle time packs them and says so.
    for (let i = 0; i < 5; i++) await fresh(`filler-${i}.md`, text.replace('# Sam Rivera', `# Filler ${i}`));
    await client.open(other, text.replace('# Sam Rivera', '# Alex Doe'));
    await client.diagnosticsFor(other, 1);
    version = await client.change(typed, rewrite('Led', 'Responsible for'));
    assert.deepEqual(shape(await client.diagnosticsFor(typed, version)), shape(opened), 'back to the opened text, back to its diagnostics');
    // Idle: the memo of the document opened last and never edited is dropped; an edit then lints it whole.
    await client.waitFor('log', (p) => PACKED.test(p.message), 'the packing of the documents not in use, once idle');
    const since = client.mark();
    version = await client.change(other, rewrite('Responsible for', 'Led'));
    assert.deepEqual(shape(await client.diagnosticsFor(other, version, since)), shape(await fresh('fresh-2.md', client.text(other))));
  });

  test('a server that linted little does not collect', async () => {
    const dir = tempDir();
    const client = new Client({ cwd: dir, env: { IMPACT_LINT_IDLE_COLLECT: '1' } });
    await client.initialize(dir);
    const uri = writeFile(dir, 'resume.md', '');
    await client.open(uri, '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Responsible for the backups\n');
    assert.equal((await client.diagnosticsFor(uri, 1)).length > 0, true);
    // Requests answered for 50 ms after the lint: the quiet time of 1 ms has long passed,
    // and the server handles its timers between them.
    const until = Date.now() + 50;
    while (Date.now() < until) await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    assert.deepEqual(client.events.filter((e) => e.type === 'log' && COLLECTED.test(e.params.message)), [], 'no collection under 32 MB of growth');
  });
});
