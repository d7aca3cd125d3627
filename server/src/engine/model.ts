// The document model: one markdown-it block parse, read into headings, sections,
// list items, tables, paragraphs, code blocks and comments with exact source spans.
// Rules query this model; nothing re-parses.
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import type { BlockCache } from './blocks';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { InlineText, inlineText } from './inline';
import { useCountedLines } from './state-block';
import { useRowOnlyTables } from './table-rule';
import { isBlank, LineIndex } from './text';
import type { Span } from './types';

const md = new MarkdownIt('default', { html: true });
// Rules read inline text through InlineText, so markdown-it's inline pass is not needed.
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
useFastTokens(md);
// The line arrays of a long text counted into typed arrays: pushed one a line, they grew in V8's large-object space.
useCountedLines(md);
// Tables without their cells' tokens: the model splits a row into cells when a rule reads them.
useRowOnlyTables(md);
/** The engine's block parser, as parseDocument and BlockCache use it (for tests). */
export const blockParser = md;

/**
 * markdown-it 15's published build creates every token through a transpiled
 * `Object.defineProperty` per field, which V8 cannot turn into a fast constructor:
 * about 5% of linting a 1 MB resume (`node --cpu-prof`). Block tokens are made in
 * `StateBlock.push`; this is that method with the same fields assigned plainly and
 * markdown-it's own Token prototype for the methods, so the tokens are the same.
 */
function useFastTokens(parser: InstanceType<typeof MarkdownIt>): void {
  interface BlockState {
    level: number;
    tokens: unknown[];
    Token: { prototype: object };
  }
  const State = parser.block.State as unknown as { prototype: BlockState & { push(type: string, tag: string, nesting: number): unknown } };
  const proto = (new (parser.block.State as unknown as new (src: string, md: InstanceType<typeof MarkdownIt>, env: object, tokens: unknown[]) => BlockState)('', parser, {}, [])).Token.prototype;
  // Plain assignments in one constructor, in markdown-it's field order.
  function FastToken(this: Record<string, unknown>, type: string, tag: string, nesting: number): void {
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.map = null;
    this.nesting = nesting;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.meta = null;
    this.block = false;
    this.hidden = false;
  }
  FastToken.prototype = proto;
  const Made = FastToken as unknown as new (type: string, tag: string, nesting: number) => { block: boolean; level: number };
  State.prototype.push = function push(this: BlockState, type: string, tag: string, nesting: number) {
    const token = new Made(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  };
}

export interface Section {
  heading?: Heading;
  /** 0 for the document root. */
  level: number;
  startLine: number;
  /** Exclusive. */
  endLine: number;
  parent?: Section;
}

export interface Heading {
  level: number;
  line: number;
  /** Span of the heading text (without `#` marks or setext underline). */
  span: Span;
  text: InlineText;
  /** Plain text, trimmed. */
  title: string;
  /** The section this heading opens. */
  section: Section;
}

export interface ListItem {
  line: number;
  /** Exclusive; includes nested items. */
  endLine: number;
  /** 1 for a top-level item. */
  depth: number;
  ordered: boolean;
  /** Span of the list marker (`-`, `1.`). */
  markerSpan: Span;
  task?: { checked: boolean; span: Span };
  /** Span of the item's own text (first paragraph), empty when it has none. */
  span: Span;
  /** Source line fragments of the item's own text. */
  segments: Span[];
  readonly text: InlineText;
  /** Later paragraphs of the item itself (not of nested items), after its first. */
  paragraphs: Paragraph[];
  parent?: ListItem;
  children: ListItem[];
  section: Section;
}

/** The top-level item a (nested) item belongs to. */
export function topItem(item: ListItem): ListItem {
  let top = item;
  while (top.parent) top = top.parent;
  return top;
}

export interface TableCell {
  span: Span;
  /** Raw source text of the cell, trimmed. */
  raw: string;
  readonly text: InlineText;
}

export interface TableRow {
  line: number;
  /** Split from the row's source line when first read: most rules never read a cell of most tables. */
  readonly cells: TableCell[];
}

export interface Table {
  line: number;
  endLine: number;
  header: TableRow;
  rows: TableRow[];
  section: Section;
}

export interface Paragraph {
  line: number;
  endLine: number;
  segments: Span[];
  readonly text: InlineText;
  inList: boolean;
  section: Section;
}

export interface CodeBlock {
  line: number;
  endLine: number;
  info: string;
  /** Span of the content lines. */
  span: Span;
}

export interface Comment {
  span: Span;
  /** Text between `<!--` and `-->`, trimmed. */
  body: string;
  line: number;
}

export interface DocumentModel {
  source: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  root: Section;
  sections: Section[];
  headings: Heading[];
  items: ListItem[];
  tables: Table[];
  paragraphs: Paragraph[];
  codeBlocks: CodeBlock[];
  comments: Comment[];
}

// Shared empty arrays, frozen: a rule that wrote to one would change every item sharing it;
// frozen, the write throws in that rule alone (the engine reports it) and the model stays true.
/** Shared by every list item without later paragraphs (most of them): no array per item. */
const NO_PARAGRAPHS: Paragraph[] = Object.freeze([]) as unknown as Paragraph[];
/** Shared by every list item without nested items, until one is added (parseDocument replaces it then). */
const NO_CHILDREN: ListItem[] = Object.freeze([]) as unknown as ListItem[];
/** Shared by every list item without text of its own ("-" alone, text on a later line). */
const NO_SEGMENTS: Span[] = Object.freeze([]) as unknown as Span[];

const HEADING_OPEN = /^[ \t]*(?:>[ \t]?)*[ \t]*#{1,6}(?:[ \t]+|$)/;
const HASHES_ONLY = /^#+[ \t]*$/;

/**
 * What comes before a line's text: indentation; block quote markers too (`>`, each with one
 * space or tab after it, and the blanks around them); and a list item's marker (`-`, `*`, `+`,
 * or 1-9 digits and `.` or `)`, then blanks or the line's end). Read by scanning the source,
 * as /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/ and its shorter forms
 * read a line: without slicing the line or a match per line (most of building the model).
 */
const enum Prefix {
  Indent,
  Quote,
  List,
}

function blanksEnd(text: string, at: number, end: number): number {
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** Where indentation and block quote markers from `at` end. */
function quoteEnd(text: string, at: number, end: number): number {
  at = blanksEnd(text, at, end);
  while (at < end && text.charCodeAt(at) === 62 /* > */) {
    at++;
    if (at < end && isBlank(text.charCodeAt(at))) at++;
  }
  return blanksEnd(text, at, end);
}

/** Where a list marker at `at` ends, or -1 when there is none. */
function markerEnd(text: string, at: number, end: number): number {
  if (at >= end) return -1;
  const code = text.charCodeAt(at);
  if (code === 45 || code === 42 || code === 43) return at + 1; // - * +
  let digits = at;
  while (digits < end && digits - at < 10 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const count = digits - at;
  if (count < 1 || count > 9 || digits >= end) return -1;
  const after = text.charCodeAt(digits);
  return after === 46 || after === 41 ? digits + 1 : -1; // . )
}

/** Where the line's text starts after its prefix of `kind`: at `start` when a list prefix is not whole. */
function prefixEnd(text: string, start: number, end: number, kind: Prefix): number {
  if (kind === Prefix.Indent) return blanksEnd(text, start, end);
  const quoted = quoteEnd(text, start, end);
  if (kind === Prefix.Quote) return quoted;
  const marker = markerEnd(text, quoted, end);
  if (marker < 0) return start;
  const after = blanksEnd(text, marker, end);
  return after > marker || marker === end ? after : start;
}
const TASK_BOX = /^\[([ xX])\](?:[ \t]+|$)/;

/**
 * Where a heading's text ends in its line (from `from`, after the opening hashes): before the
 * closing hashes and the spaces and tabs around them ("## Risks ##  "). A scan from the end: the
 * pattern it replaces, /(?:[ \t]+#+)?[ \t]*$/, retried a run of spaces inside the title from each
 * of its positions (a heading with 20,000 of them took seconds).
 */
function headingTextEnd(text: string, from: number): number {
  const blank = (at: number): boolean => isBlank(text.charCodeAt(at));
  let end = text.length;
  while (end > from && blank(end - 1)) end--;
  let hashes = end;
  while (hashes > from && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes < end && hashes > from && blank(hashes - 1)) {
    end = hashes;
    while (end > from && blank(end - 1)) end--;
  }
  return end;
}

/** `blocks` keeps the parse of unchanged parts between parses of one document (the language server's memo). */
export function parseDocument(source: string, blocks?: BlockCache): DocumentModel {
  const lines = new LineIndex(source);
  const frontMatter = parseFrontMatter(source, lines);
  // Front matter is parsed as blank lines: markdown-it would read its `---` as a rule or a heading's underline.
  const blank = frontMatter ? { lines: frontMatter.endLine, offset: frontMatter.bodyStart } : undefined;
  const tokens = blocks ? blocks.parse(md, source, blank) : md.parse(blank ? '\n'.repeat(blank.lines) + source.slice(blank.offset) : source, {});

  const root: Section = { level: 0, startLine: 0, endLine: lines.lineCount };
  const model: DocumentModel = {
    source,
    lines,
    frontMatter,
    root,
    sections: [root],
    headings: [],
    items: [],
    tables: [],
    paragraphs: [],
    codeBlocks: [],
    comments: [],
  };

  let current = root;
  const itemStack: ListItem[] = [];
  const orderedStack: boolean[] = [];
  let quoteDepth = 0;

  const segmentOf = (line: number, prefix: Prefix): Span => {
    const lineEnd = lines.lineEnd(line);
    const start = prefixEnd(source, lines.lineStart(line), lineEnd, prefix);
    let end = lineEnd;
    while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
    if (end > start && source.charCodeAt(end - 1) === 92) end--; // a backslash: a hard line break
    return { start, end };
  };
  const segmentsOf = (from: number, to: number, firstPrefix: Prefix): Span[] => {
    // Most paragraphs and items are one line: an array of exactly one.
    if (to - from === 1) return [segmentOf(from, firstPrefix)];
    const segments: Span[] = [];
    for (let line = from; line < to; line++) segments.push(segmentOf(line, line === from ? firstPrefix : quoteDepth > 0 ? Prefix.Quote : Prefix.Indent));
    return segments;
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    switch (token.type) {
      case 'heading_open': {
        const map = token.map!;
        const level = Number(token.tag.slice(1));
        while (current.level >= level && current.parent) {
          current.endLine = map[0];
          current = current.parent;
        }
        const section: Section = { level, startLine: map[0], endLine: lines.lineCount, parent: current };
        const heading = readHeading(lines, token, level, section, quoteDepth > 0);
        section.heading = heading;
        model.headings.push(heading);
        model.sections.push(section);
        current = section;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        orderedStack.push(token.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        orderedStack.pop();
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'list_item_open': {
        const map = token.map!;
        const parent = itemStack[itemStack.length - 1];
        const item = newItem(model, map, itemStack.length + 1, orderedStack[orderedStack.length - 1] ?? false, parent, current);
        const next = tokens[index + 1];
        if (next?.type === 'paragraph_open' && next.map && next.map[0] === map[0]) {
          item.segments = segmentsOf(next.map[0], next.map[1], Prefix.List);
          readTaskBox(source, item);
          item.span = spanOf(item.segments);
        }
        if (parent) {
          if (parent.children === NO_CHILDREN) parent.children = [];
          parent.children.push(item);
        }
        itemStack.push(item);
        model.items.push(item);
        break;
      }
      case 'list_item_close':
        itemStack.pop();
        break;
      case 'paragraph_open': {
        const map = token.map!;
        const owner = itemStack[itemStack.length - 1];
        if (owner && owner.line === map[0]) break; // the item's own text
        const segments = segmentsOf(map[0], map[1], quoteDepth > 0 ? Prefix.Quote : Prefix.Indent);
        const paragraph = new Para(source, map, segments, itemStack.length > 0, current);
        model.paragraphs.push(paragraph);
        if (owner) {
          if (owner.paragraphs === NO_PARAGRAPHS) owner.paragraphs = [];
          owner.paragraphs.push(paragraph);
        }
        break;
      }
      case 'table_open': {
        const table = readTable(source, lines, tokens, index, current);
        if (table) model.tables.push(table);
        break;
      }
      case 'fence':
      case 'code_block': {
        const map = token.map!;
        const contentFrom = token.type === 'fence' ? map[0] + 1 : map[0];
        const contentTo = token.type === 'fence' ? Math.max(contentFrom, map[1] - 1) : map[1];
        model.codeBlocks.push({
          line: map[0],
          endLine: map[1],
          info: token.info.trim(),
          span: { start: lines.lineStart(contentFrom), end: contentTo > contentFrom ? lines.lineEnd(contentTo - 1) : lines.lineStart(contentFrom) },
        });
        break;
      }
    }
  }
  model.comments = findComments(source, lines, model.codeBlocks, frontMatter?.bodyStart ?? 0);
  return model;
}

function newItem(model: DocumentModel, map: [number, number], depth: number, ordered: boolean, parent: ListItem | undefined, section: Section): ListItem {
  const lineStart = model.lines.lineStart(map[0]);
  const lineEnd = model.lines.lineEnd(map[0]);
  const markerStart = quoteEnd(model.source, lineStart, lineEnd);
  const end = markerEnd(model.source, markerStart, lineEnd);
  const markerSpan = end < 0 ? { start: lineStart, end: lineStart } : { start: markerStart, end };
  return new Item(model.source, map, depth, ordered, markerSpan, parent, section);
}

function readTaskBox(source: string, item: ListItem): void {
  const first = item.segments[0];
  if (!first) return;
  const box = TASK_BOX.exec(source.slice(first.start, Math.min(first.end, first.start + 8)));
  if (!box) return;
  item.task = { checked: box[1] !== ' ', span: { start: first.start, end: first.start + 3 } };
  item.segments[0] = { start: first.start + box[0].length, end: first.end };
}

function readHeading(lines: LineIndex, token: Token, level: number, section: Section, quoted: boolean): Heading {
  const map = token.map!;
  let segments: Span[];
  if (token.markup.startsWith('#')) {
    const start = lines.lineStart(map[0]);
    const text = lines.lineText(map[0]);
    const open = HEADING_OPEN.exec(text)?.[0].length ?? 0;
    let end = headingTextEnd(text, open);
    if (HASHES_ONLY.test(text.slice(open))) end = open; // "# ##" has empty text
    segments = [{ start: start + open, end: start + Math.max(open, end) }];
  } else {
    segments = [];
    for (let line = map[0]; line < map[1] - 1; line++) {
      const start = lines.lineStart(line);
      const text = lines.lineText(line);
      const skip = prefixEnd(text, 0, text.length, quoted ? Prefix.Quote : Prefix.Indent);
      segments.push({ start: start + skip, end: start + text.trimEnd().length });
    }
  }
  const text = inlineText(lines.text, segments);
  return { level, line: map[0], span: spanOf(segments), text, title: text.plain.trim(), section };
}

function readTable(source: string, lines: LineIndex, tokens: Token[], index: number, section: Section): Table | undefined {
  const map = tokens[index].map;
  if (!map) return undefined;
  const rows: TableRow[] = [];
  for (let at = index + 1; at < tokens.length && tokens[at].type !== 'table_close'; at++) {
    const rowMap = tokens[at].type === 'tr_open' ? tokens[at].map : null;
    if (rowMap) rows.push(new Row(source, lines, rowMap[0]));
  }
  const [header, ...body] = rows;
  if (!header) return undefined;
  return { line: map[0], endLine: map[1], header, rows: body, section };
}

/** Splits a table row line into cells at unescaped pipes outside code spans. */
export function splitRow(source: string, lines: LineIndex, line: number): TableCell[] {
  const start = lines.lineStart(line);
  const text = lines.lineText(line);
  let at = quoteEnd(text, 0, text.length);
  if (text[at] === '|') at++;
  const cells: TableCell[] = [];
  let cellStart = at;
  let inCode = false;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    cells.push(new Cell(source, start + a, start + b, text.slice(a, b)));
  };
  for (; at < text.length; at++) {
    const ch = text[at];
    if (ch === '\\') at++;
    else if (ch === '`') inCode = !inCode;
    else if (ch === '|' && !inCode) {
      push(cellStart, at);
      cellStart = at + 1;
    }
  }
  if (text.slice(cellStart).trim() !== '') push(cellStart, text.length);
  return cells;
}

function findComments(source: string, lines: LineIndex, code: CodeBlock[], from: number): Comment[] {
  const comments: Comment[] = [];
  let at = source.indexOf('<!--', from);
  let block = 0;
  // The code spans of the line of the last comment: comments come in order, so each line is read once.
  let spansLine = -1;
  let spans: [number, number][] = [];
  let spanIndex = 0;
  while (at !== -1) {
    const end = source.indexOf('-->', at + 4);
    const stop = end === -1 ? source.length : end + 3;
    const line = lines.positionAt(at).line;
    while (block < code.length && code[block].endLine <= line) block++;
    const inCode = block < code.length && code[block].line <= line && line < code[block].endLine;
    if (line !== spansLine) {
      spansLine = line;
      spans = codeSpans(source, lines.lineStart(line), lines.lineEnd(line));
      spanIndex = 0;
    }
    while (spanIndex < spans.length && spans[spanIndex][1] <= at) spanIndex++;
    const quoted = spanIndex < spans.length && spans[spanIndex][0] < at;
    if (!inCode && !quoted) comments.push({ span: { start: at, end: stop }, body: source.slice(at + 4, end === -1 ? stop : end).trim(), line });
    at = end === -1 ? -1 : source.indexOf('<!--', stop);
  }
  return comments;
}

/**
 * The inline code spans of a line ("`<!-- impact-lint-disable-file -->`" quotes a directive;
 * it is none), as [start, end) source offsets. A run of backticks opens a span that the
 * next run of the same length closes; a run never closed is text. Linear in the line.
 */
function codeSpans(source: string, start: number, end: number): [number, number][] {
  const line = source.slice(start, end);
  const runs: { at: number; length: number }[] = [];
  for (let i = line.indexOf('`'); i !== -1; ) {
    let j = i;
    while (line[j] === '`') j++;
    if (i === 0 || line[i - 1] !== '\\') runs.push({ at: i, length: j - i });
    i = line.indexOf('`', j);
  }
  if (runs.length < 2) return [];
  // For each length, the runs of that length in order, and how far the search has come.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; ) {
    const { at, length } = runs[i];
    const list = byLength.get(length)!;
    let c = cursor.get(length) ?? 0;
    while (c < list.length && list[c] <= i) c++;
    cursor.set(length, c);
    if (c === list.length) {
      i++;
      continue;
    }
    const close = runs[list[c]];
    spans.push([start + at, start + close.at + close.length]);
    i = list[c] + 1;
  }
  return spans;
}

function spanOf(segments: Span[]): Span {
  if (!segments.length) return { start: 0, end: 0 };
  return { start: segments[0].start, end: segments[segments.length - 1].end };
}

/**
 * Memoised plain text over `segments` (a class: defineProperty per object is slow). Each
 * kind of node is its own class with its fields set in its constructor: copying a
 * literal in with Object.assign cost one more object and a shape change per field.
 */
abstract class Lazy {
  private cached?: InlineText;
  constructor(
    private readonly source: string,
    public segments: Span[],
  ) {}
  get text(): InlineText {
    return (this.cached ??= inlineText(this.source, this.segments));
  }
}

class Item extends Lazy implements ListItem {
  line: number;
  endLine: number;
  span: Span;
  paragraphs = NO_PARAGRAPHS;
  children = NO_CHILDREN;
  declare task?: { checked: boolean; span: Span };
  constructor(
    source: string,
    map: [number, number],
    public depth: number,
    public ordered: boolean,
    public markerSpan: Span,
    public parent: ListItem | undefined,
    public section: Section,
  ) {
    super(source, NO_SEGMENTS);
    this.line = map[0];
    this.endLine = map[1];
    this.span = { start: markerSpan.end, end: markerSpan.end };
  }
}

class Para extends Lazy implements Paragraph {
  line: number;
  endLine: number;
  constructor(
    source: string,
    map: [number, number],
    segments: Span[],
    public inList: boolean,
    public section: Section,
  ) {
    super(source, segments);
    this.line = map[0];
    this.endLine = map[1];
  }
}

/** A row whose only own property is its line (ES private fields): spread, keys and JSON see no more than before. */
class Row implements TableRow {
  readonly #source: string;
  readonly #lines: LineIndex;
  #split?: TableCell[];
  constructor(
    source: string,
    lines: LineIndex,
    public line: number,
  ) {
    this.#source = source;
    this.#lines = lines;
  }
  get cells(): TableCell[] {
    return (this.#split ??= splitRow(this.#source, this.#lines, this.line));
  }
}

class Cell extends Lazy implements TableCell {
  span: Span;
  constructor(
    source: string,
    start: number,
    end: number,
    public raw: string,
  ) {
    // One object for the span and the one segment: a wide table has tens of thousands of cells.
    const span = { start, end };
    super(source, [span]);
    this.span = span;
  }
}

/** All sections from `section` up to the root, innermost first. */
export function sectionPath(section: Section): Section[] {
  const path: Section[] = [];
  for (let at: Section | undefined = section; at; at = at.parent) path.push(at);
  return path;
}
