// A RAID table's open items counted by type and severity, shown above the table.
import { headerField, SYNONYMS, type FieldName } from '../../../server/src/engine/pm/fields';
import { scaleMax, severityOf, type RatingCells } from '../../../server/src/engine/pm/raid-rating';
import { isClosed, typeFrom, type RaidType } from '../../../server/src/engine/pm/raid-words';
import type { TableTokens } from './tokens';

export type Severity = 'high' | 'medium' | 'low' | 'unrated';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'unrated'];
const TYPES: readonly RaidType[] = ['risk', 'issue', 'assumption', 'dependency', 'item'];
const PLURAL: Record<RaidType, string> = { risk: 'Risks', issue: 'Issues', assumption: 'Assumptions', dependency: 'Dependencies', item: 'Other items' };
const RAID_HEADING = /\b(raid|risks?|issues?|assumptions?|dependenc(?:y|ies)|blockers?)\b/i;

export interface RaidSummary {
  total: number;
  open: number;
  /** Open items per type and severity. */
  counts: Partial<Record<RaidType, Record<Severity, number>>>;
}

function columns(header: readonly string[]): Partial<Record<FieldName, number>> {
  const out: Partial<Record<FieldName, number>> = {};
  header.forEach((text, index) => {
    const field = headerField(text, SYNONYMS);
    if (field !== undefined && out[field] === undefined) out[field] = index;
  });
  return out;
}

/**
 * The summary of a RAID table, or undefined when the table is not one: at
 * least half its rows typed (a Type column, R-/I-/A-/D- ids, or a RAID heading)
 * and a column a RAID log has (owner, status, response, due or a rating).
 */
export function readRaidSummary(table: TableTokens): RaidSummary | undefined {
  if (!table.rows.length) return undefined;
  const col = columns(table.header.map((c) => c.text));
  const hasField = ['owner', 'status', 'response', 'due', 'probability', 'impact', 'score', 'rating'].some((f) => col[f as FieldName] !== undefined);
  if (!hasField) return undefined;
  const fromHeading = headingType(table.heading);
  const cell = (row: { text: string }[], field: FieldName): string => (col[field] === undefined ? '' : (row[col[field]!]?.text ?? ''));
  const rating = (row: { text: string }[]): RatingCells => ({ probability: cell(row, 'probability'), impact: cell(row, 'impact'), score: cell(row, 'score'), rating: cell(row, 'rating'), priority: cell(row, 'priority') });
  // The same reading as the status report (engine pm/raid-rating): the table's scale, then each row's severity.
  const headerOf = (field: FieldName): string[] => (col[field] === undefined ? [] : [table.header[col[field]!]?.text ?? '']);
  const max = scaleMax([...headerOf('probability'), ...headerOf('impact')], table.rows.map(rating));
  let typed = 0;
  const summary: RaidSummary = { total: 0, open: 0, counts: {} };
  for (const row of table.rows) {
    const type = typeFrom(cell(row, 'type')) ?? typeFrom(cell(row, 'id')) ?? idType(row[0]?.text ?? '') ?? fromHeading;
    if (type) typed++;
    summary.total++;
    const status = cell(row, 'status');
    if (isClosed(status)) continue;
    summary.open++;
    const key = type ?? 'item';
    const counts = (summary.counts[key] ??= { high: 0, medium: 0, low: 0, unrated: 0 });
    const found = severityOf(rating(row), max);
    counts[found ? (found.toLowerCase() as Severity) : 'unrated']++;
  }
  return typed * 2 >= table.rows.length && typed > 0 ? summary : undefined;
}

function idType(text: string): RaidType | undefined {
  return /^\s*[RIAD][-_]\d{1,4}\b/i.test(text) ? typeFrom(text.trim().split(/\s/)[0]) : undefined;
}

function headingType(heading: string): RaidType | undefined {
  if (!RAID_HEADING.test(heading)) return undefined;
  const t = heading.toLowerCase();
  const hits = (['risk', 'issue', 'assumption', 'dependenc'] as const).filter((w) => t.includes(w));
  if (hits.length !== 1) return undefined;
  return hits[0] === 'dependenc' ? 'dependency' : hits[0];
}

/** The summary's HTML: a line per type with the severity counts as labelled chips. */
export function renderRaidSummary(summary: RaidSummary, escapeHtml: (text: string) => string): string {
  const parts: string[] = [];
  for (const type of TYPES) {
    const counts = summary.counts[type];
    if (!counts) continue;
    const open = SEVERITIES.reduce((n, s) => n + counts[s], 0);
    const chips = SEVERITIES.filter((s) => counts[s] > 0)
      .map((s) => `<span class="il-sev il-sev-${s}" data-severity="${s}">${counts[s]} ${s}</span>`)
      .join(' ');
    parts.push(`<li class="il-raid-type" data-type="${type}" data-open="${open}"><strong>${PLURAL[type]}:</strong> ${open} open ${chips}</li>`);
  }
  const closed = summary.total - summary.open;
  const title = `Open RAID items: ${summary.open} of ${summary.total}${closed ? ` (${closed} closed)` : ''}`;
  const body = parts.length ? `<ul class="il-raid-list">${parts.join('')}</ul>` : '';
  return `<div class="il-raid-summary" role="note" data-open="${summary.open}" data-total="${summary.total}"><span class="il-raid-title">${escapeHtml(title)}</span>${body}</div>\n`;
}
