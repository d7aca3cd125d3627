// RAID words that need no document model: item types from a Type cell or an id,
// and closed statuses. Kept apart from raid.ts so the preview plugin can bundle
// them without the parser.
import { normalize } from './fields';

export type RaidType = 'risk' | 'issue' | 'assumption' | 'dependency' | 'item';

export const CLOSED_STATUSES = ['closed', 'done', 'complete', 'completed', 'resolved', 'cancelled', 'canceled', 'retired', 'mitigated', 'expired', 'withdrawn', 'superseded', 'no longer relevant'];

// Made once: a regular expression literal in a function body is a new object each call,
// and typeFrom runs for every header cell and row of every table.
/** A type word ("Risk", "issues") or an id with its letter ("R-01", "ISS 4"). */
const TYPE_PATTERNS: [RegExp, RaidType][] = [
  [/^(?:(?:r|risks?)$|(?:rsk|risk|r)[-_ ]?\d)/, 'risk'],
  [/^(?:(?:i|issues?|problems?|blockers?)$|(?:iss|issue|i)[-_ ]?\d)/, 'issue'],
  [/^(?:(?:a|assumptions?)$|(?:asm|assump|a)[-_ ]?\d)/, 'assumption'],
  [/^(?:(?:d|dependenc(?:y|ies))$|(?:dep|d)[-_ ]?\d)/, 'dependency'],
];
const CHECK_MARKS = /[✅✔️☑️]/gu;

export function typeFrom(text: string): RaidType | undefined {
  const t = normalize(text);
  for (const [pattern, type] of TYPE_PATTERNS) if (pattern.test(t)) return type;
  return undefined;
}

export function isClosed(status: string | undefined, closed: readonly string[] = CLOSED_STATUSES): boolean {
  if (!status) return false;
  const s = normalize(status.replace(CHECK_MARKS, ' done '));
  return closed.some((c) => s === c || s.startsWith(`${c} `) || s.endsWith(` ${c}`));
}
