// Whether a document spells the American way ("prioritized", "analyzed") or the British
// ("prioritised", "analysed"), and a suggested verb spelled the same way: a US resume is
// not offered "Practised", a UK one not "Prioritized" beside its own "organised".

export type Spelling = 'us' | 'uk' | undefined;

/** Stems that take -ize/-ise (and analyze/analyse), in the forms a resume writes them. */
const STEMS = 'organi|prioriti|optimi|standardi|utili|moderni|minimi|maximi|speciali|recogni|summari|categori|customi|stabili|authori|centrali|virtuali|containeri|synchroni|normali|visuali|mobili|digiti|operationali|productioni|anonymi|parameteri|modulari|strategi|synthesi|evangeli|capitali|moneti|reali';
const STEM_SET = new Set([...STEMS.split('|'), 'analy']);
/**
 * Where a marked word may end: "-ise", "-ized", "-ysing", "-isation"... The scan starts at its
 * [iy] (a quick search), then reads the word back to its start: one pattern of 35 stems and a
 * lookbehind tried at every position of a 2,000-line resume took 2.8 ms a key typed.
 */
const ENDING = /[iy]([sz])(?:e[ds]?|ing|ations?|ers?)(?![\p{L}])/giu;
const LETTER = /\p{L}/u;

/** The way `source` spells -ize/-ise words, from its first 200 of them; undefined when it is even or has none. */
export function documentSpelling(source: string): Spelling {
  let us = 0;
  let uk = 0;
  ENDING.lastIndex = 0;
  for (let match = ENDING.exec(source); match && us + uk < 200; match = ENDING.exec(source)) {
    let start = match.index;
    while (start > 0 && LETTER.test(source[start - 1])) start--;
    if (!STEM_SET.has(source.slice(start, match.index + 1).toLowerCase())) continue;
    if (match[1] === 'z' || match[1] === 'Z') us++;
    else uk++;
  }
  return us > uk ? 'us' : uk > us ? 'uk' : undefined;
}

/** Verbs spelled differently beyond -ize/-ise: British, American. */
const PAIRS: readonly [string, string][] = [
  ['Practised', 'Practiced'],
  ['Modelled', 'Modeled'],
  ['Labelled', 'Labeled'],
  ['Cancelled', 'Canceled'],
  ['Travelled', 'Traveled'],
  ['Counselled', 'Counseled'],
  ['Signalled', 'Signaled'],
  ['Levelled', 'Leveled'],
  ['Fuelled', 'Fueled'],
  ['Catalogued', 'Cataloged'],
];
const TO_US = new Map(PAIRS);
const TO_UK = new Map(PAIRS.map(([uk, us]) => [us, uk]));
const STEM_VERB = new RegExp(`^((?:${STEMS}))([sz])(ed)$`, 'i');
const ANALYSE = /^(analy)([sz])(ed)$/i;

/** `verb` (a past tense, perhaps with a particle: "Partnered with") in `spelling`; unchanged when it is undefined. */
export function spelledAs(verb: string, spelling: Spelling): string {
  if (!spelling) return verb;
  const space = verb.indexOf(' ');
  const head = space === -1 ? verb : verb.slice(0, space);
  const tail = space === -1 ? '' : verb.slice(space);
  const paired = (spelling === 'us' ? TO_US : TO_UK).get(head);
  if (paired) return paired + tail;
  const marked = STEM_VERB.exec(head) ?? ANALYSE.exec(head);
  if (!marked) return verb;
  return `${marked[1]}${spelling === 'us' ? 'z' : 's'}${marked[3]}${tail}`;
}
