// Word-and-phrase lists as matchers over a bullet's words: indexed by first word,
// longest phrase first, with exception phrases that cancel a match they cover
// ("internet of things" is not the filler "things"). Linear in the words.
import { words, type Word } from './opening';

export interface PhraseMatch {
  phrase: string;
  /** Indexes of the first and last matched words. */
  first: number;
  last: number;
  /** Plain-text offsets. */
  start: number;
  end: number;
}

interface Entry {
  phrase: string;
  tokens: string[];
}

export class PhraseMatcher {
  private readonly entries = new Map<string, Entry[]>();
  private readonly exceptions = new Map<string, Entry[]>();
  private readonly longestException: number;

  constructor(phrases: Iterable<string>, exceptions: Iterable<string> = []) {
    const index = (map: Map<string, Entry[]>, phrase: string): number => {
      const tokens = words(phrase).map((w) => w.lower);
      if (!tokens.length) return 0;
      const list = map.get(tokens[0]);
      if (list) list.push({ phrase, tokens });
      else map.set(tokens[0], [{ phrase, tokens }]);
      return tokens.length;
    };
    for (const phrase of phrases) index(this.entries, phrase);
    let longest = 0;
    for (const phrase of exceptions) longest = Math.max(longest, index(this.exceptions, phrase));
    this.longestException = longest;
    // Longest first, sorted once (per insert, 8,000 phrases with one first word took 7.5 s); stable, so equal lengths keep their order.
    for (const map of [this.entries, this.exceptions]) for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** Every non-overlapping match in `toks`, left to right. */
  find(plain: string, toks: Word[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let exceptionEnd = -1;
    for (let i = 0; i < toks.length; i++) {
      // An exception phrase starting here covers its words.
      const covering = this.exceptions.get(toks[i].lower);
      if (covering) for (const entry of covering) if (matches(entry.tokens, toks, i, plain)) exceptionEnd = Math.max(exceptionEnd, i + entry.tokens.length - 1);
      const candidates = this.entries.get(toks[i].lower);
      if (!candidates || i <= exceptionEnd) continue;
      for (const entry of candidates) {
        if (!matches(entry.tokens, toks, i, plain)) continue;
        const last = i + entry.tokens.length - 1;
        // An exception may also start before this word ("how many"): look back a little.
        if (this.coveredFromBefore(plain, toks, i, last)) break;
        found.push({ phrase: entry.phrase, first: i, last, start: toks[i].start, end: toks[last].end });
        i = last;
        break;
      }
    }
    return found;
  }

  private coveredFromBefore(plain: string, toks: Word[], first: number, last: number): boolean {
    for (let back = 1; back < this.longestException && first - back >= 0; back++) {
      const start = first - back;
      for (const entry of this.exceptions.get(toks[start].lower) ?? []) {
        if (start + entry.tokens.length - 1 >= last && matches(entry.tokens, toks, start, plain)) return true;
      }
    }
    return false;
  }
}

function matches(tokens: string[], toks: Word[], at: number, plain: string): boolean {
  if (at + tokens.length > toks.length) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (toks[at + k].lower !== tokens[k]) return false;
    if (k > 0 && !/^[\s]*$/.test(plain.slice(toks[at + k - 1].end, toks[at + k].start))) return false;
  }
  return true;
}
