// The server's stdio encoder (server/src/node/stdio.ts): a publish of many diagnostics is
// encoded piece by piece into a kept buffer. The bytes must be JSON.stringify's, and a
// message must never be overwritten by the next while the stream still holds it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import languageServer from 'vscode-languageserver/node';
import { engine, importTs, tempDir } from './helpers.mjs';
import { Client, closeAll, withTimeout, writeFile } from './lsp-client.mjs';

const { JsonEncoder, StdioEncoder, transportOf } = await importTs('server/src/node/stdio.ts');
// The writer the server's bundle uses (the same package): its lock is what keeps the kept buffer safe.
const { StreamMessageWriter } = languageServer;

const publish = (diagnostics, extra = {}) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r%C3%A9sum%C3%A9.md', version: 3, diagnostics, ...extra } });

const diagnostic = (i) => ({
  range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
  severity: 2,
  code: 'weak-opening',
  codeDescription: { href: 'https://example.com/docs/rules/weak-opening.md' },
  source: 'impact-lint',
  message: `Opens with "Responsible for" — say what you did: “Led”, “Cut” 🚀 (${i})`,
  data: { index: i },
});

/** The frames a stream received, as parsed messages; fails on a frame that is not whole JSON. */
function frames(bytes) {
  const messages = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/^Content-Length: (\d+)$/.exec(bytes.subarray(at, headerEnd).toString('ascii'))[1]);
    messages.push(JSON.parse(bytes.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
    at = headerEnd + 4 + length;
  }
  return messages;
}

describe('the stdio encoder', () => {
  it('encodes a publish of a thousand diagnostics to the bytes of JSON.stringify', () => {
    const message = publish(Array.from({ length: 1000 }, (_, i) => diagnostic(i)));
    assert.ok(new JsonEncoder().encode(message).equals(Buffer.from(JSON.stringify(message), 'utf8')));
  });

  it('encodes any message to the bytes of JSON.stringify: undefined, functions, symbols, toJSON, boxed values, lone surrogates, long arrays anywhere', () => {
    const encoder = new JsonEncoder();
    class Point {
      constructor() {
        this.x = 1;
      }
    }
    // A toJSON is given its key (a property's name, an element's index); one may return undefined, which is left out.
    const special = fc.constantFrom(
      undefined,
      () => 1,
      Symbol('s'),
      { toJSON: (key) => `key=${key}` },
      { toJSON: () => undefined },
      { toJSON: () => ({ nested: [1, 2] }) },
      new Date(0),
      new String('a.md'),
      new Boolean(false),
      new Number(-0),
      new Point(),
      Object.create(null),
      -0,
      NaN,
      Infinity,
    );
    const value = fc.oneof(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), special, fc.string({ unit: 'binary' }));
    const message = fc.record({
      jsonrpc: fc.constant('2.0'),
      method: fc.string(),
      params: fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(value, fc.array(value, { minLength: 64, maxLength: 80 }))),
    });
    fc.assert(
      fc.property(message, fc.array(value, { minLength: 64, maxLength: 100 }), (m, long) => {
        // One long array always, so that the message is written piece by piece; a params or message with a toJSON goes whole.
        m.params.diagnostics = long;
        assert.ok(encoder.encode(m).equals(Buffer.from(JSON.stringify(m), 'utf8')));
      }),
      { numRuns: 300 },
    );
  });

  it('grows by what UTF-8 needs: three bytes for each character of Japanese text', () => {
    const encoder = new JsonEncoder();
    // The first diagnostic alone is 30,000 characters and 90 KB: more than twice its characters, more than the first buffer.
    const japanese = publish(Array.from({ length: 400 }, (_, i) => ({ ...diagnostic(i), message: '担当者が未定です。'.repeat(i === 0 ? 3400 : 20) })));
    const bytes = encoder.encode(japanese);
    assert.ok(bytes.equals(Buffer.from(JSON.stringify(japanese))), `${bytes.length} bytes against ${Buffer.byteLength(JSON.stringify(japanese))}`);
  });

  it('grows past its first buffer and keeps the bytes of a message that outgrew it', () => {
    const encoder = new JsonEncoder();
    const small = publish(Array.from({ length: 70 }, (_, i) => diagnostic(i)));
    const large = publish(Array.from({ length: 3000 }, (_, i) => diagnostic(i)));
    assert.ok(encoder.encode(small).equals(Buffer.from(JSON.stringify(small))));
    const bytes = encoder.encode(large);
    assert.ok(bytes.length > 256 * 1024, `${bytes.length} bytes`);
    assert.ok(bytes.equals(Buffer.from(JSON.stringify(large))));
  });

  // The kept buffer is lent to the stream: vscode-jsonrpc's writer must not encode the next message before the stream
  // has called back for the last one's bytes.
  it('through vscode-jsonrpc\'s stream writer, writes messages in order, each whole, into a stream that takes its time', async () => {
    const chunks = [];
    // Holds each chunk (not a copy) and calls back later, as a pipe does when the reader is slow; the bytes are read
    // when it is done with them, so a chunk overwritten while the stream held it shows.
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk, _encoding, callback) {
        setTimeout(() => {
          chunks.push(Buffer.from(chunk));
          callback();
        }, 5);
      },
    });
    const writer = new StreamMessageWriter(slow, { contentTypeEncoder: new StdioEncoder() });
    const messages = [publish(Array.from({ length: 200 }, (_, i) => diagnostic(i))), publish(Array.from({ length: 100 }, (_, i) => diagnostic(1000 + i))), { jsonrpc: '2.0', id: 1, result: null }, publish(Array.from({ length: 300 }, (_, i) => diagnostic(2000 + i)))];
    await Promise.all(messages.map((m) => writer.write(m)));
    assert.deepEqual(frames(Buffer.concat(chunks)), JSON.parse(JSON.stringify(messages)));
  });

  it('encodes for a charset other than UTF-8 as vscode-jsonrpc does, and gives back its kept buffer', async () => {
    const encoder = new StdioEncoder();
    const message = publish(Array.from({ length: 100 }, (_, i) => diagnostic(i)));
    assert.ok(Buffer.from(await encoder.encode(message, { charset: 'ascii' })).equals(Buffer.from(JSON.stringify(message), 'ascii')));
    const bytes = await encoder.encode(message, { charset: 'utf-8' });
    assert.ok(Buffer.from(bytes).equals(Buffer.from(JSON.stringify(message), 'utf8')));
    assert.ok(encoder.json.size >= bytes.byteLength);
    encoder.json.release();
    assert.equal(encoder.json.size, 0);
  });

  it('is used for --stdio only, the first transport argument counting', () => {
    assert.deepEqual([['--stdio'], ['--node-ipc'], ['--socket=5007'], ['--pipe', 'x'], ['--stdio', '--node-ipc'], ['--node-ipc', '--stdio'], ['--clientProcessId=1']].map(transportOf), ['stdio', 'other', 'other', 'other', 'stdio', 'other', undefined]);
  });

  // Regression (a review of this change): console.dir wrote to stdout between messages. The yaml library dumps its
  // tokens with it when LOG_STREAM is set, and front matter is read with it.
  it('over stdio, console output goes to the client\'s log, not into the protocol', async () => {
    const dir = tempDir();
    const text = '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Responsible for managing servers\n';
    const uri = writeFile(dir, 'resume.md', text);
    const client = new Client({ cwd: dir, env: { LOG_STREAM: '1' } });
    await client.initialize(dir);
    const version = await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, version);
    assert.ok(diagnostics.some((d) => d.code === 'weak-opening'), JSON.stringify(diagnostics));
    assert.ok(client.events.some((e) => e.type === 'log' && /impact-lint/.test(JSON.stringify(e.params))), 'the dump of the front matter arrives as a log message');
    await client.shutdown();
  });

  it('over stdio, the server publishes a document of hundreds of findings whole, as the engine finds them', async () => {
    const dir = tempDir();
    const text = `## Experience\n\n${'- Responsible for managing servers and helping with the migration\n'.repeat(300)}`;
    const uri = writeFile(dir, 'resume.md', text);
    const client = new Client({ cwd: dir });
    await client.initialize(dir);
    const version = await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, version);
    const expected = engine.lint(text, { path: path.join(dir, 'resume.md') }).findings;
    assert.ok(expected.length >= 300, `${expected.length} findings`);
    const severities = { error: 1, warning: 2, info: 3 };
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      expected.map((f) => [f.ruleId, severities[f.severity], { start: f.start, end: f.end }, f.message]),
    );
    await client.shutdown();
  });

  // The protocol: "exit" without "shutdown" first ends the server with 1, and so does an editor that goes away
  // (its pipe closes), as vscode-languageserver's own stdio does (a review's check, now a test).
  it('a client that goes away without shutdown: the server exits with code 1 when its stdin ends', async () => {
    const dir = tempDir();
    const client = new Client({ cwd: dir });
    await client.initialize(dir);
    client.expectExit = true;
    client.child.stdin.end();
    assert.deepEqual(await withTimeout(client.exited, 'the server to exit'), { code: 1, signal: null });
  });

  it('"exit" without "shutdown" ends the server with code 1', async () => {
    const dir = tempDir();
    const client = new Client({ cwd: dir });
    await client.initialize(dir);
    client.expectExit = true;
    await client.notify('exit', null);
    assert.deepEqual(await withTimeout(client.exited, 'the server to exit'), { code: 1, signal: null });
  });
});

after(closeAll);
