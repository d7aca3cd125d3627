// long-bullet: a bullet over `maxWords` words gets skimmed. The finding covers
// the words past the limit; a quick fix splits the bullet where a second action
// starts ("...; automated ..." or ", and cut ...").
import { opening, type Word } from '../opening';
import { casedLike, contentEnd, isClean, rangeOf, type Bullet, forEachBullet } from '../resume';
import type { DocumentModel } from '../model';
import type { Lexicon } from '../lexicon';
import type { Rule, Suggestion } from '../types';

export const longBullet: Rule = {
  meta: {
    id: 'long-bullet',
    description: 'Resume bullets stay short enough to read at a glance: no more than maxWords words (35 by default).',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    options: {
      maxWords: { type: 'number', default: 35, minimum: 5, integer: true, description: 'The most words a bullet may have.' },
    },
  },
  check(ctx) {
    const { doc, lexicon, options } = ctx;
    const max = typeof options.maxWords === 'number' ? options.maxWords : 35;
    forEachBullet(ctx, (bullet, report) => {
      const toks = bullet.words;
      if (toks.length <= max) return;
      const counted = readerCount(bullet.plain, toks, max);
      if (counted.count <= max) return;
      const from = counted.after;
      const to = Math.max(contentEnd(bullet.plain), toks[toks.length - 1].end);
      const split = splitPoint(doc, bullet, lexicon);
      const suggestions: Suggestion[] = split ? [split.suggestion] : [];
      report({
        span: bullet.text.span(from, to),
        message: `${counted.count} words, over the ${max} a reviewer reads at a glance: ${split ? `split it before "${split.at}"` : 'keep one action and its result, and cut the rest'}.`,
        suggestions,
      });
    });
  },
};

/**
 * How many words a reader counts ("1,200" and "3,400,000" are one each, not "1" and "200"), and where the word
 * after the first `max` of them starts (-1 when there are no more). Counted, not listed: a bullet of one long
 * line has tens of thousands of words.
 */
function readerCount(plain: string, toks: readonly Word[], max: number): { count: number; after: number } {
  let count = 0;
  let after = -1;
  let lastEnd = -1;
  for (const word of toks) {
    if (count > 0 && word.start === lastEnd + 1 && plain.charCodeAt(lastEnd) === 44 /* , */ && isDigit(plain.charCodeAt(lastEnd - 1)) && THOUSANDS.test(word.text)) {
      lastEnd = word.end;
      continue;
    }
    if (count === max) after = word.start;
    count++;
    lastEnd = word.end;
  }
  return { count, after };
}

const THOUSANDS = /^\d{3}(?!\d)/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where a second action starts ("; automated", ". Cut", ", and trained"), nearest the middle; both halves at least 5 words. */
function splitPoint(doc: DocumentModel, bullet: Bullet, lexicon: Lexicon): { suggestion: Suggestion; at: string } | undefined {
  if (bullet.item.children.length || bullet.item.paragraphs.length) return undefined;
  const { plain } = bullet;
  const toks = bullet.words;
  const middle = plain.length / 2;
  let best: { from: number; to: number; word: number } | undefined;
  for (let k = 5; k < toks.length - 5; k++) {
    // Look at the characters between the words without slicing: this runs on every word of a long bullet.
    const from = toks[k - 1].end;
    const first = plain.charCodeAt(from);
    let word = k;
    if (first === 59 /* ; */ || first === 46 /* . */) {
      if (toks[k].start - from < 2) continue; // "...; automated": the next word must open like a bullet
    } else if (first === 44 /* , */ && toks[k].lower === 'and' && toks[k + 1]) {
      word = k + 1;
    } else if (!(first === 32 && /^\s[-–—]\s$/.test(plain.slice(from, toks[k].start)))) continue;
    const rest = opening(plain.slice(toks[word].start, toks[word].start + 200), lexicon);
    if (rest?.kind !== 'verb' || rest.start !== 0) continue;
    if (!best || Math.abs(from - middle) < Math.abs(best.from - middle)) best = { from, to: toks[word].start + 1, word };
  }
  if (!best || !isClean(doc.source, bullet, best.from, best.to)) return undefined;
  const item = bullet.item;
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(item.markerSpan.start).line);
  const indent = doc.source.slice(lineStart, item.markerSpan.start);
  const marker = doc.source.slice(item.markerSpan.start, item.markerSpan.end);
  const first = toks[best.word];
  const text = `${doc.lines.eol()}${indent}${marker} ${casedLike(first.text.charAt(0), 'X')}`;
  return { suggestion: { title: `Split into two bullets before "${first.text}"`, edit: { range: rangeOf(bullet, best.from, best.to), text } }, at: first.text };
}
