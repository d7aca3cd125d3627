// Resume structure shared by the resume rules: which list items are experience
// bullets, and how a bullet opens.
import type { InlineText } from './inline';
import type { Lexicon } from './lexicon';
import { sectionPath, type DocumentModel, type ListItem } from './model';

const EXPERIENCE = /\b(experience|employment|work history|career|professional history|positions?|roles?|projects?|accomplishments|achievements|volunteer(ing)?|leadership|selected work)\b/i;
const NOT_EXPERIENCE = /\b(education|skills?|competenc(y|ies)|contact|certifications?|certificates?|training|courses?|references?|interests|hobbies|languages?|awards?|publications?|links?|tools|technologies|tech stack|summary|profile|objective|about)\b/i;

export interface Bullet {
  item: ListItem;
  text: InlineText;
  /** Plain text, as rules read it. */
  plain: string;
  /** How it opens (computed once, shared by the rules). */
  opening: Opening | undefined;
}

const cache = new WeakMap<DocumentModel, Bullet[]>();

/** List items under experience-like sections with some text of their own. */
export function resumeBullets(doc: DocumentModel, lexicon: Lexicon): Bullet[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const anyExperience = doc.headings.some((h) => EXPERIENCE.test(h.title) && !NOT_EXPERIENCE.test(h.title));
  const bullets: Bullet[] = [];
  for (const item of doc.items) {
    if (item.segments.length === 0 || item.task) continue;
    if (!inExperience(item, anyExperience)) continue;
    const text = item.text;
    if (!/[A-Za-z]/.test(text.plain)) continue;
    bullets.push({ item, text, plain: text.plain, opening: opening(text.plain, lexicon) });
  }
  cache.set(doc, bullets);
  return bullets;
}

function inExperience(item: ListItem, anyExperience: boolean): boolean {
  for (const section of sectionPath(item.section)) {
    const title = section.heading?.title;
    if (!title) continue;
    if (NOT_EXPERIENCE.test(title) && !EXPERIENCE.test(title)) return false;
    if (EXPERIENCE.test(title)) return true;
  }
  // Role headings with no "Experience" heading above them: treat sections with a heading as roles.
  return !anyExperience && item.section.heading !== undefined;
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-/+#&]*/gu;

export function words(plain: string, limit = Infinity): Word[] {
  const result: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(plain); match && result.length < limit; match = WORD.exec(plain)) {
    let text = match[0];
    while (/[.\-/'’]$/.test(text)) text = text.slice(0, -1);
    result.push({ text, lower: text.toLowerCase(), start: match.index, end: match.index + text.length });
  }
  return result;
}

/** The weak phrase the text opens with, longest first, as [phrase, replacements]. */
export function weakPhraseAt(plain: string, lexicon: Lexicon): [string, string[]] | undefined {
  const lower = plain.slice(0, 48).toLowerCase();
  for (const [phrase, replacements] of lexicon.weakPhrases) {
    if (lower.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(lower.charAt(phrase.length))) return [phrase, replacements];
  }
  return undefined;
}

/** Words that end in -ed but are not verbs when they open a bullet. */
const ED_NOUNS = new Set(['red', 'bed', 'need', 'speed', 'seed', 'feed', 'shed', 'breed', 'greed', 'hundred', 'kindred', 'sled', 'fled', 'bred', 'wed', 'shred', 'weed', 'reed', 'deed', 'creed', 'embed', 'ed', 'med', 'ted', 'fred', 'ned', 'bobsled', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'skilled', 'experienced', 'dedicated', 'talented', 'seasoned', 'accomplished', 'certified', 'motivated', 'detailed', 'advanced', 'varied', 'limited', 'assorted', 'automated', 'distributed', 'managed', 'hybrid', 'cloud-based', 'web-based']);
/** Adjectives above that are still verbs when followed by an object ("Automated 40 reports"). */
const ED_ADJECTIVE_BUT_VERB = new Set(['automated', 'distributed', 'managed', 'certified', 'detailed', 'advanced', 'dedicated', 'learned', 'accomplished', 'experienced', 'motivated', 'varied', 'limited']);
const IRREGULAR_PAST = new Set(['led', 'built', 'ran', 'drove', 'grew', 'cut', 'won', 'set', 'spun', 'wrote', 'rewrote', 'oversaw', 'took', 'made', 'brought', 'taught', 'sought', 'bought', 'fought', 'thought', 'began', 'became', 'kept', 'met', 'sent', 'spent', 'split', 'shut', 'stood', 'held', 'gave', 'found', 'rebuilt', 'overcame', 'undertook', 'forecast', 'broadcast', 'upheld', 'withheld', 'bid', 'beat', 'chose', 'drew', 'flew', 'got', 'hit', 'laid', 'lent', 'let', 'lit', 'put', 'read', 'rode', 'rose', 'saw', 'shook', 'shot', 'slid', 'sold', 'sped', 'spoke', 'stole', 'struck', 'swept', 'swung', 'threw', 'told', 'tore', 'understood', 'woke', 'wove', 'outran', 'outgrew', 'outsold', 'overran', 'oversold', 'overthrew', 'reran', 'resold', 'retold', 'sunset', 'reset', 'offset', 'upset', 'input', 'output', 'recast', 'rewound', 'wound', 'dug', 'hung', 'strung', 'sprang', 'sank', 'spun', 'clung', 'stuck']);
/** Present-tense verbs that open current-role bullets. */
const PRESENT = /^(lead|manage|run|own|direct|oversee|drive|coordinate|deliver|build|design|plan|mentor|coach|chair|maintain|administer|support|handle)s?$/;

export type Opening =
  | { kind: 'weak'; phrase: string; replacements: string[]; length: number }
  | { kind: 'verb'; verb: string; category?: string }
  | { kind: 'not-verb'; word: string };

/** How a bullet opens: a weak phrase, an action verb, or something that is not a verb. */
export function opening(plain: string, lexicon: Lexicon): Opening | undefined {
  const text = plain.replace(/^[\s"'“‘(]+/, '');
  const offset = plain.length - text.length;
  const weak = weakPhraseAt(text, lexicon);
  if (weak) return { kind: 'weak', phrase: weak[0], replacements: weak[1], length: offset + weak[0].length };
  const list = words(text, 3);
  const first = list[0];
  if (!first) return undefined;
  if (!/^\p{L}/u.test(first.text)) return { kind: 'not-verb', word: first.text };
  const lower = first.lower;
  const category = lexicon.actionVerbs.get(lower);
  if (category) return { kind: 'verb', verb: first.text, category };
  if (isVerbForm(lower, list[1]?.lower)) return { kind: 'verb', verb: first.text };
  return { kind: 'not-verb', word: first.text };
}

function isVerbForm(word: string, next: string | undefined): boolean {
  if (IRREGULAR_PAST.has(word) || PRESENT.test(word)) return true;
  const base = word.replace(/^(re|co|de|pre|un|over|under|out|up|cross|fast|auto)-?/, '');
  if (IRREGULAR_PAST.has(base)) return true;
  if (/^[a-z][a-z-]*[a-z]ed$/.test(word) && word.length > 4) {
    if (!ED_NOUNS.has(word)) return true;
    return ED_ADJECTIVE_BUT_VERB.has(word) && next !== undefined && !/^(and|or|with|in|at|to|for|professional|engineer|manager|specialist|team|lead)$/.test(next);
  }
  // Present participle openings for current roles: "Leading", "Managing".
  if (/^[a-z]{3,}ing$/.test(word) && PRESENT.test(word.replace(/ing$/, '').replace(/(un|ag|at)$/, '$1e'))) return true;
  if (/^[a-z]{4,}ing$/.test(word)) return !/^(monitoring|testing|coordination|training|reporting|planning|networking|engineering|marketing|accounting|onboarding|scheduling|budgeting|troubleshooting|ticketing|patching|logging|hosting|computing|scripting|programming|building|everything|nothing|something|anything)$/.test(word);
  return false;
}
