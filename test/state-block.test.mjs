// The block state's line arrays (server/src/engine/state-block.ts): the numbers markdown-it's own
// StateBlock constructor makes, and the same block tokens from the engine's parser.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { engineTokens, stock, stockTokens } from './block-tokens.mjs';
import { engine, importTs } from './helpers.mjs';

const { lineArrays, MANY_LINES } = await importTs('server/src/engine/state-block.ts');

const ARRAYS = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount'];

function assertSameLines(src) {
  const own = lineArrays(src);
  const theirs = new stock.block.State(src, stock, {}, []);
  for (const name of ARRAYS) assert.deepEqual(Array.from(own[name]), theirs[name], `${name} of ${JSON.stringify(src)}`);
  assert.equal(own.lineMax, theirs.lineMax, `lineMax of ${JSON.stringify(src)}`);
}

describe('line arrays as markdown-it makes them', () => {
  const CASES = {
    'no text': '',
    'one line without a newline': 'a',
    'one line with a newline': 'a\n',
    'blank lines only': '\n\n\n',
    'a last line of only spaces and tabs, without a newline (no line to markdown-it)': 'a\n \t ',
    'a last line of one space': 'a\n ',
    'a last line of one character after its indent': 'a\n   b',
    'a last line that ends in spaces': 'a\nb  ',
    'tabs to the next stop of four, after spaces': '\tx\n \ty\n  \t z\n   \t\tw\n',
    'a line of only a tab, then text': '\t\nx',
    'CR before the newlines (markdown-it reads it as text)': 'a\r\nb\r\n\r\n',
    'a lone CR at the end': 'a\r',
    'no-break and other spaces are not indent': '\u00a0a\n\u2003b\n\fc\n',
    'a BOM and NUL': '\ufeffa\n\0b\n',
    'text past the BMP': '😀 x\n  é\n',
  };
  for (const [name, src] of Object.entries(CASES)) it(name, () => assertSameLines(src));

  it('on generated text of spaces, tabs, newlines and marks', () => {
    const piece = fc.constantFrom(' ', ' ', '\t', '\n', '\n', '\r', 'a', '#', '-', '>', '`', '\u00a0', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (src) => assertSameLines(src)), { numRuns: 3000 });
  });

  it('past the size at which pushed arrays moved to large-object space', () => {
    assertSameLines(`${'  - item\n\t> quote\n'.repeat(20_000)}  `);
  });
});

describe('the engine parser with these arrays gives markdown-it\'s block tokens', () => {
  // Blank lines first, so that each document has lines enough for the counted arrays (fewer go to markdown-it's constructor).
  const PAD = '\n'.repeat(MANY_LINES);

  it('on generated documents of lists, quotes, fences, headings, HTML and indented lines', () => {
    const lead = fc.constantFrom('', '', ' ', '  ', '   ', '    ', '\t', ' \t', '> ', '>', '- ', '* ', '1. ', '2) ', '  - ', '    - ', '> - ', '- > ');
    const body = fc.constantFrom('', 'a', 'b c', '# h', '## h ##', '```', '~~~', '```js', '---', '***', '===', '<div>', '</div>', '<!-- c', '-->', '| a |', '| - |', '[x]: /u', '  ', '\t');
    const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '');
    const doc = fc.array(fc.tuple(lead, body, eol), { maxLength: 14 }).map((lines) => lines.map((parts) => parts.join('')).join(''));
    fc.assert(
      fc.property(doc, (generated) => {
        const text = PAD + generated;
        assert.deepEqual(engineTokens(text), stockTokens(text), JSON.stringify(generated));
      }),
      { numRuns: 1000 },
    );
  });

  it('a fence left open above many sections: one chunk of 40,000 lines', () => {
    const text = `\`\`\`\n${'\n# Role\n\n- Handled servers\n'.repeat(10_000)}`;
    assert.deepEqual(engineTokens(text), stockTokens(text));
  });

  it('counts the lines of a text of many lines, and leaves a short one to markdown-it', () => {
    // Below the step in the cost of markdown-it's constructor, at about 16,000 lines.
    assert.ok(MANY_LINES <= 16_000);
    const State = engine.blockParser.block.State;
    const many = new State('x\n'.repeat(MANY_LINES), engine.blockParser, {}, []);
    assert.ok(many.bMarks instanceof Int32Array && many.bsCount instanceof Int32Array);
    assert.equal(many.lineMax, MANY_LINES);
    const few = new State('x\n'.repeat(MANY_LINES - 1), engine.blockParser, {}, []);
    assert.ok(Array.isArray(few.bMarks));
    assert.equal(few.lineMax, MANY_LINES - 1);
  });

  it('copies the constructor of the markdown-it installed, whose rules never push lines', () => {
    // A new markdown-it may change how its block state reads lines: port the change to
    // server/src/engine/state-block.ts, then update this.
    const source = fs.readFileSync(fileURLToPath(import.meta.resolve('markdown-it')), 'utf8');
    const region = /\/\/#region src\/rules_block\/state_block\.ts\n([\s\S]*?)\/\/#endregion/.exec(source)?.[1] ?? '';
    assert.equal(createHash('sha256').update(region).digest('hex'), '6fee890ea9d4291e85e531d05ed3a3682ad01b57243c40f24cc972127c69938d', 'markdown-it\'s StateBlock is not the one state-block.ts copies');
    // The arrays are made at their size: a rule that pushed a line would write past their end, which a typed array ignores.
    const pushes = source.match(/\b(?:bMarks|eMarks|tShift|sCount|bsCount)\.push\(/g) ?? [];
    assert.equal(pushes.length, region.match(/\b(?:bMarks|eMarks|tShift|sCount|bsCount)\.push\(/g)?.length, 'a markdown-it rule pushes to a line array');
  });

  it('no code of ours calls a method of a line array (their typings still say number[])', () => {
    // state-block.ts makes them (as subarrays of one buffer).
    const files = fs.readdirSync(new URL('../server/src', import.meta.url), { recursive: true }).filter((file) => file.endsWith('.ts') && !file.endsWith('state-block.ts'));
    const calls = files.flatMap((file) => (fs.readFileSync(new URL(`../server/src/${file}`, import.meta.url), 'utf8').match(/\b(?:bMarks|eMarks|tShift|sCount|bsCount)\.\w+\(/g) ?? []).map((call) => `${file}: ${call}`));
    assert.ok(files.length > 50, 'the server\'s sources were read');
    assert.deepEqual(calls, []);
  });
});
