// Project-log entries: a dated heading ("## 2026-10-05 Exchange cut-over",
// "## Week 42") or a dated top-level list item ("- 5 Oct: Ran the cut-over ...").
// An entry's parts are labelled (What/With/Timeline/Result) or free text.
import { keepWith } from '../memo';
import type { DocumentModel, Heading, ListItem } from '../model';
import type { Span } from '../types';
import { blocksBetween, blockPieces, itemBlocks, pieceOf, splitParts, type Block, type Part, type Piece } from './blocks';
import { blankDates, leadingDate, rangeAfter, type FoundDate } from './dates';
import type { Lexicon } from '../lexicon';
import { findMetric } from '../metrics';

const LETTER = /\p{L}/u;

/**
 * A time that is not how long the work took: "(3 days left)", "2 weeks ago", "3 days late", "slipped 3
 * days" (the drafts and log-entry-outcome read timelines alike).
 */
export const NOT_SPENT_AFTER = String.raw`(?!\s*(?:left|remaining|to\s+go|to\s+spare|overdue|late|early|ago|behind|ahead|notice)(?![\p{L}]))`;
export const NOT_SPENT_BEFORE = String.raw`(?:slipped|slips|slip|delayed|delay\s{1,3}of|late\s{1,3}by|overdue\s{1,3}by|behind\s{1,3}by|in\s{1,3}the\s{1,3}last)\s{1,3}`;
/** "over 6 weeks", "in one weekend", "Timeline is 8 weeks", "Plan is 5 weeks", "Spent 3 days on it": how long the work took or will take, not its result. */
const SPENT = /(?<![\p{L}])(?:over|for|during|spanning|lasting|lasted|across|took|taking|spent|spending|in|within|after|(?:timeline|duration|effort|plan|estimate|schedule)(?:\s+(?:is|was|of))?(?:\s*:)?)\s+(?:the\s+)?(?:first\s+|last\s+|next\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(?:minutes?|mins?|hours?|hrs?|half[\s-]days?|days?|evenings?|mornings?|afternoons?|nights?(?!\s+shifts?)|shifts?|weekends?|weeks?|fortnights?|months?|quarters?|sprints?|years?)(?![\p{L}])(?!\s*(?:instead\s+of|rather\s+than|shorter|longer|less\s+than|fewer|down\s+from|vs\.?\s|versus|compared))/giu;
/**
 * Durations said in other ways: "a 2-hour workshop", "a 30-minute call" (a number glued to its unit describes
 * the work), "(3 days)" on its own in brackets, and day ranges such as "between 3 and 5 Nov" or "3-5 Nov".
 */
const LASTED = /(?<![\p{L}\p{N}])(?<!(?:from|to|under|below|than|vs\.?|versus|of)\s+(?:an?\s+|the\s+)?)\d+(?:\.\d+)?-(?:minute|min|hour|hr|day|week|month|year|sprint)s?(?![\p{L}])|\(\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|sprints?|years?)\s*\)|(?<![\p{L}\p{N}])(?:between\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013|\u2014)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}])/giu;

const TIME_UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;
/** "a 4-hour target", "the 2-day SLA", "our 15-minute RTO". */
const A_TARGET = String.raw`(?:an?\s+|the\s+|our\s+|its\s+)?\d+(?:\.\d+)?[\s-]?${TIME_UNIT}\s+(?:target|sla|rto|rpo|goal|deadline|estimate|objective)`;
/** A time measured against a target ("against a 4-hour target", "inside the 2-day SLA"), or time gained ("3 days early"). */
const TIMED_RESULT = new RegExp(
  [
    // "against a 4-hour target", "beating the 2-day SLA".
    String.raw`(?<![\p{L}])(?:against|versus|vs\.?|beat|beating)\s+${A_TARGET}`,
    // A time taken, then the target it was within: "in 95 minutes, within the 4-hour RTO"; or the other way round:
    // "within the 4-hour RTO target in 95 minutes". Not a requirement alone ("must complete within the 4-hour RTO").
    String.raw`(?<![\p{L}\p{N}.])\d+(?:\.\d+)?[\s-]?${TIME_UNIT},?\s+(?:within|inside|under|below)\s+${A_TARGET}`,
    String.raw`(?<![\p{L}])(?:within|inside|under|below)\s+${A_TARGET}(?:\s+target)?,?\s+in\s+\d+(?:\.\d+)?[\s-]?${TIME_UNIT}(?![\p{L}])`,
    // "3 days ahead of schedule", "2 weeks early".
    String.raw`(?<![\p{L}\p{N}.])\d+(?:\.\d+)?[\s-]?${TIME_UNIT}\s+(?:ahead\s+of\s+(?:schedule|plan|target|time)|early|earlier\s+than\s+planned|sooner\s+than\s+planned)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** Whether a result says how much: a number that is not a date or the time the work took (log-entry-outcome and the drafts read it alike). */
export function hasQuantity(text: string, lexicon: Lexicon, today: string): boolean {
  if (!text.trim()) return false;
  // "Recovered in 3 hours against a 4-hour target", "2 weeks ahead of schedule": the time is the result.
  if (TIMED_RESULT.test(text)) return true;
  const blank = (m: string): string => ' '.repeat(m.length);
  return findMetric(blankDates(text.replace(LASTED, blank), today).replace(SPENT, blank), lexicon) !== undefined;
}

/** People who do the work, one by one: how many worked on it is who, not what came of it. */
const WORKERS = String.raw`(?:engineers?|developers?|devs?|people|colleagues?|analysts?|testers?|admins?|administrators?|architects?|DBAs?|contractors?|consultants?|specialists?|managers?|leads?|technicians?|techs?|agents?|volunteers?|interns?|trainees?|others?)`;
/** Who work is shown to: people, and groups of them. */
const AUDIENCES = String.raw`(?:${WORKERS.slice(3, -1)}|staff|squads?|teams?|stakeholders?|members?|directors?|execs?|executives?|users?)`;
const COUNT = String.raw`(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)`;
/** "with 3 engineers", "alongside two DBAs", "with the 4 squad leads": how many worked on it ("Went live with 12 teams" is how far it reached). */
const WORKED_WITH = new RegExp(String.raw`(?<![\p{L}])(?:(?:with|w/|alongside)\s+(?:the\s+|my\s+|our\s+|other\s+)?${COUNT}\s+(?:[\p{L}-]+\s+)?|and\s+${COUNT}\s+other\s+)${WORKERS}(?![\p{L}])`, 'giu');
/** "Demoed the dashboard to 2 squads", "presented to 120 staff": a verb of showing, so the count after "to" is an audience. */
const SHOWN = /(?<![\p{L}\p{N}-])(?:demo(?:ed|'d)|demonstrated|presented|show(?:ed|n)|briefed|walked\s+\S+(?:\s+\S+)?\s+through|pitched|explained|spoke|talked|reported|shared)(?![\p{L}])/iu;
/** "to 2 squads" after a verb of showing; "with 40 staff" after "shared". */
const AUDIENCE = new RegExp(String.raw`(?<![\p{L}])(?:to|with)\s+(?:the\s+|our\s+)?${COUNT}\s+(?:other\s+)?${AUDIENCES}(?![\p{L}])`, 'giu');

/**
 * Free text of an entry with the head-counts of who took part blanked: "Met with 3 engineers.
 * Good chat." and "Demoed the dashboard to 2 squads. Went well." say who, not a result. Only for
 * text without labels: a Result part or cell ("Live with 12 teams") says what came of the work.
 * A clause that shows nothing to anyone keeps "to N people" ("Rolled out to 300 staff" is scale).
 */
export function withoutHeadCounts(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  const counted = text.replace(WORKED_WITH, blank);
  if (!counted.includes(' to ') && !counted.includes(' with ')) return counted;
  // Clause by clause: an audience comes shortly after a verb of showing in its own clause ("Demoed the dashboard to
  // 2 squads", not "Rolled out MFA to 300 staff ... and briefed the leads").
  return counted.replace(/[^.!?;\n]+/g, (clause) => (SHOWN.test(clause) ? clause.replace(AUDIENCE, (m: string, at: number) => (SHOWN.test(clause.slice(Math.max(0, at - 60), at)) ? blank(m) : m)) : clause));
}

export type LogKey = 'what' | 'who' | 'timeline' | 'result';

/** The prelude's blocks as pieces, each cut where a label inside it starts (splitParts). */
function preludePieces(prelude: readonly Block[], cut: ReadonlyMap<Block, number>): Piece[] {
  return prelude.flatMap((b) => {
    const end = cut.get(b);
    return end === undefined ? blockPieces(b) : [pieceOf(b.text, 0, end)];
  });
}

export const LOG_LABELS: Record<LogKey, readonly string[]> = {
  what: ['what', 'what i did', 'did', 'done', 'task', 'activity', 'work', 'action', 'actions', 'summary', 'description'],
  who: ['with', 'with whom', 'who', 'team', 'teams', 'people', 'stakeholders', 'involved', 'partners', 'collaborators', 'worked with'],
  timeline: ['timeline', 'when', 'duration', 'timeframe', 'time frame', 'dates', 'period', 'effort', 'time', 'time spent'],
  result: ['result', 'results', 'outcome', 'outcomes', 'impact', 'effect', 'benefit', 'benefits', 'metrics', 'numbers', 'time saved', 'hours saved', 'saved', 'savings', 'saving'],
};

export interface LogEntry {
  /** The date (and title) the entry opens with: where findings about the whole entry go. */
  anchor: Span;
  /** The title after the date, as a piece (may be empty). */
  title: Piece;
  heading?: Heading;
  item?: ListItem;
  /** Content blocks, the entry's own opening block excluded. */
  blocks: Block[];
  /** Text before the first label: the opening block after its date, then unlabelled blocks. */
  prelude: Piece[];
  parts: Part<LogKey>[];
  /** Text of the opening line that carries the date, used to blank it. */
  date: string;
  /** The entry's lines, `[line, endLine)`: all it is read from. */
  line: number;
  endLine: number;
}

/** What an entry says, read from its lines when first asked. */
type Content = Pick<LogEntry, 'anchor' | 'title' | 'blocks' | 'prelude' | 'parts' | 'date'>;

/**
 * An entry whose content is read when first asked: a rule that kept its findings on
 * the entry's lines from the last lint (memo.ts) does not read it again. Getters: a
 * spread or structuredClone of an entry drops them.
 */
class Entry implements LogEntry {
  #content: Content | undefined;
  readonly #read: () => Content;

  constructor(
    readonly line: number,
    readonly endLine: number,
    readonly heading: Heading | undefined,
    readonly item: ListItem | undefined,
    read: () => Content,
  ) {
    this.#read = read;
  }

  #get(): Content {
    return (this.#content ??= this.#read());
  }
  get anchor(): Span {
    return this.#get().anchor;
  }
  get title(): Piece {
    return this.#get().title;
  }
  get blocks(): Block[] {
    return this.#get().blocks;
  }
  get prelude(): Piece[] {
    return this.#get().prelude;
  }
  get parts(): Part<LogKey>[] {
    return this.#get().parts;
  }
  get date(): string {
    return this.#get().date;
  }
}

/** "Week 42", "wk 42", "w/c 12" and an ISO week, "2026-W42". */
const WEEK = /^[\s*_]*(?:(?:week|wk|w\/c|w\/e)\.?\s*\d{1,2}\b|\d{4}-?W\d{2}\b)/i;
const RESULT_TABLE = /\b(before|after|result|outcome|impact|metric|measure|kpi|baseline|target|actual)\b/i;

function datedOn(text: string, today: string): { end: number; date?: FoundDate } | undefined {
  const date = leadingDate(text, today);
  if (date && date.precision === 'day') return { end: date.end, date };
  const week = WEEK.exec(text);
  return week ? { end: week[0].length } : undefined;
}

/** datedOn, kept while typing: every heading and top item of a long log is asked on each key (a tenth of a key's lint). */
function dated(text: string, today: string): { end: number; date?: FoundDate } | undefined {
  return keepWith(datedOn, today, text);
}

/** Where the title starts after the date (and the end of a range it opens): skips separators such as ":", "-", "—", ")". */
function titleStart(plain: string, { end, date }: { end: number; date?: FoundDate }, today: string): number {
  const at = (date && rangeAfter(plain, date, today)?.end) || end;
  return at + (/^[\s*_)\]:\-–—|,.]*/.exec(plain.slice(at))?.[0].length ?? 0);
}

const cache = new WeakMap<DocumentModel, Map<string, LogEntry[]>>();

export function readLogEntries(doc: DocumentModel, today: string, labels: Partial<Record<LogKey, readonly string[]>> = {}): LogEntry[] {
  const sets = { ...LOG_LABELS, ...labels };
  const key = `${today}|${JSON.stringify(sets)}`;
  let byKey = cache.get(doc);
  if (!byKey) cache.set(doc, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const headings = doc.headings.filter((h) => dated(h.title, today));
  const items = doc.items.filter((i) => i.depth === 1 && !i.task && i.segments.length && dated(i.text.plain, today));
  const datedLines = [...headings.map((h) => h.line), ...items.map((i) => i.line)].sort((a, b) => a - b);
  /** The first dated line after `line` (binary search). */
  const nextDated = (line: number): number => {
    let low = 0;
    let high = datedLines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (datedLines[mid] <= line) low = mid + 1;
      else high = mid;
    }
    return low < datedLines.length ? datedLines[low] : Infinity;
  };
  const entries: LogEntry[] = [];
  for (const heading of headings) {
    const { section } = heading;
    let end = section.endLine;
    const next = nextDated(heading.line);
    if (next < end) {
      // A heading that holds dated sub-entries is a group ("## Week 42"), not an entry; but a heading of a day with
      // words of its own before them ("## 2025-04-14 Test data", a paragraph, then "- 2025-04-28: ...") is an entry up to them.
      const day = dated(heading.text.plain, today)?.date !== undefined;
      if (!day || !blocksBetween(doc, heading.line + 1, next).some((b) => b.type !== 'heading' && LETTER.test(b.text.plain))) continue;
      end = next;
    }
    entries.push(
      new Entry(heading.line, end, heading, undefined, () => {
        const plain = heading.text.plain;
        const start = titleStart(plain, dated(plain, today)!, today);
        const content = blocksBetween(doc, heading.line + 1, end).filter((b) => b.type !== 'row' || RESULT_TABLE.test(b.table!.header.cells.map((c) => c.raw).join(' ')));
        const { prelude, parts, cut } = splitParts(doc, content, sets, 'result');
        const title = pieceOf(heading.text, start);
        return { anchor: heading.span, title, blocks: content, prelude: [title, ...preludePieces(prelude, cut)], parts, date: plain.slice(0, start) };
      }),
    );
  }
  for (const item of items) {
    entries.push(
      new Entry(item.line, item.endLine, undefined, item, () => {
        const block = itemBlocks(doc).get(item)!;
        const plain = block.text.plain;
        const found = dated(plain, today)!;
        const dateEnd = found.end;
        const start = titleStart(plain, found, today);
        const content = blocksBetween(doc, item.line, item.endLine).filter((b) => b !== block && b.type !== 'row' && b.type !== 'heading');
        const { prelude, parts, cut } = splitParts(doc, content, sets, 'result');
        const title = pieceOf(block.text, start);
        return { anchor: block.text.span(0, dateEnd), title, blocks: content, prelude: [title, ...preludePieces(prelude, cut)], parts, date: plain.slice(0, start) };
      }),
    );
  }
  // By line: the order of their anchors, without reading them.
  entries.sort((a, b) => a.line - b.line);
  byKey.set(key, entries);
  return entries;
}
