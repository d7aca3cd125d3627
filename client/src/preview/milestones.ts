// A milestones table read into dated items: a name column (Milestone, Task,
// Phase, ...), dates (Start, End, Due, Baseline, Forecast) and a Status.
import { firstDate } from '../../../server/src/engine/pm/dates';
import { headerField, isEmptyValue, normalize, SYNONYMS } from '../../../server/src/engine/pm/fields';
import { parseRag } from '../../../server/src/engine/pm/rag';
import { CLOSED_STATUSES, isClosed } from '../../../server/src/engine/pm/raid-words';
import type { TableTokens } from './tokens';

export const MILESTONE_SYNONYMS = {
  name: ['milestone', 'milestones', 'key milestone', 'task', 'tasks', 'activity', 'deliverable', 'deliverables', 'phase', 'stage', 'workstream', 'work package', 'event', 'gate'],
  start: ['start', 'start date', 'starts', 'begin', 'begins', 'from', 'planned start', 'baseline start', 'actual start', 'kick-off', 'kickoff'],
  end: ['end', 'end date', 'ends', 'finish', 'finish date', 'to', 'planned end', 'planned finish', 'completion', 'completion date', 'complete by'],
  due: ['due', 'due date', 'date', 'target', 'target date', 'deadline', 'eta', 'by', 'milestone date', 'planned date', 'when', 'go-live'],
  forecast: ['forecast', 'forecast date', 'forecast end', 'revised date', 'expected', 'expected date', 'actual', 'actual date', 'current forecast', 'actual or forecast'],
  baseline: ['baseline', 'baseline date', 'baseline end', 'original date', 'original', 'plan', 'planned'],
  status: [...SYNONYMS.status, 'rag', 'progress'],
} as const;

type MilestoneField = keyof typeof MILESTONE_SYNONYMS;

/** Done for a milestone: the RAID closed words plus what milestones say. */
const DONE = [...CLOSED_STATUSES, 'achieved', 'met', 'delivered', 'finished', 'signed off', 'complete', 'live', '100%'];
const LATE = /^(?:late|overdue|missed|slipped|delayed|off[\s-]track|behind)/iu;

export type MilestoneState = 'done' | 'late' | 'at-risk' | 'open';

export interface Milestone {
  name: string;
  /** YYYY-MM-DD; undefined for a milestone without a start (a point in time). */
  start?: string;
  /** The date it ends or is due (forecast first, then end, due, baseline). */
  end?: string;
  /** The baseline date when it differs from `end` (a slip to show). */
  baseline?: string;
  status: string;
  state: MilestoneState;
}

/** Column index per milestone field. */
export function milestoneColumns(header: readonly string[]): Partial<Record<MilestoneField, number>> {
  const columns: Partial<Record<MilestoneField, number>> = {};
  header.forEach((text, index) => {
    const field = headerField(text, MILESTONE_SYNONYMS);
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * The table's milestones, or undefined when it is not a milestones table: it
 * needs a name column, a date column, and a date in at least one row.
 */
export function readMilestones(table: TableTokens, today: string): Milestone[] | undefined {
  const header = table.header.map((c) => c.text);
  const columns = milestoneColumns(header);
  if (columns.name === undefined) return undefined;
  const dateColumns = (['start', 'end', 'due', 'forecast', 'baseline'] as const).filter((f) => columns[f] !== undefined);
  if (!dateColumns.length || (dateColumns.length === 1 && dateColumns[0] === 'start')) return undefined;
  const cell = (row: { text: string }[], field: MilestoneField): string => {
    const index = columns[field];
    return index === undefined ? '' : (row[index]?.text ?? '');
  };
  const date = (row: { text: string }[], field: MilestoneField): string | undefined => {
    const text = cell(row, field);
    return text && !isEmptyValue(text) ? firstDate(text, today)?.iso : undefined;
  };
  let dated = 0;
  const items = table.rows.map((row): Milestone => {
    let start = date(row, 'start');
    let end = date(row, 'forecast') ?? date(row, 'end') ?? date(row, 'due') ?? date(row, 'baseline');
    const base = date(row, 'baseline');
    if (start && !end) [start, end] = [undefined, start];
    if (start && end && start > end) [start, end] = [end, start];
    if (end) dated++;
    const status = cell(row, 'status');
    return { name: cell(row, 'name'), start, end, baseline: base && base !== end ? base : undefined, status, state: stateOf(status, end, today) };
  });
  return dated ? items : undefined;
}

function stateOf(status: string, end: string | undefined, today: string): MilestoneState {
  const s = normalize(status);
  if (s && (isClosed(s, DONE) || /^[✅✔☑]/u.test(status.trim()))) return 'done';
  if (LATE.test(s) || (end !== undefined && end < today)) return 'late';
  const rag = s ? parseRag(s, true) : undefined;
  if (rag && rag.level >= 3) return 'late';
  if (rag && rag.level >= 1) return 'at-risk';
  return 'open';
}
