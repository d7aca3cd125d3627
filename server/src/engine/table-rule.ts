// markdown-it's table rule (markdown-it 15.0, src/rules_block/table.ts), without the cells.
// Derived from markdown-it: Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin; MIT license
// (node_modules/markdown-it/LICENSE).
//
// The model splits each row into cells from the source when a rule asks (model.ts, splitRow),
// so of a table the parse needs only where it starts and ends and where its rows are.
// markdown-it's rule splits every row into an array of cell strings, trims each and asks for
// three tokens per cell (which our StateBlock.push used to drop): for a 400 KB table of 32,000
// columns its block parse allocated 10 MB (and the model's eager cells 13 MB more), the young
// generation overflowed between a 100 KB and a 400 KB table, and the lint took 8-12x as long
// for 4x the text (which failed the hostile test in CI).
//
// This rule decides the same things by counting pipes: which lines start a table, where it
// ends, and the same table, section and row tokens with the same maps. test/table-rule.test.mjs
// compares it with markdown-it's own rule on generated tables, and fails when markdown-it's rule
// is not the one this was copied from (a new markdown-it: port its change here).
import type MarkdownIt from 'markdown-it';
import { isBlank } from './text';

type Parser = InstanceType<typeof MarkdownIt>;
type BlockRule = Parameters<Parser['block']['ruler']['at']>[1];
type BlockState = Parameters<BlockRule>[0];

/** markdown-it's bound on cells a table may add to rows that are short (a table of many short rows is quadratic HTML). */
const MAX_AUTOCOMPLETED_CELLS = 65536;
const PIPE = 0x7c;
const BACKSLASH = 0x5c;
const DASH = 0x2d;
const COLON = 0x3a;

/** The line's text after its indent, as markdown-it's getLine. */
function lineText(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * How many cells markdown-it's escapedSplit finds in `text` (a trimmed line), less an empty first
 * and an empty last. A pipe is escaped when a backslash comes right before it, whatever comes
 * before that: "\\|" is an escaped pipe to markdown-it (the model's splitRow reads it as an
 * escaped backslash and a pipe that splits). An escaped pipe is text, so only a piece with no
 * characters is empty.
 */
function cellCount(text: string): number {
  let pipes = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) if (at === 0 || text.charCodeAt(at - 1) !== BACKSLASH) pipes++;
  if (pipes === 0) return text.length === 0 ? 0 : 1;
  const firstEmpty = text.charCodeAt(0) === PIPE;
  const last = text.length - 1;
  const lastEmpty = text.charCodeAt(last) === PIPE && (last === 0 || text.charCodeAt(last - 1) !== BACKSLASH);
  return pipes + 1 - (firstEmpty ? 1 : 0) - (lastEmpty ? 1 : 0);
}

/**
 * How many columns the delimiter row `text` sets, or -1 when it is not one: split at each pipe
 * (the row holds no backslash, so none is escaped), each piece is `:?-+:?` between spaces and
 * tabs, and only the first and the last piece may be empty.
 */
function alignCount(text: string): number {
  let count = 0;
  let piece = 0;
  for (let start = 0; start <= text.length; piece++) {
    let end = text.indexOf('|', start);
    const isLast = end === -1;
    if (isLast) end = text.length;
    // String.prototype.trim in markdown-it: the line holds only pipes, dashes, colons, spaces and
    // tabs, so spaces and tabs are all the whitespace there is.
    let a = start;
    let b = end;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      if (piece !== 0 && !isLast) return -1;
    } else {
      if (text.charCodeAt(a) === COLON) a++;
      if (b > a && text.charCodeAt(b - 1) === COLON) b--;
      if (a === b) return -1;
      for (let at = a; at < b; at++) if (text.charCodeAt(at) !== DASH) return -1;
      count++;
    }
    start = end + 1;
  }
  return count;
}

const table: BlockRule = (state, startLine, endLine, silent) => {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  // The delimiter row: only pipes, dashes, colons, spaces and tabs, led by a pipe, dash or colon.
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== PIPE && firstCh !== DASH && firstCh !== COLON) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== PIPE && secondCh !== DASH && secondCh !== COLON && !isBlank(secondCh)) return false;
  // "- ---" is a list item holding a rule, not a delimiter row.
  if (firstCh === DASH && isBlank(secondCh)) return false;
  for (; pos < state.eMarks[nextLine]; pos++) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== PIPE && ch !== DASH && ch !== COLON && !isBlank(ch)) return false;
  }
  const aligns = alignCount(lineText(state, startLine + 1));
  if (aligns < 0) return false;

  const header = lineText(state, startLine).trim();
  if (header.indexOf('|') === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const columnCount = cellCount(header);
  if (columnCount === 0 || columnCount !== aligns) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = 'table' as typeof state.parentType;
  const terminatorRules = state.md.block.ruler.getRules('blockquote');
  const tableOpen = state.push('table_open', 'table', 1);
  const tableLines: [number, number] = [startLine, 0];
  tableOpen.map = tableLines;
  state.push('thead_open', 'thead', 1).map = [startLine, startLine + 1];
  state.push('tr_open', 'tr', 1).map = [startLine, startLine + 1];
  state.push('tr_close', 'tr', -1);
  state.push('thead_close', 'thead', -1);

  let tbodyLines: [number, number] | undefined;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (const rule of terminatorRules) {
      if (rule(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
    const row = lineText(state, nextLine).trim();
    if (!row) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    autocompletedCells += columnCount - cellCount(row);
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) state.push('tbody_open', 'tbody', 1).map = tbodyLines = [startLine + 2, 0];
    state.push('tr_open', 'tr', 1).map = [nextLine, nextLine + 1];
    state.push('tr_close', 'tr', -1);
  }
  if (tbodyLines) {
    state.push('tbody_close', 'tbody', -1);
    tbodyLines[1] = nextLine;
  }
  state.push('table_close', 'table', -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
};

/** The rules a table may interrupt, as markdown-it 15.0 registers its own (the test checks they still are). */
export const TABLE_ALT = ['paragraph', 'reference'];

/** Puts the cell-less table rule in place of markdown-it's, with the same rules it may interrupt. */
export function useRowOnlyTables(parser: Parser): void {
  parser.block.ruler.at('table', table, { alt: TABLE_ALT });
}
