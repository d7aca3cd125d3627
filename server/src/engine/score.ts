// The resume score: one number from 0 to 100, with its breakdown, computed from a
// lint result so the language server (status item) and the CLI (`--score`) cannot
// disagree. It measures what the resume rules measure, per bullet:
//
//   part          weight  share that passes
//   action verbs    25    bullets without a weak-opening finding
//   metrics         30    bullets without a missing-metric finding
//   wording         15    bullets and summary lines without vague-wording or buzzword findings
//   length          10    bullets without a long-bullet finding
//   keywords        20    keyword coverage of the job description (0..1), when there is one
//
// Weights are relative: a part that cannot be measured (no job description, so no
// coverage; its rule turned off) is left out and the others keep their proportions.
// Without coverage: action verbs 31.25, metrics 37.5, wording 18.75, length 12.5.
// Metrics weigh most because numbers are what a recruiter looks for first (PRODUCT.md 8,
// "Resume bullet shape"); length least because a long bullet is still read.
//
// An unfinished bullet (a template placeholder left in it: "[what, e.g. ...]", TODO,
// TBD, "${1:...}") is skipped by the rules, which would leave the finished bullets to
// score alone: "- I think I maybe helped [TODO]" next to one good bullet would score
// 100. It counts as a bullet that fails every per-bullet part instead, and the score
// line says how many are unfinished.
import { buildLexicon } from './lexicon';
import type { LintResult } from './lint';
import type { Settings } from './config';
import { resumeDocument } from './resume';

export type ScorePartId = 'action-verbs' | 'metrics' | 'wording' | 'length' | 'keywords';

/** Relative weights; see the table above. */
export const SCORE_WEIGHTS: Readonly<Record<ScorePartId, number>> = { 'action-verbs': 25, metrics: 30, wording: 15, length: 10, keywords: 20 };

const LABELS: Record<ScorePartId, string> = { 'action-verbs': 'action verbs', metrics: 'metrics', wording: 'wording', length: 'length', keywords: 'keywords' };

/** The rules whose findings fail a bullet (or summary line) for each part. */
const PART_RULES: Record<Exclude<ScorePartId, 'keywords'>, string[]> = {
  'action-verbs': ['weak-opening'],
  metrics: ['missing-metric'],
  wording: ['vague-wording', 'buzzword'],
  length: ['long-bullet'],
};

export interface ScorePart {
  id: ScorePartId;
  label: string;
  /** The share that passes, 0..1. */
  share: number;
  /** The part's weight after leaving out what cannot be measured, 0..1; the weights sum to 1. */
  weight: number;
  /** Whole points out of `max`; the points of all parts sum to the score. */
  points: number;
  /** The part's weight in points; the maxima of all parts sum to 100. */
  max: number;
}

export interface ResumeScore {
  /** 0..100. */
  score: number;
  /** Bullets scored, unfinished ones included. */
  bullets: number;
  /** Bullets with a template placeholder left in them; each fails every per-bullet part. */
  unfinished: number;
  parts: ScorePart[];
}

export interface ScoreOptions {
  /** Keyword coverage of the job description, 0..1; leave out when there is no job description. */
  coverage?: number;
  /** The settings the document was linted with: rules turned off drop their part, custom lexicons find the same bullets. */
  settings?: Settings;
}

/** The score of a resume's lint result; undefined for other kinds and for a resume with no bullets yet (noScoreReason says why). */
export function scoreResume(result: LintResult, options: ScoreOptions = {}): ResumeScore | undefined {
  const score = compute(result, options);
  return typeof score === 'object' ? score : undefined;
}

/** Why a resume has no score ("no bullets under an experience heading yet"); undefined when it has one or is not a resume. */
export function noScoreReason(result: LintResult, options: ScoreOptions = {}): string | undefined {
  const score = compute(result, options);
  return typeof score === 'string' ? score : undefined;
}

function compute(result: LintResult, options: ScoreOptions): ResumeScore | string | undefined {
  if (result.kind.kind !== 'resume') return undefined;
  const lexicon = buildLexicon(options.settings?.lexicon);
  const resume = resumeDocument(result.model, lexicon);
  if (!resume.english) return 'not scored: the resume does not read as English';
  const bullets = resume.bullets;
  // Counted by the resume reader as it skips them: no second read of the document.
  const unfinished = resume.unfinished;
  if (!bullets.length && !unfinished) return 'not scored: no bullets under an experience heading yet';
  const lines = result.model.lines;

  // Each line of a bullet -> its index; nested bullets come later and win their own lines.
  const bulletAt = new Map<number, number>();
  bullets.forEach((bullet, index) => {
    for (let line = bullet.item.line; line < bullet.item.endLine; line++) bulletAt.set(line, index);
  });
  // Summary lines (paragraphs and items before the experience) count for wording only.
  const summaryAt = new Map<number, number>();
  resume.summary.forEach((unit, index) => {
    const span = unit.text.span(0, unit.plain.length);
    for (let line = lines.positionAt(span.start).line; line <= lines.positionAt(span.end).line; line++) if (!summaryAt.has(line)) summaryAt.set(line, index);
  });

  const failed = new Map<string, Set<string>>();
  for (const finding of result.findings) {
    const bullet = bulletAt.get(finding.start.line);
    const key = bullet !== undefined ? `b${bullet}` : summaryAt.has(finding.start.line) ? `s${summaryAt.get(finding.start.line)}` : undefined;
    if (!key) continue;
    const set = failed.get(finding.ruleId) ?? new Set<string>();
    set.add(key);
    failed.set(finding.ruleId, set);
  }
  const failing = (ruleIds: string[], summary: boolean): number => {
    const keys = new Set<string>();
    for (const id of ruleIds) for (const key of failed.get(id) ?? []) if (summary || key.startsWith('b')) keys.add(key);
    return keys.size;
  };
  const enabled = (ruleIds: string[]): boolean => !options.settings || ruleIds.some((id) => (options.settings?.rules[id]?.severity ?? 'off') !== 'off');

  const shares: [ScorePartId, number][] = [];
  for (const id of ['action-verbs', 'metrics', 'wording', 'length'] as const) {
    const ruleIds = PART_RULES[id];
    if (!enabled(ruleIds)) continue;
    const summary = id === 'wording';
    const units = bullets.length + unfinished + (summary ? resume.summary.length : 0);
    shares.push([id, 1 - (failing(ruleIds, summary) + unfinished) / units]);
  }
  if (typeof options.coverage === 'number' && Number.isFinite(options.coverage)) shares.push(['keywords', Math.min(1, Math.max(0, options.coverage))]);
  if (!shares.length) return 'not scored: the rules the score measures are turned off';

  const total = shares.reduce((sum, [id]) => sum + SCORE_WEIGHTS[id], 0);
  const weights = shares.map(([id]) => SCORE_WEIGHTS[id] / total);
  const exact = shares.map(([, share], i) => share * weights[i] * 100);
  const max = apportion(
    weights.map((w) => w * 100),
    100,
  );
  // A full part gets its max, not one more: a 12.5-point part shows 12/12, and when the parts' fractions cannot make
  // up the rounded total within their maxima, the total rounds down (87.5 is 87 when a full part's .5 is not there).
  const room = exact.reduce((sum, value, i) => sum + Math.min(Math.ceil(value - 1e-9), max[i]), 0);
  const score = Math.min(Math.round(exact.reduce((a, b) => a + b, 0)), room);
  const points = apportion(exact, score, max);
  return {
    score,
    bullets: bullets.length + unfinished,
    unfinished,
    parts: shares.map(([id, share], i) => ({ id, label: LABELS[id], share, weight: weights[i], points: points[i], max: max[i] })),
  };
}

/**
 * Whole numbers that sum to `total`, each the floor or ceiling of its exact value (largest remainder) and none over
 * its cap; the caller keeps `total` within what the ceilings and caps allow.
 */
function apportion(exact: number[], total: number, caps?: number[]): number[] {
  const cap = (i: number): number => caps?.[i] ?? Infinity;
  const result = exact.map((value, i) => Math.min(Math.floor(value + 1e-9), cap(i)));
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => [value - result[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    if (result[i] >= cap(i) || result[i] >= Math.ceil(exact[i] - 1e-9)) continue;
    result[i]++;
    left--;
  }
  return result;
}

/** "score 72/100 (action verbs 80%, metrics 60%, wording 90%, length 100%)": the CLI line and status detail share it. */
export function describeScore(score: ResumeScore): string {
  const unfinished = score.unfinished ? `; ${score.unfinished} of ${score.bullets} bullet${score.bullets === 1 ? '' : 's'} unfinished (placeholders left), scored as failing` : '';
  return `score ${score.score}/100 (${score.parts.map((p) => `${p.label} ${Math.round(p.share * 100)}%`).join(', ')}${unfinished})`;
}
