// Open documents that the server packs while idle (server/src/node/documents.ts): a
// packed document reads, edits and measures exactly as an unpacked one would.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { importTs } from './helpers.mjs';

const { PackableDocument, packableDocuments, describePacking, PACK_MIN_CHARACTERS } = await importTs('server/src/node/documents.ts');

const TEXTS = {
  'a resume with an en dash': '# Sam Rivera\n\n## Experience\n\n### IT Manager, Acme (2019 – 2024)\n\n- Responsible for the server upgrade\n',
  'CRLF and a BOM': '\uFEFF---\r\nimpact-lint: resume\r\n---\r\n\r\n- Led 3 teams\r\n',
  'lone surrogates and NUL': 'a\uD800b\uDC00c\u0000d\uDBFF',
  'emoji and CJK': '- 🚀 Launched 新しい サービス in 6 weeks ✅\n',
  'empty': '',
  'no final newline, lone CR': 'one\rtwo\nthree',
};

function pair(text) {
  return { plain: TextDocument.create('file:///r.md', 'markdown', 3, text), packable: new PackableDocument('file:///r.md', 'markdown', 3, text) };
}

/** Everything a caller can read of a document, at a few positions. */
function reading(document) {
  const text = document.getText();
  const offsets = [0, 1, Math.floor(text.length / 2), text.length - 1, text.length, text.length + 5];
  return {
    text,
    version: document.version,
    lineCount: document.lineCount,
    positions: offsets.map((o) => document.positionAt(o)),
    offsets: offsets.map((o) => document.offsetAt(document.positionAt(o))),
    ranges: [0, 1, 2, 99].map((line) => document.getLineRange(line)),
    eols: [0, 1, 2, 99].map((line) => document.getEOLCharacters(line)),
    part: document.getText({ start: { line: 0, character: 1 }, end: { line: 1, character: 2 } }),
  };
}

describe('PackableDocument', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    test(`packed, then read: the same text and positions as a plain document (${name})`, () => {
      const { plain, packable } = pair(text);
      const packed = packable.pack(0);
      assert.ok(packed, 'packing an unpacked document reports what it packed');
      assert.equal(packed.characters, text.length);
      assert.equal(packable.isPacked, true);
      assert.deepEqual(reading(packable), reading(plain));
      assert.equal(packable.isPacked, false, 'reading the text inflates it');
    });
  }

  test('the version is read without inflating; packing twice packs once', () => {
    const { packable } = pair(TEXTS['a resume with an en dash']);
    assert.ok(packable.pack(0));
    assert.equal(packable.pack(0), undefined);
    assert.equal(packable.version, 3);
    assert.equal(packable.isPacked, true);
    assert.equal(packable.uri, 'file:///r.md');
    assert.equal(packable.languageId, 'markdown');
  });

  test('edits to a packed document apply to its text as to a plain one, through the TextDocuments configuration', () => {
    const text = TEXTS['a resume with an en dash'];
    const { plain, packable } = pair(text);
    const changes = [
      { range: { start: { line: 6, character: 2 }, end: { line: 6, character: 17 } }, text: 'Led' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- x -->\r\n' },
    ];
    packable.pack(0);
    const same = packableDocuments.update(packable, changes, 4);
    TextDocument.update(plain, changes, 4);
    assert.equal(same, packable, 'updated in place, as TextDocuments expects');
    assert.deepEqual(reading(packable), reading(plain));
    assert.match(packable.getText(), /- Led the server upgrade/);
    // A whole-text change to a packed document.
    packable.pack(0);
    packableDocuments.update(packable, [{ text: 'new\n' }], 5);
    assert.equal(packable.getText(), 'new\n');
    assert.equal(packable.version, 5);
  });

  test('a text of many repeated lines packs to a small part of its size, and holds no more than that', () => {
    const text = '- Responsible for the server upgrade across 3 sites – in 6 weeks\n'.repeat(1500);
    const document = new PackableDocument('file:///big.md', 'markdown', 1, text);
    const packed = document.pack();
    assert.ok(packed.bytes < text.length / 10, `${packed.bytes} bytes for ${text.length} characters`);
    // Not a view of zlib's 16 KB output chunk, which would stay allocated with it: its own
    // memory, or a slice of Node's shared 8 KB pool.
    const held = document['packed'].buffer.byteLength;
    assert.ok(held <= Math.max(packed.bytes, 8 * 1024), `${held} bytes held for ${packed.bytes}`);
    assert.equal(document.getText(), text);
  });

  test('a text shorter than PACK_MIN_CHARACTERS stays unpacked', () => {
    const short = 'x'.repeat(PACK_MIN_CHARACTERS - 1);
    const document = new PackableDocument('file:///short.md', 'markdown', 1, short);
    assert.equal(document.pack(), undefined);
    assert.equal(document.isPacked, false);
    assert.ok(new PackableDocument('file:///long.md', 'markdown', 1, `${short}x`).pack());
  });

  test('describePacking names the count and the sizes', () => {
    assert.equal(describePacking(46, 46 * 102400, 46 * 2048), 'Impact Lint: idle, packed the text of 46 documents not in use: 4600 K characters into 92 KB');
    assert.equal(describePacking(1, 1024, 100), 'Impact Lint: idle, packed the text of 1 document not in use: 1 K characters into 0 KB');
  });
});
