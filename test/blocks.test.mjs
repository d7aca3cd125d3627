// The block parse by chunks (server/src/engine/blocks.ts) that the language server keeps
// per document: on any text, and through any edits, it must give the tokens one parse of
// the whole text gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdit, engine } from './helpers.mjs';

// The engine's own parser (block rules only, its token class), not a copy of its setup.
const { BlockCache, blockParser: md } = engine;

const FIELDS = ['type', 'tag', 'nesting', 'level', 'map', 'content', 'info', 'markup', 'block', 'hidden', 'attrs'];
const plain = (tokens) => tokens.map((t) => Object.fromEntries(FIELDS.map((f) => [f, t[f]])));

function same(text, cache = new BlockCache()) {
  assert.deepEqual(plain(cache.parse(md, text)), plain(md.parse(text, {})), JSON.stringify(text));
}

/** Front matter of `count` lines, then `rest`: parsed as parseDocument parses it, its lines read as blank. */
function sameAfterFrontMatter(count, rest, cache = new BlockCache()) {
  const front = Array.from({ length: count }, (_, i) => (i === 0 || i === count - 1 ? '---' : `key${i}: # not a heading`)).join('\n');
  const text = count ? `${front}\n${rest}` : rest;
  const offset = count ? front.length + 1 : 0;
  const blanked = '\n'.repeat(count) + text.slice(offset);
  assert.deepEqual(plain(cache.parse(md, text, { lines: count, offset })), plain(md.parse(blanked, {})), JSON.stringify(text));
}

/** Lines that open, close or continue every kind of block, and the headings chunks start at. */
const LINES = [
  '# Heading', '## Role, Acme (2020 - 2024)', '#', '# ', '####### seven', '#hashtag', '  # indented heading', '\t# tab heading',
  '', '', '', '   ', '\t',
  '- item', '  - nested item', '1. ordered', '* star', '- [ ] task', '  continued line',
  '> quote', '> - quoted item', '>', '    indented code',
  '```', '```js', '~~~', '  ```', '- ```', '> ```', '````',
  '<!-- comment', '-->', '<!-- one line -->', '<pre>', '</pre>', '<script>', '</script>', '<div>', '</div>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>',
  '| a | b |', '| --- | --- |', '| 1 | 2 |',
  'A paragraph line.', 'Setext', '===', '---', '***', '[ref]: https://example.com',
];
const doc = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).chain((lines) =>
  fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol) + (lines.length ? eol : '')),
);

describe('block parse by chunks', () => {
  it('gives the tokens of one whole parse, on random documents', () => {
    fc.assert(fc.property(doc, (text) => same(text)), { numRuns: 3000 });
  });

  it('gives them through random edits with one cache, as a person types', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(fc.constantFrom(...LINES.map((l) => `${l}\n`), 'x', '\n', '#', '`', '<'), fc.string({ maxLength: 3 })) });
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 15 }), (start, edits) => {
        const cache = new BlockCache();
        let text = start;
        same(text, cache);
        for (const e of edits) {
          text = applyRandomEdit(text, e);
          same(text, cache);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads front matter lines as blank lines without copying the text, on random documents and through edits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), doc, (count, text) => sameAfterFrontMatter(count, text)), { numRuns: 2000 });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(fc.constantFrom(...LINES.map((l) => `${l}\n`), 'x', '\n', '#'), fc.string({ maxLength: 3 })) });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), doc, fc.array(edit, { minLength: 1, maxLength: 10 }), (count, start, edits) => {
        const cache = new BlockCache();
        let text = start;
        sameAfterFrontMatter(count, text, cache);
        for (const e of edits) {
          text = applyRandomEdit(text, e);
          sameAfterFrontMatter(count, text, cache);
        }
      }),
      { numRuns: 300 },
    );
    // A heading right after the front matter starts a chunk of its own, after the blank lines.
    sameAfterFrontMatter(3, '# A\n\n# B\n');
    sameAfterFrontMatter(3, '```\n# in a fence\n\n# B\n');
    // Front matter that is the whole text, its closing fence without a line break: no line is left to read.
    const cache = new BlockCache();
    const front = '+++\ntitle = "x"\n+++';
    assert.deepEqual(plain(cache.parse(md, front, { lines: 3, offset: front.length })), []);
    sameAfterFrontMatter(3, '# Typed after it\n', cache);
  });

  it('joins everything after a list nested near markdown-it\'s limit, which skips to the end of the text', () => {
    same(`${'- '.repeat(50)}a\n\n# B\n\n# C\n`);
    same(`${'1. '.repeat(50)}a\n\n# B\n`);
    const cache = new BlockCache();
    same(`# A\n\n${'- '.repeat(50)}a\n\n# B\n`, cache);
    same(`# A\n\n# X\n\n${'- '.repeat(50)}a\n\n# B\n`, cache);
  });

  it('parses the rest of the text once after a fence left open, not once per chunk after it', () => {
    const sections = Array.from({ length: 400 }, (_, i) => `# Section ${i}\n\nText ${i}.\n\n`).join('');
    const text = `# Top\n\n\`\`\`\nopen fence\n\n${sections}`;
    const parse = md.parse.bind(md);
    let parsed = 0;
    const counting = { options: md.options, parse: (src, env) => ((parsed += src.length), parse(src, env)) };
    new BlockCache().parse(counting, text);
    assert.ok(parsed <= 2 * text.length, `parsed ${parsed} characters of a ${text.length}-character text`);
    same(text);
  });

  it('counts lines as markdown-it does when a lone CR ends one', () => {
    same('# A\r\r# B\n\n# C\n\n- item\r\n\r\n# D\n');
    const cache = new BlockCache();
    same('# A\n\n# B\n', cache);
    same('# A\r\r# B\n', cache);
    same('# A\n\n# B\n', cache);
  });

  it('joins a chunk whose fence or HTML block is still open with the chunks after it', () => {
    same('# A\n\n```\ncode\n\n# not a heading\n\n# nor this\n```\n\n# B\n');
    same('# A\n\n<!-- a comment\n\n# inside the comment\n-->\n\n# B\n');
    same('# A\n\n<pre>\n\n# inside pre\n\n</pre>\n\n# B\n');
    same('# A\n\n- item\n\n  ```\n  code\n\n# B ends the list and its fence\n');
  });

  it('uses kept chunks again after lines are added above them, and parses equal chunks apart', () => {
    const cache = new BlockCache();
    const section = '## Notes\n\n- TBD\n\n';
    same(`# A\n\n${section}${section}`, cache);
    same(`# A\n\nNew line.\n\n${section}${section}`, cache);
    same(`# A\n\n${section}${section}${section}`, cache);
  });
});
