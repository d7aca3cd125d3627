// How severe a RAID item is and whether it is still open, from its cells as
// text: the one reading the status report and the preview's RAID summary share.
// Probability and impact may sit on a 1-3, 1-4, 1-5 or 1-10 scale; the scale
// comes from the header ("Impact (1-3)") or the values. Pure: no document
// model, so the preview plugin can bundle it.
import { normalize } from './fields';
import { parseRag } from './rag';

export type Severity = 'High' | 'Medium' | 'Low';

/** An item's rating cells as plain text (empty or absent when the item has none). */
export interface RatingCells {
  probability?: string;
  impact?: string;
  score?: string;
  rating?: string;
  priority?: string;
}


/** A whole number alone or leading a cell ("4", "4 (High)", "3 - Likely"); undefined otherwise. */
export function scaleNumber(text: string | undefined): number | undefined {
  const match = text ? /^\s*(\d{1,3}(?:\.\d+)?)(?!\s*%)(?:\s*(?:\(.*\)|[-–—:/].*|[A-Za-z ]*))?\s*$/.exec(text) : null;
  return match ? Number(match[1]) : undefined;
}

const STATED = /(?:\b1\s*(?:-|–|—|to)\s*(\d{1,2})\b|\/\s*(\d{1,2})\b|out of\s*(\d{1,2})\b)/i;

/**
 * The top of the probability and impact scale: stated in a header ("Impact (1-3)",
 * "Likelihood /4"), else read from the values (all within 1-3 with a 3 among them:
 * a 1-3 scale; above 5: 1-10), else `fallback` (the 1-5 scale raid-score assumes).
 */
export function scaleMax(headers: readonly string[], rows: readonly RatingCells[], fallback = 5): number {
  const stated = statedScaleMax(headers);
  if (stated !== undefined) return stated;
  const values = rows.flatMap((r) => [scaleNumber(r.probability), scaleNumber(r.impact)]).filter((v): v is number => v !== undefined && Number.isInteger(v) && v > 0);
  if (!values.length) return fallback;
  const max = values.reduce((most, v) => Math.max(most, v), 0);
  if (max > 5) return 10;
  const scores = rows.map((r) => scaleNumber(r.score)).filter((v): v is number => v !== undefined);
  if (scores.some((s) => s > 9)) return Math.max(fallback, max);
  // 1-3 matrices: every value 1-3 and at least two items rated, one of them at the top.
  return max === 3 && rows.filter((r) => scaleNumber(r.probability) !== undefined || scaleNumber(r.impact) !== undefined).length >= 2 ? 3 : Math.max(fallback, max);
}

/** The top of the scale a header states ("Impact (1-3)", "Likelihood /4", "out of 10"), if one does. */
export function statedScaleMax(headers: readonly string[]): number | undefined {
  for (const header of headers) {
    const stated = STATED.exec(header);
    const max = stated ? Number(stated[1] ?? stated[2] ?? stated[3]) : undefined;
    if (max && max >= 2 && max <= 10) return max;
  }
  return undefined;
}

/** Score bands scaled from the 1-5 scale's (Red >= 16, Amber 9-15 of 25): on 1-3, Red from 6 and Amber 3-5. */
export function scaledBands(max: number): { amberFrom: number; redFrom: number } {
  const top = max * max;
  return { amberFrom: Math.round((9 / 25) * top), redFrom: Math.round((16 / 25) * top) };
}

function band(score: number, max: number): Severity {
  const { amberFrom, redFrom } = scaledBands(max);
  return score >= redFrom ? 'High' : score >= amberFrom ? 'Medium' : 'Low';
}

/** One value on the scale (an impact alone, a numeric rating): its top fifth is High, the next Medium. */
function onScale(value: number, max: number): Severity {
  return value >= 0.8 * max ? 'High' : value >= 0.6 * max ? 'Medium' : 'Low';
}

const HIGH = /^(?:very high|critical|severe|major|high|h|vh|p1|sev ?1|1 - high)\b/;
const MEDIUM = /^(?:medium|moderate|med|m|p2|sev ?2)\b/;
const LOW = /^(?:very low|low|minor|l|vl|negligible|p3|p4|sev ?[34])\b/;

/** "High", "H", "Critical", "P1", a RAG rating, or a number on the scale: a severity. */
function wordSeverity(text: string | undefined, max: number): Severity | undefined {
  const t = normalize(text ?? '');
  if (!t) return undefined;
  if (HIGH.test(t)) return 'High';
  if (MEDIUM.test(t)) return 'Medium';
  if (LOW.test(t)) return 'Low';
  const n = scaleNumber(t);
  if (n !== undefined && n > 0 && n <= max) return onScale(n, max);
  const rag = parseRag(t, true);
  if (rag) return rag.level >= 3 ? 'High' : rag.level === 2 ? 'Medium' : 'Low';
  return undefined;
}

/**
 * The severity of an item: its probability x impact (else its score) banded on the
 * scale, else its rating, else its impact or priority (a word, or a number on
 * the scale); undefined when nothing rates it.
 */
export function severityOf(cells: RatingCells, max = 5): Severity | undefined {
  const p = scaleNumber(cells.probability);
  const i = scaleNumber(cells.impact);
  const score = scaleNumber(cells.score);
  // Probability x impact first: a typed score that disagrees with them is a slip (raid-score says so), not the rating.
  if (p !== undefined && i !== undefined && p > 0 && i > 0 && p <= max && i <= max) return band(p * i, max);
  if (score !== undefined && score > 0 && score <= max * max) return band(score, max);
  return wordSeverity(cells.rating, max) ?? wordSeverity(cells.impact, max) ?? wordSeverity(cells.priority, max);
}
