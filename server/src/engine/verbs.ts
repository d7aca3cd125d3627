// Verb morphology for recognising and rewriting bullet openings: "managing" ->
// "Managed", "Rebuilt" is a past tense, "Fast-tracked" is a verb, "operate" is the
// base of "operated". Irregular forms are data (./lexicon/irregular-verbs.json).
import irregularData from './lexicon/irregular-verbs.json';
import { UPPER_START } from './text';

const IRREGULAR = new Map<string, [string, string]>();
/** Irregular past or participle -> base ("built" -> "build"). */
const IRREGULAR_BASE = new Map<string, string>();
for (const [base, forms] of Object.entries(irregularData as Record<string, unknown>)) {
  if (!Array.isArray(forms)) continue;
  const [past, participle] = forms as [string, string];
  IRREGULAR.set(base, [past, participle]);
  if (!IRREGULAR_BASE.has(past)) IRREGULAR_BASE.set(past, base);
  if (!IRREGULAR_BASE.has(participle)) IRREGULAR_BASE.set(participle, base);
}

/** Prefixes that keep an irregular verb irregular: rebuild -> rebuilt, co-lead -> co-led. */
const PREFIX = /^(re|co|over|under|out|up|mis|pre|fore|with|cross|hand|double)(-?)(.+)$/;
/** Short bases that make nouns with a prefix (outlet, upset is listed): need the full word listed. */
const SHORT_BASES = new Set(['let', 'set', 'put', 'bid', 'cut', 'hit', 'fit', 'rid', 'sit', 'be', 'do', 'go', 'see', 'say', 'lay', 'pay', 'win', 'run', 'get']);

function prefixed(word: string): [string, string] | undefined {
  const match = PREFIX.exec(word);
  if (!match) return undefined;
  const rest = match[3];
  if (rest.length < 3 && !match[2]) return undefined;
  if (SHORT_BASES.has(rest) && !match[2] && !/^(re|co)$/.test(match[1])) return undefined;
  return [match[1] + match[2], rest];
}

/** Base of an irregular past or participle, prefixes included ("rebuilt" -> "rebuild"). */
export function irregularBase(word: string): string | undefined {
  const lower = word.toLowerCase();
  const direct = IRREGULAR_BASE.get(lower);
  if (direct) return direct;
  const split = prefixed(lower);
  if (!split) return undefined;
  const base = IRREGULAR_BASE.get(split[1]);
  return base ? split[0] + base : undefined;
}

export function isIrregularPast(word: string): boolean {
  const lower = word.toLowerCase();
  const base = irregularBase(lower);
  const forms = base ? irregularForms(base) : undefined;
  return forms !== undefined && forms[0] === lower;
}

/** An irregular past participle ("written", "built", "rebuilt"). */
export function isIrregularParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  const base = irregularBase(lower);
  const forms = base ? irregularForms(base) : undefined;
  return forms !== undefined && forms[1] === lower;
}

function irregularForms(base: string): [string, string] | undefined {
  const direct = IRREGULAR.get(base);
  if (direct) return direct;
  const match = PREFIX.exec(base);
  if (!match || match[3].length < 2) return undefined;
  const split = [match[1] + match[2], match[3]];
  const forms = IRREGULAR.get(split[1]);
  return forms ? [split[0] + forms[0], split[0] + forms[1]] : undefined;
}

export function isIrregularBase(word: string): boolean {
  return irregularForms(word.toLowerCase()) !== undefined;
}

/** Polysyllables stressed on the last syllable double their final consonant (committed, referred). */
const DOUBLES = /(?:^|-)(commit|submit|admit|permit|omit|emit|transmit|refer|prefer|confer|infer|defer|occur|incur|recur|deter|control|patrol|compel|propel|expel|repel|equip|regret|rebut|abet|enrol|instil|fulfil|distil|unplug|outstrip|kidnap|handicap|backlog|program|debug|unzip|embed|forget|begin|upset|offset|dispel|extol|acquit)$/;

function doublesFinal(base: string): boolean {
  if (DOUBLES.test(base)) return true;
  const core = base.includes('-') ? base.slice(base.lastIndexOf('-') + 1) : base;
  // One syllable ending consonant-vowel-consonant (plan, ship, scan), not w/x/y.
  return /^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$/.test(core) && !/^[^aeiouy]*[aeiou]{2}/.test(core);
}

const pastCache = new Map<string, string>();
const baseCache = new Map<string, string | undefined>();

/** Past tense of a base-form verb ("migrate" -> "migrated", "rebuild" -> "rebuilt"); memoised, verbs repeat across bullets. */
export function pastTense(base: string): string {
  let past = pastCache.get(base);
  if (past === undefined) {
    if (pastCache.size > 20000) pastCache.clear();
    pastCache.set(base, (past = inflectPast(base)));
  }
  return past;
}

function inflectPast(base: string): string {
  const lower = base.toLowerCase();
  const irregular = irregularForms(lower);
  if (irregular) return irregular[0];
  if (/ee$/.test(lower)) return `${lower}d`;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (/[^c]c$/.test(lower) && !/ic$/.test(lower)) return `${lower}ed`;
  if (/ic$/.test(lower) && lower.length <= 6) return `${lower}ked`; // panic -> panicked
  if (doublesFinal(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/** Past participle ("write" -> "written", "migrate" -> "migrated"). */
export function pastParticiple(base: string): string {
  const irregular = irregularForms(base.toLowerCase());
  return irregular ? irregular[1] : pastTense(base);
}

/** Present participle ("manage" -> "managing", "plan" -> "planning", "tie" -> "tying"). */
export function gerund(base: string): string {
  const lower = base.toLowerCase();
  if (lower === 'be') return 'being';
  if (/ie$/.test(lower)) return `${lower.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(lower) || /[^e]ue$/.test(lower)) return `${lower.slice(0, -1)}ing`;
  if (/ic$/.test(lower) && lower.length <= 6) return `${lower}king`;
  if (doublesFinal(lower) && !irregularForms(lower)?.[0].endsWith('ed')) return `${lower}${lower.slice(-1)}ing`;
  return `${lower}ing`;
}

/** Third person singular ("manage" -> "manages", "fix" -> "fixes", "copy" -> "copies"). */
export function thirdPerson(base: string): string {
  const lower = base.toLowerCase();
  if (lower === 'be') return 'is';
  if (lower === 'have') return 'has';
  if (/(s|x|z|ch|sh|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/**
 * Whether a stem left by removing -ed or -ing had a silent e ("manag" -> "manage",
 * "audit" -> "audit"): both re-inflect the same, so spelling patterns decide.
 */
export function needsE(stem: string): boolean {
  // Two vowels that are two sounds, or one that is long before an e: initiate, triage, evaluate, release, leave, achieve, receive, voice, cause, choose, require, guide, create.
  if (/(?:ia[tgcz]|ua[td]|eas|ais|eav|eiv|iev|iec|eiz|oic|ois|aus|ous|oos|eez|uir|uid|uis|creat)$/.test(stem)) return true;
  if (/[aeiou]{2}[^aeiouy]$/.test(stem) || /[aeiouy]$/.test(stem)) return false; // train, repair, deploy
  if (/^[^aeiouy]*[aeiouy][^aeiouywx]$/.test(stem.replace(/^.*-/, ''))) return true; // one syllable: scop(e), scal(e), vot(e)
  if (/([aeu]ng|rg|rc|ns|ps|rs|ls|rv|lv|dg|nc|[bcdfgkptz]l|th)$/.test(stem)) return true; // change, merge, enforce, license, enable
  if (/[^aeiou][^aeiouy]$/.test(stem)) return false; // test, install, design
  if (/(at|ut|ud|id|od|ad|ib|ov|iv|av|iz|is|ys|yz|os|as|ur|ir|ar|ag|ac|ic|uc|il|ul|ol|in|ik|ak|ok|ap|ot)$/.test(stem)) {
    if (/(focus|bias|pilot|pivot|plot|boycott|limit|credit|edit|audit|visit|exhibit|deposit|inherit|solicit|benefit|profit|open)$/.test(stem)) return false;
    return true;
  }
  if (/(plet|let|cret|et)$/.test(stem)) return /(plet|elet|cret)$/.test(stem); // complete, delete, secrete vs target
  if (/or$/.test(stem)) return !/(tor|sor|lor|ror|hor|nor|sponsor)$/.test(stem) || /(stor|scor|plor|gnor)$/.test(stem); // restore vs monitor
  return false;
}

/** Candidate bases of a regular -ed form, most likely first. */
function edBases(word: string): string[] {
  const stem = word.slice(0, -2);
  const candidates: string[] = [];
  if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
  if (/([bdgklmnprtvz])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  if (/ck$/.test(stem)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('e')) candidates.push(stem, word.slice(0, -1));
  else if (needsE(stem)) candidates.push(`${stem}e`, stem);
  else candidates.push(stem, `${stem}e`);
  return candidates;
}

/** Base form of a past tense ("managed" -> "manage", "led" -> "lead"), verified by re-inflecting; memoised. */
export function baseOfPast(past: string): string | undefined {
  if (baseCache.has(past)) return baseCache.get(past);
  if (baseCache.size > 20000) baseCache.clear();
  const base = findBaseOfPast(past);
  baseCache.set(past, base);
  return base;
}

function findBaseOfPast(past: string): string | undefined {
  const lower = past.toLowerCase();
  const irregular = irregularBase(lower);
  if (irregular && (irregularForms(irregular)?.[0] === lower || irregularForms(irregular)?.[1] === lower)) return irregular;
  if (!/ed$/.test(lower)) return undefined;
  if (/[^e]elled$/.test(lower)) return lower.slice(0, -3); // UK doubling: modelled, travelled, cancelled
  for (const candidate of edBases(lower)) if (pastTense(candidate) === lower) return candidate;
  return undefined;
}

/** Base form of an -ing word ("managing" -> "manage"), or undefined when no candidate is a known verb. */
export function gerundBase(word: string, isVerb: (past: string) => boolean): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z-]{2,}ing$/.test(lower)) return undefined;
  const stem = lower.slice(0, -3);
  const candidates = needsE(stem) ? [`${stem}e`, stem] : [stem, `${stem}e`];
  if (/([bdgklmnprtvz])\1$/.test(stem)) {
    // "running" -> run, "modelling" -> model; but "billing", "calling", "selling": a one-syllable word ends in "ll"
    // itself, and so does "install" (not the rare "instal").
    const undoubled = stem.slice(0, -1);
    if (/ll$/.test(stem) && ((undoubled.match(/[aeiouy]+/g) ?? []).length === 1 || stem === 'install')) candidates.push(undoubled);
    else candidates.unshift(undoubled);
  }
  if (/y$/.test(stem)) candidates.push(`${stem.slice(0, -1)}ie`);
  if (/ck$/.test(stem)) candidates.push(stem.slice(0, -1));
  for (const candidate of candidates) if (isVerb(pastOfGerund(candidate, lower)) || irregularForms(candidate)) return candidate;
  return undefined;
}

/** The past tense matching a gerund's spelling: "modelling" -> "modelled" (UK), "managing" -> "managed". */
export function pastOfGerund(base: string, gerundWord: string): string {
  const past = pastTense(base);
  if (/ll?ing$/.test(gerundWord) && /lling$/.test(gerundWord) && /[^l]led$/.test(past)) return `${past.slice(0, -3)}lled`;
  return past;
}

/** The base a word (past, present, third person, gerund) belongs to, when `isVerb` knows its past. */
export function baseOf(word: string, isVerb: (past: string) => boolean): { base: string; form: 'past' | 'present' | 'third' | 'gerund' } | undefined {
  const lower = word.toLowerCase();
  if (isVerb(lower)) {
    const base = baseOfPast(lower);
    if (base) return { base, form: 'past' };
  }
  if (lower.endsWith('ing')) {
    const base = gerundBase(lower, isVerb);
    if (base) return { base, form: 'gerund' };
  }
  if (isVerb(pastTense(lower)) || isIrregularBase(lower)) return { base: lower, form: 'present' };
  if (/s$/.test(lower) && lower.length > 3) {
    const stems = lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : lower.endsWith('es') ? [lower.slice(0, -2), lower.slice(0, -1)] : [lower.slice(0, -1)];
    for (const stem of stems) if (thirdPerson(stem) === lower && (isVerb(pastTense(stem)) || isIrregularBase(stem))) return { base: stem, form: 'third' };
  }
  return undefined;
}

export type VerbForm = 'past' | 'present' | 'third' | 'gerund';

/** Inflects a base into a form. */
export function inflect(base: string, form: VerbForm): string {
  switch (form) {
    case 'past':
      return pastTense(base);
    case 'present':
      return base;
    case 'third':
      return thirdPerson(base);
    case 'gerund':
      return gerund(base);
  }
}

/**
 * Rewrites a replacement written in the past tense ("Partnered with", "Led") into
 * `form`, keeping the words after the verb ("Partnering with").
 */
export function inflectPhrase(phrase: string, form: VerbForm): string {
  if (form === 'past') return phrase;
  const space = phrase.indexOf(' ');
  const head = space === -1 ? phrase : phrase.slice(0, space);
  const base = baseOfPast(head);
  if (!base) return phrase;
  const inflected = inflect(base, form);
  return (UPPER_START.test(head) ? capitalize(inflected) : inflected) + (space === -1 ? '' : phrase.slice(space));
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
