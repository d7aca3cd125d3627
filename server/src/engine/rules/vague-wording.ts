// vague-wording: fillers and hedges ("various", "several", "successfully") in
// resume bullets. The words are data (../lexicon/fillers.json); deleting an
// intensifier is a safe fix, a vague quantity asks for its number.
import { isIrregularPast } from '../verbs';
import type { Lexicon } from '../lexicon';
import fillerData from '../lexicon/fillers.json';
import { PhraseMatcher, type PhraseMatch } from '../phrases';
import { casedLike, isClean, rangeOf, type Bullet, forEachBullet } from '../resume';
import type { Report, Rule, Suggestion } from '../types';

type Action = 'delete' | 'count' | 'name';
const ACTIONS = fillerData.phrases as Record<string, Action>;
const LIST_TAILS = new Set(['etc', 'etc.', 'and so on', 'and more']);
const matchers = new WeakMap<Lexicon, PhraseMatcher>();

function matcherFor(lexicon: Lexicon): PhraseMatcher {
  let matcher = matchers.get(lexicon);
  if (!matcher) matchers.set(lexicon, (matcher = new PhraseMatcher(lexicon.fillers, fillerData.exceptions)));
  return matcher;
}

export const vagueWording: Rule = {
  meta: {
    id: 'vague-wording',
    description: 'Resume bullets say how many and how much, without fillers such as "various", "several" or "successfully".',
    severity: 'warning',
    kinds: ['resume'],
    fixable: true,
    example: { before: 'Fixed various bugs in the billing app', after: 'Fixed 14 billing bugs, cutting refunds by 30%' },
    options: {},
  },
  check(ctx) {
    const { doc, lexicon } = ctx;
    const matcher = matcherFor(lexicon);
    forEachBullet(ctx, (bullet, report) => {
      const toks = bullet.words;
      let previous: PhraseMatch | undefined;
      for (const match of matcher.find(bullet.plain, toks)) {
        const action = ACTIONS[match.phrase.toLowerCase()] ?? 'name';
        // "hundreds of thousands of records": one quantity, reported once.
        if (previous && match.first === previous.last + 1 && /^(?:thousands|millions)\b/i.test(match.phrase)) continue;
        previous = match;
        // "some 400 servers" is an estimate, not a hedge.
        const next = toks[match.last + 1];
        if (action === 'count' && next && /^[\d$€£~]/.test(next.text) && !/ly$/.test(match.phrase)) continue;
        report(findingFor(doc.source, bullet, match, action));
      }
    });
  },
};

function findingFor(source: string, bullet: Bullet, match: PhraseMatch, action: Action): Report {
  const { plain } = bullet;
  const text = plain.slice(match.start, match.end);
  const span = bullet.text.span(match.start, match.end);
  const suggestions: Suggestion[] = [];
  const deletion = deleteEdit(source, bullet, match);
  const lower = text.toLowerCase();
  if (action === 'delete') {
    const message = `"${text}" adds nothing a reader can check: delete it and let the result speak.`;
    let next = bullet.words[match.last + 1];
    // "Successfully and effectively": the fix takes the conjunction too, and touches the word after it.
    const after = bullet.words[match.last + 2];
    if (deletion && next && after && CONJUNCTION.test(next.lower) && deletion.edit.range[1] > bullet.text.span(next.start, next.end).end) next = after;
    // The fix also touches the next word (a space, or its capital), so the finding covers it: "Successfully migrated".
    // Not when a weak opening follows: weak-opening rewrites that word first.
    const safe = deletion && next && !(match.first === 0 && bullet.opening?.kind === 'weak') && deletion.edit.range[0] >= span.start;
    if (!safe) return { span, message, suggestions: deletion ? [deletion] : [] };
    return { span: bullet.text.span(match.start, next.end), message, fix: deletion.edit, suggestions: [deletion] };
  }
  if (action === 'count') {
    if (/ly$|^a lot$/.test(lower)) {
      if (match.first > 0 && isClean(source, bullet, match.start, match.end)) suggestions.push({ title: `Replace "${text}" with a number`, edit: { range: rangeOf(bullet, match.start, match.end), text: 'by ${1:N}%' }, snippet: true });
      if (deletion) suggestions.push(deletion);
      return { span, message: `"${text}": by how much? Give the number, e.g. "by 30%" or "from 9 days to 3".`, suggestions };
    }
    if (isClean(source, bullet, match.start, match.end)) suggestions.push({ title: `Replace "${text}" with a number`, edit: { range: rangeOf(bullet, match.start, match.end), text: '${1:N}' }, snippet: true });
    if (deletion) suggestions.push(deletion);
    const noun = nounAfter(bullet, match.last + 1);
    // "hundreds of thousands of records" -> "400,000 records": the noun after the second quantity.
    const times = /^ (?:thousands|millions)\b/.exec(noun)?.[0];
    let counted = times ? nounAfter(bullet, match.last + 3) : noun;
    const quoted = times ? `${text}${noun} of${counted}` : `${text}${noun}`;
    let count = (QUANTITY[scaleOf(lower) ?? ''] ?? 4) * (times ? (/thousand/.test(times) ? 1_000 : 1_000_000) : 1);
    // "several hundred legacy servers" -> "400 legacy servers", not "4 hundred legacy servers".
    const scale = /^ (dozen|hundred|thousand|million)\b/.exec(counted);
    if (scale) {
      count = QUANTITY[scale[1]];
      counted = counted.slice(scale[0].length);
    }
    return { span, message: `"${quoted}": how many? Give the number, e.g. "${written(count)}${counted}".`, suggestions };
  }
  if (LIST_TAILS.has(lower)) {
    const tail = listTail(source, bullet, match);
    if (tail) suggestions.push(tail);
    return { span, message: `"${text}" leaves the reader to guess: name the items that matter, or stop the list.`, suggestions };
  }
  return { span, message: `"${text}" is vague: name what it was.` };
}

const NOUN_STOP = /^(for|of|in|on|at|to|with|from|by|and|or|across|during|into|over|through|as|that|which|along|per|the|a|an|within|under|after|before|between|among|around|via|using|while|when|where|who|whose)$/;

/** A number that fits each word of quantity it replaces: "dozens of" is no 4. */
const QUANTITY: Record<string, number> = { dozen: 36, hundred: 400, thousand: 4_000, million: 4_000_000 };

/** The word of quantity in a phrase ("hundreds of" -> "hundred"), if any. */
function scaleOf(phrase: string): string | undefined {
  return /\b(dozen|hundred|thousand|million)s?\b/.exec(phrase)?.[1];
}

/** 400000 -> "400,000"; 4000000 -> "4 million". */
function written(n: number): string {
  return n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000} million` : n.toLocaleString('en-US');
}

/** The noun phrase a quantity applies to: "various testing activities for" -> " testing activities". */
function nounAfter(bullet: Bullet, from: number): string {
  const words: string[] = [];
  let limit = 3;
  for (let k = from; k < bullet.words.length && words.length < limit; k++) {
    const word = bullet.words[k];
    if (k > from && !/^ +$/.test(bullet.plain.slice(bullet.words[k - 1].end, word.start))) break;
    // "various desktop and server support contracts", "various sales and marketing teams": the noun comes after "and".
    const after = bullet.words[k + 1];
    // Not into a second clause: "various bugs and improved performance".
    if ((word.lower === 'and' || word.lower === 'or') && words.length > 0 && limit === 3 && after && !NOUN_STOP.test(after.lower) && !/ed$/.test(after.lower) && !isIrregularPast(after.lower)) {
      words.push(word.text);
      limit = words.length + 3;
      continue;
    }
    if (NOUN_STOP.test(word.lower)) break;
    words.push(word.text);
  }
  // A phrase cut at a conjunction names no noun: "desktop and".
  if (words.length && /^(?:and|or)$/i.test(words[words.length - 1])) words.pop();
  return words.length ? ` ${words.join(' ')}` : '';
}

/** What joins a filler to another modifier ("successfully and effectively"); "but" joins clauses. */
const CONJUNCTION = /^(?:and|or)$/;
/** -ly words that are no adverb of manner, or say something of their own. */
const NOT_MANNER = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'nightly', 'family', 'supply', 'reply', 'apply', 'rely', 'july', 'italy', 'assembly', 'fly', 'ally']);

/** An adverb after "and": "effectively", "quickly"; not "not", "only", "reduced". */
function joinsAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !NOT_MANNER.has(word);
}

/** Deletes the phrase and one space; at the start of the bullet, capitalises the next word. */
function deleteEdit(source: string, bullet: Bullet, match: PhraseMatch): Suggestion | undefined {
  const { plain } = bullet;
  let text = plain.slice(match.start, match.end);
  let from = match.start;
  let to = match.end;
  let next = bullet.words[match.last + 1];
  const previous = match.first > 0 ? bullet.words[match.first - 1] : undefined;
  const after = bullet.words[match.last + 2];
  // "Successfully and effectively helped": the conjunction goes with it ("Effectively helped", not "And effectively helped"),
  // when it joins the filler to another adverb; "successfully and reduced costs" joins two clauses and keeps it.
  if (next && CONJUNCTION.test(next.lower) && after && joinsAdverb(after.lower) && /^ +$/.test(plain.slice(to, next.start)) && /^ +$/.test(plain.slice(next.end, after.start))) {
    to = next.end;
    text = plain.slice(match.start, to);
    next = after;
  }
  // "quickly and successfully." at the end of a clause: the conjunction before it goes too, not "quickly and.".
  // Not after a comma ("on time, and successfully."): that would leave "on time,.".
  else if (previous && CONJUNCTION.test(previous.lower) && match.first > 1 && /^ +$/.test(plain.slice(previous.end, match.start)) && (!next || !/^ +$/.test(plain.slice(to, next.start))) && / $/.test(plain.slice(0, previous.start)) && !/,\s*$/.test(plain.slice(0, previous.start))) {
    from = previous.start - 1;
    if (!isClean(source, bullet, from, to)) return undefined;
    return { title: `Delete "${plain.slice(previous.start, to)}"`, edit: { range: rangeOf(bullet, from, to), text: '' } };
  }
  // "Successfully or not, shipped ...", "Successfully but late": no deletion leaves a sentence that opens with the conjunction.
  if (match.first === 0 && next && /^(?:and|or|but|nor|yet)$/.test(next.lower)) return undefined;
  if (next && /^ +$/.test(plain.slice(to, next.start))) to = next.start;
  // "really, really big": the first goes with its comma (the second has its own fix), not leaving "really, big".
  else if (next && next.lower === text.toLowerCase() && /^, +$/.test(plain.slice(to, next.start))) to = next.start;
  else if (match.start > 0 && plain[match.start - 1] === ' ') from = match.start - 1;
  else return undefined;
  if (match.first === 0 && next) {
    // "Successfully migrated" -> "Migrated": replace up to the next word's first letter.
    if (!isClean(source, bullet, from, next.start + 1)) return undefined;
    return { title: `Delete "${text}"`, edit: { range: rangeOf(bullet, from, next.start + 1), text: casedLike(next.text.charAt(0), text) } };
  }
  if (!isClean(source, bullet, from, to)) return undefined;
  return { title: `Delete "${text}"`, edit: { range: rangeOf(bullet, from, to), text: '' } };
}

/** "runbooks, checklists, etc." -> "runbooks and checklists". */
function listTail(source: string, bullet: Bullet, match: PhraseMatch): Suggestion | undefined {
  const { plain } = bullet;
  let from = match.start;
  while (from > 0 && /[ ,]/.test(plain[from - 1])) from--;
  const before = plain.slice(Math.max(0, from - 80), from);
  const comma = before.lastIndexOf(', ');
  if (comma === -1 || / and | or /.test(before.slice(comma))) return undefined;
  const commaAt = from - before.length + comma;
  const end = plain[match.end] === '.' ? match.end + 1 : match.end; // "etc."
  if (!isClean(source, bullet, commaAt, end)) return undefined;
  const middle = plain.slice(commaAt + 2, from);
  return { title: `Replace "${plain.slice(commaAt, end)}" with " and ${middle}"`, edit: { range: rangeOf(bullet, commaAt, end), text: ` and ${middle}` } };
}
