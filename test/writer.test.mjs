// The server's stdio writer (server/src/node/writer.ts): a publish of many diagnostics is
// encoded piece by piece into a kept buffer. The bytes must be JSON.stringify's, and a
// message must never be overwritten by the next while the stream still holds it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { engine, importTs, tempDir } from './helpers.mjs';
import { Client, closeAll, writeFile } from './lsp-client.mjs';

const { JsonEncoder, PiecewiseWriter } = await importTs('server/src/node/writer.ts');

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

describe('the stdio writer', () => {
  it('encodes a publish of a thousand diagnostics to the bytes of JSON.stringify', () => {
    const message = publish(Array.from({ length: 1000 }, (_, i) => diagnostic(i)));
    assert.ok(new JsonEncoder().encode(message).equals(Buffer.from(JSON.stringify(message), 'utf8')));
  });

  it('encodes any message to the bytes of JSON.stringify: undefined, functions, toJSON, lone surrogates, long arrays anywhere', () => {
    const encoder = new JsonEncoder();
    const value = fc.oneof(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true }), fc.constant(undefined), fc.constant(() => 1), fc.string({ unit: 'binary' }));
    const message = fc.record({
      jsonrpc: fc.constant('2.0'),
      method: fc.string(),
      params: fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(value, fc.array(value, { minLength: 64, maxLength: 80 }))),
    });
    fc.assert(
      fc.property(message, fc.array(value, { minLength: 64, maxLength: 100 }), (m, long) => {
        // One long array always, so that the message is written piece by piece.
        m.params.diagnostics = long;
        assert.ok(encoder.encode(m).equals(Buffer.from(JSON.stringify(m), 'utf8')));
      }),
      { numRuns: 300 },
    );
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

  it('writes messages in order, each whole, into a stream that takes its time', async () => {
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
    const writer = new PiecewiseWriter(slow);
    const messages = [publish(Array.from({ length: 200 }, (_, i) => diagnostic(i))), publish(Array.from({ length: 100 }, (_, i) => diagnostic(1000 + i))), { jsonrpc: '2.0', id: 1, result: null }, publish(Array.from({ length: 300 }, (_, i) => diagnostic(2000 + i)))];
    await Promise.all(messages.map((m) => writer.write(m)));
    assert.deepEqual(frames(Buffer.concat(chunks)), JSON.parse(JSON.stringify(messages)));
  });

  it('reports a stream error to the connection and rejects the write', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    broken.on('error', () => {});
    const writer = new PiecewiseWriter(broken);
    const errors = [];
    writer.onError(([error]) => errors.push(error.message));
    await assert.rejects(writer.write(publish(Array.from({ length: 100 }, (_, i) => diagnostic(i)))), /EPIPE/);
    assert.ok(errors.includes('EPIPE'), JSON.stringify(errors));
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
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      expected.map((f) => [f.ruleId, f.start.line, f.start.character, f.message]),
    );
    await client.shutdown();
  });
});

after(closeAll);
