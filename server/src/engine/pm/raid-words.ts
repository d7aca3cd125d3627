// RAID words that need no document model: item types from a Type cell or an id,
// and closed statuses. Kept apart from raid.ts so the preview plugin can bundle
// them without the parser.
import { normalize } from './fields';

export type RaidType = 'risk' | 'issue' | 'assumption' | 'dependency' | 'item';

/**
 * Statuses that close an item; validated, confirmed, invalid and met close an assumption or a dependency (the RAID
 * templates offer them); fixed and solved an issue; transferred to BAU and merged into another item any.
 */
export const CLOSED_STATUSES = ['closed', 'done', 'complete', 'completed', 'resolved', 'cancelled', 'canceled', 'retired', 'mitigated', 'expired', 'withdrawn', 'superseded', 'no longer relevant', 'validated', 'invalid', 'invalidated', 'met', 'delivered', 'received', 'realised', 'realized', 'converted to issue', 'became an issue', 'moved to issues', 'fixed', 'solved', 'finished', 'implemented', 'obsolete', 'transferred to bau', 'merged into', 'merged'];

/**
 * Closing words that close only alone, with a date, or with who ("Fixed", "Fixed 20/11", "Implemented by Sam"): "Fixed in
 * next release", "Implemented in phase 2" and "Finished triage, fix next sprint" are still open.
 */
const ALONE_ONLY = new Set(['fixed', 'solved', 'finished', 'implemented', 'obsolete', 'merged']);
/** What may follow one of them: a date, "on"/"by" a date or a person, "into" an item. */
const AFTER_ALONE_ONLY = /^(?:on |by |into )?(?:\d|[a-z]+ \d|[a-z]+$)|^(?:on|by) [a-z]+(?: [a-z]+)?$/;

/** Whether the status settles an item of this type by confirming it: an assumption or a dependency confirmed is settled; an issue confirmed is reproduced, a risk confirmed has happened. */
export function confirmedSettles(type: RaidType, status: string | undefined): boolean {
  if ((type !== 'assumption' && type !== 'dependency') || status === undefined) return false;
  const s = normalize(status);
  return /^confirmed(?:\s|$)/.test(s) && !STILL_OPEN.test(s);
}

/** Whether the status closes an item of this type: a closing word (isClosed), or a confirmation that settles it. */
export function closedFor(type: RaidType, status: string | undefined, closed: readonly string[] = CLOSED_STATUSES): boolean {
  return isClosed(status, closed) || confirmedSettles(type, status);
}

/** Per type: its word ("Risk", "issues") or its id letters and a digit ("R-01", "ISS 4"). */
const TYPE_PATTERNS: [RegExp, RaidType][] = [
  [/^(?:(?:r|risks?)$|(?:rsk|risk|r)[-_ ]?\d)/, 'risk'],
  [/^(?:(?:i|issues?|problems?|blockers?)$|(?:iss|issue|i)[-_ ]?\d)/, 'issue'],
  [/^(?:(?:a|assumptions?)$|(?:asm|assump|a)[-_ ]?\d)/, 'assumption'],
  [/^(?:(?:d|dependenc(?:y|ies))$|(?:dep|d)[-_ ]?\d)/, 'dependency'],
];
/** ✅, ✔ and ☑, each with or without its emoji variation selector (U+FE0F); the selector after another emoji is no check mark. */
const CHECK_MARKS = /\u2705|\u2714\uFE0F?|\u2611\uFE0F?/gu;

export function typeFrom(text: string): RaidType | undefined {
  const t = normalize(text);
  for (const [pattern, type] of TYPE_PATTERNS) if (pattern.test(t)) return type;
  return undefined;
}

/** Anywhere in a status, these keep the item open: "Partially mitigated", "Closure pending", "Yet to be resolved", "Reopened". */
const STILL_OPEN = /(?:^|\s)(?:partially|partly|half|mostly|nearly|almost|pending|awaiting|not yet|yet to|to be|re-?opened)(?:\s|$)/;
/** Before a closing word at the end, these deny it: "Not resolved", "Never closed", "Isn't done". */
const NEGATION = /(?:^|\s)(?:not|no|never|isn['’]t|hasn['’]t|wasn['’]t|aren['’]t|haven['’]t)(?:\s|$)/;

/**
 * True when a status closes the item: a closing word alone, first ("Closed - no further
 * action") or last ("Risk retired"), and no word that keeps it open ("Not yet resolved",
 * "Partially mitigated") or a question ("Done?").
 */
export function isClosed(status: string | undefined, closed: readonly string[] = CLOSED_STATUSES): boolean {
  return closingWord(status, closed) !== undefined;
}

/** The closed status a status text says ("Completed 2025-04-20" -> "completed", "Risk retired" -> "retired"), if any. */
export function closingWord(status: string | undefined, closed: readonly string[] = CLOSED_STATUSES): string | undefined {
  if (!status || /\?\s*$/.test(status)) return undefined;
  // "Closed, see I-09": a comma sets off what follows as a space would.
  const s = normalize(status.replace(CHECK_MARKS, ' done ').replace(/,\s*/g, ' '));
  if (STILL_OPEN.test(s)) return undefined;
  return closed.find((c) => {
    if (s === c) return true;
    if (ALONE_ONLY.has(c)) return startsWithWord(s, c) && AFTER_ALONE_ONLY.test(s.slice(c.length + 1));
    return startsWithWord(s, c) || (endsWithWord(s, c) && !NEGATION.test(s.slice(0, -c.length)));
  });
}

// `s` starts with `word` and a space, or ends with a space and `word`: tested in place, not by making
// `${word} ` for each closing word and status (the most a key typed into a long project log allocated).
const startsWithWord = (s: string, word: string): boolean => s.length > word.length && s.charCodeAt(word.length) === 32 && s.startsWith(word);
const endsWithWord = (s: string, word: string): boolean => s.length > word.length && s.charCodeAt(s.length - word.length - 1) === 32 && s.endsWith(word);
