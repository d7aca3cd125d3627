// Status-report sections found by name: a heading, a "Label:" line, a table
// header cell or the first cell of a row. Names match as words, plurals too.
import type { DocumentModel, Heading, TableCell } from '../model';
import type { Kind, Span } from '../types';
import { blockLabel, blocks, blocksBetween } from './blocks';
import { firstDate, type FoundDate } from './dates';
import { ByObject, columnsOf, liveText, normalize } from './fields';
import { isClosed } from './raid';
import { parseRag, STATUS_LABELS } from './rag';

export const SECTION_LABELS = {
  summary: ['summary', 'executive summary', 'overview', 'highlights', 'headline', 'key messages', 'tl;dr', 'tldr', 'in brief'],
  done: ['done this period', 'completed this period', 'done this week', 'completed this week', 'completed', 'accomplishments', 'achievements', 'achieved', 'progress', 'delivered', 'done', 'this period', 'this week', 'last week', 'last period', 'what we did', 'work completed', 'key activities', 'this month', 'last month', 'this fortnight', 'last fortnight', 'last 2 weeks', 'last two weeks', 'past 2 weeks', 'past two weeks', 'this sprint', 'last sprint', 'this quarter', 'last quarter'],
  next: ['next', 'next period', 'planned next period', 'planned for next period', 'next week', 'planned', 'next steps', 'coming up', 'upcoming', 'look ahead', 'looking ahead', 'next sprint', 'plans', 'plan for next period', 'next month', 'next fortnight', 'next 2 weeks', 'next two weeks', "what's next", 'what’s next', 'what is next', 'next quarter'],
  risks: ['risks and issues', 'risk', 'issue', 'top risks', 'raid', 'blocker', 'concern'],
  decisions: ['decisions needed', 'decisions required', 'decision', 'ask', 'help needed', 'support needed', 'escalation', 'request'],
} as const;

export type SectionKey = keyof typeof SECTION_LABELS;

export interface FoundSection {
  /** Where the name is: a heading, label or cell. */
  span: Span;
  heading?: Heading;
  /** False for a heading with nothing under it. */
  filled: boolean;
}

/** Labels as a regular-expression alternation, longest first, any run of spaces matching any other. */
export function labelAlternation(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/** Whole-word patterns for label lists, a trailing s/es allowed. */
const WORD_PATTERNS = new ByObject<readonly string[], RegExp>(
  (labels) => labels.join('\u0000'),
  (labels) => new RegExp(`(?<![\\p{L}])(?:${labelAlternation(labels)})(?:s|es)?(?![\\p{L}])`, 'u'),
);

/** True when `text` contains one of `labels` as whole words (a trailing s/es allowed). */
export function namesAny(text: string, labels: readonly string[]): boolean {
  return labels.length > 0 && WORD_PATTERNS.get(labels).test(normalize(text));
}

/** namesAny of text normalized already (`normalize`): for text asked about with several lists. */
function normalNamesAny(normal: string, labels: readonly string[]): boolean {
  return labels.length > 0 && WORD_PATTERNS.get(labels).test(normal);
}

/**
 * Labels that name a section only as the whole heading or a "Label:" line: "## Next" is the plan, but "Decisions
 * needed before next release" and a "Next review" column are not.
 */
const WHOLE_ONLY = new Set(['next']);

/** A heading's title without its section number: "3. next" and "2.1) next" are "next". */
export const NUMBERED = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-h][.)]|[ivx]{1,4}[.)])\s+/;

/** `labels` without the WHOLE_ONLY ones, kept per list (the patterns are kept by list object). */
const ANYWHERE = new ByObject<readonly string[], readonly string[]>(
  (labels) => labels.join('\u0000'),
  (labels) => labels.filter((l) => !WHOLE_ONLY.has(l.toLowerCase())),
);

/** The first section named by `labels`; the title heading does not count. */
export function findSection(doc: DocumentModel, labels: readonly string[]): FoundSection | undefined {
  return findSections(doc, { name: labels }).get('name');
}

/** The first section named by each list, in one pass over the document. */
export function findSections<K extends string>(doc: DocumentModel, byKey: Record<K, readonly string[]>): Map<K, FoundSection> {
  const found = new Map<K, FoundSection>();
  const keys = (Object.keys(byKey) as K[]).filter((k) => byKey[k].length);
  if (!keys.length) return found;
  const title = doc.headings.find((h) => h.level === 1);
  const sets = Object.fromEntries(keys.map((k) => [k, byKey[k].flatMap((l) => [l, `${l}s`])])) as unknown as Record<K, readonly string[]>;
  const take = (key: K, section: FoundSection): void => {
    if (!found.has(key)) found.set(key, section);
  };
  for (const block of blocks(doc)) {
    if (block.heading) {
      if (block.heading === title) continue;
      const heading = block.heading;
      const normal = normalize(heading.title).replace(NUMBERED, '');
      for (const key of keys) {
        if (found.has(key) || !(normalNamesAny(normal, ANYWHERE.get(byKey[key])) || (WHOLE_ONLY.has(normal) && byKey[key].some((l) => l.toLowerCase() === normal)))) continue;
        take(key, { span: heading.span, heading, filled: blocksBetween(doc, heading.line + 1, heading.section.endLine).some((b) => b.type !== 'heading' && /\p{L}|\p{N}/u.test(b.text.plain)) });
      }
    } else if (block.type !== 'row') {
      const hit = blockLabel(doc, block, sets);
      if (hit) take(hit.key, { span: block.text.span(0, block.text.plain.length), filled: true });
    }
    if (found.size === keys.length) return found;
  }
  for (const table of doc.tables) {
    for (const key of keys) {
      if (found.has(key)) continue;
      const labels = ANYWHERE.get(byKey[key]);
      const header = table.header.cells.find((c) => namesAny(c.text.plain, labels));
      if (header) {
        take(key, { span: header.span, filled: true });
        continue;
      }
      const row = table.rows.find((r) => r.cells[0] && namesAny(r.cells[0].text.plain, labels) && normalize(r.cells[0].text.plain).split(' ').length <= 5);
      if (row) take(key, { span: row.cells[0].span, filled: true });
    }
  }
  return found;
}

/** Status labels that are safe outside a status report: not a bare "Status:" that any item may carry. */
export function statusLabelsFor(kind: Kind, labels: readonly string[] = STATUS_LABELS): string[] {
  return kind === 'status-report' ? [...labels] : labels.filter((l) => /\b(overall|rag|project)\b/.test(l));
}


/** A line about the report, not the project: "Prepared by Rahul for the steering group", "Date: 27 Nov". */
export const META_LINE = /^\s*(?:(?:prepared|written|compiled|issued|produced|sent|owned)\s+by\b|(?:author|prepared by|date|report date|reporting period|period|week ending|version|distribution|audience|to|cc)\s*:)/i;

/** A paragraph that says nothing about the project: "No change.", "See below.", "Nothing to report." */
export const SAYS_NOTHING = /^\s*(?:no (?:change|changes|update|updates|news)(?: (?:this|since last) (?:week|period|time))?|see (?:below|above|attached|the (?:table|summary) below)|nothing (?:new|to report|to add)|as (?:before|last week)|n\/a|none|tbc|tbd)\s*[.!]?\s*$/i;

export const BASELINE_HEADERS = ['baseline', 'baseline date', 'original date', 'original', 'planned date', 'planned', 'plan', 'plan date', 'target date'];
export const FORECAST_HEADERS = ['forecast', 'forecast date', 'expected', 'expected date', 'revised', 'revised date', 'current forecast', 'latest forecast', 'eta', 'estimate', 'actual', 'actual date'];

export interface Slip {
  name: string;
  baseline: FoundDate;
  forecast: FoundDate;
  /** Source span of the forecast cell. */
  span: Span;
}

/** A cell's text without what is struck through: "~~2026-12-12~~ 2027-01-23" is a forecast moved to 23 Jan. */
function live(cell: TableCell | undefined): string {
  return cell ? liveText(cell.raw, cell.text.plain) : '';
}

/** Milestones rated Red (or Amber/Red) in a milestone table's Status or RAG column, and not complete. */
export function redMilestones(doc: DocumentModel): { name: string; rating: string }[] {
  const red: { name: string; rating: string }[] = [];
  for (const table of doc.tables) {
    const headers = table.header.cells.map((c) => c.text.plain.trim().toLowerCase());
    if (!headers.some((h) => /^(?:milestones?|deliverables?|key dates?)$/.test(h))) continue;
    const ratingColumn = headers.findIndex((h) => /^(?:rag|status|rating|health)$/.test(h));
    if (ratingColumn < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[ratingColumn];
      const rag = cell ? parseRag(cell.text.plain, true) : undefined;
      // "| Vendor selected | 2026-09-30 | Red | Done |": a Status column beside the RAG one may close it.
      if (!rag || rag.level < 3 || row.cells.some((c, i) => i > 0 && isClosed(c.text.plain))) continue;
      red.push({ name: row.cells.find((_, i) => i !== ratingColumn)?.text.plain.trim() || 'A milestone', rating: rag.text });
    }
  }
  return red;
}

/** Milestone table rows (a Baseline and a Forecast column) forecast later than baseline and not complete. */
export function slippedMilestones(doc: DocumentModel, today: string, baseline: readonly string[] = BASELINE_HEADERS, forecast: readonly string[] = FORECAST_HEADERS): Slip[] {
  const slips: Slip[] = [];
  const synonyms = { baseline, forecast, status: ['status', 'state', 'rag'] };
  for (const table of doc.tables) {
    const columns = columnsOf(table, synonyms);
    if (columns.baseline === undefined || columns.forecast === undefined) continue;
    for (const row of table.rows) {
      const b = firstDate(live(row.cells[columns.baseline]), today);
      const f = firstDate(live(row.cells[columns.forecast]), today);
      if (!b || !f || b.ambiguous || f.ambiguous || f.iso <= b.iso) continue;
      if (row.cells.some((c, i) => i !== columns.baseline && i !== columns.forecast && i > 0 && isClosed(c.text.plain))) continue;
      const nameCell = row.cells.find((_, i) => i !== columns.baseline && i !== columns.forecast && i !== columns.status);
      slips.push({ name: nameCell?.text.plain.trim() ?? 'A milestone', baseline: b, forecast: f, span: row.cells[columns.forecast].span });
    }
  }
  return slips;
}
