// Plain text of inline Markdown with a map back to source offsets, so rules can
// read "Cut costs by **40%**" as "Cut costs by 40%" and still report exact ranges.
import type { Span } from './types';

export class InlineText {
  constructor(
    /** The text without markup; line breaks become spaces. */
    readonly plain: string,
    /** `offsets[i]` is the source offset of `plain[i]`; `offsets[plain.length]` is the end. */
    private readonly offsets: Int32Array,
  ) {}

  /** The source span of `plain.slice(start, end)`. */
  span(start: number, end: number): Span {
    const length = this.plain.length;
    const from = Math.min(Math.max(start, 0), length);
    const to = Math.min(Math.max(end, from), length);
    if (to === from) return { start: this.offsets[from], end: this.offsets[from] };
    return { start: this.offsets[from], end: this.offsets[to - 1] + 1 };
  }

  /** Source offset of plain index `index`. */
  offset(index: number): number {
    return this.offsets[Math.min(Math.max(index, 0), this.plain.length)];
  }

  get fullSpan(): Span {
    return this.span(0, this.plain.length);
  }
}

const PUNCT = /[!-/:-@[-`{-~]/;

/**
 * Builds the plain text of source `segments` (line fragments of one paragraph),
 * joined by spaces.
 */
export function inlineText(source: string, segments: readonly Span[]): InlineText {
  let raw = '';
  const rawMap: number[] = [];
  segments.forEach((segment, index) => {
    if (index > 0) {
      raw += ' ';
      rawMap.push(segments[index - 1].end);
    }
    raw += source.slice(segment.start, segment.end);
    for (let at = segment.start; at < segment.end; at++) rawMap.push(at);
  });
  rawMap.push(segments.length ? segments[segments.length - 1].end : 0);
  return strip(raw, rawMap);
}

function strip(raw: string, rawMap: number[]): InlineText {
  const length = raw.length;
  const nextClose = nextIndexTable(raw, ']');
  const nextParen = nextIndexTable(raw, ')');
  const nextGreater = nextIndexTable(raw, '>');
  const skipTo = new Map<number, number>(); // "]" of a link -> index after its destination
  let plain = '';
  const out: number[] = [];
  const emit = (index: number): void => {
    plain += raw[index];
    out.push(rawMap[index]);
  };

  let i = 0;
  while (i < length) {
    const skip = skipTo.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const ch = raw[i];
    const next = raw[i + 1];
    if (ch === '\\' && next !== undefined && PUNCT.test(next)) {
      emit(i + 1);
      i += 2;
    } else if (ch === '`') {
      let run = 1;
      while (raw[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = raw.indexOf(fence, i + run);
      if (close === -1) {
        for (let k = 0; k < run; k++) emit(i + k);
        i += run;
        continue;
      }
      for (let k = i + run; k < close; k++) emit(k);
      i = close + run;
    } else if (ch === '*' || ch === '~') {
      const spaced = (i === 0 || raw[i - 1] === ' ') && (next === undefined || next === ' ');
      if (spaced) emit(i);
      i++;
    } else if (ch === '_') {
      const before = raw[i - 1];
      const inWord = before !== undefined && /\w/.test(before) && next !== undefined && /\w/.test(next);
      if (inWord) emit(i);
      i++;
    } else if (ch === '!' && next === '[') {
      i++;
    } else if (ch === '[') {
      const close = nextClose[i];
      if (close !== -1 && raw[close + 1] === '(') {
        const paren = nextParen[close + 1];
        if (paren !== -1) skipTo.set(close, paren + 1);
      } else if (close !== -1 && raw[close + 1] === '[') {
        const end = nextClose[close + 1];
        if (end !== -1) skipTo.set(close, end + 1);
      }
      if (close !== -1 && !skipTo.has(close)) skipTo.set(close, close + 1);
      i++;
    } else if (ch === '<' && next !== undefined && /[A-Za-z/!]/.test(next)) {
      const close = nextGreater[i];
      if (close === -1) {
        emit(i);
        i++;
        continue;
      }
      const inner = raw.slice(i + 1, close);
      if (/^[A-Za-z][\w+.-]*:[^\s<>]*$/.test(inner) || /^[^\s@<>]+@[^\s@<>]+$/.test(inner)) {
        for (let k = i + 1; k < close; k++) emit(k); // autolink: keep the address
      }
      i = close + 1;
    } else {
      emit(i);
      i++;
    }
  }
  out.push(length ? rawMap[length] : rawMap[0] ?? 0);
  return new InlineText(plain, Int32Array.from(out));
}

/** For each index, the index of the next `char` at or after it, or -1. Linear. */
function nextIndexTable(text: string, char: string): Int32Array {
  const table = new Int32Array(text.length + 1).fill(-1);
  let next = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === char) next = i;
    table[i] = next;
  }
  return table;
}
