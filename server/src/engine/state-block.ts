// markdown-it's StateBlock constructor (markdown-it 15.0, src/rules_block/state_block.ts), with
// its five line arrays in Int32Arrays for a text of many lines.
// Derived from markdown-it: Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin; MIT license
// (node_modules/markdown-it/LICENSE).
//
// markdown-it's constructor grows each of the five arrays (bMarks, eMarks, tShift, sCount,
// bsCount) by push, one number per line. Past about 16,000 lines (an array over 128 KB) they
// grow in V8's large-object space, and there the constructor costs several times as much a line:
// 0.28 ms for 8,000 lines, 3.7 ms for 16,000, 66 ms for 128,000. The CLI parses a whole file at
// once, so any file that long; the language server parses a document in chunks (blocks.ts), and
// a chunk that long is one that no heading after a blank line splits: many headings one after
// another, a fence left open, a document of list items only. A fence left open above many
// sections took 6.4x as long for 4x the text (the hostile tests allow 8x), 3.5-4.9x now.
//
// For a text of many lines, this constructor counts them first and writes them into Int32Arrays
// on one buffer: the same numbers, the same fields in the same order. Typed, not JS arrays made
// at their final size (a review measured those 4.5x slower to fill); signed, as the blockquote
// rule writes -1 to sCount. The arrays are never pushed to after the constructor: markdown-it's
// rules and table-rule.ts only read, and overwrite lines up to lineMax, with integers.
// test/state-block.test.mjs compares it with markdown-it's own, and fails when markdown-it's
// constructor is not the one this was copied from (a new markdown-it: port its change here) or
// when any code calls a method of these arrays.
import type MarkdownIt from 'markdown-it';
import { isBlank } from './text';

type Parser = InstanceType<typeof MarkdownIt>;
type State = InstanceType<Parser['block']['State']>;
type StateClass = new (src: string, md: Parser, env: unknown, tokens: State['tokens']) => State;

const NEWLINE = 0x0a;
const TAB = 0x09;

/** How many newlines `src` holds. */
function newlines(src: string): number {
  let count = 0;
  for (let at = src.indexOf('\n'); at !== -1; at = src.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * The line arrays of `src`, as markdown-it's StateBlock fills them, and their last index (lineMax).
 * `count` is the number of newlines in `src`, when the caller has counted them.
 */
export function lineArrays(src: string, count = newlines(src)): { bMarks: Int32Array; eMarks: Int32Array; tShift: Int32Array; sCount: Int32Array; bsCount: Int32Array; lineMax: number } {
  // At most one line per newline, one after the last, and the end marker.
  const size = count + 2;
  // One zeroed buffer for the five: bsCount, and the end marker's indents, stay 0.
  const all = new Int32Array(size * 5);
  const bMarks = all.subarray(0, size);
  const eMarks = all.subarray(size, size * 2);
  const tShift = all.subarray(size * 2, size * 3);
  const sCount = all.subarray(size * 3, size * 4);
  const bsCount = all.subarray(size * 4, size * 5);
  let line = 0;
  const len = src.length;
  // markdown-it's loop: a line ends at its newline, or at the last character once the line's
  // indent is behind it (so a last line of only spaces and tabs, without a newline, is no line).
  for (let start = 0, pos = 0, indent = 0, offset = 0, indentFound = false; pos < len; pos++) {
    const ch = src.charCodeAt(pos);
    if (!indentFound) {
      if (isBlank(ch)) {
        indent++;
        if (ch === TAB) offset += 4 - (offset % 4);
        else offset++;
        continue;
      } else indentFound = true;
    }
    if (ch === NEWLINE || pos === len - 1) {
      if (ch !== NEWLINE) pos++;
      bMarks[line] = start;
      eMarks[line] = pos;
      tShift[line] = indent;
      sCount[line] = offset;
      line++;
      indentFound = false;
      indent = 0;
      offset = 0;
      start = pos + 1;
    }
  }
  bMarks[line] = len;
  eMarks[line] = len;
  const used = line + 1;
  return { bMarks: bMarks.subarray(0, used), eMarks: eMarks.subarray(0, used), tShift: tShift.subarray(0, used), sCount: sCount.subarray(0, used), bsCount: bsCount.subarray(0, used), lineMax: line };
}

/**
 * Below this many lines markdown-it's own constructor is as fast (its arrays stay small), and a typed
 * array's buffer costs more to make than the few numbers in it: most of the language server's chunks
 * are a section of a few dozen lines. markdown-it's is about 0.1 ms faster up to about 15,000 lines
 * too; the bound is kept well below the step at 16,000, whose place depends on V8's array growth.
 */
export const MANY_LINES = 8192;

/** Makes `parser` build the block state of a text of many lines with lineArrays. */
export function useCountedLines(parser: Parser): void {
  const Stock = parser.block.State as unknown as StateClass;
  class CountedState extends Stock {
    constructor(src: string, md: Parser, env: unknown, tokens: State['tokens']) {
      // A text shorter than MANY_LINES characters has fewer lines: no need to count them.
      const count = src.length < MANY_LINES ? 0 : newlines(src);
      if (count < MANY_LINES) {
        super(src, md, env, tokens);
        return;
      }
      // markdown-it's constructor on no text sets every field (in its order) and makes no lines.
      super('', md, env, tokens);
      this.src = src;
      const lines = lineArrays(src, count);
      const self = this as unknown as Record<string, unknown>;
      self.bMarks = lines.bMarks;
      self.eMarks = lines.eMarks;
      self.tShift = lines.tShift;
      self.sCount = lines.sCount;
      self.bsCount = lines.bsCount;
      this.lineMax = lines.lineMax;
    }
  }
  (parser.block as unknown as { State: StateClass }).State = CountedState;
}
