// personal-pronoun: "I", "my", "we", "our" in resume bullets. A bullet's subject is
// you, so it starts with the verb; "we" hides your share of the work. (STAR stories
// are not resumes: there "I" is wanted, and this rule does not run.)
import { opening, type Word } from '../opening';
import { casedLike, isClean, rangeOf, type Bullet, forEachBullet } from '../resume';
import type { Report, Rule } from '../types';

/** Words before "I" that make it a roman numeral ("Phase I", "Type I"). */
const NUMERAL_BEFORE = new Set(['phase', 'level', 'tier', 'type', 'class', 'stage', 'grade', 'part', 'wave', 'chapter', 'world', 'war', 'section', 'band', 'step', 'gen', 'sev', 'category', 'cat', 'schedule', 'title', 'article', 'annex', 'volume', 'vol', 'series', 'mark', 'mk', 'henry', 'george', 'elizabeth', 'charles', 'james', 'louis', 'edward', 'william', 'richard', 'psm', 'pspo', 'ii', 'soc', 'tranche', 'lot', 'release', 'sprint', 'plan', 'track']);
const LOWER = new Set(['me', 'my', 'we', 'our', 'us', 'myself', 'ourselves', 'ours', 'mine']);
/** "I've", "I'm", "we're": the pronoun and a verb in one word. */
const CONTRACTION = /^(i|we)['’](?:ve|m|d|ll|re)$/i;
const CAPITAL = new Set(['My', 'We', 'Our', 'Me', 'Myself']);

export const personalPronoun: Rule = {
  meta: {
    id: 'personal-pronoun',
    description: 'Resume bullets leave out "I", "my", "we" and "our": the subject is you, so start with the verb.',
    severity: 'info',
    kinds: ['resume'],
    fixable: true,
    example: { before: 'I migrated 40 servers to Azure in 6 weeks', after: 'Migrated 40 servers to Azure in 6 weeks' },
    options: {},
  },
  check(ctx) {
    const { doc, lexicon } = ctx;
    forEachBullet(ctx, (bullet, report) => {
      const toks = bullet.words;
      toks.forEach((word, index) => {
        if (!isPronoun(bullet.plain, toks, index)) return;
        report(findingFor(doc.source, bullet, word, index, lexicon));
      });
    });
  },
};

function isPronoun(plain: string, toks: Word[], index: number): boolean {
  const word = toks[index];
  if (word.text === 'I') {
    if (NUMERAL_BEFORE.has(toks[index - 1]?.lower ?? '')) return false;
    return !/^[/\-.&]/.test(plain.slice(word.end, word.end + 1)) && !/[/\-&]$/.test(plain.slice(word.start - 1, word.start));
  }
  if (CAPITAL.has(word.text) || CONTRACTION.test(word.text)) return true;
  return LOWER.has(word.text);
}

function findingFor(source: string, bullet: Bullet, word: Word, index: number, lexicon: import('../lexicon').Lexicon): Report {
  const { plain } = bullet;
  const span = bullet.text.span(word.start, word.end);
  // "I've led" is "I led" for this rule: "I've" goes as "I" would.
  const lower = CONTRACTION.exec(word.lower)?.[1] ?? word.lower;
  const next = bullet.words[index + 1];
  if ((lower === 'i' || lower === 'we') && index === 0 && next) {
    // "I migrated 40 servers" -> "Migrated 40 servers", when what follows opens like a bullet.
    const rest = opening(plain.slice(next.start, next.start + 200), lexicon);
    const message = lower === 'we' ? `"${word.text}" hides your share of the work: start with what you did.` : `"${word.text}" is implied in a resume: start with the verb.`;
    if (rest && rest.kind !== 'not-verb' && /^ +$/.test(plain.slice(word.end, next.start)) && isClean(source, bullet, word.start, next.start + 1)) {
      const edit = { range: rangeOf(bullet, word.start, next.start + 1), text: casedLike(next.text.charAt(0), 'X') };
      // Fixed only when the verb follows at once ("I migrated"); "I was responsible for" and
      // "I successfully migrated" are first rewritten by weak-opening and vague-wording.
      if (lower === 'i' && rest.kind === 'verb' && rest.start === 0) return { span: bullet.text.span(word.start, next.end), message, fix: edit, suggestions: [{ title: `Delete "${word.text}"`, edit }] };
      return { span, message, suggestions: [{ title: `Delete "${word.text}"`, edit }] };
    }
    return { span, message };
  }
  if (lower === 'my' || lower === 'our') {
    const the = casedLike('the', word.text);
    const edit = { range: rangeOf(bullet, word.start, word.end), text: the };
    const message = lower === 'my' ? `"${word.text}" reads as narrative: say "${the}" or name it ("the 5-person team").` : `"${word.text}" blurs what was yours: say "${the}" or name it, and say what you did.`;
    return { span, message, suggestions: isClean(source, bullet, word.start, word.end) ? [{ title: `Replace "${word.text}" with "${the}"`, edit }] : [] };
  }
  if (lower === 'we' || lower === 'us' || lower === 'ourselves' || lower === 'ours') return { span, message: `"${word.text}" hides your share of the work: say what you did.` };
  return { span, message: `"${word.text}" reads as narrative: a resume bullet leaves the subject out.` };
}
