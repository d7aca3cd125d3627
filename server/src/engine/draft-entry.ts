// Reading a project-log entry for drafting: its what, with whom, timeline and
// result as plain text (labelled parts, or cue words in a free-text entry), and
// the small word work both drafts share (first person out, parties, durations).
import { defaultSettings, type Settings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { parseDocument, type DocumentModel } from './model';
import { joinPieces, piecePlain, type Piece } from './pm/blocks';
import { withoutBrackets } from './pm/fields';
import { daysBetween, findDates, leadingDate, rangeAfter } from './pm/dates';
import { hasQuantity, NOT_SPENT_AFTER, NOT_SPENT_BEFORE, readLogEntries, type LogEntry } from './pm/log';
import { deriveVerb, knownVerb, nominalBase, opening, TEST_KINDS } from './opening';
import { cueVerbs, rankReplacements } from './suggest';
import { words, type Word } from './words';
import { lowerFirst, stripBom } from './text';
import type { InlineText } from './inline';
import { baseOfPast, capitalize, gerundBase, pastTense } from './verbs';
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
const DURATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!${NOT_SPENT_BEFORE})(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(hours?|days?|weeks?|months?|sprints?|quarters?|years?|weekends?)(?![\p{L}])${NOT_SPENT_AFTER}`, 'iu');
/**
 * Where a party after "with" ends: punctuation, a preposition or linking word, or an -ing
 * word that is a verb ("with the SRE team testing ..."), not a noun's ("the building manager").
 */
const PARTY_END = /[,;:.()]|\s(?:for|on|over|in|during|to|into|across|from|at|by|within|while|so|which|before|after|against|and then)\s|(?<!(?:^|\s)(?:the|a|an|our|their|its|this|that|each|every|his|her))\s\p{L}+ing(?![\p{L}])/u;
/** Words that make a "with ..." phrase a party (people, teams, vendors) rather than a tool ("with PowerShell"). */
const PEOPLE = /(?<![\p{L}])(?:teams?|desk|department|group|squad|office|function|committee|board|unit|centre|center|leads?|engineers?|managers?|admins?|administrators?|analysts?|developers?|architects?|colleagues?|staff|users?|owners?|sponsors?|stakeholders?|vendors?|suppliers?|contractors?|partners?|consultan(?:ts?|cy)|agency|clients?|customers?|msp|facilities|finance|procurement|hr|legal|security|operations|ops|people|everyone|director|cto|cio|ciso)(?![\p{L}])/iu;

/** "with the desktop team", "alongside Dell": the first party an entry's free text names, and its span. */
function freeParty(text: string, lexicon: Lexicon): { party: string; start: number; end: number } | undefined {
  const cue = /(?<![\p{L}])(?:with|alongside)\s+/giu;
  for (let match = cue.exec(text); match; match = cue.exec(text)) {
    const from = match.index + match[0].length;
    const rest = text.slice(from);
    const stop = PARTY_END.exec(rest);
    let party = rest.slice(0, stop ? stop.index : rest.length).trim();
    if (!party || party.split(/\s+/).length > 8) continue;
    if (!isParty(party, lexicon)) continue;
    // "with the payments squad, the fraud team and the bank": every party of the list, not the first alone.
    let end = from + party.length;
    for (let at = stop?.index; at !== undefined && rest[at] === ','; ) {
      const next = rest.slice(at + 1);
      let nextStop = PARTY_END.exec(next);
      // "Björn Ødegaard from the acquiring bank": where a person is from belongs to the party.
      if (nextStop && /^\sfrom\s/.test(next.slice(nextStop.index))) {
        const after = nextStop.index + 6;
        const further = /[,;:.()]/.exec(next.slice(after));
        nextStop = further ? ({ index: after + further.index } as RegExpExecArray) : null;
      }
      const more = next.slice(0, nextStop ? nextStop.index : next.length).trim();
      if (!more || !isParty(more.replace(/^and\s+/i, ''), lexicon)) break;
      party = `${party}, ${more}`;
      end = from + at + 1 + next.indexOf(more) + more.length;
      at = nextStop ? at + 1 + nextStop.index : undefined;
    }
    return { party, start: match.index, end };
  }
  return undefined;
}

/** People, a team or a named organisation ("Dell", "Fabrikam Ltd"), not a tool the lexicon knows ("PowerShell", "Intune"). */
function isParty(party: string, lexicon: Lexicon): boolean {
  const words = party.split(/\s+/);
  const named = /^\p{Lu}/u.test(party) && !words.some((w) => lexicon.technologies.has(w.toLowerCase())) && !lexicon.technologies.has(party.toLowerCase());
  return PEOPLE.test(party) || named;
}

/**
 * An entry's own lines as sentences: each block ends one ("- [x] Re-tested the defects" then
 * "Signed off"), a task still open is no work done, and a status line ("Overall status: Amber")
 * is no work at all.
 */
function sentencesOf(entry: LogEntry, pieces: readonly Piece[]): string {
  const open = new Set(entry.blocks.filter((b) => b.item?.task && !b.item.task.checked).map((b) => b.text));
  return pieces
    .filter((p) => !open.has(p.text))
    .map((p) => piecePlain(p).trim())
    .filter((t) => t && !STATUS_LINE.test(t))
    .map((t, i, all) => (i < all.length - 1 && !/[.;:!?]$/.test(t) ? `${t}.` : t))
    .join(' ');
}

const STATUS_LINE = /^(?:overall|project|programme|program)?\s*(?:rag\s*)?(?:status|rag)\s*(?:[:\-–—]|is\b)/i;

/** "120/week" -> "120 a week", "3/user" -> "3 per user": rates a reader (and missing-metric) reads as numbers. */
export function perUnit(text: string): string {
  return text
    .replace(/(\d)\s*\/\s*(hour|day|week|month|quarter|year|shift|sprint|night)s?(?![\p{L}])/giu, (_, d: string, unit: string) => `${d} a ${unit.toLowerCase()}`)
    .replace(/(\d)\s*\/\s*(wk|hr|mo|yr)(?![\p{L}])/giu, (_, d: string, unit: string) => `${d} a ${{ wk: 'week', hr: 'hour', mo: 'month', yr: 'year' }[unit.toLowerCase() as 'wk']}`)
    .replace(/(\d)\s*\/\s*(user|person|head|seat|device|server|ticket|site|desk)s?(?![\p{L}])/giu, (_, d: string, unit: string) => `${d} per ${unit.toLowerCase()}`);
}

/** ", cutting print costs by 20%": where a participle clause of result starts in a free-text sentence. */
function participleAt(text: string, lexicon: Lexicon): number | undefined {
  const re = /,\s+(\p{Ll}+ing)(?![\p{L}])/gu;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (gerundBase(match[1], (past) => knownVerb(lexicon, past) || baseOfPast(past) !== undefined)) return match.index;
  }
  return undefined;
}

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

export { hasQuantity } from './pm/log';

/** The parts of an entry as plain text; free-text entries ("- 5 Oct: Ran X with Y over 2 weeks: 40% fewer calls") are split by cue words. */
/** `text` with each run of spaces and tabs one space. */
const squeeze = (text: string): string => text.replace(/[ \t\u00a0]{2,}/g, ' ');

export function entryFacts(doc: DocumentModel, entry: LogEntry, lexicon: Lexicon, today: string): EntryFacts {
  // A before/after table is the result, even under another label ("**Timeline:** 2 weeks." above it).
  const table = tableResult(entry);
  // Runs of spaces and tabs read as one: a draft is new text, and the patterns below retried a long run from each of its positions
  // (an entry with 16,000 spaces took 2.3 s to draft).
  const part = (key: string): string => squeeze(joinPieces(entry.parts.filter((p) => p.key === key).flatMap((p) => p.pieces).filter((p) => key === 'result' || !table.cells.has(p.text)))).trim();
  const title = squeeze(piecePlain(entry.title)).trim();
  const date = leadingDate(entry.date, today);
  let what = part('what');
  let who = part('who');
  let timeline = part('timeline');
  let result = part('result');
  if (!entry.parts.length) {
    // A free-text entry: a heading's paragraph (the heading is only its title), or the item's own line.
    const body = entry.heading && entry.prelude.length > 1 ? entry.prelude.slice(1) : entry.prelude;
    const free = squeeze(perUnit(sentencesOf(entry, body)));
    const sentences = free.split(/(?<=[.;])\s+/).map((s) => s.trim()).filter(Boolean);
    what = sentences[0] ?? '';
    const rest = sentences.slice(1);
    result = rest.find((s) => hasQuantity(s, lexicon, today)) ?? '';
    // "Ran the cut-over ...: 1,200 mailboxes moved" keeps the result after a colon.
    const colon = /^(.*?):\s+(.+)$/.exec(what);
    if (!result && colon && hasQuantity(colon[2], lexicon, today)) [what, result] = [colon[1], colon[2]];
    // "Replaced the printers, cutting print costs by 20%": the participle clause is the result.
    const participle = participleAt(what, lexicon);
    if (participle !== undefined) {
      const clause = trimEnd(what.slice(participle + 1));
      if (!result || (hasQuantity(clause, lexicon, today) && !hasQuantity(result, lexicon, today))) result = clause;
      else result = `${clause}; ${result}`;
      what = trimEnd(what.slice(0, participle));
    }
    what = trimEnd(what);
    const party = freeParty(what, lexicon);
    if (party) {
      who = party.party;
      what = `${what.slice(0, party.start)}${what.slice(party.end)}`.replace(/\s{2,}/g, ' ').trim();
    }
    const duration = DURATION.exec(what);
    if (duration) {
      timeline = duration[0];
      what = what.replace(new RegExp(`\\s*(?:over|for|in|during|within)?\\s*${duration[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'), '').trim();
    }
    what = trimEnd(what);
    if (what === title) what = firstSentence(what);
  } else {
    // "I was in charge of the DR test." above a "Result:" line: the unlabelled paragraph is the what.
    const body = entry.heading ? entry.prelude.slice(1) : [];
    if (!what && body.length) what = sentencesOf(entry, body).trim();
    what = perUnit(what);
    result = perUnit(result);
  }
  // "| Pass rate | 78% | 96% |" under "Metric | Before | After": the result the lint accepted.
  if (!result.trim()) result = table.text;
  // "## 2026-11-02 to 2026-11-06 Cut-over week", "2026-11-16–20": the range is the timeline.
  const range = date && !timeline.trim() ? rangeAfter(entry.date, date, today) : undefined;
  if (range) timeline = `${date!.iso} to ${range.to}`;
  return {
    title,
    date: date?.precision === 'day' ? date.iso : undefined,
    what,
    who,
    timeline,
    result,
    // Each part on its own: "review" + "Removed 2,300" must not read as one name.
    hasNumber: hasQuantity(what, lexicon, today) || hasQuantity(result, lexicon, today),
    span: entrySpan(doc, entry),
  };
}

/** Rows of a before/after table in the entry as results: "Pass rate from 78% to 96%". */
function tableResult(entry: LogEntry): { text: string; cells: Set<InlineText> } {
  const out: string[] = [];
  const used = new Set<InlineText>();
  for (const block of entry.blocks) {
    if (!block.row || !block.table) continue;
    const header = block.table.header.cells.map((c) => c.text.plain.trim().toLowerCase());
    const before = header.findIndex((h, i) => i > 0 && /^(?:before|baseline|was|old|from|start)$/.test(h));
    const after = header.findIndex((h, i) => i > 0 && /^(?:after|now|new|to|end|current|result)$/.test(h));
    const cells = block.row.cells.map((c) => c.text.plain.trim());
    if (before > 0 && after > 0 && cells[0] && cells[before] && cells[after]) {
      out.push(`${cells[0]} from ${cells[before]} to ${cells[after]}`);
      for (const cell of block.row.cells) used.add(cell.text);
    }
  }
  return { text: out.join('; '), cells: used };
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

/** `text` without the spaces and punctuation at its end: a scan from the end (/[\s.;:,]+$/ retried a run of them from each position). */
export const trimEnd = (text: string): string => {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end).trim();
};
const TRAILING = /[\s.;:,]/;


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

/** First words of a team's name that are ordinary words ("Desktop team", "Service desk"), not a company's ("Microsoft support"). */
const FUNCTION_WORDS = new Set(['desktop', 'service', 'network', 'networks', 'security', 'messaging', 'platform', 'infrastructure', 'backend', 'back-end', 'frontend', 'front-end', 'mobile', 'data', 'finance', 'legal', 'facilities', 'procurement', 'operations', 'support', 'project', 'programme', 'program', 'change', 'release', 'test', 'testing', 'cloud', 'database', 'identity', 'endpoint', 'field', 'site', 'regional', 'local', 'central', 'core', 'digital', 'product', 'design', 'marketing', 'sales', 'payroll', 'payments', 'payment', 'fraud', 'helpdesk', 'help', 'application', 'applications', 'app', 'web', 'server', 'storage', 'telephony', 'telecoms', 'architecture', 'engineering', 'development', 'dev', 'devops', 'sre', 'ops', 'it', 'hr', 'people', 'business', 'clinical', 'nursing', 'estates', 'compliance', 'risk', 'audit', 'governance', 'training', 'communications', 'comms', 'customer', 'customers', 'store', 'branch', 'office', 'head', 'senior', 'junior', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'the', 'a', 'an', 'our', 'my', 'external', 'internal', 'third-party', 'vendor', 'supplier', 'partner', 'contractor', 'contractors', 'consultants', 'lead', 'leads', 'team', 'teams', 'all', 'every', 'each', 'other', 'several', 'many', 'both']);

/** Outside parties; "HR business partners" are colleagues. */
const PARTNER = /(?<![\p{L}])(?:vendors?|suppliers?|contractors?|(?<!business\s)partners?|consultan(?:ts?|cy)|agency|clients?|customers?|msp|banks?|insurers?|regulators?)(?![\p{L}])/iu;
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
  // Split on the separators alone, the spaces trimmed below: /\s*(?:,|;|...)\s*/ retried a run of spaces from each position.
  const parties = withoutBrackets(impersonal(trimEnd(text)), '')
    .split(/,|;|\/|&|\band\b|\bplus\b/i)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}/u.test(p));
  if (!parties.length) return undefined;
  const phrase = (party: string): string => {
    // A single capitalised word is a name ("Dell", "Fabrikam") unless it names a group of people ("Facilities").
    // "Desktop team" -> "desktop team", but "Microsoft support", "Workday consultants" keep their name:
    // only a first word that names a function or a kind of team is lowered.
    const first = /^\S+/.exec(party)?.[0].toLowerCase() ?? '';
    const lower = (/\s/.test(party) && (FUNCTION_WORDS.has(first) || PEOPLE.test(first))) || (!/\s/.test(party) && PEOPLE.test(party)) ? lowerFirst(party) : party;
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

// ---------------------------------------------------------------- the action

export interface Action {
  verb: string;
  object: string;
}

/** Weak openings that say the writer helped: a draft keeps the help honest instead of turning it into a lead. */
const HELPING = new Set(['helped', 'helped with', 'helped to', 'helped out with', 'assisted', 'assisted with', 'assisted in', 'assisted on', 'supported', 'provided support for', 'provided support to', 'provided support', 'contributed to', 'participated in', 'took part in', 'involved in', 'involved with', 'worked on', 'worked with', 'worked closely with', 'worked alongside', 'engaged in', 'was part of', 'part of', 'member of', 'a member of']);

/** "the network team with the core switch refresh" -> party and what was worked on; undefined when no party leads. */
function partyThen(rest: string): { party: string; object: string } | undefined {
  const match = /^(.+?)\s+(?:with|on|to|in|for)\s+(.+)$/i.exec(rest);
  if (!match || !(PEOPLE.test(match[1]) || /^\p{Lu}/u.test(match[1]))) return undefined;
  return { party: match[1], object: match[2] };
}

/** "Helped the network team with X" -> "Partnered with the network team on X"; "Helped with X" -> "Collaborated on X". */
function helpingAction(key: string, rest: string, lexicon: Lexicon): Action {
  // "Helped the storage team run the restore test" -> "Partnered with the storage team to run the restore test".
  if (/^(helped|assisted)$/.test(key)) {
    const toks = words(rest, 8);
    for (let k = 1; k < toks.length && k <= 5; k++) {
      const party = rest.slice(0, toks[k - 1].end);
      if (/^(?:with|on|to|in|for)$/i.test(toks[k - 1].lower)) break;
      if (PEOPLE.test(party) && /^\p{Ll}+$/u.test(toks[k].text) && knownVerb(lexicon, pastTense(toks[k].lower))) {
        return { verb: 'Partnered', object: `with ${party} to ${rest.slice(toks[k].start)}` };
      }
    }
  }
  if (/^worked (?:closely )?(?:with|alongside)$/.test(key)) {
    const on = /^(.+?)\s+(?:on|to|for)\s+(.+)$/i.exec(rest);
    return { verb: 'Partnered', object: on ? `with ${on[1]} on ${on[2]}` : `with ${rest}` };
  }
  const party = /^(?:helped|assisted|supported)$/.test(key) ? partyThen(rest) : undefined;
  if (party) return { verb: 'Partnered', object: `with ${party.party} on ${party.object}` };
  return { verb: 'Collaborated', object: `on ${rest.replace(/^(?:the work on|work on)\s+/i, '')}` };
}

/**
 * Whether `sentence` is a note of scale with no verb: "45 business users, 2 weeks." It belongs with the action
 * before it, not in a step of its own ("I negotiated 45 business users").
 */
export function isScaleNote(sentence: string, lexicon: Lexicon): boolean {
  const text = trimEnd(sentence.trim());
  // Each part a number and up to two words: "45 business users", "2 weeks", "~30%". Not "10% of users couldn't log in",
  // "1 site had to roll back".
  const parts = text.split(/\s*[,;]\s*/);
  if (!parts.length || !parts.every((p) => SCALE_PART.test(p))) return false;
  const toks = words(text, 24);
  return toks.length > 0 && !toks.some((w) => /^\p{Ll}+$/u.test(w.text) && knownVerb(lexicon, w.lower)) && !hasOwnVerb(toks);
}

/** One part of a note of scale: a number, its unit, and up to two words. */
const SCALE_PART = /^[~≈]?\d[\d,.]*\s?(?:%|[kKmM]\b)?(?:\s+[\p{L}-]+){0,2}$/u;

/** The scale notes among the sentences of an entry's what after its first: "45 business users, 2 weeks". */
export function scaleNotes(what: string, lexicon: Lexicon): string[] {
  return what
    .split(/(?<=[.;])\s+/)
    .slice(1)
    .filter((s) => isScaleNote(s, lexicon))
    .map((s) => trimEnd(s.trim()));
}

/**
 * Whether `source` states what happened with a verb of its own and names no action ("Escaped defects in Q2 were
 * 4"): no verb of the person's goes before it, and a story asks what they did.
 */
export function statesItself(source: string, lexicon: Lexicon): boolean {
  const toks = words(source, 24);
  const open = opening(source, lexicon, toks);
  return open?.kind === 'not-verb' && open.start === 0 && hasOwnVerb(toks);
}

/** Whether the words after the first hold the sentence's own "was", "were", "is" or "are", not a relative clause's ("Dashboard that was used by 40"). */
function hasOwnVerb(toks: readonly Word[]): boolean {
  for (let k = 1; k < toks.length && k < 10; k++) {
    const lower = toks[k].lower;
    if (/^(?:that|which|who|whom|whose|when|where|while|what|how|if|because|after|before|until)$/.test(lower)) return false;
    if (/^(?:was|were|is|are)$/.test(lower)) return true;
  }
  return false;
}

/** A clause after the head noun that names who or where: "... with the security team", "... for 3 sites". */
const PARTY_CLAUSE = /\s+(?:with|for|across|at|in|on|by|during|before|after|ahead of)\s.*$/is;

/** -ing words that name a thing or a field, not a piece of work one runs: "Funding for the cloud move", "Licensing". */
const ING_NOUNS = /^(?:funding|licensing|pricing|networking|building|housing|marketing|accounting|engineering|clothing|catering|parking|lighting|flooring|wiring|plumbing|banking|billing|hosting|staffing|budgeting)$/;

/** The first word of PARTY_CLAUSE. */
const PARTY_START = /^(?:with|for|across|at|in|on|by|during|before|after|ahead)$/;

/** Nouns of a one-off piece of work that a person runs. */
const EVENT = /(?<![\p{L}])(?:review|audit|test|assessment|workshop|survey|exercise|drill|pilot|trial|health ?check|tabletop)s?[.\s]*$/iu;

/** The opening verb (past tense, capitalised) and its object, from `source` (the entry's what or title). */
export function actionFrom(source: string, lexicon: Lexicon, teams: number, context = ''): Action {
  const toks = words(source, 24);
  const open = opening(source, lexicon, toks);
  // "Firewall rule review", "DR test": an event is run, whatever its subject suggests.
  // "Firewall rule review with the security team": the event is the head before the party.
  const fallback = (): string => (EVENT.test(source.replace(PARTY_CLAUSE, '')) ? 'Ran' : undefined) ?? cueVerbs(words(`${context} ${source}`), undefined, lexicon).find((v) => !/\s/.test(v)) ?? (teams >= 2 ? 'Coordinated' : 'Delivered');
  if (open?.kind === 'verb' && open.start === 0) {
    const verb = open.form === 'past' || !open.base ? open.verb : pastTense(open.base);
    return { verb: capitalize(verb), object: source.slice(open.end).trim() };
  }
  // "Load tested the API gateway": a kind of test before the verb is part of it (not "Maintained the load tested ...").
  if (open?.kind === 'verb' && open.form === 'past' && toks[0] && toks[1]?.start === open.start && /^ +$/.test(source.slice(toks[0].end, open.start)) && TEST_KINDS.has(toks[0].lower)) {
    return { verb: capitalize(source.slice(0, open.end)), object: source.slice(open.end).trim() };
  }
  // "Was on call when the core switch died": no action to name; the sentence stays as written (and the draft is not clean).
  if (open?.kind === 'not-verb' && open.start === 0 && /^(?:was|were|am|is|are)$/i.test(open.word)) {
    return { verb: open.word, object: source.slice(open.end).trim() };
  }
  // "Escaped defects in Q2 were 4 vs 11 in Q1": a statement with a verb of its own, no action; no verb goes before it.
  if (open?.kind === 'not-verb' && open.start === 0 && toks[0] && hasOwnVerb(toks)) {
    return { verb: source.slice(0, toks[0].end), object: source.slice(toks[0].end).trim() };
  }
  if (open?.kind === 'weak' && open.start === 0) {
    const derived = deriveVerb(source, toks, open, lexicon);
    if (derived) return { verb: capitalize(pastTense(derived.base)) + (derived.also ? ` ${derived.also.conjunction} ${pastTense(derived.also.base)}` : ''), object: source.slice(derived.end).trim() };
    const object = source.slice(open.end).trim();
    if (HELPING.has(open.key.toLowerCase()) && object) return helpingAction(open.key.toLowerCase(), object, lexicon);
    const rest = toks.filter((w) => w.start >= open.end);
    // The phrase's own verbs, not one made from the object's noun: "in charge of the DR test" -> "Led the DR test", not "Tested the DR test".
    const objectWords = new Set(rest.map((w) => w.lower));
    const ranked = rankReplacements(open.replacements, rest, 4, false, lexicon).find((verb) => !objectWords.has(baseOfPast(verb.toLowerCase()) ?? verb.toLowerCase()));
    return { verb: ranked ?? open.replacements[0] ?? fallback(), object };
  }
  // "Coordination of the cut-over" -> "Coordinated the cut-over".
  const head = toks[0];
  // "Got sign-off from the HR director" -> "Secured sign-off ...".
  if ((head?.lower === 'got' || head?.lower === 'gained' || head?.lower === 'obtained') && /^\s*(?:the\s+|an?\s+|their\s+)?(?:sign-?off|approval|buy-in|agreement|funding|budget|consensus|commitment|go-ahead)/i.test(source.slice(head.end))) {
    return { verb: 'Secured', object: source.slice(head.end).trim() };
  }
  const base = head && toks[1]?.lower === 'of' ? nominalBase(head.lower, lexicon) : undefined;
  if (base && toks[1]) return { verb: capitalize(pastTense(base)), object: source.slice(toks[1].end).trim() };
  const object = lowerFirst(source, lexicon);
  // "Onboarding for the new pen test", "Testing for the payroll release": a piece of work named by its -ing form is run;
  // a verb chosen from its words would repeat it or misread it ("Trained the onboarding", "Tested the testing").
  if (head && head.lower.endsWith('ing') && !ING_NOUNS.test(head.lower) && gerundBase(head.lower, (past) => knownVerb(lexicon, past)) && (!toks[1] || PARTY_START.test(toks[1].lower))) {
    return { verb: 'Ran', object: `the ${object}` };
  }
  return { verb: fallback(), object: /^(?:the|a|an|\d)/i.test(object) || /^\p{Lu}/u.test(object) ? object : `the ${object}` };
}

/** Whether `source` opens with a phrase of help or taking part ("Helped the storage team ...", "Assisted with ..."). */
export function opensWithHelp(source: string, lexicon: Lexicon): boolean {
  const open = opening(source, lexicon);
  return open?.kind === 'weak' && open.start === 0 && HELPING.has(open.key.toLowerCase());
}

/** The action of an entry: its what (or title), first person out. */
export function actionOf(facts: EntryFacts, lexicon: Lexicon, teams: number): Action {
  return actionFrom(impersonal(trimEnd(firstSentence(facts.what) || facts.title)), lexicon, teams, facts.title);
}
