// How the model reads what comes before a line's text (server/src/engine/model.ts: indentation,
// block quote markers, list markers, a hard break's backslash), on documents aimed at each case.
// The expected model is test/fixtures/model-prefixes.json, written by the engine as it was when
// these prefixes were read with regular expressions (/^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/
// and its shorter forms, before b38ee8c); the scanners that replaced them must read the same.
// To add a document: append it to DOCUMENTS and to the fixture, checking its model by hand.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { engine, ROOT } from './helpers.mjs';

const DOCUMENTS = {
  'nested quote item': '> > - Responsible for managing servers\n',
  'quote with spaces before the marker': '>  - Responsible for managing servers\n',
  'quote markers without spaces': '>>- tight\n>- x\n',
  'wide quote markers and tabs': ' >  >   - wide\n>\t- tab\n',
  'hard break and continuation': '- Managed servers every day\\\n  and nights\n',
  'trailing blanks': 'A paragraph line.  \nNext line\t\n',
  'setext heading in a quote': '> > Risks\n> > =====\n',
  'table in a quote': '> > | H0 | H1 |\n> > | --- | --- |\n> > | a | b |\n',
  'nine digits and a paren after quotes': '>  >123456789) \ta\n',
  'ordered item right after a quote marker': '>0. x\n',
  'later lines of a quoted item': '> > > \\\n> > > `code`\n',
  'an empty cell': '| H0\n| ---\n|  | a\n',
  'an item of only a comment': '- [X] <!-- c -->\n',
  'numbered markers': '1) paren\n2. dot\n123456789. nine\n1234567890. ten\n01. zero\n',
  'markers with a tab and with nothing': '-\tx\n-\n- \n+ plus\n* star\n1.\n',
  'tasks': '- [ ] task\n- [x] done\n  - [X] nested\n',
  'CRLF items in a quote': '> - a\r\n>   continued\r\n> - b\r\n',
  'nested lists': '- top\n  - nested\n    - deeper\n      text after\n',
  'item whose text starts on the next line': '-\n  later text\n',
};

const offsets = (text) => [text.offset(0), text.plain.length ? text.offset(text.plain.length) : null];

/** What the model reads of a document: items, paragraphs, headings and table cells with their spans and plain text. */
function modelOf(source) {
  const m = engine.parseDocument(source);
  return {
    items: m.items.map((i) => ({ line: i.line, endLine: i.endLine, depth: i.depth, ordered: i.ordered, marker: i.markerSpan, span: i.span, segments: i.segments, task: i.task ?? null, plain: i.text.plain, offsets: offsets(i.text) })),
    paragraphs: m.paragraphs.map((p) => ({ line: p.line, endLine: p.endLine, segments: p.segments, plain: p.text.plain, offsets: offsets(p.text) })),
    headings: m.headings.map((h) => ({ line: h.line, level: h.level, span: h.span, title: h.title })),
    cells: m.tables.flatMap((t) => [t.header, ...t.rows].flatMap((r) => r.cells.map((c) => ({ line: r.line, span: c.span, raw: c.raw, plain: c.text.plain, offsets: offsets(c.text) })))),
  };
}

describe('the model reads line prefixes as the patterns did', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'model-prefixes.json'), 'utf8'));
  for (const [name, source] of Object.entries(DOCUMENTS)) {
    it(name, () => assert.deepEqual(JSON.parse(JSON.stringify(modelOf(source))), expected[name]));
  }
});
