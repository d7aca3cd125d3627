// Finding quantities in plain text: counts, %, money, durations, fractions,
// multipliers, number words and before/after pairs; not years, versions, product
// names, labels or named methods (Windows 11, Tier 2, 3-2-1 backups, Six Sigma).
import type { Lexicon } from './lexicon';
import { LETTER_START, UPPER_START } from './text';

export interface Metric {
  start: number;
  end: number;
  text: string;
}

const NUMBER = /(?<![\p{L}\p{N}.\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;

interface NameEntry {
  name: string;
  /** Offset of the number (digits or word) in the name. */
  offset: number;
}

interface Prepared {
  /** Number text (digits or a number word) -> names that contain it ("windows 11" -> 8, "six sigma" -> 0). */
  names: Map<string, NameEntry[]>;
  /** Single-word number words and multipliers. */
  words: Set<string>;
  /** Multi-word ones ("a third", "zero downtime"). */
  phrases: string[];
}

const prepared = new WeakMap<Lexicon, Prepared>();
const WORD_TOKEN = /[a-z]+/g;

function prepare(lexicon: Lexicon): Prepared {
  let result = prepared.get(lexicon);
  if (result) return result;
  const all = [...lexicon.numberWords, ...lexicon.multipliers];
  const words = new Set(all.filter((w) => !/\s/.test(w)));
  const names = new Map<string, NameEntry[]>();
  const index = (key: string, entry: NameEntry): void => {
    const list = names.get(key) ?? [];
    list.push(entry);
    names.set(key, list);
  };
  for (const raw of lexicon.nonMetric) {
    const name = raw.replace(/\s+/g, ' ');
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(name); match; match = NUMBER.exec(name)) index(match[0], { name, offset: match.index });
    WORD_TOKEN.lastIndex = 0;
    for (let match = WORD_TOKEN.exec(name); match; match = WORD_TOKEN.exec(name)) {
      if (words.has(match[0]) || match[0] === 'one') index(match[0], { name, offset: match.index });
    }
  }
  result = { names, words, phrases: all.filter((w) => /\s/.test(w)) };
  prepared.set(lexicon, result);
  return result;
}

const CURRENCY_CODES = 'USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|SEK|NOK|DKK|NZD|SGD|ZAR|BRL|MXN|CNY|RMB|HKD|AED|SAR|PLN|CZK|HUF|TRY|ILS|KRW';
const SCALE = '(?:\\s?(?:[kKmMbB]n?|bn|mn|million|billion|thousand|lakhs?|crores?)(?![\\p{L}\\p{N}]))?';
const CURRENCY = new RegExp(
  `(?:(?<![\\p{L}])[A-Z]{0,2}[$€£¥₹₩₽]|(?<![\\p{L}])(?:${CURRENCY_CODES}|Rs\\.?)\\s?)\\s?\\d[\\d,]{0,15}(?:\\.\\d{1,4})?${SCALE}|(?<![\\p{L}\\p{N}.,])\\d[\\d,]{0,15}(?:\\.\\d{1,4})?\\s?(?:[kKmMbB]n?\\s?|million\\s|billion\\s)?(?:${CURRENCY_CODES}|dollars|euros|pounds|yen|rupees)(?![\\p{L}])`,
  'u',
);
/**
 * A cheap test before the money pattern: a currency sign, one of its codes or a currency
 * word. Not any three capitals: SOC, AWS and MFA are in most IT bullets.
 */
/** Currency symbols a resume's money is written with. */
/** Not "$HOME", "${1:N}" or "$(date)": a shell variable, a snippet or a command is no money. */
const SYMBOL = /[€£¥₹]|\$(?![A-Za-z_{(])/g;
/** Codes written after an amount, for a resume that uses no symbol ("250K EUR", "GBP 40k"). */
const SYMBOL_OF_CODE: Record<string, string> = { GBP: '£', EUR: '€', INR: '₹', JPY: '¥', USD: '$' };
const CODE = /(?<![\p{L}])(GBP|EUR|INR|JPY|USD)(?![\p{L}])/gu;

/**
 * The currency `source` writes money in: the symbol used most among its first 200 ("£40k" ->
 * "£"), else the code used most, else "$". A UK resume is not offered "a $250K contract".
 */
export function documentCurrency(source: string): string {
  const count = (pattern: RegExp, symbolOf: (match: string) => string): string | undefined => {
    const counts = new Map<string, number>();
    let seen = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match && seen < 200; match = pattern.exec(source), seen++) {
      const symbol = symbolOf(match[0]);
      counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [symbol, n] of counts) if (best === undefined || n > counts.get(best)!) best = symbol;
    return best;
  };
  return count(SYMBOL, (m) => m) ?? count(CODE, (m) => SYMBOL_OF_CODE[m]) ?? '$';
}

/** `text` with its dollar signs (in a snippet, "\\$") in `currency`. */
export function inCurrency(text: string, currency: string, snippet = false): string {
  if (currency === '$') return text;
  return snippet ? text.replaceAll('\\$', currency) : text.replaceAll('$', currency);
}

const MONEY_HINT = new RegExp(`[$€£¥₹₩₽]|${CURRENCY_CODES}|Rs|dollar|euro|pound|yen|rupee`);
const GLUED_DURATION = /^(?:h|hr|m|min|s)\d{1,2}(?:m|min|s)\b/;
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}:\\d{2})?';
const TIMES_CHANGE = new RegExp(`\\bfrom\\s+${TIME}\\s+(?:to|→|->)\\s+${TIME}`, 'i');
const DURATION_UNITS = new Set(['hour', 'minute', 'second', 'sub-second', 'subsecond', 'day', 'week', 'fortnight', 'month', 'quarter', 'weekend', 'sprint', 'night', 'shift', 'year', 'morning', 'afternoon', 'hourly', 'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'annually']);
/**
 * A duration, deadline or cadence written in words: "in a week", "to under an hour", "from a
 * week to an hour", "a sprint early", "sub-second", "from monthly to weekly".
 */
const SPELLED_DURATION = new RegExp(
  [
    '\\b(?:in|within|over|across|inside|under|to|from|than)\\s+(?:a|an|one|a single|a half|half a|half an)\\s+(?:hour|minute|second|day|week|fortnight|month|quarter|weekend|sprint|night|shift|year|morning|afternoon)\\b',
    '\\b(?:a|an|one)\\s+(?:day|week|sprint|month|quarter|fortnight)\\s+(?:early|ahead of (?:schedule|plan))\\b',
    '\\bsub-?second\\b',
    '\\bfrom\\s+(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?)\\s+to\\s+(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|real[- ]time|on[- ]demand|continuous(?:ly)?)\\b',
  ].join('|'),
  'i',
);
const UNIT_AFTER = /^(?:\s?(?:%|percent|per cent|x\b|×|\+|k\b|K\b|m\b|M\b|bn\b|h\b|hrs?\b|hours?\b|min(?:ute)?s?\b|ms\b|s\b|secs?\b|seconds?\b|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|years?\b|yrs?\b|[kKMGTP]i?B\b|[kMG]bps\b|tps\b|rps\b|qps\b|FTEs?\b|pts?\b|points?\b))/;
const YEAR_CONTEXT_BEFORE = /(?:\b(?:in|since|from|to|during|by|of|until|through|thru|before|after|early|mid|late|circa|fy|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|[–—-])\s*$/i;
/** A determiner before a year-like number makes it a year ("the 2024 roadmap"), unless a plural noun follows ("the 2000 users"). */
const YEAR_DETERMINER = /\b(?:the|a|an|this|that|our|their|its|his|her|my|each|every|whose|last|next|fiscal)\s+$/i;
const PREPOSITION = /^(?:by|to|of|over|under|within|than|across|for|in|from|at|on|with|and|or|per|about|around|approximately|nearly|almost|some|all|the|a|another|total|totaling|totalling|up|down|only|just|more|less|fewer|least|most)$/i;
/** Words before a number that make it a label or an identifier ("tier 2", "port 443"). */
const NAMING_WORD = /^(?:version|v|rel|gen|generation|phase|tier|level|layer|sprint|iteration|pi|batch|cycle|round|increment|milestone|drop|priority|severity|sev|iso|soc|port|ports|vlan|rfc|kb|cve|nist|type|class|cat|wave|chapter|section|article|grade|band|p|no|suite|lab|ext|extension|pin)$/i;
/** Naming words that are also ordinary words: a count when a plural follows ("build 4 microservices", "Building 12 dashboards" at the start). */
const WEAK_NAMING_WORD = /^(?:build|building|release|step|item|case|number|room|floor|rule|stage|ticket|incident)$/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** "two-week", "three-person", "one-page": a number word joined to a unit is a quantity; "two-factor" is not. */
const HYPHEN_UNIT = /^(?:day|week|month|year|hour|minute|quarter|person|people|member|site|team|country|region|phase|sprint|wave|stage|page|pager|node|slide|man|headcount)s?$/;
/** "4K displays" is a resolution, "4K users" a count. */
const RESOLUTION = /^[kK](?:\s+(?:displays?|monitors?|screens?|video|tvs?|resolution|cameras?|webcams?|uhd|hdr|streaming|content|footage|signage|panels?|projectors?)\b|\s+and\s+\d+[kK]\b|\s*(?:[.,;)]|$))/i;
/** "from Windows 10 to 11": the second version of a version-to-version change. */
const VERSION_CHANGE = /\bfrom\s+\p{L}[\p{L}\p{N}.+#-]*(?:\s+\p{L}[\p{L}\p{N}.+#-]*)?\s+v?\d+(?:\.\d+)*\s+to\s+v?$/iu;
/** "the Windows 10 to 11 upgrade": a name, its version, then "to" (case-sensitive: the name is capitalised). */
const VERSION_PAIR = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.+#-]*\s+v?\d+(?:\.\d+)*\s+to\s+v?$/u;
/** "from 11 to 15" with no unit or noun after: in a bullet about changing versions, two versions. */
const BARE_FROM = /\bfrom\s+v?$/i;
const BARE_TO = /\bfrom\s+v?\d+(?:\.\d+)*\s+to\s+v?$/i;
const BARE_TO_AFTER = /^\s+to\s+v?\d+(?:\.\d+)*(?![\d.,]*\s*(?:%|\p{L}))/u;
const BARE_END = /^(?![\d.,]*\s*(?:%|\p{L}))/u;
/** "to 85 public endpoints": a count of things after the "to", not a version. */
const COUNTED_AFTER = /^\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*s\b/;
/** Bullets about changing versions: their dotted numbers are versions ("from 1.27 to 1.29"). */
const VERSION_VERB = /^\W*(?:\w+\s+)?(?:upgrad|updat|migrat|mov|port|patch|bump|jump|rebas|refresh)/i;
/** A number word or multiplier at `index` ("three teams", "two-week", "halved"), unless it is part of a name. */
function countWord(plain: string, token: string, index: number, names: Prepared['names'], numberWords: Set<string>): Metric | undefined {
  const code = token.charCodeAt(0);
  if (code < 97 || code > 122) return undefined;
  const dash = token.indexOf('-');
  const head = dash === -1 ? token : token.slice(0, dash);
  const counted = numberWords.has(token) || (dash !== -1 && (numberWords.has(head) || head === 'one') && HYPHEN_UNIT.test(token.slice(dash + 1)));
  if (!counted || plain.charAt(index - 1) === '-') return undefined;
  if (inName(plain, index, head, names) || inName(plain, index, token, names)) return undefined;
  // "Zero Trust": a capitalised name; "zero downtime" and "zero P1 incidents" (a code with a digit) count.
  if (head === 'zero' && dash === -1 && !/^\s+(?:[a-z]|[A-Z][A-Za-z]{0,3}-?\d)/.test(plain.slice(index + token.length, index + token.length + 8))) return undefined;
  return { start: index, end: index + token.length, text: plain.slice(index, index + token.length) };
}

const SPACE_RUNS = /\s+/g;

/**
 * True when `text` from `from` reads `name` (lower case, single spaces), as
 * `text.slice(from, from + name.length).replace(/\s+/g, ' ').toLowerCase() === name`
 * says. ASCII is compared in place, without those three copies; from the first other
 * character on, the copies decide (lower-casing a whole word is not lower-casing its
 * letters one by one: a final Σ, letters beyond the basic plane).
 */
function sameName(text: string, from: number, name: string): boolean {
  if (from + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) {
    const code = text.charCodeAt(from + k);
    const want = name.charCodeAt(k);
    if (want >= 65 && want <= 90) return false; // a lower-cased slice has no capitals
    if (code === want || (code >= 65 && code <= 90 && code + 32 === want)) continue;
    if (code >= 128 || want >= 128) return text.slice(from, from + name.length).replace(SPACE_RUNS, ' ').toLowerCase() === name;
    if (want !== 32 || (code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13)) return false;
  }
  return true;
}
const URL = /\b(?:https?:\/\/|www\.)[^\s<>)\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** True when the number or number word at `start` is part of a name such as "Windows 11" or "Six Sigma". */
function inName(text: string, start: number, value: string, names: Prepared['names']): boolean {
  const candidates = names.get(value.toLowerCase());
  if (!candidates) return false;
  for (const { name, offset } of candidates) {
    const from = start - offset;
    if (from < 0) continue;
    // Cheap first-letter check before slicing: most candidates fail here.
    if (offset > 0 && text.charAt(from).toLowerCase() !== name.charAt(0)) continue;
    const end = from + name.length;
    if (!sameName(text, from, name)) continue;
    if (WORD_CHAR.test(text.charAt(from - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    return true;
  }
  return false;
}

function urlRanges(plain: string): [number, number][] | undefined {
  if (!plain.includes('://') && !plain.includes('www.') && !plain.includes('@')) return undefined;
  const ranges: [number, number][] = [];
  URL.lastIndex = 0;
  for (let match = URL.exec(plain); match; match = URL.exec(plain)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

const within = (ranges: [number, number][] | undefined, at: number): boolean => ranges !== undefined && ranges.some(([a, b]) => at >= a && at < b);

/** A fraction or a rating ("1/3", "4.8/5", "9/10"); not "24/7" or a date. */
function fraction(plain: string, start: number, end: number): boolean {
  const match = /^\/(\d+(?:\.\d+)?)(?![\d/])/.exec(plain.slice(end, end + 8));
  if (!match) return false;
  const numerator = Number(plain.slice(start, end).replace(/,/g, ''));
  const denominator = Number(match[1]);
  if (numerator === 24 && (denominator === 7 || denominator === 365)) return false;
  return (denominator <= 10 || denominator === 100) && numerator <= denominator;
}

/** "/month", "/day", "/wk", "/user": a rate after a number (not "/7" of 24/7, nor a date). */
const RATE_AFTER = /^\/\s?(?:month|mo|mth|day|d|week|wk|hour|hr|h|min|minute|sec|second|s|year|yr|sprint|quarter|qtr|night|shift|release|user|head|person|site|server|ticket|engineer)s?(?![\p{L}\p{N}])/iu;

// Tests made per number found, made once: a regular expression literal is a new object each time it is evaluated.
const DIGIT = /\d/;
const CODE_AFTER = /^-\d+-\d/;
const GLUED_BEFORE = /[\p{L}:]$/u;
const YEAR_LIKE = /^(19|20)\d\d$/;
const LOWER_WORD_AFTER = /^\s+[a-z]/;
const PLURAL_AFTER = /^\s+[a-z]+s\b/;
/** "14:00", "2.5" read on, and a time of day ("2 a.m.", "11pm") is no quantity. */
const TIME_OR_TAIL = /^(?::\d|\.\d|\s?[ap]\.?m\.?(?![\p{L}]))/iu;
const CLOCK_AFTER = /^\s?o['’]\s?clock(?![\p{L}])/iu;
const CLOCK_BEFORE = /(?<![\p{L}])(?:half|quarter|twenty|ten|five)\s+(?:past|to)\s+$/iu;
const CLOCK_WORD_AFTER = /^\s+(?:past|to)\s+\d/;
const CLOCK_24 = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const WORD_BEFORE = /([\p{L}][\p{L}\p{N}.+#-]*)\s+$/u;
const PLURAL_WORD_AFTER = /^\s+[a-z][a-z-]*s\b/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the word at `at` opens a sentence: nothing but spaces and marks between it and
 * the text's start, a full stop, colon or semicolon, or a line end. "Migrated 1,200
 * mailboxes" after "Worked with the team. " is an action and its number, not a name.
 */
function startsSentence(plain: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = plain.charCodeAt(i);
    // . ! ? ; : and a line end
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10) return true;
    if (LETTER_OR_DIGIT.test(plain[i])) return false;
  }
  return true;
}
const CAMEL = /\p{Ll}\p{Lu}/u;

/** The first quantity in `plain`, or undefined. `words` (the text's words, when the caller has them) saves a pass. */
export function findMetric(plain: string, lexicon: Lexicon, words?: readonly { lower: string; start: number; end: number }[]): Metric | undefined {
  const { names, words: numberWords, phrases } = prepare(lexicon);
  if (DIGIT.test(plain)) {
    const urls = urlRanges(plain);
    const money = MONEY_HINT.test(plain) ? CURRENCY.exec(plain) : null;
    if (money && !within(urls, money.index) && !inName(plain, money.index + money[0].search(DIGIT), money[0].match(/\d[\d,.]*/)![0], names)) return { start: money.index, end: money.index + money[0].length, text: money[0].trim() };
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(plain); match; match = NUMBER.exec(plain)) {
      const start = match.index;
      const value = match[0];
      const end = start + value.length;
      if (within(urls, start)) continue;
      if (inName(plain, start, value, names)) continue;
      const after = plain.slice(end, end + 12);
      const before = plain.slice(Math.max(0, start - 24), start);
      if (CODE_AFTER.test(after)) continue; // 3-2-1: a code, not a range
      if (RESOLUTION.test(after)) continue;
      if (GLUED_BEFORE.test(before)) continue; // glued to letters or after a colon: EC2, v2, ISO 9001:2015
      if (VERSION_CHANGE.test(before)) continue; // "from Windows 10 to 11"
      if (VERSION_PAIR.test(before) && !COUNTED_AFTER.test(plain.slice(end, end + 40))) continue; // "the Windows 10 to 11 upgrade", not "TLS 1.3 to 85 public endpoints"
      // "Upgraded PostgreSQL from 11 to 15": versions; "from 11 to 15 servers" and "from 8 to 16 GB" stay numbers.
      if (((BARE_FROM.test(before) && BARE_TO_AFTER.test(after)) || (BARE_TO.test(before) && BARE_END.test(after))) && VERSION_VERB.test(plain)) continue;
      if (after.startsWith('/')) {
        if (fraction(plain, start, end)) return { start, end: end + /^\/[\d.]+/.exec(after)![0].length, text: plain.slice(start, end + /^\/[\d.]+/.exec(after)![0].length) };
        // "30/month", "500/day", "8/wk": a rate.
        const rate = RATE_AFTER.exec(plain.slice(end, end + 16));
        if (rate) return { start, end: end + rate[0].length, text: plain.slice(start, end + rate[0].length) };
        continue; // 24/7, dates
      }
      // "6 o'clock", "half past 2", "by 0600": a time of day. ("1500 hours" is a quantity: saved or spent.)
      if (CLOCK_AFTER.test(after) || CLOCK_BEFORE.test(before) || (/^0\d{3}$/.test(value) && CLOCK_24.test(value))) continue;
      if (UNIT_AFTER.test(after)) return { start, end, text: value };
      // "7m30s", "2h15m": a duration written without spaces.
      if (GLUED_DURATION.test(after)) return { start, end, text: value + GLUED_DURATION.exec(after)![0] };
      if (value.includes('.') && VERSION_VERB.test(plain)) continue; // "Upgraded Kubernetes from 1.27 to 1.29"
      // Letters glued to the number ("3D", "5G") make it a name or a code.
      if (LETTER_START.test(after)) continue;
      if (YEAR_LIKE.test(value)) {
        if (YEAR_CONTEXT_BEFORE.test(before) || !LOWER_WORD_AFTER.test(after)) continue;
        if (YEAR_DETERMINER.test(before) && !PLURAL_AFTER.test(plain.slice(end, end + 40))) continue;
      }
      if (TIME_OR_TAIL.test(after)) continue; // times, ratios, version tails
      // A number right after a capitalised name ("Sprint 12", "Phase 2") or a label word names a thing; the opening verb does not count.
      const previous = WORD_BEFORE.exec(before);
      if (previous) {
        const word = previous[1];
        if (NAMING_WORD.test(word)) continue;
        if (WEAK_NAMING_WORD.test(word) && !PLURAL_WORD_AFTER.test(plain.slice(end, end + 40))) continue;
        const wordStart = start - before.length + previous.index;
        if (UPPER_START.test(word) && !PREPOSITION.test(word) && !startsSentence(plain, wordStart)) continue;
        if (CAMEL.test(word)) continue; // iPhone 15, macOS 14, vSphere 8
      }
      return { start, end, text: value };
    }
  }
  if (words) {
    for (const word of words) {
      // "half past 2": a time of day, not a half.
      if ((word.lower === 'half' || word.lower === 'quarter') && CLOCK_WORD_AFTER.test(plain.slice(word.end, word.end + 12))) continue;
      const found = countWord(plain, word.lower, word.start, names, numberWords);
      if (found) return found;
    }
  } else {
    const lowered = plain.toLowerCase();
    const wordPattern = /[a-z][a-z-]*/g;
    for (let match = wordPattern.exec(lowered); match; match = wordPattern.exec(lowered)) {
      if ((match[0] === 'half' || match[0] === 'quarter') && CLOCK_WORD_AFTER.test(plain.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue;
      const found = countWord(plain, match[0], match.index, names, numberWords);
      if (found) return found;
    }
  }
  // "from 7:30 to 5:10 minutes", "from 02:00-06:00 to 02:00-03:30": times before and after.
  const times = plain.includes(':') ? TIMES_CHANGE.exec(plain) : null;
  if (times) return { start: times.index, end: times.index + times[0].length, text: times[0] };
  // "in a week", "over a weekend", "within a single sprint": a duration without a digit.
  // Only when a unit of time is among the words: most bullets without a number have none.
  const spell = (words ? words.some((w) => DURATION_UNITS.has(w.lower)) : true) ? SPELLED_DURATION.exec(plain) : null;
  if (spell) return { start: spell.index, end: spell.index + spell[0].length, text: spell[0] };
  if (!phrases.length) return undefined;
  const lower = plain.toLowerCase();
  for (const phrase of phrases) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      // "a half-finished plan": the phrase runs on into another word.
      if (!WORD_CHAR.test(lower.charAt(at - 1)) && !WORD_CHAR.test(lower.charAt(at + phrase.length)) && lower.charAt(at + phrase.length) !== '-') return { start: at, end: at + phrase.length, text: plain.slice(at, at + phrase.length) };
    }
  }
  return undefined;
}
