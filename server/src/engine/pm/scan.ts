// Raw source lines of prose (headings, paragraphs, list items, table cells) with
// code spans, HTML comments, link destinations and autolinks blanked out, for
// rules that must see markup the plain text drops ("<date>", "[Owner]").
import { keep } from '../memo';
import type { DocumentModel } from '../model';
import type { Span } from '../types';

export interface Line {
  /** Source offset of `text[0]`. */
  start: number;
  /** The raw source with code, comments and URLs replaced by spaces (same length). */
  text: string;
}

const cache = new WeakMap<DocumentModel, Line[]>();

function mask(text: string, re: RegExp, keepGroup?: number): string {
  return text.replace(re, (match, ...groups) => {
    if (keepGroup === undefined) return ' '.repeat(match.length);
    const kept = String(groups[keepGroup - 1] ?? '');
    const at = match.indexOf(kept);
    return ' '.repeat(at) + kept + ' '.repeat(match.length - at - kept.length);
  });
}

/** Blanks code spans: a run of n backticks up to the next run of exactly n (linear, unlike a backreference regex). */
function maskCode(text: string): string {
  if (!text.includes('`')) return text;
  const runs: { start: number; length: number }[] = [];
  for (const match of text.matchAll(/`+/g)) runs.push({ start: match.index, length: match[0].length });
  const next = new Map<number, number[]>(); // run length -> indexes of runs with that length, in order
  runs.forEach((run, index) => {
    const list = next.get(run.length);
    if (list) list.push(index);
    else next.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  let out = '';
  let at = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    if (run.start < at) continue;
    const same = next.get(run.length)!;
    let k = cursor.get(run.length) ?? 0;
    while (k < same.length && same[k] <= index) k++;
    cursor.set(run.length, k);
    if (k >= same.length) continue;
    const close = runs[same[k]];
    out += text.slice(at, run.start) + ' '.repeat(close.start + close.length - run.start);
    at = close.start + close.length;
    index = same[k];
  }
  return out + text.slice(at);
}

/** Blanks what is not prose in one line of Markdown source. */
export function proseOf(raw: string): string {
  if (!/[`<\]]|https?:|www\./.test(raw)) return raw;
  let text = mask(raw, /<!--[\s\S]*?(?:-->|$)/g);
  text = maskCode(text);
  text = mask(text, /<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s@<>]+@[^\s@<>]+)>/gi);
  text = mask(text, /\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g);
  text = mask(text, /(?<![\w/])(?:https?:\/\/|www\.)[^\s<>)]+/gi);
  return text;
}

/** Every prose line of the document, in order. */
export function proseLines(doc: DocumentModel): Line[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const lines = collect(doc);
  cache.set(doc, lines);
  return lines;
}

/**
 * The prose lines that start on a line `wanted` accepts, in order (a paragraph's or list item's lines all together when
 * one is wanted: a code span may cross their breaks): for a rule that can tell from the raw source which lines may hold
 * what it looks for, without slicing and masking every line of a long document on each key typed.
 */
export function proseLinesOn(doc: DocumentModel, wanted: (line: number) => boolean): Line[] {
  const lines = doc.lines;
  const cached = cache.get(doc);
  if (cached) return cached.filter((line) => wanted(lines.lineAt(line.start)));
  return collect(doc, wanted);
}

function collect(doc: DocumentModel, wanted?: (line: number) => boolean): Line[] {
  // While typing, the memo gives back the lines that did not change.
  const line = (s: Span): Line => ({ start: s.start, text: keep(proseOf, doc.source.slice(s.start, s.end)) });
  const filled = (s: Span): boolean => s.end > s.start;
  const take = (s: Span): boolean => filled(s) && (wanted === undefined || wanted(doc.lines.lineAt(s.start)));
  const lines: Line[] = [];
  for (const h of doc.headings) if (take(h.span)) lines.push(line(h.span));
  // A row's cells are all on its line: a row that line rules out is not split into cells.
  for (const t of doc.tables) {
    for (const row of [t.header, ...t.rows]) {
      if (wanted !== undefined && !wanted(row.line)) continue;
      for (const cell of row.cells) if (filled(cell.span)) lines.push(line(cell.span));
    }
  }
  // A paragraph's (or list item's) lines together: a code span may cross a line break.
  for (const segments of [...doc.paragraphs.map((p) => p.segments), ...doc.items.map((i) => i.segments)]) {
    if (wanted !== undefined && !segments.some(take)) continue;
    const group = segments.filter(filled).map(line);
    if (group.length > 1) maskCodeAcrossLines(group);
    // One by one: a paragraph of 200,000 short lines overflowed the call stack as push(...group).
    for (const line of group) lines.push(line);
  }
  lines.sort((a, b) => a.start - b.start);
  return lines;
}

/**
 * Blanks code spans that open on one line of a paragraph and close on a later one
 * ("`--today\nYYYY-MM-DD`"). The lines are already masked one by one, so the backtick
 * runs left in them are the unmatched ones.
 */
function maskCodeAcrossLines(group: Line[]): void {
  let open: { line: number; at: number; length: number } | undefined;
  for (let index = 0; index < group.length; index++) {
    const text = group[index].text;
    if (!text.includes('`')) continue;
    for (const match of text.matchAll(/`+/g)) {
      if (!open) {
        open = { line: index, at: match.index, length: match[0].length };
        continue;
      }
      if (match[0].length !== open.length || index === open.line) continue;
      // Blank from the opening run to its line's end, the lines between, and up to the closing run.
      const first = group[open.line];
      first.text = first.text.slice(0, open.at) + ' '.repeat(first.text.length - open.at);
      for (let k = open.line + 1; k < index; k++) group[k].text = ' '.repeat(group[k].text.length);
      const end = match.index + match[0].length;
      group[index].text = ' '.repeat(end) + group[index].text.slice(end);
      open = undefined;
      break; // this line's later runs are read again below
    }
    // A line whose closing run ended a span may hold another opening run after it.
    if (!open && group[index].text !== text) {
      for (const match of group[index].text.matchAll(/`+/g)) {
        open = { line: index, at: match.index, length: match[0].length };
        break;
      }
    }
  }
}

/** True when `offset` is in prose: not in a code span, comment or URL. */
export function isProse(doc: DocumentModel, offset: number): boolean {
  const lines = proseLines(doc);
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  const line = lines[low];
  if (!line || offset < line.start || offset >= line.start + line.text.length) return true;
  return line.text[offset - line.start] !== ' ' || doc.source[offset] === ' ';
}
