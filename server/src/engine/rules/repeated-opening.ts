// repeated-opening: the same opening verb more than twice in one role reads as a
// list of duties; varied verbs show range. Alternatives come from the verb's
// category in the action-verb lexicon, ranked by what the bullet is about.
import type { Lexicon } from '../lexicon';
import synonymData from '../lexicon/verb-synonyms.json';
import { cueVerbs } from '../suggest';
import { casedLike, isClean, rangeOf, resumeBullets, roleIsOver, type Bullet } from '../resume';
import type { Report, Rule, Suggestion } from '../types';
import { inflectPhrase, pastTense } from '../verbs';

/** Verbs that need a particle or a preposition ("Rolled out", "Partnered with"): not drop-in alternatives. */
const NOT_DROP_IN = new Set(['rolled', 'stood', 'spun', 'set', 'backed', 'turned', 'brought', 'kicked', 'took', 'signed', 'broke', 'partnered', 'collaborated', 'liaised', 'advocated', 'consulted', 'reported', 'lifted', 'wrapped', 'clawed', 'failed', 'failed-over', 'presided', 'complied', 'spoke', 'decided', 'interfaced', 'cooperated', 'united', 'rallied', 'lobbied', 'responded', 'experimented', 'paged', 'alerted', 'cut', 'won', 'grew', 'sped', 'paused', 'stopped', 'halted', 'froze', 'celebrated', 'welcomed', 'cleared', 'burned', 'pushed', 'opened', 'hosted', 'closed', 'landed', 'hit', 'beat', 'topped', 'kept', 'held', 'met', 'ran', 'drove', 'sold', 'bid']);
const PER_CATEGORY = new WeakMap<Lexicon, Map<string, string[]>>();

function categories(lexicon: Lexicon): Map<string, string[]> {
  let map = PER_CATEGORY.get(lexicon);
  if (map) return map;
  map = new Map();
  for (const [verb, category] of lexicon.actionVerbs) {
    if (NOT_DROP_IN.has(verb) || verb.includes('-')) continue;
    const list = map.get(category) ?? [];
    list.push(verb);
    map.set(category, list);
  }
  PER_CATEGORY.set(lexicon, map);
  return map;
}

export const repeatedOpening: Rule = {
  meta: {
    id: 'repeated-opening',
    description: 'Bullets in one role do not open with the same verb more than twice.',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    options: {},
  },
  check({ doc, lexicon, today, report }) {
    const byRole = new Map<object, Map<string, Bullet[]>>();
    for (const bullet of resumeBullets(doc, lexicon)) {
      const open = bullet.opening;
      if (open?.kind !== 'verb') continue;
      const key = open.base ?? open.verb.toLowerCase();
      const verbs = byRole.get(bullet.role) ?? new Map<string, Bullet[]>();
      byRole.set(bullet.role, verbs);
      const list = verbs.get(key) ?? [];
      list.push(bullet);
      verbs.set(key, list);
    }
    for (const verbs of byRole.values()) {
      const used = new Set<string>();
      for (const list of verbs.values()) for (const bullet of list) if (bullet.opening?.kind === 'verb') used.add(bullet.opening.verb.toLowerCase());
      for (const list of verbs.values()) {
        if (list.length <= 2) continue;
        list.slice(2).forEach((bullet, index) => report(findingFor(doc.source, bullet, list.length, index + 3, used, lexicon, roleIsOver(bullet.ended, today))));
      }
    }
  },
};

function findingFor(source: string, bullet: Bullet, count: number, nth: number, used: Set<string>, lexicon: Lexicon, over: boolean): Report {
  const open = bullet.opening as Extract<Bullet['opening'], { kind: 'verb' }>;
  // In a role that is over, the alternatives are in the past, as weak-opening asks ("Managing" -> "Led", not "Leading").
  const form = over ? 'past' : open.form;
  const verb = open.verb;
  const span = bullet.text.span(open.start, open.end);
  // Drop-in synonyms first (same kind of object), then verbs the bullet's words suggest, then the verb's category.
  const past = open.base ? pastTense(open.base) : verb.toLowerCase();
  const synonyms = ((synonymData as Record<string, string[] | string>)[past] as string[] | undefined) ?? [];
  const cues = cueVerbs(bullet.words, undefined, lexicon);
  const category = lexicon.actionVerbs.get(past) ?? open.category;
  const pool = category ? (categories(lexicon).get(category) ?? []) : [];
  const candidates = [...synonyms, ...(synonyms.length ? [] : cues), ...(synonyms.length ? [] : pool)];
  const alternatives: string[] = [];
  for (const candidate of candidates) {
    if (alternatives.length >= 3) break;
    const lower = candidate.toLowerCase();
    if (used.has(lower.split(' ')[0]) || lower === past || alternatives.some((a) => a.toLowerCase() === inflectPhrase(lower, form))) continue;
    alternatives.push(casedLike(inflectPhrase(lower, form), verb));
  }
  const suggestions: Suggestion[] = isClean(source, bullet, open.start, open.end) ? alternatives.map((text) => ({ title: `Replace "${verb}" with "${text}"`, edit: { range: rangeOf(bullet, open.start, open.end), text } })) : [];
  const ordinal = nth === 3 ? 'third' : nth === 4 ? 'fourth' : `${nth}th`;
  const also = alternatives.length ? ` Vary it, e.g. ${alternatives.map((a) => `"${a}"`).join(', ')}.` : ' Vary it to show range.';
  return { span, message: `"${verb}" opens ${count} bullets in this role; this is the ${ordinal}.${also}`, suggestions };
}

