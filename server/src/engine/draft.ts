// Drafting from the project log: a dated entry (what, with whom, timeline,
// result) becomes a resume bullet in the X-Y-Z shape ("Coordinated X across
// three teams over six weeks, raising Y from 62% to 97%") or a STAR story.
// Deterministic word work over the entry's own text: no model, no network.
// A drafted bullet is linted as a resume bullet before it is returned, and
// shorter variants are tried until one is clean.
import { defaultSettings, type Settings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { lint } from './lint';
import { deriveVerb, nominalBase, opening } from './opening';
import { durationOf, entryAt, firstSentence, hasQuantity, HEDGE, impersonal, lowerFirst, trimEnd, whoOf, type DraftOptions, type EntryFacts } from './draft-entry';
import { draftStar, starFindings } from './draft-star';
import { cueVerbs, rankReplacements } from './suggest';
import { baseOfPast, capitalize, gerund, pastTense } from './verbs';
import { words } from './words';

export { entryAt, entryFacts, entryInDocument, type DraftOptions, type EntryFacts } from './draft-entry';
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

interface Action {
  verb: string;
  object: string;
}

/** The opening verb (past tense, capitalised) and its object, from the entry's what (or title). */
export function actionOf(facts: EntryFacts, lexicon: Lexicon, teams: number): Action {
  const source = impersonal(trimEnd(firstSentence(facts.what) || facts.title));
  const toks = words(source, 24);
  const open = opening(source, lexicon, toks);
  const fallback = (): string => cueVerbs(words(`${facts.title} ${source}`)).find((v) => !/\s/.test(v)) ?? (teams >= 2 ? 'Coordinated' : 'Delivered');
  if (open?.kind === 'verb' && open.start === 0) {
    const verb = open.form === 'past' || !open.base ? open.verb : pastTense(open.base);
    return { verb: capitalize(verb), object: source.slice(open.end).trim() };
  }
  if (open?.kind === 'weak' && open.start === 0) {
    const derived = deriveVerb(source, toks, open, lexicon);
    if (derived) return { verb: capitalize(pastTense(derived.base)), object: source.slice(derived.end).trim() };
    const rest = toks.filter((w) => w.start >= open.end);
    const ranked = rankReplacements(open.replacements, rest, 1)[0];
    return { verb: ranked ?? fallback(), object: source.slice(open.end).trim() };
  }
  // "Coordination of the cut-over" -> "Coordinated the cut-over".
  const head = toks[0];
  const base = head && toks[1]?.lower === 'of' ? nominalBase(head.lower, lexicon) : undefined;
  if (base && toks[1]) return { verb: capitalize(pastTense(base)), object: source.slice(toks[1].end).trim() };
  const object = lowerFirst(source);
  return { verb: fallback(), object: /^(?:the|a|an|\d)/i.test(object) || /^\p{Lu}/u.test(object) ? object : `the ${object}` };
}

interface Clause {
  /** A participle clause ("raising patch compliance from 62% to 97%"), a phrase ("4 tickets against 40 forecast") or a sentence ("the scanners now drop 80% fewer connections"). */
  form: 'gerund' | 'phrase' | 'sentence';
  text: string;
}

/** Words that make a result clause a sentence of its own, which "with" cannot introduce. */
const FINITE = /(?<![\p{L}])(?:is|are|was|were|has|have|had|now|will|can|could|did|does|do|no longer)(?![\p{L}])/iu;
const MULTIPLIED = /^(.+?)\s+(halved|doubled|tripled|trebled|quadrupled)$/i;

const UP = /(?:went up|rose|increased|grew|improved|climbed|jumped|is up|was up|went)/;
const DOWN = /(?:went down|fell|dropped|decreased|declined|shrank|came down|is down|was down|reduced|halved)/;
/** Adverbs and phrases of change that sit between a subject and "from ... to ...". */
const CHANGE = new RegExp(`^(.+?)\\s+(?:${DOWN.source}|${UP.source}|changed|moved)\\s+((?:from|to|by)\\s.+)$`, 'i');

const amount = (text: string): number | undefined => {
  const match = /(\d[\d,]*(?:\.\d+)?)/.exec(text);
  return match ? Number(match[1].replace(/,/g, '')) : undefined;
};

/** One result clause in the X-Y-Z shape: "Patch compliance went from 62% to 97%" -> "raising patch compliance from 62% to 97%". */
export function resultClause(raw: string, lexicon: Lexicon): Clause {
  const text = impersonal(trimEnd(raw.replace(HEDGE, '')));
  const change = CHANGE.exec(text);
  if (change) {
    const [, subject, rest] = change;
    const verbWord = text.slice(subject.length, text.length - rest.length).trim().toLowerCase();
    const fromTo = /from\s+(.+?)\s+to\s+(.+)$/i.exec(rest);
    const from = fromTo ? amount(fromTo[1]) : undefined;
    const to = fromTo ? amount(fromTo[2]) : undefined;
    const down = from !== undefined && to !== undefined ? to < from : DOWN.test(verbWord);
    return { form: 'gerund', text: `${down ? 'cutting' : 'raising'} ${lowerFirst(subject)} ${rest}` };
  }
  // "First-week tickets halved" -> "halving first-week tickets": the multiplier is the number.
  const multiplied = MULTIPLIED.exec(text);
  if (multiplied) return { form: 'gerund', text: `${gerund(baseOfPast(multiplied[2].toLowerCase()) ?? multiplied[2].toLowerCase().replace(/d$/, ''))} ${lowerFirst(multiplied[1])}` };
  // "Patch compliance went up" (no amount): the direction, and the amount left to the writer.
  const bare = new RegExp(`^(.+?)\\s+(${DOWN.source}|${UP.source})$`, 'i').exec(text);
  if (bare) return { form: 'gerund', text: `${DOWN.test(bare[2].toLowerCase()) ? 'cutting' : 'raising'} ${lowerFirst(bare[1])}` };
  const toks = words(text, 12);
  // "1,200 mailboxes moved to Exchange Online" -> "moving 1,200 mailboxes to Exchange Online".
  const verbAt = toks.findIndex((w, i) => i > 0 && lexicon.actionVerbs.has(w.lower) && baseOfPast(w.lower) !== undefined);
  if (verbAt > 0 && /^[\d$€£¥₹]/.test(toks[0].text) && verbAt <= 4) {
    const verb = toks[verbAt];
    const subject = text.slice(0, toks[verbAt - 1].end);
    return { form: 'gerund', text: `${gerund(baseOfPast(verb.lower)!)} ${subject}${text.slice(verb.end)}` };
  }
  // "Cut ticket time from 9 hours to 3" -> "cutting ticket time from 9 hours to 3".
  const open = opening(text, lexicon, toks);
  if (open?.kind === 'verb' && open.start === 0 && open.base && open.form === 'past') return { form: 'gerund', text: `${gerund(open.base)}${text.slice(open.end)}` };
  return { form: FINITE.test(text) || /^(?:the|a|an|this|that|it|they)\s/i.test(text) ? 'sentence' : 'phrase', text: lowerFirst(text) };
}

/** Result clauses, the ones with numbers first, at most two. */
function resultClauses(result: string, lexicon: Lexicon, today: string): Clause[] {
  const pieces = result
    .split(/;\s+|\.\s+|\s+-\s+|\s+–\s+/)
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
  const [firstWho, secondWho] = who && who.teams >= 3 ? [who.counted, who.named] : [who?.named, who?.counted];
  const variants = [
    build(action.object, firstWho, true, clauses),
    build(action.object, secondWho, true, clauses),
    build(action.object, who?.counted, true, clauses.slice(0, 1)),
    build(objectShort, who?.counted, true, clauses.slice(0, 1)),
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
