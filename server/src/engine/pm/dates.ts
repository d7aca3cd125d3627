// Dates as people write them in PM documents: 2026-12-01, 1 Dec 2026, Dec 1,
// 1st December, 01/12/2026, Dec 2026, Q4 2026, 2026-W46, mid-Nov, 20.11. A date without
// a year takes the year that puts it nearest to today. Week, month and quarter dates mean
// their last day.
import type { Span } from '../types';

export interface FoundDate {
  /** Offsets into the searched text, `[start, end)`. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD; the last day for a month or quarter. */
  iso: string;
  precision: 'day' | 'week' | 'month' | 'quarter';
  /** 03/04/2026: day and month could be either way round; not used for comparisons. */
  ambiguous?: boolean;
  /** For an ambiguous date, the other reading (month first), YYYY-MM-DD: both before a day settle a comparison. */
  other?: string;
}

/** A weekday, short or long ("Thu", "Thurs", "Thursday"): not "monitoring" or "monthly". */
export const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
/** What opens a week's heading or due date: "Week of", "Week commencing", "w/c", "w/e". */
export const WEEK_OF = String.raw`(?:week\s+(?:of|commencing|beginning|ending)|w\/[cbe]|wc)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Two numbers that are a day and a month either way round ("4/12", "12/4", "24/07"), not "24/7" (round the clock) nor "70/30". */
export function isDayMonthPair(first: string, second: string): boolean {
  const [a, b] = [Number(first), Number(second)];
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && Math.min(a, b) <= 12 && !(first === '24' && second === '7');
}
/** A weekday or a month alone, not "May", which is a name too ("— Friday", "(March)"). */
const DAY_OR_MONTH = new RegExp(`^(?!may$)(?:${WEEKDAY}|${MONTH})$`, 'i');
export const isDayOrMonth = (word: string): boolean => DAY_OR_MONTH.test(word);
const ORD = '(?:st|nd|rd|th)?';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Parts | undefined }[] = [
  // "mid-Nov", "mid November 2026": the 15th (first: a later pattern would read "November 2026" as the month).
  { re: new RegExp(`${B}mid[-\\s]?${MONTH}\\.?(?:,?\\s+(\\d{4}))?${E}`, 'giu'), read: (m) => ({ y: year(m[2]), m: month(m[1]), d: 15 }) },
  { re: new RegExp(`${B}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${E}`, 'gu'), read: (m) => ({ y: +m[1], m: +m[2], d: +m[3] }) },
  { re: new RegExp(`${B}(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]+${MONTH}(?:\\.?,?[\\s-]+(\\d{4}))?${E}`, 'giu'), read: (m) => ({ y: year(m[3]), m: month(m[2]), d: +m[1] }) },
  { re: new RegExp(`${B}${MONTH}\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?${E}`, 'giu'), read: (m) => ({ y: year(m[3]), m: month(m[1]), d: +m[2] }) },
  { re: new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})${E}`, 'gu'), read: numeric },
  // "20/11", "11/20" without a year: only when one number cannot be a month ("03/04" could be either; "24/7" is a rota).
  { re: new RegExp(`${B}(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}/%])(?!\\.\\d)`, 'gu'), read: shortNumeric },
  { re: new RegExp(`${B}${MONTH}\\.?\\s+(\\d{4})${E}`, 'giu'), read: (m) => ({ y: +m[2], m: month(m[1]), d: 0 }) },
  { re: new RegExp(`${B}Q([1-4])\\s+(?:FY)?(\\d{4})${E}`, 'giu'), read: (m) => ({ y: +m[2], m: +m[1] * 3, d: 0, quarter: true }) },
  // "end of Oct", "the end of October 2026": the month's last day.
  { re: new RegExp(`${B}(?:the\\s+)?end\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+(\\d{4}))?${E}`, 'giu'), read: (m) => ({ y: year(m[2]), m: month(m[1]), d: 0 }) },
  // "2026-W46", "W46 2026", "Wk 46": the ISO week's last day (its Sunday). Without a year, or as "W10 2019" (a Windows 10
  // licence?), only where a date is expected (a due cell, after "by"); "week 3" is left alone, as often a project's week.
  { re: new RegExp(`${B}(\\d{4})-?W(\\d{1,2})${E}`, 'gu'), read: (m) => ({ y: +m[1], m: 1, d: 0, week: +m[2] }) },
  { re: new RegExp(`${B}(?:W|Wk\\.?)\\s?(\\d{1,2})(?:,?\\s+(\\d{4}))?${E}`, 'giu'), read: (m) => ({ y: year(m[2]), m: 1, d: 0, week: +m[1], short: m[2] === undefined || /^w\d/i.test(m[0]) }) },
  // "20.11." (the German short form): day and month, only where a date is expected.
  { re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.(?![\\p{N}])`, 'gu'), read: (m) => ({ m: +m[2], d: +m[1], short: true, strict: true }) },
];

interface Parts {
  y?: number;
  m: number;
  /** 0 for a whole month or quarter. */
  d: number;
  quarter?: boolean;
  ambiguous?: boolean;
  /** An ISO week number: the date is that week's Sunday. */
  week?: number;
  /** Written without a year in a short form ("20.11.", "Wk 46"): a date only where one is expected. */
  short?: boolean;
  /** "20.11.": a date only alone or after "by", "due" and the like, not after any colon ("Score: 3.5."). */
  strict?: boolean;
}

function year(text: string | undefined): number | undefined {
  return text ? +text : undefined;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function numeric(m: RegExpExecArray): Parts | undefined {
  const a = +m[1];
  const b = +m[2];
  const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  if (a > 12 && b <= 12) return { y, m: b, d: a };
  if (b > 12 && a <= 12) return { y, m: a, d: b };
  return { y, m: b, d: a, ambiguous: a !== b };
}

/** A due word before a year-less "20/11": then it is a date whatever follows ("due 20/11 for the board"). */
const SHORT_DATE_DUE = new RegExp(String.raw`\b(?:by|due|before|until|till|deadline|eta|w\/c|wc|on|target|review|date|${WEEKDAY}\.?)\s*:?\s*$`, 'i');
/** Other places a date stands: after a colon, a dash, an arrow, a bracket or a comma, or alone ... */
const SHORT_DATE_CUE = /(?:^|\b(?:on|from|to|date|target|review|moved to|now)\s*:?|[:(\[–—→>,-])\s*$/i;
/** ... when nothing but punctuation or an arrow follows it ("(7/15 so far)", "11/19 still failing" are counts). */
const SHORT_DATE_AFTER = /^\s*(?:$|[,.;)\]|]|[-–—→(])/;

function shortDateHere(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (SHORT_DATE_DUE.test(before)) return true;
  return SHORT_DATE_CUE.test(before) && SHORT_DATE_AFTER.test(text.slice(end, end + 4));
}

function shortNumeric(m: RegExpExecArray): Parts | undefined {
  const a = +m[1];
  const b = +m[2];
  if (a === 24 && b === 7) return undefined;
  if (a > 12 && b >= 1 && b <= 12) return { m: b, d: a };
  if (b > 12 && a >= 1 && a <= 12) return { m: a, d: b };
  return undefined;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoOf(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Days from `a` to `b` (both YYYY-MM-DD); positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayNumber(b) - dayNumber(a)) / 86_400_000);
}

function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

/** The Sunday that ends ISO week `week` of `y` (week 1 holds 4 January), YYYY-MM-DD; undefined past the year's last week. */
function isoWeekEnd(y: number, week: number): string | undefined {
  const jan4 = Date.UTC(y, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const weeks = isoWeekEnd.weeksIn(y);
  if (week < 1 || week > weeks) return undefined;
  return new Date(monday1 + (7 * (week - 1) + 6) * 86_400_000).toISOString().slice(0, 10);
}
/** The end of ISO week `week` in the year that puts it nearest to `today` ("Wk 2" in late November is next January's). */
function nearestWeek(week: number, today: string): string | undefined {
  const base = +today.slice(0, 4);
  const now = dayNumber(today);
  let best: string | undefined;
  for (const y of [base, base - 1, base + 1]) {
    const end = isoWeekEnd(y, week);
    if (end && (best === undefined || Math.abs(dayNumber(end) - now) < Math.abs(dayNumber(best) - now))) best = end;
  }
  return best;
}

/** 53 when 1 January or 31 December of `y` is a Thursday, else 52. */
isoWeekEnd.weeksIn = (y: number): number => (new Date(Date.UTC(y, 0, 1)).getUTCDay() === 4 || new Date(Date.UTC(y, 11, 31)).getUTCDay() === 4 ? 53 : 52);

/** The year that puts month/day nearest to `today`. */
function nearestYear(m: number, d: number, today: string): number {
  const base = +today.slice(0, 4);
  const now = dayNumber(today);
  let best = base;
  let bestDistance = Infinity;
  for (const y of [base, base - 1, base + 1]) {
    if (d > daysIn(y, m)) continue;
    const distance = Math.abs(Date.UTC(y, m - 1, d) - now);
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

/** Every date in `text`, in order, without overlaps. `today` (YYYY-MM-DD) resolves dates without a year. */
export function findDates(text: string, today: string): FoundDate[] {
  return scanDates(text, today);
}

/** The first date written with a day that month does not have ("31 Sept 2026", "2026-02-30"), as written. */
export function impossibleDate(text: string, today: string): string | undefined {
  const impossible: Span[] = [];
  scanDates(text, today, impossible);
  return impossible[0] && text.slice(impossible[0].start, impossible[0].end);
}

/** The dates in `text`; those with a day their month does not have go to `impossible` (one array per call only when asked: this runs for every line). */
function scanDates(text: string, today: string, impossible?: Span[]): FoundDate[] {
  const found: FoundDate[] = [];
  // Every date has a digit but "end of Oct" and "mid-Nov".
  if (!/\d|\bend\s|\bmid[-\s]?[a-z]/i.test(text)) return found;
  // "31 Sept 2026", "2026-02-30": no such day; no later pattern may read a part of it ("Sept 2026").
  let blocked = impossible;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end) || (blocked !== undefined && blocked.some((f) => start < f.end && f.start < end))) continue;
      // "may" is a month only when capitalised: "Sam may 2 ..." is not a date.
      if (/(?<!\p{L})may(?!\p{L})/u.test(match[0])) continue;
      const parts = read(match);
      if (!parts) continue;
      // "2026-13-01": a month that does not exist, written as a full date, is no date either.
      if (parts.m < 1 || parts.m > 12) {
        if (read !== shortNumeric && read !== numeric && parts.d > 0 && parts.y !== undefined) (blocked ??= []).push({ start, end });
        continue;
      }
      // "20/11" without a year is a date only where a date is expected: alone (a due cell), or after "by", "due", a colon
      // or a bracket; "the 12/13 failing tests", "5/16 vendors" and "2/20 in the pack" are counts.
      if ((read === shortNumeric || parts.short) && !shortDateHere(text, start, end)) continue;
      if (parts.strict && !(text.trim() === match[0] || SHORT_DATE_DUE.test(text.slice(Math.max(0, start - 24), start)))) continue;
      if (parts.week !== undefined) {
        const sunday = parts.y !== undefined ? isoWeekEnd(parts.y, parts.week) : nearestWeek(parts.week, today);
        if (sunday) found.push({ start, end, text: match[0], iso: sunday, precision: 'week' });
        // "2025-W53" in a year of 52 weeks: no date, and no "W53" of another year either.
        else (blocked ??= []).push({ start, end });
        continue;
      }
      const y = parts.y ?? nearestYear(parts.m, Math.max(parts.d, 1), today);
      if (y < 1900 || y > 2200) continue;
      if (parts.d > daysIn(y, parts.m)) {
        (blocked ??= []).push({ start, end });
        continue;
      }
      const precision = parts.quarter ? 'quarter' : parts.d === 0 ? 'month' : 'day';
      const d = parts.d === 0 ? daysIn(y, parts.m) : parts.d;
      // 03/04/2026 read month first as well, when that is a date.
      const other = parts.ambiguous && parts.d <= 12 && parts.m <= daysIn(y, parts.d) ? isoOf(y, parts.d, parts.m) : undefined;
      found.push({ start, end, text: match[0], iso: isoOf(y, parts.m, d), precision, ambiguous: parts.ambiguous || undefined, ...(other ? { other } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in `text`. */
export function firstDate(text: string, today: string): FoundDate | undefined {
  return findDates(text, today)[0];
}

/** The length of the date `text` opens with (after spaces), or 0: for reading a labelled value. */
export function dateLengthAtStart(text: string, today: string): number {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  // Only the start is read: no date is 64 characters long, and reading the whole text for every label of a
  // long line ("owned by X – owned by X – ...": each "by" a label) is quadratic.
  const date = firstDate(text.slice(0, lead + 64), today);
  return date && date.start === lead ? date.end : 0;
}

/** Markup, an emoji ("\u{1F4C5} 2026-11-09"), "Week of" and a weekday before a date. */
const LEAD_IN = new RegExp(String.raw`^[\s*_[(\x60~]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:${WEEK_OF}\.?:?\s+)?(?:${WEEKDAY}\.?,?\s+)?`, 'iu');

/** The date `text` opens with, after markup, punctuation and a weekday name. */
export function leadingDate(text: string, today: string): FoundDate | undefined {
  // "Week of 9 Nov", "w/c 9 Nov": the week's first day.
  const skip = LEAD_IN.exec(text)?.[0].length ?? 0;
  if (!/\d|^[\s*_]*(?:q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text.slice(skip, skip + 12))) return undefined;
  const date = firstDate(text.slice(0, skip + 40), today);
  if (date && date.start <= skip) return date;
  // "2–6 Nov 2026": a range of days in one month opens with its first day.
  const range = DAY_RANGE_START.exec(text.slice(skip));
  if (!range || !date || date.start !== skip + range[0].length || date.precision !== 'day' || +range[1] > +date.iso.slice(8)) return undefined;
  return { ...date, start: skip, text: text.slice(skip, date.end), iso: `${date.iso.slice(0, 8)}${range[1].padStart(2, '0')}` };
}

/** The first day of "2–6 Nov", "2-6 November 2026", "2nd - 6th Nov": the day, a dash, then the day a month follows. */
const DAY_RANGE_START = /^(\d{1,2})(?:st|nd|rd|th)?\s*[-\u2013\u2014]\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+\p{L})/u;

/**
 * A range of days that `date` (found in `text`) opens: "2026-11-02 to 2026-11-06", "2 Nov –
 * 6 Nov 2026", or the end written as the part that differs, "2026-11-16–20" (a day after
 * an unspaced dash) and "2026-11-16 to 11-20". Where the range ends in `text`, and its last
 * day. "2026-11-16 - 20 servers patched" is no range.
 */
export function rangeAfter(text: string, date: FoundDate, today: string): { end: number; to: string } | undefined {
  const link = /^\s*(?:to|until|till|through|thru|[-–—])\s*/i.exec(text.slice(date.end));
  if (!link || date.precision !== 'day') return undefined;
  const from = date.end + link[0].length;
  const rest = text.slice(from);
  const whole = firstDate(rest, today);
  const lead = /^\s*/.exec(rest)![0].length;
  if (whole && whole.start === lead && whole.precision === 'day') return { end: from + whole.end, to: whole.iso };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.text)) return undefined;
  const partial = (/^[–—]$/.test(link[0]) ? /^(?:(\d{1,2})-)?(\d{1,2})(?![\d\p{L}-])/u : /^(\d{1,2})-(\d{1,2})(?![\d\p{L}-])/u).exec(rest);
  if (!partial) return undefined;
  const month = (partial[1] ?? date.iso.slice(5, 7)).padStart(2, '0');
  return { end: from + partial[0].length, to: `${date.iso.slice(0, 4)}-${month}-${partial[2].padStart(2, '0')}` };
}

/** `text` with every date replaced by spaces, so a date does not count as a quantity. */
export function blankDates(text: string, today: string): string {
  let out = text;
  for (const date of findDates(text, today)) out = out.slice(0, date.start) + ' '.repeat(date.end - date.start) + out.slice(date.end);
  return out;
}

/** A weekday, "EOD/EOW/EOM", "end of week", "tomorrow", "next week": a due date relative to the meeting. */
export const RELATIVE_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:by|on|due|before|until)\s+)?${WEEKDAY}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:by|due|before|until)\s+\d{1,2}[/.]\d{1,2}(?![/.\d])|(?<![\p{L}\p{N}])(?:EOD|EOW|EOM|COB|EOP|tomorrow|tonight|end of (?:the )?(?:day|week|month|quarter|sprint|year)|next (?:week|month|sprint|meeting)|this (?:week|month|sprint)|w\/c\s+\S+)(?![\p{L}\p{N}])`, 'iu');

/**
 * A due value that is only a date relative to when it was written ("next Friday", "EOW", "tomorrow"): fine in minutes
 * and a dated report, but in a register it goes on being "next Friday" every week.
 */
const RELATIVE_ONLY = new RegExp(String.raw`^(?:(?:by|on|due|before|until)\s+)?(?:(?:next|this|coming)\s+)?(?:${WEEKDAY}|EOD|EOW|EOM|COB|tomorrow|tonight|end of (?:the )?(?:day|week|month)|(?:next|this) (?:week|month|sprint|fortnight))\.?$`, 'iu');

export function isRelativeDate(text: string): boolean {
  return RELATIVE_ONLY.test(text.trim());
}

/** A review cadence instead of a date: "monthly", "every sprint", "at each CAB". */
const CADENCE = /^(?:(?:reviewed\s+)?(?:daily|weekly|fortnightly|bi-?weekly|monthly|bi-?monthly|quarterly|annually|yearly)|every\s+(?:\w+\s+)?(?:day|week|fortnight|month|quarter|sprint|release|meeting|cab|board|steering(?:\s+\w+)?)|(?:at|in)\s+(?:each|every)\s+(?:cab|meeting|review|sprint|release|board|checkpoint|stand-?up|retro|steerco|steering(?:\s+(?:committee|group|board))?)(?:\s+(?:meeting|review))?)\.?$/i;

export function isCadence(text: string): boolean {
  return CADENCE.test(text.trim());
}

const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;

/**
 * Whether the numeric dates among `texts` are written day first (13/11/2026),
 * month first (11/13/2026), or undefined when none says or they disagree.
 */
export function numericOrder(texts: readonly string[], today: string): 'day-first' | 'month-first' | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    for (const date of findDates(text, today)) {
      const match = NUMERIC.exec(date.text);
      if (!match) continue;
      if (+match[1] > 12 && +match[2] <= 12) dayFirst = true;
      if (+match[2] > 12 && +match[1] <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}

/** `date` with an ambiguous "01/11/2026" settled by the order its table writes dates in. */
export function settleDate(date: FoundDate, order: 'day-first' | 'month-first' | undefined): FoundDate {
  const match = date.ambiguous && order ? NUMERIC.exec(date.text) : null;
  if (!match) return date;
  const [a, b] = [+match[1], +match[2]];
  const y = match[3].length === 2 ? 2000 + +match[3] : +match[3];
  const [m, d] = order === 'day-first' ? [b, a] : [a, b];
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return date;
  return { ...date, iso: isoOf(y, m, d), ambiguous: undefined };
}
