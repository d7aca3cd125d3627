// log-entry-outcome: a dated project-log entry says what was done, with whom,
// over what timeline, and the result with a number.
import { joinPieces, pieceEnd, piecePlain, pieceSpan } from '../pm/blocks';
import { blankDates, firstDate, isDayOrMonth } from '../pm/dates';
import { cellArea, isEmptyValue, listOption } from '../pm/fields';
import { hasQuantity, LOG_LABELS, NOT_SPENT_AFTER, NOT_SPENT_BEFORE, readLogEntries, withoutHeadCounts, type LogEntry, type LogKey } from '../pm/log';
import { checkKept, memoOf } from '../memo';
import type { DocumentModel, Table, TableCell, TableRow } from '../model';
import type { Lexicon } from '../lexicon';
import type { Report, Rule } from '../types';

const WHO = /(?<![\p{L}])(with|w\/|alongside|together with|partner(?:ed|ing)?|teams?|colleagues?|vendors?|suppliers?|contractors?|stakeholders?|departments?|squads?|tribes?|engineers?|developers?|analysts?|architects?|testers?|DBAs?|managers?|directors?|execs?|executives?|leadership|sponsors?|(?:the|steering|project|programme|program|advisory|change|design|review)\s+board|committee|steering group|CAB|PMO|service desk|helpdesk|facilities|finance|procurement|security|legal|sign(?:ed)?[- ]?off (?:from|by)|approved by|approval from|agreed with|(?:CFO|CEO|CTO|CIO|COO|CISO|CDO|CPO|VP|HRD|FD)|all-hands|all hands|town ?hall|auditors?|the business)(?![\p{L}])|(?<![\w@])@\w/iu;
/**
 * A person named where only a person goes: "Decision (Karen, 13 Nov)", "(Ahmed)", "Asked Karen to decide", "Briefed
 * Priya". Case matters here, so it is a pattern of its own.
 */
const NAMED = /\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[,)]|(?<![\p{L}])(?:[Aa]sked|[Tt]old|[Bb]riefed|[Ee]mailed|[Cc]alled|[Mm]et|[Pp]inged|[Mm]essaged|[Rr]eminded|[Cc]hased)\s(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** A person named in `text` (NAMED), not a tool, a day or a month in brackets: "(Karen, 13 Nov)", not "(Azure, 2 days)", "(Monday)". */
function namesPerson(text: string, lexicon: Lexicon): boolean {
  for (const match of text.matchAll(NAMED)) {
    const name = (match[1] ?? match[2] ?? '').toLowerCase();
    if (!lexicon.technologies.has(name) && !lexicon.technologies.has(name.split(' ')[0]) && !isDayOrMonth(name)) return true;
  }
  return false;
}
// Not a time that is not how long the work took ("(3 days left)", "slipped 3 days"): NOT_SPENT_*, shared with the drafts.
const TIMELINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!${NOT_SPENT_BEFORE})(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[\s-]*(?:minutes?|mins?|hours?|hrs?|half[\s-]days?|days?|evenings?|mornings?|afternoons?|shifts?|(?:maintenance|change|outage|release)\s+windows?|weeks?|wks?|fortnights?|months?|quarters?|sprints?|years?|weekends?|nights?)(?![\p{L}])${NOT_SPENT_AFTER}|(?<![\p{L}])(?:the|next|this|that|last)\s+(?:week|month|quarter|sprint|year)(?![\p{L}])|(?<![\p{L}])all\s+(?:day|night|morning|afternoon|weekend|week|month)(?![\p{L}-])|(?<![\p{L}])(?:from|between)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:to|until|till|and|-|\u2013)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?![\p{L}]{0,6}\p{N})|(?<![\p{L}])(weekend|overnight|sprint|quarter|deadline|on schedule|ahead of schedule|behind schedule|on time|late|early|since|until|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|q[1-4])(?![\p{L}])`, 'iu');
/** An entry about a blocker or a decision it waits on. */
const BLOCKER = /(?<![\p{L}])(?:blocked|blocker|blocking|decision needed|decision required|needs? a decision|waiting (?:on|for)|escalated|on hold|pushed back)(?![\p{L}])/iu;
/** An entry that only says its author was away: "Holiday", "Annual leave", "Off sick", "PTO". */
const AWAY = /^[\s\p{P}\p{Extended_Pictographic}\u{FE0F}]*(?:on\s+)?(?:(?:annual|study|parental|paternity|maternity|sick|unpaid)\s+leave|leave|(?:bank|public|school)\s+holidays?|holidays?|vacation|pto|ooo|out\s+of\s+(?:the\s+)?office|off\s+sick|sick|off|(?:day|days|week|weeks)\s+off)(?:\s+(?:(?:all|this|for(?:\s+the)?\s+(?:whole|rest\s+of\s+the)|the\s+(?:whole|rest\s+of\s+the)|for\s+(?:a|one|two|three|four|five|\d{1,2}))\s+)?(?:week|weeks|day|days|fortnight|morning|afternoon|today|tomorrow))?(?:\s*\([^)]{0,40}\))?[\s\p{P}\p{Extended_Pictographic}\u{FE0F}]*$/iu;
const NAMES: Record<LogKey, string> = { what: 'what was done', who: 'who was involved', timeline: 'the timeline', result: 'the result (with a number)' };

/** What a result without a number is told, in an entry's part, a log table's cell or an entry's Result column. */
const NO_NUMBER = 'The result has no number. Say what changed and by how much: before and after, %, hours or money saved, users or systems affected.';

/** What an entry (or a log table's dated row) missing some parts is told. */
function lacks(missing: string[]): string {
  return `This entry does not say ${list(missing)}: the raw material a resume bullet needs.`;
}

function list(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export const logEntryOutcome: Rule = {
  meta: {
    id: 'log-entry-outcome',
    description: 'Project-log entries say what was done, with whom, over what timeline, and the result with a number.',
    severity: 'warning',
    kinds: ['project-log'],
    fixable: false,
    example: { before: '## 2026-10-19 Patch push\n\nRebuilt the patch rings. Compliance went up a lot.', after: '## 2026-10-19 Patch push\n\nRebuilt the patch rings with the desktop team over two weeks: compliance rose from 71% to 96%.' },
    options: {
      require: { type: 'string[]', default: ['what', 'who', 'timeline', 'result'], values: ['what', 'who', 'timeline', 'result'], description: 'The parts an entry needs, from "what", "who", "timeline" and "result".' },
      whatLabels: { type: 'string[]', default: [...LOG_LABELS.what], description: 'Labels that introduce what was done ("What:").' },
      whoLabels: { type: 'string[]', default: [...LOG_LABELS.who], description: 'Labels that introduce who was involved ("With:").' },
      timelineLabels: { type: 'string[]', default: [...LOG_LABELS.timeline], description: 'Labels that introduce the timeline ("Timeline:").' },
      resultLabels: { type: 'string[]', default: [...LOG_LABELS.result], description: 'Labels that introduce the result ("Result:").' },
    },
  },
  check({ doc, lexicon, today, options, report, ruleId }) {
    const labels = { what: listOption(options, 'whatLabels', LOG_LABELS.what), who: listOption(options, 'whoLabels', LOG_LABELS.who), timeline: listOption(options, 'timelineLabels', LOG_LABELS.timeline), result: listOption(options, 'resultLabels', LOG_LABELS.result) };
    const required = new Set(listOption(options, 'require', ['what', 'who', 'timeline', 'result']));
    const hasNumber = (text: string): boolean => hasQuantity(text, lexicon, today);
    const reading: Reading = { doc, source: doc.source, required, today, hasNumber, labels, namesPerson: (text) => namesPerson(text, lexicon) };
    const memo = memoOf(doc);
    const entries = readLogEntries(doc, today, labels);
    checkTableLog(doc, entries, reading, report);
    const check = (entry: LogEntry, r: (report: Report) => void): void => checkEntry(entry, reading, r);
    for (const entry of entries) {
      if (!memo) {
        checkEntry(entry, reading, report);
        continue;
      }
      // While a person types, an entry whose lines did not change gets its findings again
      // (its options and the lexicon are the memo's settings; the date goes in the key).
      const start = doc.lines.lineStart(entry.line);
      const end = entry.endLine < doc.lines.lineCount ? doc.lines.lineStart(entry.endLine) : doc.source.length;
      checkKept(memo.entry(`${today}\n${doc.source.slice(start, end)}`), start, ruleId, report, check, entry);
    }
  },
};

interface Reading {
  doc: DocumentModel;
  labels: Record<LogKey, readonly string[]>;
  source: string;
  required: ReadonlySet<string>;
  today: string;
  hasNumber: (text: string) => boolean;
  /** A person named in the text, not a tool (namesPerson with the lexicon). */
  namesPerson: (text: string) => boolean;
}

/** The findings on one entry: they may depend on its lines, the date and the rule's options, nothing else. */
function checkEntry(entry: LogEntry, { doc, labels, source, required, today, hasNumber, namesPerson }: Reading, report: (report: Report) => void): void {
  const free = joinPieces(entry.prelude);
  // The title and each block on a line of its own: "Mailbox migration" then "Migrated 1,200
  // mailboxes" is two sentences, not a name ("Migration Migrated 1,200").
  const lines = entry.prelude.map((p) => piecePlain(p).trim()).filter(Boolean).join('\n');
  // "## Week 36" / "Holiday": a week off has nothing to record; nor has "## 2026-11-16 Holiday" / "Annual leave.".
  if (!entry.parts.length && lines.split('\n').every((line) => AWAY.test(line))) return;
  // A table in the entry with What / With / Timeline / Result columns says those parts in its cells.
  const cells: Record<LogKey, TableCell[]> = { what: [], who: [], timeline: [], result: [] };
  const otherRows: TableRow[] = [];
  let table: Table | undefined;
  let columns: Partial<Record<LogKey, number>> = {};
  for (const b of entry.blocks) {
    if (!b.row || !b.table) continue;
    // A table's rows come one after another: its columns are read once.
    if (b.table !== table) [table, columns] = [b.table, logColumns(b.table, labels)];
    if (!Object.keys(columns).length) {
      // "| Timeline | Two weeks |": a row whose first cell names the timeline gives no result number.
      if (!labels.timeline.includes(headerName(b.row.cells[0]?.text.plain ?? ''))) otherRows.push(b.row);
      continue;
    }
    for (const key of Object.keys(columns) as LogKey[]) {
      const cell = b.row.cells[columns[key]!];
      if (cell && !isEmptyValue(cell.text.plain)) cells[key].push(cell);
    }
  }
  const filled = (key: LogKey): boolean => entry.parts.some((p) => p.key === key && joinPieces(p.pieces).trim() !== '') || cells[key].length > 0;
  const present: Record<LogKey, boolean> = {
    what: filled('what') || /\p{L}/u.test(free),
    who: filled('who') || WHO.test(free) || namesPerson(free),
    timeline: filled('timeline') || TIMELINE.test(free) || blankDates(free, today) !== free,
    // An empty "Result:" (a template's, or one left for later) says none.
    // In free text, "with 3 engineers" and "to 2 squads" say who took part, not how it went.
    result: filled('result') || (!labelled(entry) && hasNumber(withoutHeadCounts(lines))) || otherRows.some((row) => hasNumber(row.cells.slice(1).map((c) => c.text.plain).join(' '))),
  };
  // "Blocked: the circuit is still 200 Mbps", "Decision needed: ...": a blocker has no result yet; what it needs is an
  // owner and a date, which raid-missing-field and action-item-owner ask of it where it is written as an item.
  if (!present.result && !filled('result') && BLOCKER.test(lines)) present.result = true;
  const missing = (Object.keys(present) as LogKey[]).filter((k) => required.has(k) && !present[k]).map((k) => NAMES[k]);
  if (missing.length) {
    report({ span: entry.anchor, message: lacks(missing) });
  }
  if (!required.has('result')) return;
  for (const cell of cells.result) {
    if (hasNumber(cell.text.plain)) continue;
    report({ span: cellArea(doc, cell), message: NO_NUMBER });
  }
  for (const part of entry.parts.filter((p) => p.key === 'result')) {
    const text = joinPieces(part.pieces);
    if (!text.trim() || hasNumber(text)) continue;
    const last = part.pieces[part.pieces.length - 1];
    const end = pieceSpan(last).end;
    const at = pieceEnd(source, last);
    report({
      span: pieceSpan(part.pieces[0]).start < end ? { start: pieceSpan(part.pieces[0]).start, end } : part.label,
      message: NO_NUMBER,
      suggestions: [{ title: 'Add a before/after placeholder', edit: { range: [at, at], text: ' (from ${1:before} to ${2:after})' }, snippet: true }],
    });
  }
}

/**
 * A log kept as a table, one row per entry: "| Date | What | With | Timeline | Result |" outside any dated entry.
 * Each dated row says its parts in its cells; the finding on a missing part goes on the date cell.
 */
function checkTableLog(doc: DocumentModel, entries: readonly LogEntry[], { labels, required, hasNumber, today }: Reading, report: (report: Report) => void): void {
  for (const table of doc.tables) {
    // Cheap tests first: a log has a table per entry (a RAID table each week), and most have no Date column.
    const dateColumn = table.header.cells.findIndex((c) => /^(?:date|day|when|week(?: of)?|week starting|w\/c)$/i.test(c.text.plain.trim()));
    if (dateColumn < 0) continue;
    const columns = logColumns(table, labels);
    if (Object.keys(columns).length < 2 || inEntry(entries, table.header.line)) continue;
    for (const row of table.rows) {
      const dateCell = row.cells[dateColumn];
      if (!dateCell || !firstDate(dateCell.text.plain, today)) continue;
      const text = (key: LogKey): string => (columns[key] !== undefined ? (row.cells[columns[key]!]?.text.plain ?? '') : '');
      const says = (key: LogKey): boolean => !isEmptyValue(text(key));
      const missing = (Object.keys(NAMES) as LogKey[]).filter((k) => required.has(k) && columns[k] !== undefined && !says(k)).map((k) => NAMES[k]);
      if (missing.length) report({ span: cellArea(doc, dateCell), message: lacks(missing) });
      const result = columns.result !== undefined ? row.cells[columns.result] : undefined;
      if (required.has('result') && result && says('result') && !hasNumber(result.text.plain)) {
        report({ span: cellArea(doc, result), message: NO_NUMBER });
      }
    }
  }
}

/** Whether `line` lies inside one of `entries` (in document order): a binary search, as a log has thousands. */
function inEntry(entries: readonly LogEntry[], line: number): boolean {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = entries[middle];
    if (line < entry.line) high = middle - 1;
    else if (line >= entry.endLine) low = middle + 1;
    else return true;
  }
  return false;
}

/** A header or label cell as the labels are written: "Result:" and "**Result**" are "result". */
function headerName(text: string): string {
  return text.trim().toLowerCase().replace(/[:*_]+$/, '');
}

/** Headers of a RAID, issue or task table: such a table in an entry is no record of the entry's parts ("Impact: High"). */
const TRACKER_HEADER = /^(?:id|ref|#|type|risks?|issues?|owner|status|state|probability|likelihood|severity|priority|mitigation|response|review|review date|due|due date|rag)$/;

/**
 * A log table's columns by their header, named exactly as a label ("Result", "With"): "Time saved" is no timeline.
 * None for a table with fewer than two such columns, or one that tracks risks, issues or tasks.
 */
function logColumns(table: Table, labels: Record<LogKey, readonly string[]>): Partial<Record<LogKey, number>> {
  const columns: Partial<Record<LogKey, number>> = {};
  const names = table.header.cells.map((cell) => headerName(cell.text.plain));
  if (names.some((name) => TRACKER_HEADER.test(name))) return columns;
  names.forEach((name, index) => {
    const key = (Object.keys(labels) as LogKey[]).find((k) => labels[k].includes(name));
    if (key && columns[key] === undefined) columns[key] = index;
  });
  // "| Date | Change | Description | Impact |" is a change log: "Impact" and "Description" alone do not make a log's
  // columns; a With or Timeline column, or a Result or Outcome one, does.
  const logLike = columns.who !== undefined || columns.timeline !== undefined || (columns.result !== undefined && /^(?:results?|outcomes?|time saved|hours saved|savings?)$/.test(names[columns.result]));
  return Object.keys(columns).length >= 2 && logLike ? columns : {};
}

function labelled(entry: LogEntry): boolean {
  return new Set(entry.parts.map((p) => p.key)).size >= 2;
}
