// markdown-it's block parse, by chunks that can be kept between lints of one document.
//
// While a person types, one part of a long document changes. A document splits into
// chunks where markdown-it's block parser is back at the top level with nothing open:
// at an ATX heading in column 0 after a blank line, which ends any paragraph, list,
// block quote, table or indented code before it. Fenced code and HTML blocks of
// types 1-5 (<pre>, <!-- ...) can run on past a blank line, so a chunk whose last
// top-level block is one of them reaching the chunk's end is joined with the rest.
// Each chunk is parsed alone; the tokens of a chunk whose text did not change are
// used again, their line maps moved to where the chunk is now. The tokens are the
// ones one parse of the whole text gives: test/blocks.test.mjs checks that on random
// documents and edits.
import type MarkdownIt from 'markdown-it';
import { detach } from './text';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const LONE_CR = /\r(?!\n)/;

interface Chunk {
  /** First line of the chunk when its tokens were made: their maps count from there. */
  line: number;
  tokens: Token[];
  /**
   * Nested close to markdown-it's limit (maxNesting). At the limit the parser skips the
   * rest of its container, which inside a list runs to the end of the text: not just to
   * the end of this chunk.
   */
  deep: boolean;
}

/**
 * Chunks of one document from its last parse, by text. The tokens are lent: a later
 * parse may move a kept token's map, so read them before parsing again (parseDocument
 * copies the line numbers out).
 */
export class BlockCache {
  private chunks = new Map<string, Chunk>();

  /**
   * The block tokens of `source`, as `parser.parse(source, {})` gives them; with `blank`, of
   * `source` with its first `blank.lines` lines (front matter, up to `blank.offset`) read as
   * blank lines, as parseDocument parses a document. The text with those lines blanked is not
   * made: only the first chunk's, so that a key typed does not copy the whole document.
   */
  parse(parser: InstanceType<typeof MarkdownIt>, source: string, blank?: { lines: number; offset: number }): Token[] {
    const head = blank?.lines ? '\n'.repeat(blank.lines) : '';
    const from = head ? blank!.offset : 0;
    // markdown-it ends a line at a lone CR too; chunks count lines by LF. Rare (old Mac files): parse whole.
    if (LONE_CR.test(head ? source.slice(from) : source)) {
      this.chunks.clear();
      return parser.parse(head ? head + source.slice(from) : source, {});
    }
    const next = new Map<string, Chunk>();
    const tokens: Token[] = [];
    const starts = chunkStarts(source, from, head.length);
    const textOf = (k: number, end: number): string => {
      const text = source.slice(starts[k].offset, end < starts.length ? starts[end].offset : source.length);
      return k === 0 && head ? head + text : text;
    };
    for (let k = 0; k < starts.length; k++) {
      let end = k + 1;
      let text = textOf(k, end);
      let chunk = this.take(text, starts[k].line) ?? parseChunk(parser, text, starts[k].line);
      // A fence or HTML block left open at the end may run on through any later chunk: parse
      // the rest of the text in one piece (joining one chunk at a time would be quadratic).
      if (end < starts.length && (chunk.deep || openAtEnd(chunk.tokens, starts[end].line))) {
        end = starts.length;
        text = textOf(k, end);
        chunk = this.take(text, starts[k].line) ?? parseChunk(parser, text, starts[k].line);
      }
      next.set(text, chunk);
      for (const token of chunk.tokens) tokens.push(token);
      k = end - 1;
    }
    this.chunks = next;
    return tokens;
  }

  /** The kept tokens of a chunk with this text, moved to start at `line`; each is used once (two equal chunks need two sets). */
  private take(text: string, line: number): Chunk | undefined {
    const kept = this.chunks.get(text);
    if (!kept) return undefined;
    this.chunks.delete(text);
    const delta = line - kept.line;
    if (delta !== 0) {
      for (const token of kept.tokens) {
        if (token.map) token.map = [token.map[0] + delta, token.map[1] + delta];
      }
      kept.line = line;
    }
    return kept;
  }
}

function parseChunk(parser: InstanceType<typeof MarkdownIt>, text: string, line: number): Chunk {
  // Tokens keep slices of the text they were parsed from: of the chunk's own copy, not of
  // this version of the whole document (kept chunks would keep every version they came from).
  const tokens = parser.parse(detach(text), {});
  const limit = (parser.options.maxNesting ?? 100) - 2;
  let deep = false;
  for (const token of tokens) {
    if (token.map && line !== 0) token.map = [token.map[0] + line, token.map[1] + line];
    if (token.level >= limit) deep = true;
  }
  return { line, tokens, deep };
}

/**
 * True when the chunk's last top-level block is fenced code or an HTML block that runs
 * to the chunk's end (`end`, the next chunk's first line): it may not be closed there.
 */
function openAtEnd(tokens: Token[], end: number): boolean {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token.level !== 0 || token.nesting === -1) {
      if (token.level === 0) return false; // a container closed at the top level: fences inside it end with it
      continue;
    }
    return (token.type === 'fence' || token.type === 'html_block') && token.map !== null && token.map[1] >= end;
  }
  return false;
}

/**
 * Where chunks start: the first line, and every ATX heading in column 0 right after a blank
 * line. The text is read from `from`, which is line `line` (the lines before it are blank).
 */
function chunkStarts(body: string, from: number, line: number): { offset: number; line: number }[] {
  const starts = [{ offset: from, line: 0 }];
  let blank = true;
  for (let at = from; at <= body.length; line++) {
    let end = body.indexOf('\n', at);
    if (end === -1) end = body.length;
    if (line > 0 && blank && body.charCodeAt(at) === 35 /* # */ && atxHeading(body, at, end)) starts.push({ offset: at, line });
    blank = isBlank(body, at, end);
    at = end + 1;
  }
  return starts;
}

/** `#` to `######`, then a space, a tab or the end of the line. */
function atxHeading(body: string, at: number, end: number): boolean {
  let hashes = 0;
  while (at + hashes < end && body.charCodeAt(at + hashes) === 35) hashes++;
  if (hashes > 6) return false;
  const after = at + hashes < end ? body.charCodeAt(at + hashes) : -1;
  return after === -1 || after === 32 || after === 9 || (after === 13 && at + hashes + 1 === end);
}

function isBlank(body: string, at: number, end: number): boolean {
  for (let k = at; k < end; k++) {
    const code = body.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
