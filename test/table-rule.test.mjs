// The engine's table rule (server/src/engine/table-rule.ts) against markdown-it's own: the same
// tables, ending on the same lines, with the same tokens less the cells' (which the model never
// reads: it splits a row's source line into cells itself).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { engineTokens, stock, stockTokens } from './block-tokens.mjs';
import { engine, importTs } from './helpers.mjs';

const { TABLE_ALT } = await importTs('server/src/engine/table-rule.ts');

function assertSameTables(text) {
  assert.deepEqual(engineTokens(text), stockTokens(text), JSON.stringify(text));
}

describe('the table rule reads tables as markdown-it does', () => {
  const CASES = {
    'a plain table': '| a | b |\n| --- | --- |\n| 1 | 2 |\n',
    'no outer pipes': 'a | b\n--- | ---\n1 | 2\n',
    'aligned columns': '| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n',
    'escaped pipes in cells, and a backslash before a pipe that ends the row': '| a \\| b | c |\n| --- | --- |\n| x\\| | y \\|\n',
    'a delimiter row with a cell too many': '| a | b |\n| --- | --- | --- |\n| 1 | 2 |\n',
    'a delimiter cell without a dash': '| a | b |\n| --- | : |\n',
    'an empty delimiter cell inside the row': '| a | b |\n| --- || --- |\n',
    'a list item holding a rule under a line': 'a | b\n- ---\n',
    'rows that end at a blank line, a heading, a quote and a fence': '| a |\n| - |\n| 1 |\n\n| a |\n|---|\n| 1 |\n# H\n| a |\n|---|\n> q\n| a |\n|---|\n```\nx\n```\n',
    'an indented header (code) and an indented row': '    | a |\n    | - |\n\n| a |\n| - |\n    | 1 |\n',
    'a table in a list item and in a block quote': '- | a | b |\n  | - | - |\n  | 1 | 2 |\n\n> | a | b |\n> | - | - |\n> | 1 | 2 |\n',
    'a row that lazily leaves the list item': '- | a |\n  | - |\n| 1 |\n',
    'short and long rows': '| a | b | c |\n| - | - | - |\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n',
    'a header of only a pipe, and of one escaped pipe': '|\n|-|\n\n\\|\n|-|\n',
    'non-breaking spaces around a row': '| a |\n| - |\n\u00a0| 1 |\u00a0\n',
    // Found by a review's mutants: each was missed by the cases above and by some runs of the generated ones.
    'a row of only a non-breaking space ends the table (JavaScript trims it, not only spaces and tabs)': '| a |\n| - |\n\u00a0\n',
    'a header with a non-breaking space after its last pipe': '| a |\u00a0\n| - |\n',
    'a header of one pipe over a delimiter row of one pipe and a space': '|\n| \n',
    'a header whose last pipe follows two backslashes (still escaped)': '| a | b \\\\|\n|-|-|\n',
    // 257 columns: each one-cell row leaves 256 to fill in, and the 256th row brings the sum to 65,536 exactly (not over).
    'short rows up to markdown-it\'s bound on cells filled in, and one past it': `|${' a |'.repeat(257)}\n|${'-|'.repeat(257)}\n${'| x |\n'.repeat(258)}`,
    'a long row first lowers the count of cells filled in': `|${' a |'.repeat(257)}\n|${'-|'.repeat(257)}\n|${' x |'.repeat(2817)}\n${'| x |\n'.repeat(270)}`,
    'CRLF and tabs': '|\ta\t|\tb |\r\n|\t---\t| --- |\r\n| 1 |\t2 |\r\n',
    'a table after a paragraph': 'Text\n| a | b |\n| - | - |\n',
    'more short cells than markdown-it fills in': `|${' a |'.repeat(1000)}\n|${' - |'.repeat(1000)}\n${'| x |\n'.repeat(80)}`,
  };
  for (const [name, text] of Object.entries(CASES)) it(name, () => assertSameTables(text));

  it('on generated tables, in lists and quotes', () => {
    const piece = fc.constantFrom('|', '|', '|', '\\|', '\\', '-', '--', ':', ' ', '  ', '\t', 'a', 'b c', '`', '\u00a0', '#', '*');
    const lead = fc.constantFrom('', '', '', ' ', '    ', '> ', '- ', '  ', '1. ', '>', '\t');
    const delimiter = fc.constantFrom('|', '|', '-', '--', ':', ' ', '\t', '\\', 'a');
    const line = fc.oneof(fc.tuple(lead, fc.array(piece, { maxLength: 10 })), fc.tuple(lead, fc.array(delimiter, { minLength: 1, maxLength: 10 }))).map(([l, pieces]) => l + pieces.join(''));
    const eol = fc.constantFrom('\n', '\n', '\r\n');
    const doc = fc.array(fc.tuple(line, eol), { maxLength: 8 }).map((lines) => lines.map(([l, e]) => l + e).join(''));
    fc.assert(fc.property(doc, (text) => assertSameTables(text)), { numRuns: 3000 });
  });

  it('is a copy of the rule markdown-it has: the same source, and the same rules it may interrupt', () => {
    // A new markdown-it may change its table rule: port the change to server/src/engine/table-rule.ts, then update this.
    const source = fs.readFileSync(fileURLToPath(import.meta.resolve('markdown-it')), 'utf8');
    const region = /\/\/#region src\/rules_block\/table\.ts\n([\s\S]*?)\/\/#endregion/.exec(source)?.[1] ?? '';
    assert.equal(createHash('sha256').update(region).digest('hex'), 'aba911488789f36790b0677620c6dda0172d40872e96435afb1219e22bf49d2e', 'markdown-it\'s table rule is not the one table-rule.ts copies');
    assert.deepEqual(stock.block.ruler.__rules__.find((rule) => rule.name === 'table').alt, TABLE_ALT);
  });

  it('a row is a plain object to spread, keys and JSON, its cells read when asked', () => {
    const row = engine.parseDocument('| a | b |\n| - | - |\n| 1 | 2 |\n').tables[0].rows[0];
    assert.deepEqual(Object.keys(row), ['line']);
    assert.equal(JSON.stringify(row), '{"line":2}');
    assert.deepEqual(row.cells.map((c) => c.raw), ['1', '2']);
    assert.equal(row.cells, row.cells, 'split once');
  });

  it('rows are still split into cells, escaped pipes and code spans kept', () => {
    // A pipe in a code span splits the header for markdown-it (GFM), so the span goes in a body row.
    const doc = engine.parseDocument('| a | b |\n| --- | --- |\n| 1 \\| 2 | `x|y` |\n');
    assert.deepEqual(doc.tables[0].header.cells.map((c) => c.raw), ['a', 'b']);
    assert.deepEqual(doc.tables[0].rows[0].cells.map((c) => c.raw), ['1 \\| 2', '`x|y`']);
    assert.deepEqual(doc.tables[0].rows[0].cells.map((c) => c.text.plain), ['1 | 2', 'x|y']);
  });
});
