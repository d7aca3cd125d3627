// Reading a project-log entry for drafting: its what, with whom, timeline and
// result as plain text (labelled parts, or cue words in a free-text entry), and
// the small word work both drafts share (first person out, parties, durations).
import { defaultSettings, type Settings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { findMetric } from './metrics';
import { parseDocument, type DocumentModel } from './model';
import { joinPieces, piecePlain } from './pm/blocks';
import { blankDates, daysBetween, findDates, leadingDate } from './pm/dates';
import { readLogEntries, type LogEntry } from './pm/log';
import { stripBom } from './text';
import type { Span } from './types';

/** What a log entry says, as plain text per part (empty when the entry leaves it out). */
export interface EntryFacts {
  title: string;
  /** YYYY-MM-DD of the entry's heading or item, when it has a day. */
  date?: string;
  what: string;
  who: string;
  timeline: string;
  result: string;
  /** True when the what or the result carries a quantity (dates and durations aside). */
  hasNumber: boolean;
  /** Source span of the whole entry: its heading or item through its last block. */
  span: Span;
}

export interface DraftOptions {
  today: string;
  settings?: Settings;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Small counts read better spelled out ("three teams", "six weeks"). */
export const spell = (n: number): string => NUMBER_WORDS[n] ?? String(n);

// ---------------------------------------------------------------- reading the entry

/** "over 6 weeks", "for three days": a duration written as a number and a unit. */
const DURATION = /(?<![\p{L}\p{N}])(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(hours?|days?|weeks?|months?|sprints?|quarters?|years?|weekends?)(?![\p{L}])/iu;
/** "over 6 weeks", "in one weekend": how long the work took, which is not its result (as log-entry-outcome reads it). */
const SPENT = /(?<![\p{L}])(?:over|for|during|spanning|lasting|across|took|taking|within)\s+(?:the\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(?:hours?|hrs?|days?|weeks?|months?|quarters?|sprints?|years?)(?![\p{L}])/giu;
const FREE_WHO = /(?<![\p{L}])(?:with|alongside)\s+([^.;:]+)/iu;

/** The source span an entry covers: its heading's section, or its list item. */
function entrySpan(doc: DocumentModel, entry: LogEntry): Span {
  if (entry.heading) return { start: doc.lines.lineStart(entry.heading.line), end: doc.lines.lineStart(entry.heading.section.endLine) };
  const item = entry.item!;
  return { start: doc.lines.lineStart(item.line), end: doc.lines.lineStart(item.endLine) };
}

/** First sentence of a text: a full stop, semicolon or colon followed by a space ends it. */
export function firstSentence(text: string): string {
  const match = /^(.*?[^.\s][^.]*?)(?:[.;:](?:\s|$))/.exec(text);
  return (match ? match[1] : text).trim();
}

export const hasQuantity = (text: string, lexicon: Lexicon, today: string): boolean => !!text.trim() && findMetric(blankDates(text, today).replace(SPENT, (m) => ' '.repeat(m.length)), lexicon) !== undefined;

/** The parts of an entry as plain text; free-text entries ("- 5 Oct: Ran X with Y over 2 weeks: 40% fewer calls") are split by cue words. */
export function entryFacts(doc: DocumentModel, entry: LogEntry, lexicon: Lexicon, today: string): EntryFacts {
  const part = (key: string): string => joinPieces(entry.parts.filter((p) => p.key === key).flatMap((p) => p.pieces)).trim();
  const title = piecePlain(entry.title).trim();
  const date = leadingDate(entry.date, today);
  let what = part('what');
  let who = part('who');
  let timeline = part('timeline');
  let result = part('result');
  if (!entry.parts.length) {
    // A free-text entry: the title line holds everything.
    const free = joinPieces(entry.prelude);
    const sentences = free.split(/(?<=[.;])\s+/).map((s) => s.trim()).filter(Boolean);
    what = sentences[0] ?? '';
    const rest = sentences.slice(1);
    result = rest.find((s) => hasQuantity(s, lexicon, today)) ?? '';
    // "Ran the cut-over ...: 1,200 mailboxes moved" keeps the result after a colon.
    const colon = /^(.*?):\s+(.+)$/.exec(what);
    if (!result && colon && hasQuantity(colon[2], lexicon, today)) [what, result] = [colon[1], colon[2]];
    who = FREE_WHO.exec(what)?.[1]?.replace(DURATION, '').replace(/\s+(?:over|for|in|during)\s*$/i, '').trim() ?? '';
    if (who) what = what.replace(FREE_WHO, '').trim();
    const duration = DURATION.exec(what);
    if (duration) {
      timeline = duration[0];
      what = what.replace(new RegExp(`\\s*(?:over|for|in|during|within)?\\s*${duration[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'), '').trim();
    }
    if (what === title) what = firstSentence(what);
  }
  return {
    title,
    date: date?.precision === 'day' ? date.iso : undefined,
    what,
    who,
    timeline,
    result,
    hasNumber: hasQuantity(`${what} ${result}`, lexicon, today),
    span: entrySpan(doc, entry),
  };
}

/** The log entry whose heading or item contains `offset` (in the text without BOM), with its facts. */
export function entryAt(text: string, offset: number, options: DraftOptions): EntryFacts | undefined {
  return entryInDocument(parseDocument(stripBom(text).text), offset, options);
}

export function entryInDocument(doc: DocumentModel, offset: number, options: DraftOptions): EntryFacts | undefined {
  const lexicon = buildLexicon((options.settings ?? defaultSettings()).lexicon);
  const entries = readLogEntries(doc, options.today);
  for (const entry of entries) {
    const span = entrySpan(doc, entry);
    if (offset >= span.start && offset < Math.max(span.end, span.start + 1)) return entryFacts(doc, entry, lexicon, options.today);
  }
  // The end of the document belongs to the last entry.
  const last = entries[entries.length - 1];
  if (last && offset >= entrySpan(doc, last).start && offset >= doc.source.trimEnd().length) return entryFacts(doc, last, lexicon, options.today);
  return undefined;
}

// ---------------------------------------------------------------- small word helpers

export const trimEnd = (text: string): string => text.replace(/[\s.;:,]+$/, '').trim();

/** "Patch compliance" -> "patch compliance"; "MX records", "Fabrikam Ltd" stay as written. */
export function lowerFirst(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(first)) return text;
  const second = /^\S+\s+(\S+)/.exec(text)?.[1] ?? '';
  if (/^\p{Lu}/u.test(second) && first !== 'The') return text; // "Exchange Online", "Sam Okafor": a name
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** First person out of resume text: "our"/"my" -> "the", "we"/"us" -> "the team"; a leading "I"/"We" goes. */
export function impersonal(text: string): string {
  return text
    .replace(/^(?:I|We)\s+/, '')
    .replace(/(?<![\p{L}'’])(?:our|my)(?![\p{L}'’])/giu, 'the')
    .replace(/(?<![\p{L}'’])(?:we|us)(?![\p{L}'’])/giu, 'the team')
    .replace(/(?<=[,;]\s|\band\s)I\s+/g, '');
}

/** Fillers that hedge a result ("went up a lot"): a drafted bullet says how much or leaves a placeholder. */
export const HEDGE = /\s*(?:,\s*)?(?<![\p{L}])(?:a lot|a great deal|significantly|greatly|massively|hugely|considerably|dramatically|substantially|noticeably|somewhat|slightly|a bit|quite a bit|successfully)(?![\p{L}])/giu;

/** `text` as a sequence of words joined by commas and "and": ["a", "b", "c"] -> "a, b and c". */
export function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const PARTNER = /(?<![\p{L}])(?:vendors?|suppliers?|contractors?|partners?|consultan(?:ts?|cy)|agency|clients?|customers?|msp)(?![\p{L}])/iu;
const GROUP_NOUN = /(?<![\p{L}])(?:team|desk|department|group|squad|office|function|committee|board|unit|centre|center)$/iu;

export interface Who {
  /** "with the desktop team and two regional IT leads" */
  named: string;
  /** "across three teams" (or the named form when it is short) */
  counted: string;
  teams: number;
}

/** The parties an entry names ("Messaging team (3), service desk, vendor Fabrikam") as a phrase. */
export function whoOf(text: string): Who | undefined {
  const parties = impersonal(trimEnd(text))
    .replace(/\([^)]*\)/g, '')
    .split(/\s*(?:,|;|\/|&|\band\b|\bplus\b)\s*/i)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}/u.test(p));
  if (!parties.length) return undefined;
  const phrase = (party: string): string => {
    const lower = lowerFirst(party);
    // "Desktop team" -> "the desktop team"; "two regional IT leads", "Facilities", "vendor Fabrikam" stay.
    return GROUP_NOUN.test(lower) && !/^(?:the|a|an|\d)\b/i.test(lower) && !/^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(lower) ? `the ${lower}` : lower;
  };
  const named = `with ${listOf(parties.map(phrase))}`;
  const partners = parties.filter((p) => PARTNER.test(p));
  const teams = parties.length - partners.length;
  let counted = named;
  if (parties.length >= 3) {
    const teamPart = teams ? `${spell(teams)} team${teams === 1 ? '' : 's'}` : '';
    const partnerPart = partners.length === 1 ? phrase(partners[0]) : partners.length ? `${spell(partners.length)} vendors` : '';
    counted = `across ${[teamPart, partnerPart].filter(Boolean).join(' and ')}`;
  }
  return { named, counted, teams: parties.length };
}

/** "6 weeks" from "Weekend cut-over, planned over 6 weeks"; a range of two dates becomes days, weeks or months. */
export function durationOf(timeline: string, today: string): string | undefined {
  const dates = findDates(timeline, today).filter((d) => d.precision === 'day' && !d.ambiguous);
  if (dates.length >= 2) {
    const days = Math.abs(daysBetween(dates[0].iso, dates[dates.length - 1].iso)) + 1;
    if (days < 14) return `${spell(days)} day${days === 1 ? '' : 's'}`;
    if (days < 63) return `${spell(Math.round(days / 7))} weeks`;
    const months = Math.round(days / 30.44);
    return `${spell(months)} month${months === 1 ? '' : 's'}`;
  }
  const match = DURATION.exec(timeline);
  if (!match) return undefined;
  const count = /^\d/.test(match[1]) ? match[1] : match[1].toLowerCase();
  return `${count === 'a' || count === 'an' ? 'one' : count} ${match[2].toLowerCase()}`;
}
