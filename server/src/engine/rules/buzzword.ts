// buzzword: cliches a reviewer skims past ("results-driven", "team player"), in
// experience bullets and in the summary. The phrases are data (../lexicon/buzzwords.json).
import type { Lexicon } from '../lexicon';
import buzzwordData from '../lexicon/buzzwords.json';
import { findMetric } from '../metrics';
import { words } from '../opening';
import { PhraseMatcher, type PhraseMatch } from '../phrases';
import { casedLike, isClean, rangeOf, resumeDocument, type TextUnit } from '../resume';
import type { Report, Rule, Suggestion } from '../types';

const KINDS = buzzwordData.phrases as Record<string, 'adjective' | 'noun'>;
const matchers = new WeakMap<Lexicon, PhraseMatcher>();

function matcherFor(lexicon: Lexicon): PhraseMatcher {
  let matcher = matchers.get(lexicon);
  if (!matcher) matchers.set(lexicon, (matcher = new PhraseMatcher(lexicon.buzzwords, buzzwordData.exceptions)));
  return matcher;
}

export const buzzword: Rule = {
  meta: {
    id: 'buzzword',
    description: 'Resume bullets and summaries show qualities with evidence instead of cliches such as "results-driven" or "team player".',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    example: { before: 'Results-driven engineer who migrated 40 servers to Azure', after: 'Migrated 40 servers to Azure in 6 weeks, cutting hosting costs by 25%' },
    options: {},
  },
  check({ doc, lexicon, report }) {
    const resume = resumeDocument(doc, lexicon);
    const matcher = matcherFor(lexicon);
    const units: { unit: TextUnit; toks: ReturnType<typeof words> }[] = [
      ...resume.bullets.map((bullet) => ({ unit: bullet as TextUnit, toks: bullet.words })),
      ...resume.summary.map((unit) => ({ unit, toks: words(unit.plain) })),
    ];
    for (const { unit, toks } of units) {
      let metric: ReturnType<typeof findMetric> | null = null; // looked up once per text, on its first cliche
      const matches = matcher.find(unit.plain, toks);
      for (const match of matches) {
        if (metric === null) metric = findMetric(unit.plain, lexicon, toks);
        report(findingFor(doc.source, unit, toks, match, metric, matches));
      }
    }
  },
};

function findingFor(source: string, unit: TextUnit, toks: ReturnType<typeof words>, match: PhraseMatch, metric: ReturnType<typeof findMetric>, matches: readonly PhraseMatch[]): Report {
  const text = unit.plain.slice(match.start, match.end);
  const span = unit.text.span(match.start, match.end);
  let shown = metric ? unit.plain.slice(metric.start, Math.max(metric.end, metric.start + (/^[^\s,;)]+/.exec(unit.plain.slice(metric.start))?.[0].replace(/[.:]$/, '').length ?? 0))) : '';
  // A bare number is quoted with the plural it counts: "11 years", "40 servers", not "11".
  if (metric && /^\d[\d,.]*$/.test(shown)) {
    // "3 world-class teams": the plural after a cliché is quoted without it ("3 teams"), never the cliché itself.
    const cliche = matches.find((m) => m.start === metric.start + shown.length + 1);
    shown += /^ [a-z][a-z-]*s\b/.exec(unit.plain.slice(cliche ? cliche.end : metric.start + shown.length))?.[0] ?? '';
  }
  // Years of service prove no quality ("Results-driven engineer with 12 years"): only a result does.
  const tenure = /^\d[\d,.]*\+?\s*(?:years?|yrs?|months?)$/i.test(shown);
  const evidence = metric && !tenure ? `let "${shown}" make the point` : 'show it with a result instead: what you did and what changed, with a number';
  const message = `"${text}" is a cliche a reviewer skims past: ${evidence}.`;
  if (KINDS[match.phrase.toLowerCase()] !== 'adjective') return { span, message };
  // An adjective before a noun can go: "Led a dynamic team" -> "Led a team".
  const next = toks[match.last + 1];
  const suggestions: Suggestion[] = [];
  if (next && /^[ ,]+$/.test(unit.plain.slice(match.end, next.start)) && !/,/.test(unit.plain.slice(match.end, next.start))) {
    // At the start of a sentence the next word takes the capital: "Detail-oriented engineer" -> "Engineer".
    const opensSentence = match.first === 0 || /[.!?]["”’)]?\s+$/.test(unit.plain.slice(0, match.start));
    const to = opensSentence ? next.start + 1 : next.start;
    if (isClean(source, unit, match.start, to)) suggestions.push({ title: `Delete "${text}"`, edit: { range: rangeOf(unit, match.start, to), text: opensSentence ? casedLike(next.text.charAt(0), text) : '' } });
  }
  return { span, message, suggestions };
}
