// Finding quantities in plain text: counts, %, money, durations, multipliers,
// number words and before/after pairs; not years, versions or product names.
import type { Lexicon } from './lexicon';

export interface Metric {
  start: number;
  end: number;
  text: string;
}

const patternCache = new WeakMap<Lexicon, { nonMetric: RegExp | undefined; words: RegExp }>();

function patterns(lexicon: Lexicon): { nonMetric: RegExp | undefined; words: RegExp } {
  let cached = patternCache.get(lexicon);
  if (!cached) {
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
    const nonMetric = lexicon.nonMetric.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${lexicon.nonMetric.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
    const wordList = [...lexicon.numberWords, ...lexicon.multipliers].sort((a, b) => b.length - a.length).map(escape);
    const words = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${wordList.join('|') || '(?!)'})(?![\\p{L}])`, 'giu');
    cached = { nonMetric, words };
    patternCache.set(lexicon, cached);
  }
  return cached;
}

const CURRENCY = /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|SEK|NOK|DKK|NZD|SGD|ZAR|BRL|MXN)\s?)\s?\d|\d(?:[\d,.]*)\s?(?:[kKmMbB]n?\s?)?(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|dollars|euros|pounds)\b/;
const NUMBER = /(?<![\p{L}\p{N}.\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;
const UNIT_AFTER = /^(?:\s?(?:%|percent|x\b|×|\+|k\b|K\b|m\b|M\b|bn\b|h\b|hrs?\b|hours?\b|min(?:ute)?s?\b|ms\b|s\b|secs?\b|seconds?\b|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|years?\b|yrs?\b|[kKMGTP]i?B\b|[kMG]bps\b|tps\b|rps\b|qps\b|FTEs?\b|pts?\b|points?\b))/;
const YEAR_CONTEXT_BEFORE = /(?:\b(?:in|since|from|to|during|by|of|until|through|thru|before|after|early|mid|late|circa|fy|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|[–—-])\s*$/i;
const PREPOSITION = /^(?:by|to|of|over|under|within|than|across|for|in|from|at|on|with|and|or|per|about|around|approximately|nearly|almost|some|all|the|a|another|total|totaling|totalling|up|down|only|just|more|less|fewer|least|most)$/i;

/** The first quantity in `plain`, or undefined. `skipFirstWord` ignores the opening verb's capital. */
export function findMetric(plain: string, lexicon: Lexicon): Metric | undefined {
  const { nonMetric, words } = patterns(lexicon);
  // Blank out names with digits so "Windows 11" cannot count.
  const hasDigit = /\d/.test(plain);
  const text = nonMetric && hasDigit ? plain.replace(nonMetric, (m) => ' '.repeat(m.length)) : plain;

  const money = hasDigit ? CURRENCY.exec(text) : null;
  if (money) return { start: money.index, end: money.index + money[0].length, text: money[0] };

  NUMBER.lastIndex = 0;
  for (let match = hasDigit ? NUMBER.exec(text) : null; match; match = NUMBER.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 12);
    const before = text.slice(Math.max(0, start - 24), start);
    const value = match[0];
    if (UNIT_AFTER.test(after)) return { start, end, text: value };
    // Letters glued to the number ("EC2", "3D", "24/7", "v2") make it a name or a code.
    if (/^[\p{L}/]/u.test(text.charAt(end)) || /[\p{L}]$/u.test(before)) continue;
    if (/^\d{4}$/.test(value) && /^(19|20)/.test(value) && (YEAR_CONTEXT_BEFORE.test(before) || !/^\s+[a-z]/.test(after))) continue;
    if (/^(:|\.\d)/.test(after)) continue; // times, version tails
    // A number right after a capitalised name ("Sprint 12", "Phase 2") names a thing; the opening verb does not count.
    const previous = /([\p{L}][\p{L}\p{N}.+#-]*)\s+$/u.exec(before);
    if (previous && previous.index > 0 && /^\p{Lu}/u.test(previous[1]) && !PREPOSITION.test(previous[1]) && before.slice(0, previous.index).trim() !== '') continue;
    if (previous && /^(?:version|v|release|rel|build|gen|generation|phase|tier|level|layer|step|stage|sprint|iteration|pi|room|floor|building|ticket|case|incident|chapter|section|rule|article|item|no|number|grade|band|priority|severity|sev|iso|soc|ticket)$/i.test(previous[1])) continue;
    return { start, end, text: value };
  }

  words.lastIndex = 0;
  const word = words.exec(text);
  if (word) return { start: word.index, end: word.index + word[0].length, text: word[0] };
  return undefined;
}
