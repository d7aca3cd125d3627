// The document as an ordered list of text blocks (headings, paragraphs, list
// items, table rows), and labelled parts within them: "**Result:** ...",
// "Result: ...", "### Result", "| Result | ... |". STAR stories, log entries and
// status reports are all read as labelled parts.
import { inlineText, type InlineText } from '../inline';
import type { DocumentModel, Heading, ListItem, Paragraph, Section, Table, TableRow } from '../model';
import type { Span } from '../types';
import { ByObject, joined, labelAlternatives, leadingLabel, normalize } from './fields';

export interface Block {
  type: 'heading' | 'paragraph' | 'item' | 'row';
  line: number;
  endLine: number;
  /** For a row, its first cell. */
  text: InlineText;
  /** Source offset where the block's own text starts (before any markup). */
  start: number;
  section: Section;
  heading?: Heading;
  item?: ListItem;
  paragraph?: Paragraph;
  table?: Table;
  row?: TableRow;
}

const cache = new WeakMap<DocumentModel, Block[]>();

/**
 * A block whose text is made when first read, from the part of the model it is (a
 * heading, paragraph, item or cell has its own) or from its own lines. A class, not an
 * object literal with a getter: a literal makes a closure and an accessor pair for
 * every block of every lint (1.3 MB of each key typed into an 88 KB project log).
 */
class TextBlock implements Block {
  heading?: Heading = undefined;
  item?: ListItem = undefined;
  paragraph?: Paragraph = undefined;
  table?: Table = undefined;
  row?: TableRow = undefined;
  readonly #owner: { readonly text: InlineText } | undefined;
  readonly #source: string;
  readonly #group: Span[] | undefined;
  #text: InlineText | undefined = undefined;

  constructor(
    readonly type: Block['type'],
    readonly line: number,
    readonly endLine: number,
    readonly start: number,
    readonly section: Section,
    owner: { readonly text: InlineText } | undefined,
    source = '',
    group?: Span[],
  ) {
    this.#owner = owner;
    this.#source = source;
    this.#group = group;
  }

  get text(): InlineText {
    return this.#owner ? this.#owner.text : (this.#text ??= inlineText(this.#source, this.#group!));
  }
}

/** Every heading, paragraph, list item and table body row, in document order. */
export function blocks(doc: DocumentModel): Block[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const list: Block[] = [];
  for (const heading of doc.headings) {
    const block = new TextBlock('heading', heading.line, heading.line + 1, heading.span.start, heading.section, heading);
    block.heading = heading;
    list.push(block);
  }
  for (const paragraph of doc.paragraphs) {
    for (const group of lineGroups(doc, paragraph.segments)) {
      const whole = group.length === paragraph.segments.length;
      const line = whole ? paragraph.line : doc.lines.positionAt(group[0].start).line;
      const block = whole
        ? new TextBlock('paragraph', line, paragraph.endLine, group[0].start, paragraph.section, paragraph)
        : new TextBlock('paragraph', line, line + group.length, group[0].start, paragraph.section, undefined, doc.source, group);
      block.paragraph = paragraph;
      list.push(block);
    }
  }
  for (const item of doc.items) {
    if (!item.segments.length) continue;
    const groups = lineGroups(doc, item.segments);
    for (let index = 0; index < groups.length; index++) {
      // "- **Situation:** ..." with "**Action:** ..." continuation lines: one block per label.
      const group = groups[index];
      const line = doc.lines.positionAt(group[0].start).line;
      const block = groups.length === 1 ? new TextBlock('item', line, line + group.length, group[0].start, item.section, item) : new TextBlock(index === 0 ? 'item' : 'paragraph', line, line + group.length, group[0].start, item.section, undefined, doc.source, group);
      if (index === 0) block.item = item;
      list.push(block);
    }
  }
  for (const table of doc.tables) {
    for (const row of table.rows) {
      const first = row.cells[0];
      if (!first) continue;
      const block = new TextBlock('row', row.line, row.line + 1, first.span.start, table.section, first);
      block.table = table;
      block.row = row;
      list.push(block);
    }
  }
  list.sort((a, b) => a.line - b.line || order(a) - order(b));
  cache.set(doc, list);
  return list;
}

/** "**Label:** value" or "Label - value" at the start of a source line. */
const LABEL_LINE = /^(?:\*\*|__)?[\p{L}][\p{L}\p{N} /&'’()-]{0,40}?(?:\*\*|__)?(?:\s*:(?:\*\*|__)?(?:\s|$)|\s+[-–—]\s)/u;

/**
 * A paragraph (or list item) written as "**Label:** value" (or "Label - value") lines
 * without blank lines between them is split into one group of lines per label; others stay whole.
 */
function lineGroups(doc: DocumentModel, segments: Span[]): Span[][] {
  if (segments.length < 2 || !segments.slice(1).some((s) => LABEL_LINE.test(doc.source.slice(s.start, s.end)))) return [segments];
  const groups: Span[][] = [];
  for (const segment of segments) {
    if (!groups.length || LABEL_LINE.test(doc.source.slice(segment.start, segment.end))) groups.push([segment]);
    else groups[groups.length - 1].push(segment);
  }
  return groups;
}

function order(block: Block): number {
  return block.type === 'heading' ? 0 : block.type === 'item' ? (block.item?.depth ?? 1) : 5;
}

/** Blocks whose first line is in `[from, to)`. */
export function blocksBetween(doc: DocumentModel, from: number, to: number): Block[] {
  return startingBetween(blocks(doc), from, to);
}

/** The things of `list` (in line order: the model's items, paragraphs, tables, headings) that start on a line in `[from, to)`, found by halving. */
export function startingBetween<T extends { line: number }>(list: readonly T[], from: number, to: number): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].line < from) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let at = low; at < list.length && list[at].line < to; at++) out.push(list[at]);
  return out;
}

/** The block of each list item's own (first) text. */
export function itemBlocks(doc: DocumentModel): Map<ListItem, Block> {
  let map = itemCache.get(doc);
  if (!map) {
    map = new Map();
    for (const block of blocks(doc)) if (block.item) map.set(block.item, block);
    itemCache.set(doc, map);
  }
  return map;
}

const itemCache = new WeakMap<DocumentModel, Map<ListItem, Block>>();

/** A piece of a block's plain text, `[start, end)`. */
export interface Piece {
  text: InlineText;
  start: number;
  end: number;
}

export function pieceOf(text: InlineText, start = 0, end = text.plain.length): Piece {
  return { text, start, end };
}

export function piecePlain(piece: Piece): string {
  return piece.text.plain.slice(piece.start, piece.end);
}

/** The piece's plain range without leading space and trailing space or . ; , */
function trimmed(piece: Piece): { start: number; end: number } {
  const plain = piece.text.plain;
  let start = piece.start;
  let end = piece.end;
  while (start < end && /\s/.test(plain[start])) start++;
  while (end > start && /[\s.;,]/.test(plain[end - 1])) end--;
  return { start, end };
}

export function pieceSpan(piece: Piece): Span {
  const { start, end } = trimmed(piece);
  return piece.text.span(start, end);
}

/**
 * Where text added after a piece goes in `source`: where pieceSpan ends, then past any
 * markup that closes there ("**faster**").
 */
export function pieceEnd(source: string, piece: Piece): number {
  const { start, end } = trimmed(piece);
  return end > start ? piece.text.after(source, end) : piece.text.span(start, end).end;
}

/** The plain text of pieces, joined by spaces. */
export function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((p) => piecePlain(p).trim()).filter(Boolean).join(' ');
}

/** The block's own content as pieces: a row contributes every cell. */
export function blockPieces(block: Block, from = 0): Piece[] {
  if (block.type === 'row' && block.row) {
    const cells = block.row.cells.map((cell) => pieceOf(cell.text));
    if (cells[0]) cells[0] = pieceOf(cells[0].text, Math.min(from, cells[0].text.plain.length));
    return cells.filter((p) => p.end > p.start);
  }
  const text = block.text;
  return from < text.plain.length ? [pieceOf(text, from)] : [];
}

export interface LabelHit<K extends string> {
  key: K;
  /** Source span of the label word(s). */
  span: Span;
  /** Plain index in the block's text where the value starts. */
  valueStart: number;
}

export type LabelSets<K extends string> = Record<K, readonly string[]>;

/**
 * The label a block opens with: a heading that is (or starts with) a label, a
 * paragraph or item that starts "Label:", "**Label**" or "Label —", or a table
 * row whose first cell is a label.
 */
export function blockLabel<K extends string>(doc: DocumentModel, block: Block, sets: LabelSets<K>): LabelHit<K> | undefined {
  const plain = block.text.plain;
  if (!plain) return undefined;
  const { all, keyOf, firstWords } = compile(sets);
  if (!all.length) return undefined;
  if (!firstWords.has(firstWord(plain))) return undefined;
  if (block.type === 'row') {
    const key = keyOf.get(normalize(plain));
    return key === undefined ? undefined : { key, span: block.text.span(0, plain.length), valueStart: plain.length };
  }
  const hit = leadingLabel(plain, all, true);
  const bold = /^(\*\*|__)/.test(doc.source.slice(block.start, block.start + 2)) ? boldLead(doc, block) : undefined;
  if (hit && (block.type === 'heading' || hit.valueStart < plain.length || /[:]\s*$/.test(plain) || bold)) {
    const key = keyOf.get(hit.label.toLowerCase().replace(/\s+/g, ' '));
    const start = hit.labelEnd - hit.label.length;
    if (key !== undefined) return { key, span: block.text.span(start, hit.labelEnd), valueStart: hit.valueStart };
  }
  const key = bold === undefined ? undefined : keyOf.get(normalize(bold));
  if (bold !== undefined && key !== undefined) {
    const at = plain.indexOf(bold.trim());
    const after = /^[\s*_]*[:\-–—]?[\s*_]*/.exec(plain.slice(at + bold.trim().length))?.[0].length ?? 0;
    return { key, span: block.text.span(at, at + bold.trim().replace(/[\s:]+$/, '').length), valueStart: at + bold.trim().length + after };
  }
  return undefined;
}

interface Compiled<K extends string> {
  /** Every label of every set. */
  all: string[];
  /** Lower-case label -> its set (the first set that lists it). */
  keyOf: Map<string, K>;
  /** The first word of every label: a block that opens with none of them has no label. */
  firstWords: Set<string>;
}

/** The first word of `text` after markup and emoji, lower case, without trailing punctuation. */
function firstWord(text: string): string {
  return (/^[\s*_>#\p{Extended_Pictographic}\u{FE0F}]*([^\s:*_(]*)/u.exec(text)?.[1] ?? '').toLowerCase();
}

/** One label list and a reverse map per label-set object (callers reuse their objects in loops). */
const COMPILED = new ByObject<LabelSets<string>, Compiled<string>>(
  (sets) => JSON.stringify(sets),
  (sets) => {
    const keyOf = new Map<string, string>();
    for (const [name, labels] of Object.entries(sets)) for (const label of labels) if (!keyOf.has(label.toLowerCase())) keyOf.set(label.toLowerCase(), name);
    return { all: [...keyOf.keys()], keyOf, firstWords: new Set([...keyOf.keys()].map(firstWord)) };
  },
);

function compile<K extends string>(sets: LabelSets<K>): Compiled<K> {
  return COMPILED.get(sets) as Compiled<K>;
}

/** The text of a leading `**bold**` or `__bold__` run in the block's source, if any. */
function boldLead(doc: DocumentModel, block: Block): string | undefined {
  const raw = doc.source.slice(block.start, block.start + 80);
  const match = /^(\*\*|__)([^*_]+?)\1/.exec(raw) ?? /^(\*\*|__)([^*_]+?)$/.exec(raw);
  return match?.[2];
}

export interface Part<K extends string> {
  key: K;
  /** Source span of the label. */
  label: Span;
  block: Block;
  /** The text that belongs to the label: the rest of its block and the blocks after it. */
  pieces: Piece[];
  /** First line after the part. */
  endLine: number;
}

/**
 * Splits `list` (blocks in order) into labelled parts. A part runs to the next
 * label, or to the next heading (for a heading label: the next heading of the
 * same or a higher level). Blocks before the first label are the prelude.
 */
export function splitParts<K extends string>(doc: DocumentModel, list: readonly Block[], sets: LabelSets<K>, inline?: K): { prelude: Block[]; parts: Part<K>[]; cut: Map<Block, number> } {
  const prelude: Block[] = [];
  const parts: Part<K>[] = [];
  /** Prelude blocks whose text ends where a label inside them starts (`inline`): their plain length up to it. */
  const cut = new Map<Block, number>();
  let current: Part<K> | undefined;
  let level = 0;
  for (const block of list) {
    const hit = blockLabel(doc, block, sets);
    if (hit) {
      current = { key: hit.key, label: hit.span, block, pieces: blockPieces(block, hit.valueStart), endLine: block.endLine };
      level = block.heading ? block.heading.level : 7;
      parts.push(current);
      continue;
    }
    if (block.heading && block.heading.level <= level) current = undefined;
    // A label in a list item ends with its list: at a table, at an item further out (the next story of a list of
    // stories), and at a paragraph after the list once it has a value ("- With: Sam" then "Took 2 weeks. ...") or when
    // the paragraph opens with a label of its own ("- Result:" then "**RAG: Amber** – ..."). An empty "- Result:" with
    // its text in the paragraph below keeps it.
    const labelItem = current?.block.type === 'item' ? current.block.item : undefined;
    const outOfList = block.type === 'paragraph' && !block.paragraph?.inList;
    if (labelItem && (block.type === 'row' || (outOfList && (current!.pieces.length > 0 || OWN_LABEL.test(block.text.plain))) || (block.type === 'item' && block.item !== undefined && block.item.depth < labelItem.depth))) current = undefined;
    const within = inline !== undefined && !block.heading && block.type !== 'row' ? inlineLabel(block.text.plain, sets[inline]) : undefined;
    if (within) {
      // "Enrolled 85 devices over 4 days. Result: went smoothly.": the text before the label is the prelude's (or the part's before).
      const before = pieceOf(block.text, 0, within.start);
      if (current) current.pieces.push(before);
      else {
        prelude.push(block);
        cut.set(block, within.start);
      }
      parts.push({ key: inline!, label: block.text.span(within.start, within.labelEnd), block, pieces: within.valueStart < block.text.plain.length ? [pieceOf(block.text, within.valueStart)] : [], endLine: block.endLine });
      // Its value is the rest of its own block: the entry's later paragraphs and items are not the result.
      current = undefined;
      continue;
    }
    if (current) {
      if (block.type !== 'heading') for (const piece of blockPieces(block)) current.pieces.push(piece);
      current.endLine = block.endLine;
    } else prelude.push(block);
  }
  return { prelude, parts, cut };
}

/** A paragraph that opens with a label of its own: "RAG: Amber", "Next step: ...". */
const OWN_LABEL = /^\s*\p{L}[\p{L} /&-]{0,30}\s*:/u;

/** A result label after a sentence: ". Result: ", ". **Result:** ". */
const INLINE_LABELS = new ByObject<readonly string[], RegExp>(joined, (labels) => new RegExp(`[.!?;]\\s+(?:\\*\\*|__)?(${labelAlternatives(labels)})(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*`, 'i'));

/** A label after the end of a sentence inside a block's text ("... over 4 days. Result: went smoothly."). */
function inlineLabel(plain: string, labels: readonly string[]): { start: number; labelEnd: number; valueStart: number } | undefined {
  if (!plain.includes(':') || !labels.length) return undefined;
  const match = INLINE_LABELS.get(labels).exec(plain);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { start, labelEnd: start + match[1].length, valueStart: match.index + match[0].length };
}
