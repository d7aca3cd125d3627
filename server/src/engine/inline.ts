// Plain text of inline Markdown with a map back to source offsets, so rules can
// read "Cut costs by **40%**" as "Cut costs by 40%" and still report exact ranges.
// The map is kept as runs of contiguous characters, not one entry per character.
import { keep } from './memo';
import type { Span } from './types';

/**
 * Piecewise-linear map: run k maps `from[k]..` to `to[k]..` until the next run starts.
 * Most text has one run, kept in two fields; arrays are made only for a second one
 * (every list item, paragraph and cell gets two of these maps).
 */
class Runs {
  private from0 = -1;
  private to0 = 0;
  private from?: number[];
  private to?: number[];

  get empty(): boolean {
    return this.from0 < 0;
  }

  add(from: number, to: number): void {
    if (this.from0 < 0) {
      this.from0 = from;
      this.to0 = to;
      return;
    }
    const count = this.from?.length ?? 0;
    const lastFrom = count ? this.from![count - 1] : this.from0;
    const lastTo = count ? this.to![count - 1] : this.to0;
    // Extend the previous run when the new one continues it.
    if (to - lastTo === from - lastFrom) return;
    (this.from ??= []).push(from);
    (this.to ??= []).push(to);
  }

  map(index: number): number {
    const from = this.from;
    if (!from || index < from[0]) return this.to0 + (index - this.from0);
    let low = 0;
    let high = from.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (from[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return this.to![low] + (index - from[low]);
  }
}

/** Plain text that is the raw text itself: one shared map, never added to. */
const IDENTITY = new Runs();
IDENTITY.add(0, 0);

export class InlineText {
  constructor(
    /** The text without markup; line breaks become spaces. */
    readonly plain: string,
    private readonly plainToRaw: Runs,
    private readonly rawToSource: Runs,
    private readonly emptyAt: number,
  ) {}

  /** Source offset of plain index `index` (clamped). */
  offset(index: number): number {
    if (!this.plain.length) return this.emptyAt;
    const clamped = Math.min(Math.max(index, 0), this.plain.length - 1);
    return this.rawToSource.map(this.plainToRaw.map(clamped)) + (index >= this.plain.length ? 1 : 0);
  }

  /** The source span of `plain.slice(start, end)`. */
  span(start: number, end: number): Span {
    const length = this.plain.length;
    const from = Math.min(Math.max(start, 0), length);
    const to = Math.min(Math.max(end, from), length);
    if (to === from) {
      const at = this.offset(from);
      return { start: at, end: at };
    }
    return { start: this.offset(from), end: this.offset(to - 1) + 1 };
  }

  get fullSpan(): Span {
    return this.span(0, this.plain.length);
  }

  /**
   * Where text that should follow `plain.slice(0, end)` goes in `source` (the document
   * the offsets are in): after the markup that closes right there ("**40%**", "`apply`",
   * "[the plan](url)", "</b>"), not inside it. An insert at `span(...).end` would land
   * before that markup and break it.
   */
  after(source: string, end: number): number {
    if (!this.plain.length || end <= 0) return this.offset(0);
    const to = Math.min(end, this.plain.length);
    let at = this.offset(to - 1) + 1;
    const limit = to < this.plain.length ? this.offset(to) : source.length;
    while (at < limit) {
      const code = source.charCodeAt(at);
      if (code === 42 || code === 95 || code === 126 || code === 96) {
        at++; // * _ ~ `
        continue;
      }
      if (code === 93) {
        at = linkEnd(source, at, limit); // ]
        continue;
      }
      if (code === 62 && closesAutolink(source, at)) {
        at++; // the > of <https://...> or <name@example.com>
        continue;
      }
      const tag = code === 60 ? CLOSING_TAG.exec(source.slice(at, Math.min(limit, at + 40))) : null;
      if (!tag) break;
      at += tag[0].length;
    }
    return at;
  }
}

const CLOSING_TAG = /^<\/[A-Za-z][\w-]*\s*>/;

/** CommonMark's autolinks, URI and email, up to their closing `>`. */
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)$/;

/** True when the `>` at `at` closes an autolink: its text is in the plain text, the `>` is markup. */
function closesAutolink(source: string, at: number): boolean {
  // An autolink holds no space or `<`: its opening `<` is the last one before `at`, and not far.
  for (let open = at - 1; open >= 0 && open >= at - 2048; open--) {
    const code = source.charCodeAt(open);
    if (code === 60) return AUTOLINK.test(source.slice(open, at));
    if (code <= 32 || code === 62) return false;
  }
  return false;
}

/** After the `]` at `at`: past a link's destination "(url)" or reference "[ref]" on the same line, or just the `]`. */
function linkEnd(source: string, at: number, limit: number): number {
  const open = source[at + 1];
  if (open !== '(' && open !== '[') return at + 1;
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let k = at + 1; k < limit; k++) {
    const ch = source[k];
    if (ch === '\n') break;
    if (ch === '\\') k++;
    else if (ch === open) depth++;
    else if (ch === close && --depth === 0) return k + 1;
  }
  return at + 1;
}

const PUNCT = /[!-/:-@[-`{-~]/;
const SPECIAL = /[\\`*_~![\]<]/;
/** SPECIAL by char code, for the scan that skips ordinary text a character at a time. */
const SPECIAL_CODE = new Uint8Array(128);
for (const ch of '\\`*_~![]<') SPECIAL_CODE[ch.charCodeAt(0)] = 1;

/** Markup stripped from a raw text: the plain text and its map back to the raw text. */
interface Stripped {
  plain: string;
  runs: Runs;
}

/**
 * What `strip` makes depends on the raw text alone, wherever it is: kept by the memo
 * while typing (`keep`). The map to the source is made anew each time.
 */
function stripped(raw: string): Stripped {
  const runs = new Runs();
  return { plain: strip(raw, runs), runs };
}

/**
 * Builds the plain text of source `segments` (line fragments of one paragraph),
 * joined by spaces.
 */
export function inlineText(source: string, segments: readonly Span[]): InlineText {
  const rawToSource = new Runs();
  if (segments.length === 1) {
    // Most items and cells are one line: no array of parts to join (a quarter of a MB a key typed into a 2,000-line resume).
    const { start, end } = segments[0];
    rawToSource.add(0, start);
    return plainOf(source.slice(start, end), rawToSource, start);
  }
  const parts: string[] = [];
  let rawLength = 0;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (index > 0) {
      rawToSource.add(rawLength, segments[index - 1].end);
      parts.push(' ');
      rawLength++;
    }
    rawToSource.add(rawLength, segment.start);
    parts.push(source.slice(segment.start, segment.end));
    rawLength += segment.end - segment.start;
  }
  const raw = parts.length === 1 ? parts[0] : parts.join('');
  const emptyAt = segments.length ? segments[0].start : 0;
  if (rawToSource.empty) rawToSource.add(0, emptyAt);
  return plainOf(raw, rawToSource, emptyAt);
}

function plainOf(raw: string, rawToSource: Runs, emptyAt: number): InlineText {
  if (!SPECIAL.test(raw)) return new InlineText(raw, IDENTITY, rawToSource, emptyAt);
  const { plain, runs } = keep(stripped, raw);
  return new InlineText(plain, runs, rawToSource, emptyAt);
}

/** Removes emphasis, link syntax, code backticks, escapes and HTML tags; records the kept runs. */
function strip(raw: string, runs: Runs): string {
  const length = raw.length;
  const pieces: string[] = [];
  let plainLength = 0;
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = (): void => {
    if (pendingStart < 0) return;
    pieces.push(raw.slice(pendingStart, pendingEnd));
    runs.add(plainLength, pendingStart);
    plainLength += pendingEnd - pendingStart;
    pendingStart = -1;
  };
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    if (pendingStart >= 0 && from === pendingEnd) {
      pendingEnd = to;
      return;
    }
    flush();
    pendingStart = from;
    pendingEnd = to;
  };
  // Next-occurrence caches keep bracket and tag lookups linear overall.
  const next = { ']': -2, ')': -2, '>': -2 } as Record<string, number>;
  const find = (char: string, from: number): number => {
    if (next[char] !== -1 && next[char] < from) next[char] = raw.indexOf(char, from);
    return next[char];
  };
  let skipTo: Map<number, number> | undefined; // "]" of a link -> index after its destination (made at the first link)
  let missingFences: Set<number> | undefined; // backtick run lengths with no closing run ahead

  let i = 0;
  while (i < length) {
    const skip = skipTo?.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const ch = raw[i];
    const after = raw[i + 1];
    if (ch === '\\' && after !== undefined && PUNCT.test(after)) {
      keep(i + 1, i + 2);
      i += 2;
    } else if (ch === '`') {
      let run = 1;
      while (raw[i + run] === '`') run++;
      const close = missingFences?.has(run) ? -1 : raw.indexOf('`'.repeat(run), i + run);
      if (close === -1) {
        (missingFences ??= new Set()).add(run);
        keep(i, i + run);
        i += run;
        continue;
      }
      keep(i + run, close);
      i = close + run;
    } else if (ch === '*' || ch === '~') {
      // "~30/week", "~40%": a tilde before a number says about, it strikes nothing through ("~~30~~" does).
      const about = ch === '~' && after !== undefined && after >= '0' && after <= '9' && raw[i - 1] !== '~';
      if (about || ((i === 0 || raw[i - 1] === ' ') && (after === undefined || after === ' '))) keep(i, i + 1);
      i++;
    } else if (ch === '_') {
      const before = raw[i - 1];
      if (before !== undefined && /\w/.test(before) && after !== undefined && /\w/.test(after)) keep(i, i + 1);
      i++;
    } else if (ch === '!' && after === '[') {
      i++;
    } else if (ch === '[') {
      const close = find(']', i);
      if (close !== -1 && !skipTo?.has(close)) {
        let end = close + 1;
        if (raw[close + 1] === '(') {
          const paren = find(')', close + 1);
          if (paren !== -1) end = paren + 1;
        } else if (raw[close + 1] === '[') {
          const ref = find(']', close + 1);
          if (ref !== -1) end = ref + 1;
        }
        (skipTo ??= new Map()).set(close, end);
      }
      i++;
    } else if (ch === '<' && after !== undefined && /[A-Za-z/!]/.test(after)) {
      const close = find('>', i);
      if (close === -1) {
        keep(i, i + 1);
        i++;
        continue;
      }
      const inner = raw.slice(i + 1, close);
      if (/^[A-Za-z][\w+.-]*:[^\s<>]*$/.test(inner) || /^[^\s@<>]+@[^\s@<>]+$/.test(inner)) keep(i + 1, close); // autolink
      i = close + 1;
    } else {
      let j = i + 1;
      while (j < length) {
        const code = raw.charCodeAt(j);
        if (code < 128 && SPECIAL_CODE[code] === 1) break;
        j++;
      }
      keep(i, j);
      i = j;
    }
  }
  flush();
  if (runs.empty) runs.add(0, 0);
  return pieces.join('');
}
