// RAG ratings (the UK 5-point scale, On track / At risk / Off track, emoji) and
// the document's overall status: "**Overall status:** Amber", a heading, or a table cell.
import type { DocumentModel } from '../model';
import type { Span } from '../types';
import { blockLabel, blocks, type Block } from './blocks';
import { leadingDate, type FoundDate } from './dates';
import { ByObject, labelAlternatives, normalize } from './fields';

/** 0 Green, 1 Amber/Green, 2 Amber, 3 Amber/Red, 4 Red. */
export type RagLevel = 0 | 1 | 2 | 3 | 4;
export const RAG_NAMES = ['Green', 'Amber/Green', 'Amber', 'Amber/Red', 'Red'] as const;

export interface Rag {
  level: RagLevel;
  /** Plain offsets of the rating in the searched text. */
  start: number;
  end: number;
  text: string;
}

const COLOUR: Record<string, RagLevel> = { green: 0, amber: 2, yellow: 2, orange: 2, red: 4 };
const EMOJI: Record<string, RagLevel> = { '🟢': 0, '🟡': 2, '🟠': 2, '🔴': 4, '✅': 0 };
const PAIR = /^(green|amber|yellow|red)\s*(?:\/|-|–|\sto\s)\s*(green|amber|yellow|red)(?![\p{L}])/iu;
const SINGLE = /^(green|amber|yellow|orange|red|on[\s-]track|at[\s-]risk|off[\s-]track)(?![\p{L}])/iu;
const LETTERS = /^(G|A|R|A\/G|G\/A|AG|A\/R|R\/A|AR)$/;

function pairLevel(a: string, b: string): RagLevel {
  const x = COLOUR[a.toLowerCase()];
  const y = COLOUR[b.toLowerCase()];
  if (x === y) return x;
  if (x + y === 2) return 1;
  if (x + y === 6) return 3;
  return 2;
}

/** The rating `text` opens with (after spaces, markup, emoji and a colon). `letters` also accepts G/A/R alone. */
export function parseRag(text: string, letters = false): Rag | undefined {
  const skip = /^[\s*_`:\-–—([]*/.exec(text)?.[0].length ?? 0;
  let at = skip;
  let emoji: RagLevel | undefined;
  const first = String.fromCodePoint(text.codePointAt(at) ?? 32);
  if (first in EMOJI) {
    emoji = EMOJI[first];
    at += first.length;
    at += /^[\s\uFE0F]*/.exec(text.slice(at))?.[0].length ?? 0;
  }
  const rest = text.slice(at);
  const pair = PAIR.exec(rest);
  if (pair) return { level: pairLevel(pair[1], pair[2]), start: at, end: at + pair[0].length, text: pair[0] };
  const single = SINGLE.exec(rest);
  if (single) {
    const word = single[1].toLowerCase().replace(/[\s-]/g, ' ');
    const level: RagLevel = word === 'on track' ? 0 : word === 'at risk' ? 2 : word === 'off track' ? 4 : COLOUR[word];
    return { level, start: at, end: at + single[0].length, text: single[0] };
  }
  if (letters && LETTERS.test(rest.trim())) {
    const t = rest.trim().replace('/', '');
    const level: RagLevel = t === 'G' ? 0 : t === 'R' ? 4 : t === 'A' ? 2 : /G/.test(t) ? 1 : 3;
    return { level, start: at, end: at + t.length + (rest.trim().includes('/') ? 1 : 0), text: rest.trim() };
  }
  if (emoji !== undefined) return { level: emoji, start: skip, end: skip + first.length, text: first };
  return undefined;
}

/** The first word of a status label's value, alone or before a separator: "A" in "RAG: A", "R" in "R - vendor late". */
const FIRST_VALUE = /^(\s*)([^\s:.;,]+)(?=\s*$|\s*[:.;,]|\s+[-\u2013\u2014]\s)/;

/** "RAG: A", "Overall status: R - vendor late": the short form (parseRag's LETTERS) after a status label. */
function letterRag(value: string): Rag | undefined {
  const match = FIRST_VALUE.exec(value);
  const rag = match && LETTERS.test(match[2]) ? parseRag(match[2], true) : undefined;
  return rag && match ? { ...rag, start: match[1].length, end: match[1].length + match[2].length } : undefined;
}

export const STATUS_LABELS = ['overall status', 'overall rag status', 'overall rag', 'overall rating', 'rag status', 'rag', 'project status', 'overall project status', 'overall health', 'project health', 'health', 'overall', 'status', 'current status'];

export interface OverallStatus {
  rag?: Rag;
  /** Source span of the rating, or of the label when the value is not a rating. */
  span: Span;
  /** The value as written, when it is not a rating. */
  raw: string;
  /** The block that holds the rating. */
  block: Block;
  /** Plain text written beside the rating in the same block or row (the reason, if any). */
  beside: string;
  /** Blocks after the status up to the next heading (or the status heading's section). */
  following: Block[];
}

/**
 * A "Sponsor: Jo" line after the status is another field, not the reason ("Next steering committee meeting: 4 Dec" too).
 * "Payments squad pushed back: they want a freeze" is a sentence with its own verb before the colon, and may be the reason.
 */
const OTHER_LABEL = /^[\p{L}][\p{L}\p{N} /&'’()-]{0,30}:/u;
const SENTENCE_BEFORE_COLON = /^[\p{L}][\p{L}\p{N}&'’()-]*(?:\s+[\p{L}\p{N}&'’()-]+)+?\s+(?:\p{L}+ed|went|broke|fell|lost|left|sent|said|told)(?:\s+(?:back|out|up|down|off))?\s*:/u;
const isOtherLabel = (text: string): boolean => OTHER_LABEL.test(text) && !SENTENCE_BEFORE_COLON.test(text);

const NOT_STATUS_SECTION = /\b(risks?|issues?|raid|milestones?|actions?|decisions?|dependenc|assumptions?|deliverables?|budget|workstreams?|tasks?)\b/i;

const cache = new WeakMap<DocumentModel, Map<string, OverallStatus | null>>();

/**
 * The document's overall status, read from a label, a heading or a table; the first strong
 * label wins. With `latest` (a date, today) the strongest under the latest dated heading
 * wins instead: a project log records one a week, newest last or newest first, and the
 * latest is the one that counts.
 */
export function overallStatus(doc: DocumentModel, labels: readonly string[] = STATUS_LABELS, { latest }: { latest?: string } = {}): OverallStatus | undefined {
  const key = `${latest ?? 'first'}\u0000${labels.join('\u0000')}`;
  let byKey = cache.get(doc);
  if (!byKey) cache.set(doc, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) ?? undefined;
  const found = find(doc, labels, latest);
  byKey.set(key, found ?? null);
  return found;
}

/** headingPart's patterns, kept per label list. */
const HEADING_PARTS = new ByObject<readonly string[], RegExp>(
  (labels) => labels.join('\u0000'),
  (labels) => new RegExp(`\\s[-\u2013\u2014|]\\s+(${labelAlternatives(labels)})\\s*:\\s*`, 'i'),
);

/**
 * A label in a part of a heading set off by a dash or a bar: "### Mon 9 Nov – RAG: Amber", "## Week 46 | Overall status:
 * Green". Where the label is, and where its value starts, as blockLabel says of a label that opens a block.
 */
function headingPart(plain: string, labels: readonly string[]): { start: number; end: number; valueStart: number } | undefined {
  if (!/[-\u2013\u2014|]/.test(plain)) return undefined;
  const match = HEADING_PARTS.get(labels).exec(plain);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length, valueStart: match.index + match[0].length };
}

function find(doc: DocumentModel, labels: readonly string[], latest: string | undefined): OverallStatus | undefined {
  const all = blocks(doc);
  const sets = { status: labels };
  const rankOf = (label: string): number => {
    const index = labels.findIndex((l) => l.toLowerCase() === label.toLowerCase().replace(/\s+/g, ' '));
    return index === -1 ? labels.length : index;
  };
  let best: { rank: number; status: OverallStatus; date: string } | undefined;
  const offer = (rank: number, status: OverallStatus): void => {
    const date = latest ? (datedSection(status.block, latest)?.date.iso ?? '') : '';
    // With `latest`, a later date wins among equals, and the later one in the text when the dates tie.
    if (!best || rank < best.rank || (latest !== undefined && rank === best.rank && date >= best.date)) best = { rank, status, date };
  };
  all.forEach((block, index) => {
    if (block.type !== 'heading' && block.section.heading && NOT_STATUS_SECTION.test(block.section.heading.title) && !labelIn(block.section.heading.title, labels)) return;
    if (block.type === 'row') return;
    const part = block.type === 'heading' ? headingPart(block.text.plain, labels) : undefined;
    const hit = blockLabel(doc, block, sets) ?? (part && { span: block.text.span(part.start, part.end), valueStart: part.valueStart });
    if (!hit) return;
    const rank = rankOf(doc.source.slice(hit.span.start, hit.span.end));
    const plain = block.text.plain;
    const after = followingBlocks(all, index, block);
    const following = after.filter((b) => b.type !== 'row' && (b.heading || !isOtherLabel(b.text.plain)));
    let rag = parseRag(plain.slice(hit.valueStart)) ?? letterRag(plain.slice(hit.valueStart));
    let holder = block;
    let offset = hit.valueStart;
    if (!rag && plain.slice(hit.valueStart).trim() === '' && after[0] && after[0].type !== 'heading') {
      // "## Overall status" then "Amber: supplier delay" (or "**Overall status:**" on its own line).
      rag = parseRag(after[0].text.plain);
      if (rag) [holder, offset] = [after[0], 0];
    }
    if (rag) {
      const value = { ...rag, start: rag.start + offset, end: rag.end + offset };
      offer(rank, { rag: value, span: holder.text.span(value.start, value.end), raw: value.text, block: holder, beside: holder.text.plain.slice(value.end), following: following.filter((b) => b !== holder) });
    } else if (rank < 5 && plain.slice(hit.valueStart).trim()) {
      // A strong label with a value that is not a rating ("Overall status: Good").
      const raw = plain.slice(hit.valueStart).trim().split(/\s[-–—]\s|[.;(]/)[0].trim();
      const start = plain.indexOf(raw, hit.valueStart);
      offer(rank + 100, { span: block.text.span(start, start + raw.length), raw, block, beside: '', following });
    }
  });
  for (const table of doc.tables) {
    const header = table.header.cells.map((c) => normalize(c.text.plain));
    // "| Overall status | Green |" as the header of a two-column table of fields: the header row is the first field.
    const headRank = labels.indexOf(header[0] ?? '');
    const headCell = table.header.cells[1];
    const headRag = (headRank !== -1 || header[0] === 'overall') && header.length === 2 && headCell ? parseRag(headCell.text.plain, true) : undefined;
    if (headRag && headCell) {
      const first = table.header.cells[0];
      const block: Block = { type: 'row', line: table.header.line, endLine: table.header.line + 1, start: first.span.start, text: first.text, section: table.section, table, row: table.header };
      offer(headRank === -1 ? labels.length : headRank, { rag: headRag, span: headCell.text.span(headRag.start, headRag.end), raw: headRag.text, block, beside: headCell.text.plain.slice(headRag.end), following: [] });
    }
    const column = header.findIndex((h) => labels.slice(0, 6).includes(h));
    for (const row of table.rows) {
      const first = normalize(row.cells[0]?.text.plain ?? '');
      const rank = labels.indexOf(first);
      const pairs: [number, number][] = [];
      if (rank !== -1 || first === 'overall') pairs.push([rank === -1 ? labels.length : rank, currentColumn(header)]);
      if (column !== -1 && (table.rows.length === 1 || first === 'overall')) pairs.push([labels.indexOf(header[column]), column]);
      for (const [r, cellIndex] of pairs) {
        const cell = row.cells[cellIndex];
        const rag = cell && parseRag(cell.text.plain, true);
        if (!cell || !rag) continue;
        const block = all.find((b) => b.row === row)!;
        const beside = row.cells.filter((c, i) => i !== cellIndex && i !== 0).map((c) => c.text.plain).join(' ');
        offer(r, { rag, span: cell.text.span(rag.start, rag.end), raw: rag.text, block, beside: `${cell.text.plain.slice(rag.end)} ${beside}`, following: [] });
      }
    }
  }
  return (best as { status: OverallStatus } | undefined)?.status;
}

/** A column header for an earlier or a planned rating ("Last week", "Previous", "Trend", "Target"), not the one now. */
const NOT_NOW = /^(?:last|previous|prev|prior|earlier|was|trend|direction|target|forecast|planned|baseline|next)\b/;
/** A column header for the rating now ("This week", "Current", "Status"). */
const NOW = /^(?:this|current|now|today|status|rag|overall)\b/;

/**
 * The column of a RAG table whose rows open with their label ("| Overall | Green | Amber |")
 * that holds the rating now: "This week" in "| Area | Last week | This week |", else the
 * first that is no earlier or planned rating, else the second.
 */
function currentColumn(header: readonly string[]): number {
  const now = header.findIndex((h, i) => i > 0 && NOW.test(h));
  if (now !== -1) return now;
  const other = header.findIndex((h, i) => i > 0 && !NOT_NOW.test(h));
  return other === -1 ? 1 : other;
}

/** The nearest section above a block whose heading opens with a date ("## 2026-11-16 Weekly note"), and that date. */
export function datedSection(block: Block, today: string): { section: Block['section']; date: FoundDate } | undefined {
  for (let section: Block['section'] | undefined = block.section; section; section = section.parent) {
    const title = section.heading?.title;
    const date = title ? leadingDate(title, today) : undefined;
    if (date) return { section, date };
  }
  return undefined;
}

function labelIn(title: string, labels: readonly string[]): boolean {
  const t = normalize(title);
  return labels.some((l) => t.startsWith(l));
}

/** Blocks after `all[index]` up to the next heading; for a heading, up to the next heading of its level or higher. */
function followingBlocks(all: readonly Block[], index: number, block: Block): Block[] {
  const level = block.heading?.level ?? 7;
  const out: Block[] = [];
  for (let at = index + 1; at < all.length; at++) {
    const next = all[at];
    if (next.heading && (next.heading.level <= level || !block.heading)) break;
    out.push(next);
  }
  return out;
}
