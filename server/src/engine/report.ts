// This period's status report from the RAID log and the project log: open risks
// and issues by severity, what falls due next period, what is overdue, the
// decisions needed, and an overall RAG suggested from them with its reason.
// The output has the status-report template's sections, so it lints clean
// except for placeholders where only the user knows the answer ([Owner], a new date).
import { defaultSettings, type Settings } from './config';
import { resolveKind } from './kinds';
import { parseDocument } from './model';
import { joinPieces, piecePlain } from './pm/blocks';
import { daysBetween, firstDate, isoOf, leadingDate, numericOrder, settleDate } from './pm/dates';
import { readLogEntries } from './pm/log';
import { readRaid, type RaidItem, type RaidTable } from './pm/raid';
import { scaleMax, severityOf as cellSeverity, type RatingCells, type Severity } from './pm/raid-rating';
import { stripBom } from './text';

export type { Severity };
export type Rating = 'Green' | 'Amber' | 'Red';

export interface ReportInput {
  /** The RAID log's text (a RAID log, or any document with a RAID table). */
  raid: string;
  /** The project log's text, for "Done this period". */
  log?: string;
  /** YYYY-MM-DD. */
  today: string;
  /** Length of a reporting period in days (7 by default). */
  periodDays?: number;
  /** Project name for the title; the RAID log's front matter `project:` when unset. */
  project?: string;
  /** File names, for kind detection by name and config globs. */
  raidPath?: string;
  logPath?: string;
  settings?: Settings;
}

export interface ReportItem {
  id?: string;
  type: RaidItem['type'];
  description: string;
  owner?: string;
  status?: string;
  response?: string;
  /** YYYY-MM-DD of the due or review date. */
  due?: string;
  /** The due cell as written when it holds no date the report can read ("01/11/2026" with nothing to settle it). */
  dueText?: string;
  severity?: Severity;
  overdueDays?: number;
  decision: boolean;
}

export interface StatusReport {
  markdown: string;
  /** Undefined when the text holds no risk, issue or RAID table at all: nothing to rate from. */
  rag: Rating | undefined;
  /** "Amber: 2 high risks open, 1 overdue issue". */
  reason: string;
  open: ReportItem[];
  overdue: ReportItem[];
  dueNext: ReportItem[];
  decisions: ReportItem[];
}

/** A status, type or response that asks someone to decide. */
const DECISION = /(?<![\p{L}])(?:decisions?|decide|approv(?:e|al)|sign[- ]?off|escalat(?:e|ion))(?![\p{L}])/iu;

const cellsOf = (item: RaidItem): RatingCells => {
  const { probability, impact, score, rating, priority } = item.fields;
  return { probability: probability?.text, impact: impact?.text, score: score?.text, rating: rating?.text, priority: priority?.text };
};

/** The probability and impact scale of the items' table (pm/raid-rating: stated in a header, or read from the values). */
export function scaleFor(table: RaidTable | undefined, items: readonly RaidItem[]): number {
  const headers = table ? [table.columns.probability, table.columns.impact].flatMap((i) => (i === undefined ? [] : [table.table.header.cells[i]?.text.plain ?? ''])) : [];
  return scaleMax(headers, items.map(cellsOf));
}

/** Severity from the score (P x I banded on the table's scale: on 1-5, Red >= 16, Amber 9-15), a rating, or impact and priority. */
export function severityOf(item: RaidItem, max = 5): Severity | undefined {
  return cellSeverity(cellsOf(item), max);
}

const value = (item: RaidItem, field: keyof RaidItem['fields']): string | undefined => {
  const found = item.fields[field];
  return found && !found.empty ? found.text.trim() : undefined;
};

/** What the item is about: its description column, else its list text after the id. */
function describe(item: RaidItem): string {
  const text = value(item, 'description') ?? (item.item ? item.item.text.plain.replace(/^\s*\**\s*[\w-]+\**\s*[:.)\-–—]?\s*/, '').split(/\.\s|\s(?:owner|due|status|response|mitigation)\s*:/i)[0] : '');
  return text.replace(/\|/g, '/').trim() || 'No description';
}

/** The open items of a RAID text as report rows, with their due date, severity and whether they are overdue. */
export function reportItems(text: string, today: string, settings: Settings = defaultSettings(), path?: string): ReportItem[] {
  const doc = parseDocument(stripBom(text).text);
  const kind = resolveKind(doc, { kinds: settings.kinds, path }).kind ?? 'raid-log';
  const items = readRaid(doc, kind, {}, today).items;
  // Per table (list items together): the scale of its ratings and the order its numeric dates are written in.
  const groups = new Map<RaidTable | undefined, RaidItem[]>();
  for (const item of items) groups.set(item.table, [...(groups.get(item.table) ?? []), item]);
  const scales = new Map<RaidTable | undefined, number>();
  const orders = new Map<RaidTable | undefined, ReturnType<typeof numericOrder>>();
  for (const [table, group] of groups) {
    scales.set(table, scaleFor(table, group));
    orders.set(table, numericOrder(group.map((i) => value(i, 'due') ?? ''), today));
  }
  return items
    // item.closed reads the status with the same closing words (CLOSED_STATUSES).
    .filter((item) => !item.closed)
    .map((item) => {
      const dueText = value(item, 'due');
      const found = dueText ? firstDate(dueText, today) : undefined;
      const date = found && settleDate(found, orders.get(item.table));
      const due = date && !date.ambiguous ? date.iso : undefined;
      const overdueDays = due && due < today ? daysBetween(due, today) : undefined;
      const status = value(item, 'status');
      const response = value(item, 'response');
      const typeText = value(item, 'type') ?? '';
      return {
        id: item.id,
        type: item.type,
        description: describe(item),
        owner: value(item, 'owner'),
        status,
        response,
        due,
        dueText: !due && dueText && found ? dueText : undefined,
        severity: severityOf(item, scales.get(item.table)),
        overdueDays,
        decision: DECISION.test(typeText) || DECISION.test(status ?? '') || DECISION.test(response ?? ''),
      };
    });
}

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.replace(/([^aeiou])y$/, '$1ie')}${n === 1 ? '' : 's'}`;
const listOf = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
/** "Reduce: loan switches" -> "loan switches": the strategy word is for the register, not the plan. */
const withoutStrategy = (response: string): string => response.replace(/^(?:avoid|reduce|fallback|transfer|share|accept|mitigate)\s*[:\-–—]\s*/i, '');
const typeName = (item: ReportItem): string => (item.type === 'item' ? 'item' : item.type);

/** The overall RAG the items suggest, and why, in the words a status report uses. */
export function suggestRag(open: ReportItem[]): { rag: Rating; reason: string } {
  const high = open.filter((i) => i.severity === 'High' && (i.type === 'risk' || i.type === 'issue' || i.type === 'item'));
  const overdue = open.filter((i) => i.overdueDays !== undefined);
  const parts: string[] = [];
  for (const type of ['risk', 'issue', 'item'] as const) {
    const n = high.filter((i) => i.type === type).length;
    if (n) parts.push(`${plural(n, `high ${type}`)} open`);
  }
  const overdueTypes = [...new Set(overdue.map(typeName))];
  for (const type of overdueTypes) parts.push(plural(overdue.filter((i) => typeName(i) === type).length, `overdue ${type}`));
  // Red when a high issue is already late or the load is beyond one period's recovery (three high items, or three
  // overdue issues or high items); overdue low assumptions and dependencies only make it Amber.
  const serious = overdue.filter((i) => i.type === 'issue' || i.severity === 'High');
  const red = high.some((i) => i.type === 'issue' && i.overdueDays !== undefined) || high.length >= 3 || serious.length >= 3;
  const rag: Rating = red ? 'Red' : parts.length ? 'Amber' : 'Green';
  const reason = parts.length ? `${rag}: ${parts.join(', ')}` : 'Green: no high risks or issues open and nothing overdue';
  return { rag, reason };
}

const SEVERITY_ORDER: Record<string, number> = { High: 0, Medium: 1, Low: 2 };
const bySeverity = (a: ReportItem, b: ReportItem): number => (SEVERITY_ORDER[a.severity ?? ''] ?? 3) - (SEVERITY_ORDER[b.severity ?? ''] ?? 3) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || (a.id ?? '').localeCompare(b.id ?? '');

function addDays(iso: string, days: number): string {
  const date = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + days));
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A table cell: pipes escaped, empty shown as the placeholder the user must fill. */
const cell = (text: string | undefined, placeholder: string): string => (text && text.trim() ? text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() : placeholder);
const ref = (item: ReportItem): string => (item.id ? ` (${item.id})` : '');
const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Project-log entries dated within the period, as "Title: result" lines. */
export function doneThisPeriod(log: string | undefined, today: string, from: string): string[] {
  if (!log) return [];
  const doc = parseDocument(stripBom(log).text);
  const lines: string[] = [];
  for (const entry of readLogEntries(doc, today)) {
    const date = leadingDate(entry.date, today);
    if (!date || date.precision !== 'day' || date.iso < from || date.iso > today) continue;
    const part = (key: string): string => joinPieces(entry.parts.filter((p) => p.key === key).flatMap((p) => p.pieces)).trim();
    const title = piecePlain(entry.title).trim();
    const said = part('result') || part('what') || joinPieces(entry.prelude.slice(1));
    lines.push(`${title || date.iso}${said ? `: ${said.replace(/[.;\s]+$/, '')}` : ''} (${date.iso})`);
  }
  return lines;
}

/** The status report for the period ending `today`. */
export function statusReport(input: ReportInput): StatusReport {
  const settings = input.settings ?? defaultSettings();
  const today = input.today;
  const period = input.periodDays ?? 7;
  const from = addDays(today, -(period - 1));
  const until = addDays(today, period);
  const open = reportItems(input.raid, today, settings, input.raidPath).sort(bySeverity);
  const overdue = open.filter((i) => i.overdueDays !== undefined).sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0));
  const dueNext = open.filter((i) => i.due && i.due >= today && i.due <= until).sort((a, b) => a.due!.localeCompare(b.due!));
  const decisions = open.filter((i) => i.decision);
  const risksAndIssues = open.filter((i) => i.type === 'risk' || i.type === 'issue' || i.type === 'item');
  // A file with no RAID table or list at all (a project log given by mistake) rates nothing: not "Green".
  const found = open.length > 0 || raidItemCount(input.raid, today, settings, input.raidPath) > 0;
  const suggested = found ? suggestRag(open) : undefined;
  const rag = suggested?.rag;
  const reason = suggested?.reason ?? 'No risks, issues or RAID table found in the file the report was built from: rate the status yourself';
  const project = input.project ?? projectOf(input.raid);
  const done = doneThisPeriod(input.log, today, from);

  const high = risksAndIssues.filter((i) => i.severity === 'High');
  const pathParts: string[] = [];
  if (overdue.length) pathParts.push(`agree new dates for ${listOf(overdue.map((i) => i.id ?? lowerFirst(i.description)))}`);
  if (high.length) pathParts.push(`carry out the responses to ${listOf(high.map((i) => i.id ?? lowerFirst(i.description)))} by ${until}`);
  const path = rag === undefined ? '[What gets the project back to green, or None]' : rag === 'Green' ? 'None: on track.' : `${pathParts.join('; ').replace(/^./, (c) => c.toUpperCase())}.`;

  const summary = [
    `${plural(open.filter((i) => i.type === 'risk').length, 'risk')} and ${plural(open.filter((i) => i.type === 'issue').length, 'issue')} are open, ${high.length ? `${high.length} of them` : 'none of them'} high severity.`,
    `${overdue.length ? `${plural(overdue.length, 'item')} ${overdue.length === 1 ? 'is' : 'are'} overdue` : 'Nothing is overdue'} and ${dueNext.length ? `${dueNext.length} ${dueNext.length === 1 ? 'falls' : 'fall'} due` : 'nothing falls due'} by ${until}.`,
    decisions.length ? `${plural(decisions.length, 'decision')} ${decisions.length === 1 ? 'is' : 'are'} needed.` : 'No decisions are needed.',
  ].join(' ');

  const lines: string[] = ['---', 'impact-lint: status-report'];
  if (project) lines.push(`project: ${JSON.stringify(project)}`);
  lines.push('---', '', `# Status report${project ? `: ${project}` : ''}`, '', `**Report date:** ${today} · **Period:** ${from} to ${today}`, '');
  lines.push(`**Overall status:** ${rag ?? '[Green, Amber or Red]'}`, '', `**Reason:** ${reason.replace(/^\w+: /, '').replace(/^./, (c) => c.toUpperCase())}.`, '', `**Path to green:** ${path}`, '');
  lines.push('## Summary', '', summary, '');
  lines.push('## Done this period', '', ...(done.length ? done.map((d) => `- ${d}`) : [`- Nothing recorded in the project log from ${from} to ${today}.`]), '');
  lines.push('## Planned next period', '');
  if (dueNext.length) for (const item of dueNext) lines.push(`- ${item.description}${ref(item)}: ${item.response ? lowerFirst(withoutStrategy(item.response).replace(/[.\s]+$/, '')) : 'next step to agree'} (${item.owner ?? 'owner to agree'}, ${item.due})`);
  else lines.push(`- Nothing in the risk log falls due by ${until}; add the planned deliverables.`);
  lines.push('');
  lines.push('## Risks and issues', '');
  if (risksAndIssues.length) {
    lines.push('| Ref | Risk or issue | Severity | Owner | Status | Response | Due date |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const item of risksAndIssues) {
      // An overdue date would only repeat the RAID log's warning: the row asks for the new date instead.
      const status = item.overdueDays !== undefined ? `${item.status ?? 'Open'}, overdue since ${item.due}` : (item.status ?? 'Open');
      const due = item.overdueDays !== undefined ? 'YYYY-MM-DD' : (item.due ?? (item.dueText ? cell(item.dueText, 'YYYY-MM-DD') : 'YYYY-MM-DD'));
      lines.push(`| ${cell(item.id, '-')} | ${cell(item.description, '[Description]')} | ${item.severity ?? 'Not rated'} | ${cell(item.owner, '[Owner]')} | ${cell(status, 'Open')} | ${cell(item.response, '[Response]')} | ${due} |`);
    }
  } else lines.push('No risks or issues are open.');
  lines.push('');
  if (overdue.length) {
    lines.push(`**Overdue:** ${overdue.map((i) => `${i.description}${ref(i)}, ${plural(i.overdueDays!, 'day')}`).join('; ')}.`, '');
  }
  lines.push('## Decisions needed', '', '| Decision | Decider | By |', '| --- | --- | --- |');
  if (decisions.length) {
    for (const item of decisions) {
      const decider = /\bto (?:the )?(sponsor|board|steering (?:group|committee)|programme board|client|customer|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/u.exec(item.response ?? '')?.[1];
      const by = item.due && item.due >= today ? item.due : until;
      lines.push(`| ${cell(`${item.response ? `${item.response.replace(/[.\s]+$/, '')}: ` : ''}${lowerFirst(item.description)}${ref(item)}`, '[Decision]')} | ${cell(decider ? (/^\p{Lu}/u.test(decider) ? decider : `The ${decider}`) : item.owner, '[Decider]')} | ${by} |`);
    }
  } else lines.push('| None | - | - |');
  lines.push('');
  return { markdown: lines.join('\n'), rag, reason, open, overdue, dueNext, decisions };
}

/** How many RAID items (open or closed) `text` holds. */
function raidItemCount(text: string, today: string, settings: Settings, path?: string): number {
  const doc = parseDocument(stripBom(text).text);
  return readRaid(doc, resolveKind(doc, { kinds: settings.kinds, path }).kind ?? 'raid-log', {}, today).items.length;
}

/** `project:` from the front matter, else the title after "RAID log:". */
function projectOf(raid: string): string | undefined {
  const doc = parseDocument(stripBom(raid).text);
  const fm = doc.frontMatter?.data.project;
  if (typeof fm === 'string' && fm.trim() && !/^\[.*\]$/.test(fm.trim())) return fm.trim();
  const title = doc.headings.find((h) => h.level === 1)?.title;
  const named = title && /^(?:raid log|risk register|risks?)\s*[:\-–—]\s*(.+)$/i.exec(title)?.[1];
  return named || undefined;
}
