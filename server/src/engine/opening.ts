// How a resume bullet opens: a weak or duty phrase ("Responsible for", "Helping"),
// an action verb recognised by lexicon and by form (past, present, gerund,
// irregular, prefixed, hyphenated), or something that is not a verb (a noun
// phrase, a tool, a number, a claim). Lead-ins are looked through: an adverb
// ("Successfully delivered"), a time or role clause ("Over 18 months, led"), a
// label ("ERP rollout: led").
import type { Lexicon } from './lexicon';

export { words, type Word } from './words';
import nominalizationData from './lexicon/nominalizations.json';
import wordData from './lexicon/opening-words.json';
import { words, type Word } from './words';
import { LETTER_START, UPPER_START } from './text';
import { baseOf, baseOfPast, gerund, gerundBase, irregularBase, isIrregularBase, isIrregularParticiple, isIrregularPast, pastOfGerund, pastTense, thirdPerson, type VerbForm } from './verbs';

export type NotVerbType = 'number' | 'tool' | 'nominal' | 'claim' | 'role' | 'other';

export type Opening =
  | { kind: 'weak'; phrase: string; key: string; replacements: string[]; form: VerbForm; start: number; end: number }
  | { kind: 'verb'; verb: string; base?: string; form: VerbForm; category?: string; start: number; end: number }
  | { kind: 'not-verb'; word: string; type: NotVerbType; start: number; end: number };

// ---------------------------------------------------------------- word classes (data: ./lexicon/opening-words.json)

const BE = new Set<string>(wordData['be']);
const HAVE_BEEN = new Set<string>(wordData['have-been']);
const ADJ_HEADS = new Set<string>(wordData['adj-heads']);
const GUARD_STOP = new Set<string>(wordData['guard-stop']);
const OBJECT_START = new Set<string>(wordData['object-start']);
const ROLE_NOUNS = new Set<string>(wordData['role-nouns']);
const AMBIGUOUS_BASE = new Set<string>(wordData['ambiguous-base']);
const NOUN_GERUNDS = new Set<string>(wordData['noun-gerunds']);
const ED_ADJECTIVES = new Set<string>(wordData['ed-adjectives']);
const ED_NOUNS = new Set<string>(wordData['ed-nouns']);
const ADJ_PARTICIPLE = new Set<string>(wordData['adj-participle']);
const ADJ_PREFIX = new Set<string>(wordData['adj-prefix']);
const HYPHEN_VERBS = new Set<string>(wordData['hyphen-verbs']);
const UN_VERBS = new Set<string>(wordData['un-verbs']);
const NOT_ADVERBS = new Set<string>(wordData['not-adverbs']);
const LEAD_PREP = new Set<string>(wordData['lead-prep']);
const CLAIMS = new Set<string>(wordData['claims']);
const ROLE_OPENERS = new Set<string>(wordData['role-openers']);
const APPROX = new Set<string>(wordData['approx']);
const DETERMINERS = new Set<string>(wordData['determiners']);
/** Kinds of test written before "tested" ("Load tested", "Pen tested"): one verb with it. */
export const TEST_KINDS: ReadonlySet<string> = new Set<string>(wordData['test-kinds']);
const MANAGED_HEADS = new Set<string>(wordData['managed-heads']);
const MANAGED = /^(?:manag|own)(?:ed|e|s|ing)?$/;


// ---------------------------------------------------------------- per-lexicon data

interface WeakPattern {
  tokens: string[];
  key: string;
  replacements: string[];
  form: VerbForm;
  /** Present and third-person variants are nouns before some words ("Support for"). */
  guard: boolean;
}

interface Compiled {
  weak: Map<string, WeakPattern[]>;
  /** First lower-case word of a technology name -> the names' words. */
  tech: Map<string, string[][]>;
  isVerb: (past: string) => boolean;
}

const compiledCache = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const weak = new Map<string, WeakPattern[]>();
  // The first pattern of each wording wins; a set, not a scan of the list (8,000 added phrases with one first word took 47 s).
  const seen = new Set<string>();
  const add = (pattern: WeakPattern): void => {
    const wording = pattern.tokens.join(' ');
    if (seen.has(wording)) return;
    seen.add(wording);
    const first = pattern.tokens[0];
    const list = weak.get(first);
    if (list) list.push(pattern);
    else weak.set(first, [pattern]);
  };
  for (const [key, replacements] of lexicon.weakPhrases) {
    const tokens = key.split(/\s+/).filter(Boolean);
    if (!tokens.length) continue;
    add({ tokens, key, replacements, form: 'past', guard: false });
    const head = tokens[0];
    if (ADJ_HEADS.has(head) || BE.has(head)) continue;
    const base = isIrregularPast(head) ? irregularBase(head) : /ed$/.test(head) ? baseOfPast(head) : undefined;
    if (!base) continue;
    const rest = tokens.slice(1);
    add({ tokens: [gerund(base), ...rest], key, replacements, form: 'gerund', guard: false });
    add({ tokens: [base, ...rest], key, replacements, form: 'present', guard: true });
    add({ tokens: [thirdPerson(base), ...rest], key, replacements, form: 'third', guard: true });
  }
  for (const list of weak.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const tech = new Map<string, string[][]>();
  for (const name of lexicon.technologies) {
    const parts = words(name).map((w) => w.lower);
    if (!parts.length) continue;
    const list = tech.get(parts[0]) ?? [];
    list.push(parts);
    tech.set(parts[0], list);
  }
  const weakHeads = new Set<string>();
  for (const key of lexicon.weakPhrases.keys()) if (!key.includes(' ')) weakHeads.add(key);
  const isVerb = (past: string): boolean => lexicon.actionVerbs.has(past) && !weakHeads.has(past);
  const result = { weak, tech, isVerb };
  compiledCache.set(lexicon, result);
  return result;
}

/** True when `past` is an action verb the lexicon knows (not a weak one). */
export function knownVerb(lexicon: Lexicon, past: string): boolean {
  return compile(lexicon).isVerb(past.toLowerCase());
}

// ---------------------------------------------------------------- matching

const gapIsSpace = (plain: string, a: Word, b: Word): boolean => {
  for (let at = a.end; at < b.start; at++) {
    const ch = plain.charCodeAt(at);
    if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 160) return false;
  }
  return true;
};

const isAdverb = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower);

/** Matches pattern tokens from `at`; returns the index of the last matched word, or -1. */
function matchTokens(tokens: string[], toks: Word[], at: number, plain: string): number {
  let index = at;
  for (let k = 0; k < tokens.length; k++) {
    const want = tokens[k];
    if (want === '*') {
      // One or two words of any kind ("Provided 1st-line support").
      const next = tokens[k + 1];
      for (const skip of [1, 2]) {
        const target = index + skip;
        if (target >= toks.length || !gapIsSpace(plain, toks[target - 1], toks[target])) break;
        if (next === undefined || toks[target].lower === next) {
          const end = next === undefined ? target - 1 + 1 : matchTokens(tokens.slice(k + 1), toks, target, plain);
          if (end >= 0) return next === undefined ? target : end;
        }
      }
      return -1;
    }
    let word = toks[index];
    if (k > 0) {
      if (!word || !gapIsSpace(plain, toks[index - 1], word)) return -1;
      // One adverb may sit after the head: "Worked closely with".
      if (k === 1 && word.lower !== want && isAdverb(word.lower) && toks[index + 1] && gapIsSpace(plain, word, toks[index + 1])) {
        index++;
        word = toks[index];
      }
    }
    if (!word || word.lower !== want) return -1;
    if (k < tokens.length - 1) index++;
  }
  return index;
}

/** Weak phrases that, followed by "by", say who adopted the work ("used by 40+ teams"). */
const ADOPTED = new Set(['used', 'utilized', 'utilised']);

function matchWeak(plain: string, toks: Word[], at: number, compiled: Compiled): Extract<Opening, { kind: 'weak' }> | undefined {
  let from = at;
  if (BE.has(toks[at]?.lower ?? '')) from = at + 1;
  else if (HAVE_BEEN.has(toks[at]?.lower ?? '') && toks[at + 1]?.lower === 'been') from = at + 2;
  const starts = from === at ? [at] : [from, at];
  for (const start of starts) {
    const word = toks[start];
    if (!word) continue;
    for (const pattern of compiled.weak.get(word.lower) ?? []) {
      const last = matchTokens(pattern.tokens, toks, start, plain);
      if (last < 0) continue;
      if (pattern.guard) {
        const next = toks[last + 1];
        if (!next || GUARD_STOP.has(next.lower) || !gapIsSpace(plain, toks[last], next)) continue;
      }
      // "used by 40+ teams": who adopted the work, the passive of an outcome, not the duty "Used X".
      if (ADOPTED.has(pattern.key) && toks[last + 1]?.lower === 'by' && gapIsSpace(plain, toks[last], toks[last + 1])) continue;
      const begin = toks[at].start;
      // "Was supporting the client": the past, as "Supported" is ("Served the client", not "Serving").
      const form = pattern.form === 'gerund' && start > at && /^(?:was|were|been)$/.test(toks[start - 1].lower) ? 'past' : pattern.form;
      return { kind: 'weak', phrase: plain.slice(begin, toks[last].end), key: pattern.key, replacements: pattern.replacements, form, start: begin, end: toks[last].end };
    }
  }
  return undefined;
}

/** True when the word after a verb reads as its object: "the", "3", "AWS", "quarterly". */
export function objectStart(word: Word | undefined, lexicon: Lexicon, names = true): boolean {
  if (!word) return false;
  const lower = word.lower;
  if (/^[\d$€£¥₹~]/.test(word.text)) return true;
  if (OBJECT_START.has(lower) || lexicon.numberWords.has(lower)) return true;
  if (ROLE_NOUNS.has(lower)) return false;
  if (UPPER_START.test(word.text)) return names;
  return /(al|ive|ful|ous|ic|ible|able|ary|ly|wide|less)$/.test(lower) && lower.length > 4;
}


/** A determiner or a number: the strictest sign that the word before is a verb. */
export function determinerOrNumber(word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && (/^[\d$€£¥₹~]/.test(word.text) || DETERMINERS.has(word.lower) || lexicon.numberWords.has(word.lower));
}

/**
 * The end of a product name whose first word or words the lexicon knows (`end` from techAt),
 * taking in a product word, an acronym or a version right after it: "Aruba ClearPass",
 * "Windows 10", "Cisco ISE 3.1".
 */
export function productEnd(plain: string, toks: readonly Word[], end: number): number {
  let last = end;
  while (toks[last + 1] && plain.slice(toks[last].end, toks[last + 1].start) === ' ' && PRODUCT_WORD.test(toks[last + 1].text)) {
    // "Ansible 40 playbooks", "Access 20 systems": a count of what follows; "Python 3 scripts", "Excel 2016
    // macros": a version (one digit or a year).
    if (/^\d{2,3}$|^\d{5,}$/.test(toks[last + 1].text) && /^[a-z]{3,}s$/.test(toks[last + 2]?.text ?? '')) break;
    last++;
  }
  return last;
}
const PRODUCT_WORD = /^(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|\p{Lu}{2,6}\d*|v?\d+(?:\.\d+)*[a-z]?)$/u;

/** The technology name starting at word `at`, as [first, last] word indexes. */
export function techAt(toks: readonly Word[], at: number, lexicon: Lexicon): number | undefined {
  const candidates = compile(lexicon).tech.get(toks[at]?.lower ?? '');
  if (!candidates) return undefined;
  let best: number | undefined;
  for (const parts of candidates) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = toks[at + k]?.lower === parts[k];
    if (ok && (best === undefined || at + parts.length - 1 > best)) best = at + parts.length - 1;
  }
  return best;
}

/** Base of a noun that names an action ("coordination" -> "coordinate"), when the lexicon knows the verb. */
/** Nouns the suffix rules below would read as an action: "a passion for automation" is no "pass". */
const NOT_NOMINAL = new Set(['passion', 'passions']);

export function nominalBase(lower: string, lexicon: Lexicon): string | undefined {
  const data = nominalizationData as Record<string, string>;
  const listed = lower !== '$comment' && Object.hasOwn(data, lower) ? data[lower] : undefined;
  if (listed) return listed;
  if (NOT_NOMINAL.has(lower)) return undefined;
  const { isVerb } = compile(lexicon);
  const candidates: string[] = [];
  if (/ications?$/.test(lower)) candidates.push(lower.replace(/ications?$/, 'y'));
  if (/[iy]sations?$|[iy]zations?$/.test(lower)) candidates.push(lower.replace(/ations?$/, 'e'));
  if (/ations?$/.test(lower)) candidates.push(lower.replace(/ions?$/, 'e'), lower.replace(/ations?$/, ''), lower.replace(/ations?$/, 'e'));
  if (/ments?$/.test(lower)) candidates.push(lower.replace(/ments?$/, ''));
  if (/[^aeiou]ions?$/.test(lower)) candidates.push(lower.replace(/ions?$/, ''), lower.replace(/ions?$/, 'e'));
  if (/als?$/.test(lower)) candidates.push(lower.replace(/als?$/, 'e'), lower.replace(/als?$/, ''));
  for (const candidate of candidates) if (candidate.length > 2 && isVerb(pastTense(candidate))) return candidate;
  return undefined;
}

// ---------------------------------------------------------------- classification

function verbOpening(word: Word, base: string | undefined, form: VerbForm, lexicon: Lexicon): Opening {
  const past = base ? pastTense(base) : word.lower;
  return { kind: 'verb', verb: word.text, base, form, category: lexicon.actionVerbs.get(form === 'past' ? word.lower : past), start: word.start, end: word.end };
}

function notVerb(toks: Word[], at: number, lexicon: Lexicon): Opening {
  const word = toks[at];
  const lower = word.lower;
  let type: NotVerbType = 'other';
  // "2nd and 3rd line support", "1st-line support": a support tier, not a count.
  const tier = /^(?:1st|2nd|3rd|4th|first|second|third)(?:-line)?$/.test(lower) && (lower.endsWith('-line') || /^(?:line|and|or|\/)$/.test(toks[at + 1]?.lower ?? ''));
  if (tier) type = 'other';
  else if (/^\d/.test(word.text) || lexicon.numberWords.has(lower) || (APPROX.has(lower) && toks[at + 1] && (/^\d/.test(toks[at + 1].text) || lexicon.numberWords.has(toks[at + 1].lower)))) type = 'number';
  else if (techAt(toks, at, lexicon) !== undefined) type = 'tool';
  else if (nominalBase(lower, lexicon) || (toks[at + 1] && nominalBase(toks[at + 1].lower, lexicon) && !ROLE_NOUNS.has(toks[at + 1].lower))) type = 'nominal';
  else if (ROLE_OPENERS.has(lower) || ROLE_NOUNS.has(toks[at + 1]?.lower ?? '')) type = 'role';
  else if (CLAIMS.has(lower) || /^(over|more)$/.test(lower)) type = 'claim';
  // "I am the go-to person for ...", "I'm a strong communicator": what one is, said of oneself.
  else if (at > 0 && /^(?:am|was)$/.test(lower) && SUBJECT.test(toks[at - 1].text)) type = 'claim';
  return { kind: 'not-verb', word: word.text, type, start: word.start, end: word.end };
}

// Tests made for every bullet's opening, made once: a regular expression literal is a new object each time it is evaluated.
const ED_WORD = /^[a-z]+ed$/;
const ING_END = /ing$/;
const UNK_END = /(unk|ung)$/;
/** Irregular pasts that do not open an achievement ("Had", "Got", "Became"). */
const NOT_ACTION_PAST = /^(had|did|got|went|came|was|were|made|left|lost|felt|knew|thought|said|sat|fell|ate|drank|cost|fit|input|output|upset|burst|thrust|bet|let|quit|became|seemed|saw)$/;
const OVER_UNDER_ADJECTIVE = /^(overpriced|overdue|overqualified|overworked|underfunded|underused|underutilised|underutilized|understaffed|underpowered)$/;
const SHAPED_GERUND = /(iz|is|at|if)ing$/;
const SHAPED_VERB = /(ize|ise|ify|ate)s?$/;

/** Judges the single word at `at` (after any weak phrase was ruled out). */
function classify(toks: Word[], at: number, lexicon: Lexicon): Opening {
  const word = toks[at];
  const lower = word.lower;
  const next = toks[at + 1];
  const { isVerb } = compile(lexicon);
  if (!LETTER_START.test(word.text) || BE.has(lower) || HAVE_BEEN.has(lower)) return notVerb(toks, at, lexicon);

  if (lower.includes('-') && !lexicon.actionVerbs.has(lower)) {
    const dash = lower.lastIndexOf('-');
    const head = lower.slice(0, lower.indexOf('-'));
    const last = lower.slice(dash + 1);
    if (HYPHEN_VERBS.has(lower)) return verbOpening(word, baseOfPast(last) ? lower.slice(0, dash + 1) + baseOfPast(last) : undefined, 'past', lexicon);
    if (ADJ_PARTICIPLE.has(last) || ADJ_PREFIX.has(head)) return notVerb(toks, at, lexicon);
    if (isIrregularPast(last) || (ED_WORD.test(last) && last.length > 3 && !ED_NOUNS.has(last))) return verbOpening(word, undefined, 'past', lexicon);
    if (ING_END.test(last) && gerundBase(last, isVerb)) return verbOpening(word, undefined, 'gerund', lexicon);
    return notVerb(toks, at, lexicon);
  }

  if (lexicon.actionVerbs.has(lower)) {
    if (ED_ADJECTIVES.has(lower) && !objectStart(next, lexicon, false)) return notVerb(toks, at, lexicon);
    return verbOpening(word, baseOfPast(lower), 'past', lexicon);
  }
  if (UNK_END.test(lower) && isIrregularParticiple(lower)) return verbOpening(word, irregularBase(lower), 'past', lexicon); // "Shrunk" written as a past
  if (isIrregularPast(lower) && !NOT_ACTION_PAST.test(lower)) return verbOpening(word, irregularBase(lower), 'past', lexicon);
  if (ED_WORD.test(lower) && lower.length > 4 && !ED_NOUNS.has(lower)) {
    if (ED_ADJECTIVES.has(lower) && !objectStart(next, lexicon, false)) return notVerb(toks, at, lexicon);
    if (lower.startsWith('un') && !UN_VERBS.has(lower)) return notVerb(toks, at, lexicon);
    if (OVER_UNDER_ADJECTIVE.test(lower)) return notVerb(toks, at, lexicon);
    return verbOpening(word, baseOfPast(lower), 'past', lexicon);
  }
  if (lower.endsWith('ing') && lower.length > 5) {
    const base = gerundBase(lower, isVerb) ?? (SHAPED_GERUND.test(lower) ? lower.replace(/ing$/, 'e') : undefined);
    if (!base) return notVerb(toks, at, lexicon);
    if (next?.lower === 'of' || gerundsOf(toks, at + 1) || (NOUN_GERUNDS.has(lower) && !objectStart(next, lexicon) && !gerundsWithObject(toks, at + 1, lexicon))) return notVerb(toks, at, lexicon);
    return verbOpening(word, base, 'gerund', lexicon);
  }
  const known = baseOf(lower, isVerb);
  // Unknown words that look like verbs ("Operationalize", but also "Passionate"): only before a determiner or a number.
  const shaped = known ? undefined : SHAPED_VERB.test(lower) && lower.length > 5 ? { base: lower.replace(/s$/, ''), form: lower.endsWith('s') ? ('third' as const) : ('present' as const) } : undefined;
  const found = known ?? shaped;
  if (found && (found.form === 'present' || found.form === 'third')) {
    if (!next || next.lower === 'of' || next.lower === 'for' || next.lower === 'between' || next.lower === 'as') return notVerb(toks, at, lexicon);
    if (shaped && !determinerOrNumber(next, lexicon)) return notVerb(toks, at, lexicon);
    if (AMBIGUOUS_BASE.has(found.base) && (!objectStart(next, lexicon) || versionOf(toks, at + 1, lexicon))) return notVerb(toks, at, lexicon);
    return verbOpening(word, found.base, found.form, lexicon);
  }
  if (isIrregularBase(lower) && objectStart(next, lexicon) && !ROLE_NOUNS.has(lower)) return verbOpening(word, lower, 'present', lexicon);
  return notVerb(toks, at, lexicon);
}

/**
 * Whether the words from `at` join more -ing words to the one before and then "of": "Hiring [and onboarding of]
 * new engineers", "Patching[, testing and releasing of] ..." name duties, as "Hiring of" does.
 */
function gerundsOf(toks: readonly Word[], at: number): boolean {
  let joined = false;
  for (let k = at; k < toks.length && k < at + 8; k++) {
    const lower = toks[k].lower;
    if (lower === 'and' || lower === 'or') joined = true;
    else if (lower === 'of') return joined && toks[k - 1].lower.endsWith('ing');
    else if (!ING_END.test(lower)) return false;
  }
  return false;
}

/** Words after a version that make it the object of the verb before: a preposition or a conjunction. */
const VERSION_OBJECT_AFTER = /^(?:to|in|into|on|onto|across|for|from|at|with|within|by|over|and|or|via|using|through)$/;

/**
 * Whether the word at `at` is a version of the noun before it: "Release 4.2 sign-off", "Upgrade v3 plan". Not a
 * quantity: "Test 2.5 million records", "Migrate 1.5 TB".
 */
function versionOf(toks: readonly Word[], at: number, lexicon: Lexicon): boolean {
  const word = toks[at];
  if (!word || !/^(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)$/i.test(word.text)) return false;
  const after = toks[at + 1]?.lower;
  // "Release 4.2 to 300 users", "Upgrade 2.4 to 3.0 across 40 servers": the verb and its object; and alone, as before.
  return after !== undefined && !(lexicon.numberWords.has(after) || /^(?:[kmgt]b|tib|gib|k|m|bn|x|hours?|days?|weeks?|months?|years?|percent)$/.test(after) || VERSION_OBJECT_AFTER.test(after));
}

/** Whether the words from `at` join more -ing words to the one before, the last with its object: "Testing [and debugging the API]". */
function gerundsWithObject(toks: readonly Word[], at: number, lexicon: Lexicon): boolean {
  for (let k = at; k < toks.length && k < at + 8; k++) {
    const lower = toks[k].lower;
    if (lower === 'and' || lower === 'or') continue;
    if (k === at || !ING_END.test(lower)) return false;
    if (determinerOrNumber(toks[k + 1], lexicon)) return true;
  }
  return false;
}

/** Judges from word `at`: weak phrase, verb (looking through lead-ins) or not a verb. */
function judge(plain: string, toks: Word[], at: number, lexicon: Lexicon, nested: boolean): Opening {
  const compiled = compile(lexicon);
  const weak = matchWeak(plain, toks, at, compiled);
  if (weak) {
    if (!nested && weak.form === 'gerund') {
      const after = leadIn(plain, toks, at, lexicon, true);
      if (after?.kind === 'verb') return after;
    }
    return weak;
  }
  // "Projects: Responsible for ...": a word with a colon after it is a label, even one that can be a verb ("projects").
  if (!nested && plain.charCodeAt(toks[at].end) === 58 /* : */) {
    const led = leadIn(plain, toks, at, lexicon, false);
    if (led) return led;
    // "Outcome: the migration ...": a label, not the verb "outcome"; a past tense ("Delivered: ...") stays a verb.
    const label = classify(toks, at, lexicon);
    if (label.kind === 'verb' && label.form !== 'past') return notVerb(toks, at, lexicon);
  }
  const first = classify(toks, at, lexicon);
  if (first.kind === 'verb' || nested) {
    if (first.kind === 'not-verb' && isAdverb(toks[at].lower) && toks[at + 1]) {
      const after = judge(plain, toks, at + 1, lexicon, true);
      if (after.kind !== 'not-verb') return after;
    }
    return first;
  }
  const led = leadIn(plain, toks, at, lexicon, false);
  if (led) return led;
  if (isAdverb(toks[at].lower) && toks[at + 1]) {
    const after = judge(plain, toks, at + 1, lexicon, true);
    if (after.kind !== 'not-verb') return after;
  }
  return first;
}

/** "Maintainer", "Contributor", "Organiser": a person's part, named as the opening after a label. */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:er|or|ist)$/u;

/** "Over 18 months, led ...", "As scrum master, facilitated ...", "ERP rollout: led ...". */
function leadIn(plain: string, toks: Word[], at: number, lexicon: Lexicon, weakStart: boolean): Opening | undefined {
  const first = toks[at].lower;
  const limit = Math.min(toks.length - 1, at + 12);
  if (weakStart || LEAD_PREP.has(first) || /ing$/.test(first) || isAdverb(first) || /^\d/.test(first)) {
    for (let k = at + 1; k <= limit; k++) {
      const gap = plain.slice(toks[k - 1].end, toks[k].start);
      if (!gap.includes(',')) continue;
      let target = k;
      if (/^(i|we)$/.test(toks[k].lower) && toks[k + 1]) target++;
      const result = judge(plain, toks, target, lexicon, true);
      return result.kind === 'not-verb' ? undefined : result;
    }
  }
  if (weakStart) return undefined;
  // "ERP rollout (SAP S/4HANA): led ...", "PoC, 2023: evaluated ...": a label, brackets and commas
  // in it, then what was done; a weak phrase or a noun after it is judged there, not the label.
  for (let k = at + 1; k <= Math.min(limit, at + 7); k++) {
    const gap = plain.slice(toks[k - 1].end, toks[k].start);
    if (/[:–—]|\s-\s/.test(gap)) {
      const result = judge(plain, toks, k, lexicon, true);
      // A noun of a duty after a label is named ("Maintainer of"); other words are not ("Impact: the help desk ...": the label is).
      return result.kind === 'verb' || result.kind === 'weak' || (/:/.test(gap) && result.kind === 'not-verb' && /^\p{Lu}/u.test(result.word) && (result.type === 'role' || result.type === 'nominal' || AGENT_NOUN.test(result.word))) ? result : undefined;
    }
    if (/[;.]/.test(gap)) return undefined;
  }
  return undefined;
}

/** "I", "We" and their contractions ("I've", "I'm", "We're"): the subject a bullet leaves out (personal-pronoun). */
export const SUBJECT = /^(?:I|We)(?:['’](?:ve|m|d|ll|re))?$/;

/** How a bullet opens: a weak phrase, an action verb, or something that is not a verb. */
export function opening(plain: string, lexicon: Lexicon, toks: Word[] = words(plain, 24)): Opening | undefined {
  if (!toks.length) return undefined;
  let at = 0;
  // Looked through: personal-pronoun reports it ("I've led 3 releases" is judged by "led").
  if (SUBJECT.test(toks[0].text) && toks.length > 1) at = 1;
  // "Performance tested the platform", "Pen tested 12 apps": the verb is "tested".
  if (TEST_KINDS.has(toks[at].lower) && toks[at + 1]?.lower === 'tested' && /^ +$/.test(plain.slice(toks[at].end, toks[at + 1].start))) at++;
  // "Project managed the move", "Line managed 8 engineers": the verb is "managed" (not "Product owned by finance").
  else if (MANAGED_HEADS.has(toks[at].lower) && toks[at + 1] && MANAGED.test(toks[at + 1].lower) && toks[at + 2]?.lower !== 'by' && /^ +$/.test(plain.slice(toks[at].end, toks[at + 1].start))) at++;
  return judge(plain, toks, at, lexicon, false);
}

// ---------------------------------------------------------------- verbs inside weak phrases

/** Weak phrases that take a bare verb: "Helped migrate", "Helping test". */
const BARE_VERB_KEYS = new Set(['helped', 'helped to', 'assisted', 'helped out', 'tasked to']);

export interface Derived {
  /** The verb to open with, inflected like the weak phrase and cased like the bullet ("Managed", "Managed and mentored"). */
  verb: string;
  base: string;
  /** A second action joined by "and"/"or" ("Responsible for managing and mentoring" -> "mentor"). */
  also?: { base: string; conjunction: string };
  /** Plain offset where the phrase and the verbs it swallows end. */
  end: number;
}

/**
 * The action hidden in a weak phrase: "Responsible for managing X" -> "Managed X",
 * "Responsible for managing and mentoring X" -> "Managed and mentored X", "Helped
 * migrate" -> "Migrated", "Helping migrate" -> "Migrating". Undefined when the rewrite
 * would not be a grammatical bullet that opens with an action verb.
 */
export function deriveVerb(plain: string, toks: Word[], open: Opening, lexicon: Lexicon): Derived | undefined {
  if (open.kind !== 'weak') return undefined;
  const index = toks.findIndex((w) => w.start >= open.end);
  const next = toks[index];
  if (!next || !gapIsSpace(plain, toks[index - 1] ?? next, next) || plain.slice(open.end, next.start).trim() !== '') return undefined;
  const { isVerb } = compile(lexicon);
  const after = toks[index + 1];
  let base: string | undefined;
  let past: string | undefined;
  const gerundOf = gerundBase(next.lower, isVerb);
  if (gerundOf && (!AMBIGUOUS_GERUND_NOUN.has(next.lower) || objectStart(after, lexicon))) {
    base = gerundOf;
    past = pastOfGerund(base, next.lower);
  } else if (BARE_VERB_KEYS.has(open.key) && isVerb(pastTense(next.lower)) && (!AMBIGUOUS_BASE.has(next.lower) || objectStart(after, lexicon))) {
    base = next.lower;
    past = pastTense(base);
  }
  if (!base || !past) return undefined;
  // "Made onboarding faster", "Got testing moving": the -ing word is what was made so, not the action.
  if (CAUSATIVE_KEYS.has(open.key)) return undefined;
  const form: VerbForm = open.form;
  const inflect = (b: string, p: string): string => (form === 'past' ? p : form === 'gerund' ? gerund(b) : form === 'third' ? thirdPerson(b) : b);
  let verb = inflect(base, past);
  let last = next;
  let also: Derived['also'];
  // "managing and mentoring 4 engineers": both actions ("Managed and mentored"), not "Led managing and mentoring".
  const second = toks[index + 2];
  const secondBase = base === gerundOf && after && /^(and|or)$/.test(after.lower) && second && gapIsSpace(plain, next, after) && gapIsSpace(plain, after, second) ? gerundBase(second.lower, isVerb) : undefined;
  if (secondBase) {
    also = { base: secondBase, conjunction: after.lower };
    verb = `${verb} ${after.lower} ${inflect(secondBase, pastOfGerund(secondBase, second.lower))}`;
    last = second;
  }
  const following = toks[toks.indexOf(last) + 1];
  // "Handled patching for 400 servers", "Responsible for networking at 3 sites": a noun, not
  // an action ("Patched for 400 servers" is not English, "Networked at 3 sites" says another thing).
  if (last.lower.endsWith('ing') && NOUN_GERUNDS.has(last.lower) && following && NOUN_FOLLOWER.test(following.lower)) return undefined;
  // "Responsible for training of 20", "planning and delivery of": no clean rewrite.
  if (following && (/^(of|and|or|as|&|nor)$/.test(following.lower) || !gapIsSpace(plain, last, following))) return undefined;
  if (UPPER_START.test(open.phrase)) verb = verb.charAt(0).toUpperCase() + verb.slice(1);
  const rewritten = verb + plain.slice(last.end);
  const check = opening(rewritten, lexicon);
  if (check?.kind !== 'verb' || check.start !== 0) return undefined;
  return also ? { verb, base, also, end: last.end } : { verb, base, end: last.end };
}

/** Weak phrases that make something so rather than do it: no action to derive from what follows. */
const CAUSATIVE_KEYS = new Set(['made', 'make', 'makes', 'making', 'got', 'get', 'gets', 'getting', 'had']);

/** Prepositions after which an -ing word that is also a noun ("patching", "testing") is that noun. */
const NOUN_FOLLOWER = /^(?:for|at|across|on|in|within|throughout|over|under|with|via|during|from|among|between|per)$/;

/** -ing words that are nouns after a duty phrase ("Responsible for the training"): no rewrite. */
const AMBIGUOUS_GERUND_NOUN = new Set(['building', 'meeting', 'setting', 'training', 'reporting', 'landing', 'standing', 'opening', 'closing', 'ending', 'beginning', 'finding', 'understanding', 'offering', 'listing', 'timing', 'spending', 'following', 'something', 'everything', 'anything', 'nothing']);

/** True when `base` is a verb that is also a common noun ("support", "lead", "release"). */
export function ambiguousBase(base: string): boolean {
  return AMBIGUOUS_BASE.has(base);
}

const LIST_GAP = /^(?:\s*(?:,|\/|\+|&|and|or)\s*|\s+)$/;
/** A capital, digit or symbol: how a tool name looks ("Ansible", "M365", "C#"). */
const TOOLISH = /[\p{Lu}\d.#+]/u;

/** Index of the last word of a tool name at `at`, when it reads as a tool (capitalised or with digits/symbols). */
export function toolAt(plain: string, toks: readonly Word[], at: number, lexicon: Lexicon): number | undefined {
  const word = toks[at];
  if (!word) return undefined;
  const end = techAt(toks, at, lexicon);
  return end !== undefined && TOOLISH.test(word.text) ? productEnd(plain, toks, end) : undefined;
}

/**
 * A bullet that is only a list of tools ("Python, SQL, dbt, Airflow, Snowflake", "Jira and Confluence"): every part
 * between commas, slashes, "and" and "&" is one to three words of names, and most parts are tools the lexicon knows
 * (the others, "dbt", "Fivetran", are taken on trust). It belongs in a skills section. How many tools, or 0.
 */
export function onlyTools(plain: string, lexicon: Lexicon): number {
  const content = plain.replace(/[.;:]\s*$/, '').trim();
  if (!content || content.length > 200 || /[.;:!?()]/.test(content)) return 0;
  const parts = content.split(/\s*(?:,|\/|&|\+|\band\b|\bor\b)\s*/i).filter(Boolean);
  let known = 0;
  for (const part of parts) {
    const toks = words(part);
    if (!toks.length || toks.length > 3) return 0;
    // A lower-case word is a tool only when the lexicon knows it or it is short ("dbt", "git"): "Python scripts" and
    // "Azure DevOps pipelines" are things made with tools, and "Jira and Confluence for 3 teams" says more.
    if (toks.some((w, k) => /^[a-z]/.test(w.text) && techAt(toks, k, lexicon) === undefined && (w.text.length > 4 || knownVerb(lexicon, pastTense(w.lower))))) return 0;
    if (techAt(toks, 0, lexicon) !== undefined) known++;
  }
  return known >= 1 && known * 2 >= parts.length ? parts.length : 0;
}

/** Tools from `at` joined by commas, slashes and "and": [last word index, count]. */
export function toolList(plain: string, toks: readonly Word[], at: number, lexicon: Lexicon): [number, number] | undefined {
  let last = listedTool(plain, toks, at, lexicon);
  if (last === undefined) return undefined;
  let count = 1;
  for (;;) {
    let next = last + 1;
    if (toks[next] && /^(and|or)$/.test(toks[next].lower)) next++;
    const end = listedTool(plain, toks, next, lexicon);
    if (end === undefined || !toks[next] || !LIST_GAP.test(plain.slice(toks[last].end, toks[next].start).replace(/\b(and|or)\b/, ' '))) break;
    last = end;
    count++;
  }
  return [last, count];
}

/**
 * A tool in a list, with a capitalised word after it that a separator follows: "Azure Automation" in "PowerShell,
 * Azure Automation and Terraform" (the lexicon knows Azure). Not "Jira Tickets for ...": a list separator must follow.
 */
function listedTool(plain: string, toks: readonly Word[], at: number, lexicon: Lexicon): number | undefined {
  const end = toolAt(plain, toks, at, lexicon);
  if (end === undefined) return undefined;
  const word = toks[end + 1];
  const after = toks[end + 2];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || plain.slice(toks[end].end, word.start) !== ' ') return end;
  const gap = plain.slice(word.end, after ? after.start : plain.length);
  return /^\s*[,/;]/.test(gap) || (after && /^(and|or)$/.test(after.lower) && gap === ' ') ? end + 1 : end;
}

/** Determiners: after one, the next word is a noun ("The recruitment freeze"), not a verb (the helped party's, a duty's). */
export const DETERMINERS_BEFORE = /^(?:the|a|an|our|their|my|his|her|its|this|that|these|those|each|every|all)$/;

/**
 * A noun naming an action one to five words after the opening, with only its object
 * before it ("Test data preparation", "Windows 10 refresh" is no action noun) and a
 * preposition, punctuation or the end after it ("Test data preparation tool" is a tool).
 */
export function dutyNounAfter(plain: string, toks: readonly Word[], at: number, lexicon: Lexicon): { at: number; base: string; last: number } | undefined {
  for (let k = at + 1; k < Math.min(toks.length, at + 6); k++) {
    const gap = plain.slice(toks[k - 1].end, toks[k].start);
    if (gap !== ' ' && !(gap === '-' && /^\d/.test(toks[k].text))) return undefined;
    const word = toks[k];
    // "2010 to 2016": "to" only between two numbers.
    if (word.lower === 'to' && /^\d/.test(toks[k - 1].text) && /^\d/.test(toks[k + 1]?.text ?? '')) continue;
    if (DUTY_STOP.test(word.lower)) return undefined;
    const base = nominalBase(word.lower, lexicon);
    if (!base) continue;
    const next = toks[k + 1];
    const after = next ? plain.slice(word.end, next.start) : '';
    // "Sprint planning, reviews and retros": the first of a list of duties, not the one action.
    if (/^,\s*$/.test(after) && /^[\p{L}\s,-]{0,40}\band\b/u.test(plain.slice(next!.start, next!.start + 48))) return undefined;
    // Right after the opening word, a noun that only wraps the work may follow ("Server decommissioning
    // programme"); otherwise the noun must end the phrase: "Test data preparation tool" is a tool, and
    // "Data protection policies" are policies ("Protected policies" would be wrong).
    // "The recruitment freeze cut hiring costs": after a determiner the noun is the subject, not a duty.
    if (next && after === ' ' && !DUTY_STOP.test(next.lower) && (k > at + 1 || DETERMINERS_BEFORE.test(toks[at].lower) || !WORK_WRAPPER.test(next.lower))) return undefined;
    // `last`: the duty noun, or the noun that wraps the work after it ("Toil reduction initiatives").
    return { at: k, base, last: next && after === ' ' && WORK_WRAPPER.test(next.lower) ? k + 1 : k };
  }
  return undefined;
}

/** Nouns that name the work itself, not a thing it made: "Server decommissioning programme" is decommissioning servers. */
const WORK_WRAPPER = /^(?:programmes?|programs?|projects?|initiatives?|efforts?|work|workstreams?|exercises?|activit(?:y|ies)|tasks?|process(?:es)?|plans?|phases?|waves?|rounds?|cycles?|campaigns?)$/;

/** Words that end the object before a duty noun: prepositions, conjunctions, determiners. */
export const DUTY_STOP = /^(?:of|for|at|in|on|with|to|from|by|across|and|or|the|a|an|via|within|during|per|over|under|as|into)$/;
