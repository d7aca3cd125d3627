// Finding quantities in plain text: counts, %, money, durations, multipliers,
// number words and before/after pairs; not years, versions or product names.
import type { Lexicon } from './lexicon';

export interface Metric {
  start: number;
  end: number;
  text: string;
}

const NUMBER = /(?<![\p{L}\p{N}.\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;

interface Prepared {
  /** Number text -> names that contain it, with the number's offset in the name ("windows 11" -> 8). */
  names: Map<string, { name: string; offset: number }[]>;
  /** Single-word number words and multipliers. */
  words: Set<string>;
  /** Multi-word ones ("a third", "zero downtime"). */
  phrases: string[];
}

const prepared = new WeakMap<Lexicon, Prepared>();

function prepare(lexicon: Lexicon): Prepared {
  let result = prepared.get(lexicon);
  if (result) return result;
  const names = new Map<string, { name: string; offset: number }[]>();
  for (const raw of lexicon.nonMetric) {
    const name = raw.replace(/\s+/g, ' ');
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(name); match; match = NUMBER.exec(name)) {
      const list = names.get(match[0]) ?? [];
      list.push({ name, offset: match.index });
      names.set(match[0], list);
    }
  }
  const all = [...lexicon.numberWords, ...lexicon.multipliers];
  result = { names, words: new Set(all.filter((w) => !/\s/.test(w))), phrases: all.filter((w) => /\s/.test(w)) };
  prepared.set(lexicon, result);
  return result;
}

const CURRENCY = /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|SEK|NOK|DKK|NZD|SGD|ZAR|BRL|MXN)\s?)\s?\d|\d[\d,.]{0,15}\s?(?:[kKmMbB]n?\s?)?(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|dollars|euros|pounds)\b/;
const UNIT_AFTER = /^(?:\s?(?:%|percent|x\b|×|\+|k\b|K\b|m\b|M\b|bn\b|h\b|hrs?\b|hours?\b|min(?:ute)?s?\b|ms\b|s\b|secs?\b|seconds?\b|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|years?\b|yrs?\b|[kKMGTP]i?B\b|[kMG]bps\b|tps\b|rps\b|qps\b|FTEs?\b|pts?\b|points?\b))/;
const YEAR_CONTEXT_BEFORE = /(?:\b(?:in|since|from|to|during|by|of|until|through|thru|before|after|early|mid|late|circa|fy|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|[–—-])\s*$/i;
const PREPOSITION = /^(?:by|to|of|over|under|within|than|across|for|in|from|at|on|with|and|or|per|about|around|approximately|nearly|almost|some|all|the|a|another|total|totaling|totalling|up|down|only|just|more|less|fewer|least|most)$/i;
const NAMING_WORD = /^(?:version|v|release|rel|build|gen|generation|phase|tier|level|layer|step|stage|sprint|iteration|pi|room|floor|building|ticket|case|incident|chapter|section|rule|article|item|no|number|grade|band|priority|severity|sev|iso|soc)$/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** "two-week", "three-person": a number word joined to a unit is a quantity; "two-factor" is not. */
const HYPHEN_UNIT = /^(?:day|week|month|year|hour|minute|quarter|person|people|member|site|team|country|region|phase|sprint|wave|stage)s?$/;

/** True when the number at `start` is part of a name such as "Windows 11". */
function inName(text: string, start: number, value: string, names: Prepared['names']): boolean {
  const candidates = names.get(value);
  if (!candidates) return false;
  for (const { name, offset } of candidates) {
    const from = start - offset;
    if (from < 0) continue;
    const end = from + name.length;
    if (text.slice(from, end).replace(/\s+/g, ' ').toLowerCase() !== name) continue;
    if (WORD_CHAR.test(text.charAt(from - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    return true;
  }
  return false;
}

/** The first quantity in `plain`, or undefined. */
export function findMetric(plain: string, lexicon: Lexicon): Metric | undefined {
  const { names, words, phrases } = prepare(lexicon);
  if (/\d/.test(plain)) {
    const money = CURRENCY.exec(plain);
    if (money) return { start: money.index, end: money.index + money[0].length, text: money[0] };
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(plain); match; match = NUMBER.exec(plain)) {
      const start = match.index;
      const value = match[0];
      const end = start + value.length;
      if (inName(plain, start, value, names)) continue;
      const after = plain.slice(end, end + 12);
      const before = plain.slice(Math.max(0, start - 24), start);
      if (UNIT_AFTER.test(after)) return { start, end, text: value };
      // Letters glued to the number ("EC2", "3D", "24/7", "v2") make it a name or a code.
      if (/^[\p{L}/]/u.test(after) || /\p{L}$/u.test(before)) continue;
      if (/^(19|20)\d\d$/.test(value) && (YEAR_CONTEXT_BEFORE.test(before) || !/^\s+[a-z]/.test(after))) continue;
      if (/^(:|\.\d)/.test(after)) continue; // times, version tails
      // A number right after a capitalised name ("Sprint 12", "Phase 2") names a thing; the opening verb does not count.
      const previous = /([\p{L}][\p{L}\p{N}.+#-]*)\s+$/u.exec(before);
      if (previous) {
        const word = previous[1];
        if (NAMING_WORD.test(word)) continue;
        if (/^\p{Lu}/u.test(word) && !PREPOSITION.test(word) && start - before.length + previous.index > 0) continue;
      }
      return { start, end, text: value };
    }
  }
  const lower = plain.toLowerCase();
  const wordPattern = /[a-z][a-z-]*/g;
  for (let match = wordPattern.exec(lower); match; match = wordPattern.exec(lower)) {
    const [head, ...tail] = match[0].split('-');
    const counted = words.has(match[0]) || (tail.length > 0 && words.has(head) && HYPHEN_UNIT.test(tail.join('-')));
    if (counted && lower.charAt(match.index - 1) !== '-') return { start: match.index, end: match.index + match[0].length, text: plain.slice(match.index, match.index + match[0].length) };
  }
  for (const phrase of phrases) {
    const at = lower.indexOf(phrase);
    if (at !== -1 && !WORD_CHAR.test(lower.charAt(at - 1)) && !WORD_CHAR.test(lower.charAt(at + phrase.length))) return { start: at, end: at + phrase.length, text: plain.slice(at, at + phrase.length) };
  }
  return undefined;
}
