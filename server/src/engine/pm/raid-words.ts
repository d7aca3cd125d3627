// RAID words that need no document model: item types from a Type cell or an id,
// and closed statuses. Kept apart from raid.ts so the preview plugin can bundle
// them without the parser.
import { normalize } from './fields';

export type RaidType = 'risk' | 'issue' | 'assumption' | 'dependency' | 'item';

export const CLOSED_STATUSES = ['closed', 'done', 'complete', 'completed', 'resolved', 'cancelled', 'canceled', 'retired', 'mitigated', 'expired', 'withdrawn', 'superseded', 'no longer relevant'];

export function typeFrom(text: string): RaidType | undefined {
  const t = normalize(text);
  if (/^(r|risks?)$/.test(t) || /^(rsk|risk)[-_ ]?\d/.test(t) || /^r[-_ ]?\d/.test(t)) return 'risk';
  if (/^(i|issues?|problems?|blockers?)$/.test(t) || /^(iss|issue|i)[-_ ]?\d/.test(t)) return 'issue';
  if (/^(a|assumptions?)$/.test(t) || /^(asm|assump|a)[-_ ]?\d/.test(t)) return 'assumption';
  if (/^(d|dependenc(y|ies))$/.test(t) || /^(dep|d)[-_ ]?\d/.test(t)) return 'dependency';
  return undefined;
}

export function isClosed(status: string | undefined, closed: readonly string[] = CLOSED_STATUSES): boolean {
  if (!status) return false;
  const s = normalize(status.replace(/[✅✔️☑️]/gu, ' done '));
  return closed.some((c) => s === c || s.startsWith(`${c} `) || s.endsWith(` ${c}`));
}
