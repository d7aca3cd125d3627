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
      const counted = readerWords(bullet.plain, toks);
      if (counted.length <= max) return;
      const from = counted[max].start;
      const to = Math.max(contentEnd(bullet.plain), toks[toks.length - 1].end);
      const split = splitPoint(doc, bullet, lexicon);
      const suggestions: Suggestion[] = split ? [split.suggestion] : [];
      report({
        span: bullet.text.span(from, to),
        message: `${counted.length} words, over the ${max} a reviewer reads at a glance: ${split ? `split it before "${split.at}"` : 'keep one action and its result, and cut the rest'}.`,
        suggestions,
      });
    });
  },
};

/** The words as a reader counts them: "1,200" and "3,400,000" are one each, not "1" and "200". */
function readerWords(plain: string, toks: readonly Word[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const word of toks) {
    const last = out[out.length - 1];
    if (last && word.start === last.end + 1 && plain.charCodeAt(last.end) === 44 /* , */ && /\d$/.test(plain.slice(last.start, last.end)) && /^\d{3}(?!\d)/.test(word.text)) last.end = word.end;
    else out.push({ start: word.start, end: word.end });
  }
  return out;
}

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
