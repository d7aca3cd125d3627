// Line bookkeeping and position conversion over the document text, and the
// character tests the readers share.
import type { Lexicon } from './lexicon';
import type { Position } from './types';

export const BOM = '\uFEFF';

// Made once and shared (no g flag, so no state): a regular expression literal is a new object each time it is evaluated.
/** Any letter. */
export const LETTER = /\p{L}/u;
/** Starts with a letter. */
export const LETTER_START = /^\p{L}/u;
/** Starts with a capital. */
export const UPPER_START = /^\p{Lu}/u;
/** Starts with a small letter. */
export const LOWER_START = /^\p{Ll}/u;

const LONE_CR = /\r(?!\n)/;

/** A space or a tab: the blanks of Markdown's indentation and table cells (markdown-it's isSpace). */
export const isBlank = (code: number): boolean => code === 32 || code === 9;

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    // CRLF files have a CR on every line, and are common: the scan by LF unless a CR stands alone.
    if (text.indexOf('\r') === -1 || !LONE_CR.test(text)) {
      while (at !== -1) {
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
      }
    } else {
      // A lone CR ends a line too, as in CommonMark (markdown-it's line numbers) and LSP: old Mac files, stray CRs.
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where line `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }

  /** Offset of the end of line `line`, before its `\r\n`, `\n` or `\r`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  /** The line `offset` is on (by halving). */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(position.character, 0), this.lineEnd(position.line));
  }

  /** The line terminator the document mostly uses (the first line's). */
  eol(): '\r\n' | '\n' | '\r' {
    const second = this.starts[1];
    if (second === undefined) return '\n';
    if (this.text.charCodeAt(second - 1) === 13) return '\r';
    return this.text.charCodeAt(second - 2) === 13 && second - 2 >= 0 ? '\r\n' : '\n';
  }
}

/** Splits off a leading byte-order mark. */
export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/**
 * The two halves of a heading written in two languages: "Education / Ausbildung",
 * "Compétences | Skills", "Formation (Education)". Undefined for any other heading.
 */
export function headingHalves(title: string): [string, string] | undefined {
  // Scanned, not matched: /^(.+?)\s+[/|]\s+(.+)$/ and /^([^()]+?)\s*\(([^()]+)\)\s*$/, which this
  // replaces, retried their space runs from every position ("## 2024-03-01", 20,000 spaces, "x" took 3.4 s).
  // A slash or bar with a space on each side, the first one with a half before and after it:
  for (let at = 2; at + 2 < title.length; at++) {
    const code = title.charCodeAt(at);
    if ((code === 47 || code === 124) && SPACE_CHAR.test(title[at - 1]) && SPACE_CHAR.test(title[at + 1])) return [title.slice(0, at).trim(), title.slice(at + 1).trim()];
  }
  // else a title, then one bracketed part at the end: "Formation (Education)".
  const open = title.indexOf('(');
  if (open < 1 || title.lastIndexOf(')', open) !== -1) return undefined;
  const close = title.indexOf(')', open + 1);
  if (close <= open + 1 || title.indexOf('(', open + 1) !== -1 || title.slice(close + 1).trim() !== '') return undefined;
  return [title.slice(0, open).trim(), title.slice(open + 1, close).trim()];
}

const SPACE_CHAR = /\s/;

/**
 * `text` as a string of its own. V8 makes a slice of 13 characters or more a view into
 * the string it was cut from, and a concatenation a pair of references to its parts: a
 * bullet's text, or a message that quotes it, kept between lints (memo.ts) would keep that whole
 * version of the document alive. While a person types, each bullet edited got its
 * entries from another version: editing 84 bullets of a 2,000-line resume kept 29 MB.
 * Concatenating makes a new pair, and slicing that pair copies it into one new string
 * first: what is returned holds just `text`'s characters (and one more).
 */
export function detach(text: string): string {
  return text.length < 13 || text.length > DETACH_LIMIT ? text : (' ' + text).slice(1);
}

/**
 * Longer strings stay views. A bullet's memo key covers its nested items, so in a list nested
 * thousands deep the keys' total length grows with the square of the text (copying them all
 * took 2.5 GB for 512 KB); a bullet or chunk this long is rare in a real document.
 */
const DETACH_LIMIT = 16 * 1024;

/** "Patch compliance" -> "patch compliance"; "MX records", "Fabrikam Ltd", "PowerShell", "Intune rollout" (a known tool), "Office 365" stay as written. */
export function lowerFirst(text: string, lexicon?: Lexicon): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  // Only a plain capitalised word ("Patch"), not a camel-cased name ("PowerShell", "iPhone").
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Ll}+)*[.,;:]?$/u.test(first)) return text;
  if (lexicon?.technologies.has(first.replace(/[.,;:]$/, '').toLowerCase())) return text;
  const second = /^\S+\s+(\S+)/.exec(text)?.[1] ?? '';
  if (/^\p{Lu}/u.test(second) && first !== 'The') return text; // "Exchange Online", "Sam Okafor": a name
  // "Office 365": a product the lexicon knows by its two words ("Release 4.2" is no name).
  if (second && lexicon?.technologies.has(`${first} ${second}`.replace(/[.,;:]$/, '').toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
