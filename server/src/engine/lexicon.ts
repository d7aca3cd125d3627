// Word lists as data (./lexicon/*.json), adjusted by the user's `lexicon` config.
import actionVerbs from './lexicon/action-verbs.json';
import buzzwords from './lexicon/buzzwords.json';
import fillers from './lexicon/fillers.json';
import multipliers from './lexicon/multipliers.json';
import nonMetric from './lexicon/non-metric.json';
import numberWords from './lexicon/number-words.json';
import technologies from './lexicon/technologies.json';
import weakPhrases from './lexicon/weak-phrases.json';

export const LEXICON_NAMES = ['weakPhrases', 'actionVerbs', 'fillers', 'buzzwords', 'technologies', 'numberWords', 'multipliers', 'nonMetric'] as const;
export type LexiconName = (typeof LEXICON_NAMES)[number];

/** Per list: entries to add (for weakPhrases, phrase -> replacement verbs) and to remove. */
export type LexiconOverrides = Record<string, { add?: string[] | Record<string, string[]>; remove?: string[] }>;

export interface Lexicon {
  /** Lower-case weak phrase -> ranked replacement verbs; longest phrases first. */
  weakPhrases: Map<string, string[]>;
  /** Lower-case action verb -> category (lead, plan, deliver, ...). */
  actionVerbs: Map<string, string>;
  fillers: string[];
  buzzwords: string[];
  technologies: Set<string>;
  numberWords: Set<string>;
  multipliers: Set<string>;
  /** Lower-case names with digits that are not quantities ("windows 11"). */
  nonMetric: string[];
}

const cache = new Map<string, Lexicon>();

export function buildLexicon(overrides: LexiconOverrides = {}): Lexicon {
  const key = JSON.stringify(overrides);
  const cached = cache.get(key);
  if (cached) return cached;
  const lower = (list: string[]): string[] => list.map((s) => s.toLowerCase());
  const adjust = (name: LexiconName, base: string[]): string[] => {
    const change = overrides[name];
    if (!change) return lower(base);
    const removed = new Set(lower(change.remove ?? []));
    const added = Array.isArray(change.add) ? change.add : [];
    return [...new Set(lower([...base, ...added]))].filter((s) => !removed.has(s));
  };

  const weak = new Map<string, string[]>(Object.entries(weakPhrases as Record<string, string[]>));
  const weakChange = overrides.weakPhrases;
  if (weakChange?.add && !Array.isArray(weakChange.add)) for (const [phrase, verbs] of Object.entries(weakChange.add)) weak.set(phrase.toLowerCase(), verbs);
  for (const phrase of weakChange?.remove ?? []) weak.delete(phrase.toLowerCase());
  const sortedWeak = new Map([...weak.entries()].sort((a, b) => b[0].length - a[0].length));

  const verbs = new Map<string, string>();
  for (const [category, list] of Object.entries(actionVerbs as Record<string, string[]>)) for (const verb of list) if (!verbs.has(verb.toLowerCase())) verbs.set(verb.toLowerCase(), category);
  const verbChange = overrides.actionVerbs;
  if (Array.isArray(verbChange?.add)) for (const verb of verbChange.add) verbs.set(verb.toLowerCase(), 'custom');
  // A one-word phrase taken off the weak list ("used") is an opening the writer accepts: an action verb.
  for (const phrase of weakChange?.remove ?? []) if (/^\p{L}+$/u.test(phrase) && !verbs.has(phrase.toLowerCase())) verbs.set(phrase.toLowerCase(), 'custom');
  for (const verb of verbChange?.remove ?? []) verbs.delete(verb.toLowerCase());

  const lexicon: Lexicon = {
    weakPhrases: sortedWeak,
    actionVerbs: verbs,
    fillers: adjust('fillers', Object.keys(fillers.phrases)),
    buzzwords: adjust('buzzwords', Object.keys(buzzwords.phrases)),
    technologies: new Set(adjust('technologies', technologies)),
    numberWords: new Set(adjust('numberWords', numberWords)),
    multipliers: new Set(adjust('multipliers', multipliers)),
    nonMetric: adjust('nonMetric', nonMetric).sort((a, b) => b.length - a.length),
  };
  if (cache.size > 50) cache.clear();
  cache.set(key, lexicon);
  return lexicon;
}
