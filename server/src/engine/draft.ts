// Drafting from the project log: a dated entry (what, with whom, timeline,
// result) becomes a resume bullet in the X-Y-Z shape ("Coordinated X across
// three teams over six weeks, raising Y from 62% to 97%") or a STAR story.
// Deterministic word work over the entry's own text: no model, no network.
// A drafted bullet is linted as a resume bullet before it is returned, and
// shorter variants are tried until one is clean.
import { defaultSettings, type Settings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { lint } from './lint';
import { opening } from './opening';
import { actionOf, durationOf, entryAt, hasQuantity, HEDGE, impersonal, scaleNotes, trimEnd, whoOf, type DraftOptions, type EntryFacts } from './draft-entry';
import { draftStar, starFindings } from './draft-star';
import { baseOfPast, gerund, irregularBase, isIrregularPast } from './verbs';
import { words } from './words';
import { lowerFirst } from './text';

export { actionOf, entryAt, entryFacts, entryInDocument, type DraftOptions, type EntryFacts } from './draft-entry';
export { draftStar, starFindings } from './draft-star';

export type DraftShape = 'bullet' | 'star';

export interface Draft {
  shape: DraftShape;
  /** The bullet text (no list marker) or the STAR story's Markdown. */
  draft: string;
  entryTitle: string;
  hasNumber: boolean;
  /** True when the draft lints clean as a resume bullet or STAR story. */
  clean: boolean;
}

/** Words a resume bullet may have (long-bullet's maxWords, from the settings). */
function maxWords(settings: Settings): number {
  const value = settings.rules['long-bullet']?.options.maxWords;
  return typeof value === 'number' ? value : 35;
}

// ---------------------------------------------------------------- the bullet's pieces

interface Clause {
  /** A participle clause ("raising patch compliance from 62% to 97%"), a phrase ("4 tickets against 40 forecast") or a sentence ("the scanners now drop 80% fewer connections"). */
  form: 'gerund' | 'phrase' | 'sentence';
  text: string;
}

/** Words that make a result clause a sentence of its own, which "with" cannot introduce. */
const FINITE = /(?<![\p{L}])(?:is|are|was|were|has|have|had|now|will|can|could|did|does|do|no longer)(?![\p{L}])/iu;
const MULTIPLIED = /^(.+?)\s+(halved|doubled|tripled|trebled|quadrupled)$/i;

const UP = /(?:went up|rose|increased|grew|climbed|jumped|is up|was up)/;
const DOWN = /(?:went down|fell|dropped|decreased|declined|shrank|came down|is down|was down|reduced|halved)/;
/** Verbs of change that give no direction: the numbers (or "improving") say which way. */
const NEUTRAL = /(?:improved|went|changed|moved|shifted)/;
/** Adverbs and phrases of change that sit between a subject and "from ... to ...". */
const CHANGE = new RegExp(`^(.+?)\\s+(${DOWN.source}|${UP.source}|${NEUTRAL.source})\\s+((?:from|to|by)\\s.+)$`, 'i');

/** Units an amount may carry, in a common base per kind: "4h" and "30m" compare as 240 and 30 minutes. */
const UNITS: Record<string, [kind: string, factor: number]> = {
  s: ['time', 1 / 60], sec: ['time', 1 / 60], secs: ['time', 1 / 60], second: ['time', 1 / 60], seconds: ['time', 1 / 60],
  m: ['time', 1], min: ['time', 1], mins: ['time', 1], minute: ['time', 1], minutes: ['time', 1],
  h: ['time', 60], hr: ['time', 60], hrs: ['time', 60], hour: ['time', 60], hours: ['time', 60],
  d: ['time', 1440], day: ['time', 1440], days: ['time', 1440], w: ['time', 10080], wk: ['time', 10080], wks: ['time', 10080], week: ['time', 10080], weeks: ['time', 10080],
  month: ['time', 43830], months: ['time', 43830], year: ['time', 525960], years: ['time', 525960],
  ms: ['time', 1 / 60000],
  kb: ['size', 1], mb: ['size', 1e3], gb: ['size', 1e6], tb: ['size', 1e9], pb: ['size', 1e12],
  k: ['count', 1e3], mn: ['count', 1e6], million: ['count', 1e6], bn: ['count', 1e9], billion: ['count', 1e9],
};

/** "4h" -> 4 hours; "$1.2m" -> 1.2 million; the unit's kind and the amount in its base. */
function amountOf(text: string): { value: number; kind?: string; unit?: string } | undefined {
  const match = /([$€£¥₹])?\s*(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[2].replace(/,/g, ''));
  const unit = match[3]?.toLowerCase();
  // "m" after a currency sign is millions; elsewhere minutes.
  const known = unit === 'm' && match[1] ? (['count', 1e6] as const) : unit ? UNITS[unit] : undefined;
  return known ? { value: value * known[1], kind: known[0], unit } : { value, unit };
}

/** Which way "from A to B" goes, when the amounts compare (same unit, or a unit on one side only). */
function direction(from: string, to: string): 'up' | 'down' | undefined {
  const a = amountOf(from);
  let b = amountOf(to);
  if (!a || !b) return undefined;
  if (a.kind && !b.unit) b = amountOf(`${to} ${a.unit}`) ?? b; // "from 9 hours to 3"
  const comparable = a.kind === b.kind && (a.kind !== undefined || a.unit === b.unit || !a.unit || !b.unit);
  if (!comparable || a.value === b.value) return undefined;
  return b.value < a.value ? 'down' : 'up';
}

/** Words a subject may be that make the clause a sentence ("both passed", "they now"). */
const SUBJECT = /^(?:both|all|each|everyone|everybody|none|most|they|it|he|she|nobody|users|staff)\s/i;
/** A past-tense verb followed by its object ("passed their AZ-104"): the clause has a finite verb. */
const hasFiniteVerb = (toks: { lower: string }[]): boolean =>
  toks.some((w, i) => i > 0 && !/^\d/.test(toks[i - 1].lower) && (isIrregularPast(w.lower) || (/ed$/.test(w.lower) && baseOfPast(w.lower) !== undefined)) && /^(?:their|the|a|an|its|his|her|every|all|\d.*)$/.test(toks[i + 1]?.lower ?? ''));

/** A "from" with text before it (and "down"/"up" before it), then what lies between it and " to ", and after. */
const FROM = /(?:\s+(?:down|up))?\s+from\s/gi;
const TO_REST = /\s*(.+?)\s+to\s+(.+)$/iy;

/**
 * `/^(.+?)(?:\s+(?:down|up))?\s+from\s+(.+?)\s+to\s+(.+)$/i.exec(text)` on one line of text (resultClause makes it
 * one), without its retries: that pattern tries every "from" against the rest of the text (a 50 KB Result of "rate
 * down from 9% " took 228 ms). Only the first "from" can match, as a later one has less text after it to find " to " in.
 */
function fromToOf(text: string): [string, string, string, string] | null {
  FROM.lastIndex = 1;
  const from = FROM.exec(text);
  if (!from) return null;
  TO_REST.lastIndex = from.index + from[0].length;
  const rest = TO_REST.exec(text);
  return rest ? [text, text.slice(0, from.index), rest[1], rest[2]] : null;
}

/** One result clause in the X-Y-Z shape: "Patch compliance went from 62% to 97%" -> "raising patch compliance from 62% to 97%". */
export function resultClause(raw: string, lexicon: Lexicon): Clause {
  // One line with single spaces, as the draft shows it; the patterns below then meet no runs of space to retry over.
  const text = impersonal(trimEnd(raw.replace(/\s+/g, ' ').replace(HEDGE, '')));
  const change = CHANGE.exec(text);
  if (change) {
    const [, subject, verbWord, rest] = change;
    const fromTo = /from\s+(.+?)\s+to\s+(.+)$/i.exec(rest);
    const way = fromTo ? direction(fromTo[1], fromTo[2]) : undefined;
    const verb = verbWord.toLowerCase();
    const said = DOWN.test(verb) ? 'down' : UP.test(verb) ? 'up' : undefined;
    // Numbers first, then the verb's own direction; "improved" keeps its word, "went" takes the reader along.
    const word = (way ?? said) === 'down' ? 'cutting' : (way ?? said) === 'up' ? 'raising' : /^improved$/.test(verb) ? 'improving' : 'taking';
    return { form: 'gerund', text: `${word} ${lowerFirst(subject, lexicon)} ${rest}` };
  }
  // "First-week tickets halved" -> "halving first-week tickets": the multiplier is the number.
  const multiplied = MULTIPLIED.exec(text);
  if (multiplied) return { form: 'gerund', text: `${gerund(baseOfPast(multiplied[2].toLowerCase()) ?? multiplied[2].toLowerCase().replace(/d$/, ''))} ${lowerFirst(multiplied[1], lexicon)}` };
  // "Patch compliance went up" (no amount): the direction, and the amount left to the writer.
  const bare = new RegExp(`^(.+?)\\s+(${DOWN.source}|${UP.source}|improved)$`, 'i').exec(text);
  if (bare) return { form: 'gerund', text: `${DOWN.test(bare[2].toLowerCase()) ? 'cutting' : UP.test(bare[2].toLowerCase()) ? 'raising' : 'improving'} ${lowerFirst(bare[1], lexicon)}` };
  // "Patch compliance from 62% to 97%" (no verb): the numbers say which way. Not "Reduced X from ..." (a verb first).
  // "Flaky rate down from 9% to 1.5%": the direction word goes with the verb ("cutting flaky rate from ...").
  const bareFromTo = fromToOf(text);
  const firstWord = /^[\p{L}-]+/u.exec(text)?.[0].toLowerCase() ?? '';
  if (bareFromTo && !lexicon.actionVerbs.has(firstWord) && baseOfPast(firstWord) === undefined && !firstWord.endsWith('ing') && !/\b(?:was|were|is|are|went|moved|changed)$/i.test(bareFromTo[1])) {
    const way = direction(bareFromTo[2], bareFromTo[3]);
    if (way) return { form: 'gerund', text: `${way === 'down' ? 'cutting' : 'raising'} ${lowerFirst(bareFromTo[1], lexicon)} from ${bareFromTo[2]} to ${bareFromTo[3]}` };
  }
  const toks = words(text, 12);
  // "1,200 mailboxes moved to Exchange Online" -> "moving 1,200 mailboxes to Exchange Online".
  const verbAt = toks.findIndex((w, i) => i > 0 && lexicon.actionVerbs.has(w.lower) && baseOfPast(w.lower) !== undefined);
  // Not across a verb or a conjunction: "22 were dead and deleted" is a sentence, not "deleting 22 were dead and".
  if (verbAt > 0 && /^[\d$€£¥₹]/.test(toks[0].text) && verbAt <= 4 && toks.slice(1, verbAt).every((w) => !/^(?:was|were|is|are|had|have|has|and|or|but|then)$/.test(w.lower))) {
    const verb = toks[verbAt];
    const subject = text.slice(0, toks[verbAt - 1].end);
    return { form: 'gerund', text: `${gerund(baseOfPast(verb.lower)!)} ${subject}${text.slice(verb.end)}` };
  }
  // "Cut ticket time from 9 hours to 3" -> "cutting ticket time from 9 hours to 3"; "cutting print costs by 20%" stays.
  const open = opening(text, lexicon, toks);
  if (open?.kind === 'verb' && open.start === 0 && open.base && open.form === 'past') return { form: 'gerund', text: `${gerund(open.base)}${text.slice(open.end)}` };
  if (open?.kind === 'verb' && open.start === 0 && open.form === 'gerund') return { form: 'gerund', text: text.charAt(0).toLowerCase() + text.slice(1) };
  // "Came in 5% under budget": a past verb with no subject becomes "coming in 5% under budget".
  const first = toks[0];
  const firstBase = first && /^\p{Lu}?\p{Ll}+$/u.test(first.text) ? (isIrregularPast(first.lower) ? irregularBase(first.lower) : baseOfPast(first.lower)) : undefined;
  if (first && first.start === 0 && firstBase && !/^(?:was|were|had|did)$/.test(first.lower)) return { form: 'gerund', text: `${gerund(firstBase)}${text.slice(first.end)}` };
  const sentence = FINITE.test(text) || /^(?:the|a|an|this|that|it|they)\s/i.test(text) || SUBJECT.test(text) || hasFiniteVerb(toks);
  return { form: sentence ? 'sentence' : 'phrase', text: lowerFirst(text, lexicon) };
}

/**
 * "Cut alert noise a lot, on-call pages went from 30 to 8": a change whose subject would run back over a comma
 * is a clause of its own, and so is what comes before the comma (not "cutting cut alert noise, on-call pages ...").
 */
function changeAfterComma(piece: string, lexicon: Lexicon): string[] {
  const change = CHANGE.exec(piece);
  const comma = change ? change[1].lastIndexOf(', ') : -1;
  if (comma <= 0) return [piece];
  // Only when what comes before the comma opens with a verb of its own ("Cut alert noise a lot"): "MTTR for P1, P2 and P3
  // incidents" and "Cost per seat, including support," are one subject.
  const before = piece.slice(0, comma);
  const open = opening(before, lexicon);
  return open?.kind === 'verb' && open.start === 0 && open.form === 'past' ? [before, piece.slice(comma + 2)] : [piece];
}

/** Result clauses, the ones with numbers first, at most two. */
function resultClauses(result: string, lexicon: Lexicon, today: string): Clause[] {
  const pieces = result
    .split(/;\s+|\.\s+|\s+-\s+|\s+–\s+/)
    .flatMap((p) => changeAfterComma(p, lexicon))
    .map((p) => trimEnd(p))
    .filter((p) => /\p{L}|\p{N}/u.test(p));
  const ranked = [...pieces.filter((p) => hasQuantity(p, lexicon, today)), ...pieces.filter((p) => !hasQuantity(p, lexicon, today))];
  return ranked.slice(0, 2).map((p) => resultClause(p, lexicon));
}

/** Joins clauses after the action: ", raising X and cutting Y", ", with X and Y", or "; the Z now ...". */
function joinClauses(clauses: Clause[]): string {
  if (!clauses.length) return '';
  const [first, second] = clauses;
  let text = first.form === 'gerund' ? `, ${first.text}` : first.form === 'phrase' ? `, with ${first.text}` : `; ${first.text}`;
  if (second) {
    if (second.form === 'sentence') text += `; ${second.text}`;
    else if (second.form === 'gerund') text += ` and ${second.text}`;
    else text += first.form === 'gerund' ? ` with ${second.text}` : ` and ${second.text}`;
  }
  return text;
}

/** The placeholder a bullet gets when the entry gave no number: resume rules skip it, placeholder-left asks for it. */
export const RESULT_PLACEHOLDER = '[how much: from N to N]';

// ---------------------------------------------------------------- the bullet

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Candidate bullets, fullest first; each later one drops detail a reader can live without. */
export function bulletCandidates(facts: EntryFacts, lexicon: Lexicon, today: string, limit = 35): string[] {
  const who = whoOf(facts.who);
  const action = actionOf(facts, lexicon, who?.teams ?? 0);
  const duration = /(?<![\p{L}])(?:over|for|in|within|during)\s+\S+\s+(?:hours?|days?|weeks?|months?|sprints?|quarters?|years?)/iu.test(action.object) ? undefined : durationOf(facts.timeline, today);
  const clauses = resultClauses(facts.result, lexicon, today);
  const numbered = facts.hasNumber;
  const tail = (list: Clause[]): string => {
    if (numbered || !list.length) return joinClauses(list) + (numbered ? '' : list.length ? ` ${RESULT_PLACEHOLDER}` : `, ${RESULT_PLACEHOLDER}`);
    // No number in the result: keep its direction and leave the amount to the writer.
    return `${joinClauses(list.slice(0, 1))} ${RESULT_PLACEHOLDER}`;
  };
  const objectShort = firstClause(action.object);
  const build = (object: string, whoText: string | undefined, over: boolean, list: Clause[]): string =>
    [`${action.verb}${object ? ` ${object}` : ''}`, whoText ?? '', over && duration ? `over ${duration}` : ''].filter(Boolean).join(' ') + tail(list);
  // Three or more parties read better counted ("across three teams"), and the count is a number too.
  // "Partnered with the Linux team to patch the estate": the action names the party already, not again "with the Linux team".
  const named = who && action.object.toLowerCase().includes(who.named.replace(/^with\s+/i, '').toLowerCase()) ? undefined : who;
  const [firstWho, secondWho] = named && named.teams >= 3 ? [named.counted, named.named] : [named?.named, named?.counted];
  // "Coordinated UAT ... 45 business users, 2 weeks.": the scale goes with the action, while the bullet has room.
  const scale = scaleNotes(facts.what, lexicon).join('; ');
  const scaled = scale ? `${action.object} (${scale})` : undefined;
  const variants = [
    ...(scaled ? [build(scaled, firstWho, true, clauses), build(scaled, named?.counted, true, clauses.slice(0, 1))] : []),
    build(action.object, firstWho, true, clauses),
    build(action.object, secondWho, true, clauses),
    build(action.object, named?.counted, true, clauses.slice(0, 1)),
    build(objectShort, named?.counted, true, clauses.slice(0, 1)),
    build(objectShort, undefined, true, clauses.slice(0, 1)),
    build(objectShort, undefined, !clauses.length, clauses.slice(0, 1)),
  ];
  const unique = [...new Set(variants.map((v) => v.replace(/\s+/g, ' ').trim()))];
  const fitting = unique.filter((v) => countWords(v) <= limit);
  return fitting.length ? fitting : [cutWords(unique[unique.length - 1], limit)];
}

/** The object up to its first comma or "to"-clause of purpose: the part a reader needs. */
function firstClause(object: string): string {
  return trimEnd(object.split(/,\s|\s(?:so that|in order to|because|which|while)\s/)[0]);
}

function cutWords(text: string, limit: number): string {
  return text.split(/\s+/).slice(0, limit).join(' ').replace(/[,;:]$/, '');
}

/** The resume a drafted bullet is checked in: a summary, one role, the bullet. */
function resumeWith(bullet: string): { text: string; start: number } {
  const head = '---\nimpact-lint: resume\n---\n\n# Draft\n\n## Summary\n\nIT engineer moving into project management, with eight years of delivery work.\n\n## Experience\n\n### Systems Administrator, Example Ltd (2020 – present)\n\n- ';
  return { text: `${head}${bullet}\n`, start: head.length };
}

/** Findings a resume gives the bullet (all resume rules, the user's settings). */
export function bulletFindings(bullet: string, options: DraftOptions): { ruleId: string; message: string }[] {
  const { text, start } = resumeWith(bullet);
  const result = lint(text, { settings: options.settings, today: options.today });
  return result.findings.filter((f) => f.span.end > start).map((f) => ({ ruleId: f.ruleId, message: f.message }));
}

/** The resume bullet for an entry: the fullest candidate that lints clean, else the fullest. */
export function draftBullet(facts: EntryFacts, options: DraftOptions): { text: string; clean: boolean } {
  const settings = options.settings ?? defaultSettings();
  const lexicon = buildLexicon(settings.lexicon);
  const candidates = bulletCandidates(facts, lexicon, options.today, maxWords(settings));
  for (const candidate of candidates) if (!bulletFindings(candidate, options).length) return { text: candidate, clean: true };
  return { text: candidates[0], clean: false };
}

/** The draft for the entry at `offset` in a project log, or undefined when no entry is there. */
export function draftFromLog(text: string, offset: number, shape: DraftShape, options: DraftOptions): Draft | undefined {
  const facts = entryAt(text, offset, options);
  if (!facts) return undefined;
  if (shape === 'star') {
    const draft = draftStar(facts, options);
    return { shape, draft, entryTitle: facts.title, hasNumber: facts.hasNumber, clean: starFindings(draft, options).length === 0 };
  }
  const bullet = draftBullet(facts, options);
  return { shape, draft: bullet.text, entryTitle: facts.title, hasNumber: facts.hasNumber, clean: bullet.clean };
}
