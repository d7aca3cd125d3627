// decision-missing-field: every decision in a decision log says when it was made, who
// made it (one person) and, once made, why.
import type { InlineText } from '../inline';
import type { DocumentModel, Heading, ListItem, Section, Table } from '../model';
import { findOwner } from '../pm/actions';
import { dateLengthAtStart, findDates, firstDate, isDayMonthPair, isDayOrMonth, MONTH, RELATIVE_DATE, WEEKDAY } from '../pm/dates';
import { ByObject, columnsOf, inlineLabels, isEmptyValue, isNoDate, leadingLabel, listOption, namesNoOne, rowSpan, SYNONYMS, twoOwners, withoutBrackets } from '../pm/fields';
import { startingBetween } from '../pm/blocks';
import { cellValueSpan, firstWords, inPendingSection, joinMissing, namesPendingDecisions, NOT_YET, NOT_YET_DONE, readRegister, vagueDate, valueLine, type RegisterEntry, type RegisterShape, type RegisterValue } from '../pm/register';
import type { OptionValue, Report, Rule, Span } from '../types';

type Field = 'id' | 'decision' | 'date' | 'maker' | 'rationale' | 'status' | 'context' | 'other';
type Required = 'date' | 'maker' | 'rationale';
const REQUIRED: Required[] = ['date', 'maker', 'rationale'];

const DEFAULT_SYNONYMS: Record<Field, readonly string[]> = {
  id: [...SYNONYMS.id, 'decision id', 'decision ref', 'dec', 'dec id', 'adr'],
  decision: ['decision', 'decision made', 'decisions', 'title', 'summary', 'description', 'what'],
  date: ['date', 'date decided', 'decision date', 'decided on', 'decided', 'date made', 'date raised', 'raised', 'when', 'date logged', 'logged'],
  maker: ['decision maker', 'decision-maker', 'decision makers', 'decision-makers', 'decided by', 'decider', 'deciders', 'decision owner', 'decision lead', 'made by', 'approver', 'approvers', 'approved by', 'authority', 'owner', 'who', 'accountable'],
  rationale: ['rationale', 'reason', 'reasons', 'reasoning', 'why', 'justification', 'basis', 'because', 'grounds', 'decision drivers', 'drivers', 'decision outcome'],
  status: ['status', 'state'],
  // An ADR's Context gives its reasons ("Status / Context / Decision / Consequences").
  context: ['context', 'context and problem statement', 'background'],
  // Dates that are not when the decision was made: read as theirs, not as the date.
  other: ['due date', 'target date', 'review date', 'next review', 'revisit by', 'revisit date', 'implementation date', 'effective date', 'needed by'],
};

/** Decisions that are history: replaced, undone, turned down or never taken. Nothing more is asked of them. */
const HISTORY = /\b(?:superseded|reversed|revoked|withdrawn|rejected|cancell?ed|obsolete|replaced|not (?:approved|agreed|accepted))\b/i;
/** Decisions not made yet: they need a date and a decider, not yet a rationale. */
const PENDING = /\b(?:proposed|pending|open|draft|under (?:discussion|review)|in review|to be decided|awaiting|not decided|undecided|tbd|tbc)\b/i;
/** Made, whatever else the status says ("Agreed, open to review in Q2"), once what is not reached yet is taken out ("Proposed - not yet agreed"). */
const MADE = /\b(?:agreed|accepted|approved|decided|made|final|signed off)\b/i;
const isMade = (status: string): boolean => MADE.test(status.replace(NOT_YET, ' '));
/** A person's full name: two capitalised words or more. */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)+$/u;
/** What follows a name to give a role, not a second person: "Priya Shah, Programme Director". */
const ROLE = /\b(?:director|manager|head|lead|leader|officer|owner|sponsor|chair|chairman|chairwoman|president|vp|engineer|architect|analyst|administrator|consultant|coordinator|controller|partner|board|committee|group|team|council|forum|cab)\b/i;

/**
 * Several people as one decider: "Mark / Sam", "Jane Whitfield, Tom Reyes", "Priya Shah + Tom Reyes". Not
 * "Smith, John" (one name, surname first) nor "Priya Shah, Programme Director" (a name and a role).
 */
function severalMakers(text: string): string[] | undefined {
  const pair = twoOwners(text);
  if (pair) return pair;
  if (text.length > 200) return undefined;
  const parts = withoutBrackets(text, '')
    .split(/[,+;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => FULL_NAME.test(p) && !ROLE.test(p)) ? parts : undefined;
}

const WHAT: Record<Required, string> = { date: 'date', maker: 'decision-maker', rationale: 'rationale' };
const WHY: Record<Required, string> = {
  date: 'say when it was made (or raised, while it is pending)',
  maker: 'name the one person who made it, or who will',
  rationale: 'say why this option won',
};

/** The register's shape under a rule's options: made once per options object, so its synonyms' prepared lists are kept. */
const SHAPES = new ByObject<Record<string, OptionValue>, RegisterShape<Field>>((options) => JSON.stringify(options), shapeFor);

function shapeFor(options: Record<string, OptionValue>): RegisterShape<Field> {
  const synonyms = { ...DEFAULT_SYNONYMS, date: listOption(options, 'dateHeaders', DEFAULT_SYNONYMS.date), maker: listOption(options, 'makerHeaders', DEFAULT_SYNONYMS.maker), rationale: listOption(options, 'rationaleHeaders', DEFAULT_SYNONYMS.rationale) };
  return {
    synonyms,
    id: 'id',
    // "D-03", "DEC-1", "ADR 4", "Decision 2"; not a product name ("D365", "D3.js").
    idPattern: /^(?:(?:DEC|ADR|DR)[-_ ]?\d{1,5}|D[-_ ]\d{1,5}|Decision\s+#?\d{1,5})(?![\p{L}\p{N}.])/iu,
    untitled: { fields: ['date', 'maker', 'rationale'], title: 'decision' },
    // A table of decisions: a header that says so ("Decision", "Decided by", "Rationale"), and who decided or why.
    isRegister: (c, headers, ownIds) => (ownIds || /\bdecisions?\b|\bdecid|\brationale\b/.test(headers)) && (c.decision !== undefined || c.id !== undefined) && (c.maker !== undefined || c.rationale !== undefined),
  };
}

function lacks(field: Required, value: RegisterValue | undefined, today: string): boolean {
  return !value || value.empty || isNoDate(value.text) || (field === 'date' && vagueDate(value.text, today));
}

/** "Mark and Sam", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "D-03", "Decision 1" (from a "#" column), or the decision's first words. */
function subject(entry: RegisterEntry<Field>): string {
  if (entry.id) return /^\d/.test(entry.id) ? `Decision ${entry.id}` : entry.id;
  const decision = entry.fields.decision?.text;
  if (!decision) return 'This decision';
  return `The decision "${firstWords(decision)}"`;
}

export const decisionMissingField: Rule = {
  meta: {
    id: 'decision-missing-field',
    description: 'Decisions in a decision log have a date, one decision-maker and, once made, a rationale; decisions needed in a status report, a decider and a by-date.',
    severity: 'warning',
    kinds: ['decision-log', 'status-report'],
    fixable: false,
    example: { before: '| D-04 | 2026-11-03 | Single sign-on via Entra ID | Mark / Sam | | Accepted |', after: '| D-04 | 2026-11-03 | Single sign-on via Entra ID | Mark Ellis | One login for 1,400 staff | Accepted |' },
    options: {
      required: { type: 'string[]', default: [...REQUIRED], values: REQUIRED, description: 'The fields every decision needs, from "date", "maker" and "rationale" (a rationale only once the decision is made).' },
      dateHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.date], description: 'Table headers and "Label:" names read as the date (case-insensitive; replaces the default list).' },
      makerHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.maker], description: 'Table headers and "Label:" names read as the decision-maker (case-insensitive; replaces the default list).' },
      rationaleHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.rationale], description: 'Table headers and "Label:" names read as the rationale (case-insensitive; replaces the default list).' },
    },
  },
  check({ doc, kind, options, today, lexicon, report }) {
    // Decisions asked for: a status report's "Decisions needed" (lists and tables), a decision log's "Decisions pending" (lists).
    decisionsNeeded(doc, kind, today, lexicon.technologies, report);
    if (kind === 'status-report') return;
    const required = REQUIRED.filter((f) => listOption(options, 'required', REQUIRED).includes(f));
    const reading = readRegister(doc, SHAPES.get(options), today);
    const columnsOf = new Map(reading.tables.map((t) => [t.table, t.columns]));
    // "Deciders" names everyone involved (as MADR does): several are what it asks for. Read once per table.
    const pluralMakers = new Set(reading.tables.filter((t) => /\bdeciders\b|\bdecision[- ]makers\b/i.test(t.table.header.cells.map((c) => c.text.plain).join(' '))).map((t) => t.table));
    for (const { table, columns, headerSpan } of reading.tables) {
      // Decisions still to be made need no rationale yet.
      const pendingTable = inPendingSection(table.section) || (columns.other !== undefined && columns.rationale === undefined && /needed|required/i.test(table.header.cells.map((c) => c.text.plain).join(' ')));
      const absent = required.filter((f) => columns[f] === undefined && !(f === 'rationale' && pendingTable));
      if (absent.length) report({ span: headerSpan, message: `This decision log has no ${joinMissing(absent.map((f) => WHAT[f]))} column: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
    for (const entry of reading.entries) {
      const status = entry.fields.status?.text ?? '';
      if (HISTORY.test(status)) continue;
      const pending = (PENDING.test(status) && !isMade(status)) || (!status && inPendingSection(entry.section));
      // A column the table lacks is said once, on its header.
      const columns = entry.table ? columnsOf.get(entry.table) : undefined;
      const needs = required.filter((f) => !(f === 'rationale' && pending) && !(columns && columns[f] === undefined && !entry.fields[f]));
      const maker = entry.fields.maker;
      const plural = entry.table !== undefined && pluralMakers.has(entry.table);
      const several = maker && !maker.empty && needs.includes('maker') && !plural ? severalMakers(valueLine(doc, entry, maker)) : undefined;
      if (maker && several) report({ span: maker.span, message: `${subject(entry)} has ${several.length === 2 ? 'two' : several.length} decision-makers (${joinNames(several)}): name the one person accountable for it.` });
      // "Decided by: Anita Rao on 4 Nov 2026": the date said with the decider. An ADR's context gives its reasons.
      const datedByMaker = maker !== undefined && !maker.empty && firstDate(valueLine(doc, entry, maker), today) !== undefined;
      const context = entry.fields.context;
      const reasoned = /^ADR/i.test(entry.id ?? '') && context !== undefined && !context.empty;
      const missing = needs.filter((f) => lacks(f, entry.fields[f], today) && !(f === 'date' && datedByMaker) && !(f === 'rationale' && reasoned));
      if (!missing.length) continue;
      // In a table, each missing value is said in its cell; under a heading, the absent ones together on the heading.
      const said = missing.filter((f) => entry.fields[f] !== undefined && entry.fields[f]!.span.start !== entry.span.start);
      const absent = missing.filter((f) => !said.includes(f));
      for (const field of said) {
        const value = entry.fields[field]!;
        const vague = value.empty ? '' : ` ("${value.text}" is ${field === 'maker' ? 'no one' : 'no date'})`;
        report({ span: value.span, message: `${subject(entry)} has no ${WHAT[field]}${vague}: ${WHY[field]}.` });
      }
      if (absent.length) report({ span: entry.span, message: `${subject(entry)} has no ${joinMissing(absent.map((f) => WHAT[f]))}: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
  },
};

const NEEDED: Record<'decision' | 'decider' | 'by' | 'raised', readonly string[]> = {
  decision: ['decision', 'decision needed', 'decision required', 'decisions', 'ask', 'request', 'item', 'description', 'topic'],
  decider: ['decider', 'decision maker', 'decision-maker', 'decided by', 'approved by', 'agreed by', 'needed from', 'required from', 'from', 'who', 'owner', 'approver', 'approval from', 'authority', 'forum'],
  by: ['by', 'by when', 'needed by', 'required by', 'decision by', 'decide by', 'due', 'due date', 'deadline', 'date', 'date needed', 'when', 'by date'],
  // When it was asked, not by when: read as its own so that it is not the by-date.
  raised: ['date raised', 'raised', 'raised on', 'date logged', 'logged', 'opened', 'date opened', 'asked on'],
};
/** "None this period", "No decisions needed", "n/a", "Keine": a row or an item that says there is nothing to decide (not "None of the bids ..."). */
const NONE = /^(?:none(?!\s+of\b)|nothing|n\/a|na|nil|no (?:decisions?|asks?)|keine)\b/i;

/**
 * Decisions asked for, under a "Decisions needed" heading (or a sub-heading that is one too): each with a decider and
 * a by-date (PRODUCT.md 8, status report). Tables in a status report, list items in a status report and a decision log.
 */
function decisionsNeeded(doc: DocumentModel, kind: string, today: string, tools: ReadonlySet<string>, report: (r: Report) => void): void {
  const needed = new Set(doc.headings.filter((h) => namesPendingDecisions(h.title, kind === 'status-report')));
  const labels = listLabels(doc, kind);
  if (!needed.size && !labels.length) return;
  // A table or a list under two such headings ("## Decisions needed", "### Decisions for the steering group") is read once.
  const read = new Set<object>();
  // What a heading says of the decisions under it: "### For the sponsor" names their decider, "Decisions needed this week" their date.
  const given = new Map<Heading, Given>();
  const givenBy = (heading: Heading): Given => {
    let known = given.get(heading);
    if (!known) given.set(heading, (known = { decider: titleNamesDecider(heading.title), by: titleNamesByDate(heading.title, today) }));
    return known;
  };
  const title = doc.headings[0]?.level === 1 ? doc.headings[0] : undefined;
  for (const heading of needed) {
    if (kind === 'status-report') {
      for (const table of startingBetween(doc.tables, heading.line + 1, heading.section.endLine)) {
        if (read.has(table)) continue;
        read.add(table);
        neededTable(doc, table, report);
      }
    }
    // A document's title is no section ("# Open decisions" over a decision log), but a report of "# " sections has them.
    if (heading === title || (heading.level < 2 && kind !== 'status-report')) continue;
    // Items right under this heading, or in a status report under its sub-headings of asks ("### For the sponsor", not
    // "### Decisions made", "### Context"); not under the "## " sections after a "# Decisions needed", nor, in a decision
    // log, under "### DEC-009: ..." entries.
    const tops = startingBetween(doc.items, heading.line + 1, heading.section.endLine).filter(
      (item) => !item.parent && item.section.heading !== undefined && !read.has(item) && (needed.has(item.section.heading) || (kind === 'status-report' && heading.level > 1 && asksUnder(item.section, heading))),
    );
    for (const item of tops) read.add(item);
    neededList(doc, kind, tops, today, tools, report, (item) => {
      const known = { decider: false, by: false };
      for (let section: Section | undefined = item.section; section?.heading; section = section.parent) {
        const { decider, by } = givenBy(section.heading);
        known.decider ||= decider;
        known.by ||= by;
        if (section.heading === heading) break;
      }
      return known;
    });
  }
  // A list (or, in a status report, a table) right after a line that labels it: "**Decisions needed**", "Asks of the sponsor:".
  for (const { label, line, end } of labels) {
    const items = startingBetween(doc.items, line, end);
    const table = startingBetween(doc.tables, line, end)[0];
    const first = Math.min(items[0]?.line ?? end, table?.line ?? end);
    // Right after it: on the next line, or after one blank line.
    if (first > line + 1 || first >= end) continue;
    if (table?.line === first && kind === 'status-report' && !read.has(table)) {
      read.add(table);
      neededTable(doc, table, report);
      continue;
    }
    const tops = items.filter((item) => !item.parent && !read.has(item));
    for (const item of tops) read.add(item);
    const known = { decider: titleNamesDecider(label), by: titleNamesByDate(label, today) };
    neededList(doc, kind, tops, today, tools, report, () => known);
  }
}

/** A line that labels the list after it, bold or ending in a colon: "**Decisions needed**", "**Asks:**", "Open decisions:". */
const LIST_LABEL = /^(?:\*\*|__)([^*_].{0,79}?):?(?:\*\*|__):?$|^([^*_#>|\s-].{0,79}?):$/;

/**
 * Paragraphs of one line that label a list of decisions needed, as a heading would: each with the line after it (where
 * the list may start) and the line where what it labels ends (the next paragraph or heading, or its section's end).
 */
function listLabels(doc: DocumentModel, kind: string): { label: string; line: number; end: number }[] {
  const found: { label: string; line: number; end: number }[] = [];
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    if (paragraph.inList || paragraph.endLine !== paragraph.line + 1 || paragraph.segments.length !== 1) continue;
    const { start, end } = paragraph.segments[0];
    if (end - start > 90) continue;
    const match = LIST_LABEL.exec(doc.source.slice(start, end).trim());
    const label = match?.[1] ?? match?.[2];
    if (!label || !namesPendingDecisions(label, kind === 'status-report')) continue;
    let next = index + 1;
    while (next < doc.paragraphs.length && doc.paragraphs[next].inList) next++;
    const after = doc.paragraphs[next]?.line ?? Infinity;
    const heading = startingBetween(doc.headings, paragraph.endLine, Infinity)[0]?.line ?? Infinity;
    found.push({ label, line: paragraph.endLine, end: Math.min(after, heading, paragraph.section.endLine) });
  }
  return found;
}

/** What the headings over a decision needed say of it: its decider, its by-date. */
interface Given {
  decider: boolean;
  by: boolean;
}

/** Whether the sub-headings from `section` up to `heading` all hold asks: none names decisions made, context or another part of a report. */
function asksUnder(section: Section, heading: Heading): boolean {
  for (let s: Section | undefined = section; s?.heading && s.heading !== heading; s = s.parent) {
    const title = s.heading.title;
    if (NOT_ASKS.test(title.replace(NOT_YET_DONE, ' ')) && !ASKS_TOO.test(title)) return false; // "Scope changes to be approved"
  }
  return true;
}
/** Sub-headings under "Decisions needed" that hold something else: decisions made, background, other parts of a report. */
const NOT_ASKS = /\b(?:made|taken|agreed|approved|closed|done|noted|noting|context|background|history|escalations|risks|issues|summary|progress|next steps?|updates?|completed)\b/i;
/** A sub-heading that says it holds asks after all: "Summary of asks", "Risks to accept", "Issues needing a decision", "Escalations to the sponsor". */
const ASKS_TOO = /\b(?:asks?|decisions? (?:needed|required)|needing|to accept|for (?:approval|decision|the\s+\w+)|to the\s+\w+|approvals?)\b/i;

/**
 * A title that names who decides, after "for", "from", "of" or "to" ("Decisions for the steering committee", "### For the sponsor",
 * "Asks of Jane Whitfield", "Decisions needed from SteerCo"), or in brackets ("Decisions required (SteerCo 9 Dec)"). Not a
 * workstream ("### Finance", "Decisions for Project Phoenix", "Asks of Team Falcon").
 */
function titleNamesDecider(title: string): boolean {
  // The words after the first "for", "from", "of" or "to", up to a bracket (a title is read at its first 200 characters).
  const head = title.slice(0, 200);
  const after = /\b(?:for|from|of|to)\s+(?:the\s+)?/i.exec(head);
  const rest = after ? head.slice(after.index + after[0].length) : '';
  const named = (rest.includes('(') ? rest.slice(0, rest.indexOf('(')) : rest).trim();
  const bracket = /\(([^()]{1,80})\)/.exec(head)?.[1] ?? '';
  // "### Sponsor", "### SteerCo", "### Programme Board": a heading that is a role or forum and nothing else.
  if ((ROLE_ONLY.test(head.trim()) && !WORKSTREAM_ROLE.test(head.trim())) || FORUM_ONLY.test(head.trim())) return true;
  return [named, bracket].some((who) => who !== '' && (DECIDER_ROLE.test(who) || FORUM.test(who) || (PERSON_TITLE.test(who) && !WORKSTREAM.test(who))));
}
/** Two or three capitalised words, a person's name: "Jane Whitfield". */
const PERSON_TITLE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** Names of work, not of people: "Project Phoenix", "Wave Two", "Team Falcon". */
const WORKSTREAM = /^(?:project|programme|program|wave|phase|release|sprint|team|workstream|stage|tranche|pilot|squad|track|stream|lot)\b/i;

/**
 * A title that says by when its items are needed: "Decisions needed by 4 Dec", "Decisions needed this week", "Decisions
 * required (SteerCo 9 Dec)", "Asks for the next steerco". Not the report's own date ("Decisions needed (w/e 27 Nov)",
 * "– 27 Nov 2026", "as at Friday", "since 20 Nov").
 */
function titleNamesByDate(title: string, today: string): boolean {
  if (BY_EVENT.test(title) || dayMonthBy(title) || datedMeeting(title, today) || /\b(?:needed|required|due|wanted)\s+(?:this|next|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?)\s*(?:week|month)\b/i.test(title)) return true;
  const meeting = /\(([^()]{1,80})\)/.exec(title)?.[1];
  for (const date of findDates(title, today)) {
    const before = title.slice(Math.max(0, date.start - 48), date.start);
    if (BY_WORD.test(before) || DEADLINE_BEFORE.test(before)) return true;
    // "(SteerCo 9 Dec)": a meeting and its day.
    if (meeting?.includes(date.text) && MEETING_WORD.test(meeting)) return true;
  }
  return false;
}

/** "The decision needed "X" has no decider ("TBD" is no one): name who will make it.": a field said on its value (or empty). */
function neededLacks(subject: string, field: 'decider' | 'by', value: string): string {
  const vague = value ? ` ("${value}" is ${field === 'by' ? 'no date' : 'no one'})` : '';
  return `${subject} has no ${field === 'by' ? 'by-date' : 'decider'}${vague}: ${field === 'by' ? 'say by when it must be made' : 'name who will make it'}.`;
}

/** Each row of a table of decisions needed: a decider and a by-date, in columns of their own. */
function neededTable(doc: DocumentModel, table: Table, report: (r: Report) => void): void {
  const columns = columnsOf(table, NEEDED);
  const decision = columns.decision ?? 0;
  const absent = (['decider', 'by'] as const).filter((f) => columns[f] === undefined);
  const live = table.rows.filter((row) => !NONE.test(row.cells[decision]?.text.plain.trim() ?? '') && !row.cells.every((c) => isEmptyValue(c.text.plain)));
  if (absent.length && live.length) report({ span: rowSpan(doc, table.header), message: `This table of decisions needed has no ${absent.map((f) => (f === 'by' ? 'by-date' : f)).join(' and no ')} column: say who will decide each one, and by when.` });
  for (const row of live) {
    const ask = row.cells[decision]?.text.plain.trim() ?? '';
    const subject = ask ? `The decision needed "${firstWords(ask)}"` : 'This decision needed';
    for (const field of ['decider', 'by'] as const) {
      if (columns[field] === undefined) continue;
      const cell = row.cells[columns[field]!];
      const text = cell?.text.plain.trim() ?? '';
      if (cell && !isEmptyValue(text) && !isNoDate(text)) continue;
      report({ span: cell ? cellValueSpan(doc, cell) : rowSpan(doc, row), message: neededLacks(subject, field, !cell || isEmptyValue(text) ? '' : text) });
    }
  }
}

/** The labels of a decision needed written in a list item ("Decider: CIO", "By: 4 Dec"). */
const ITEM_LABELS: Record<'decision' | 'decider' | 'by' | 'raised', readonly string[]> = {
  decision: ['decision', 'decision needed', 'decision required', 'ask', 'request'],
  decider: ['decider', 'decision maker', 'decision-maker', 'decided by', 'needed from', 'required from', 'decision from', 'approval from', 'approver', 'owner', 'who', 'forum'],
  by: ['by', 'by when', 'needed by', 'required by', 'decision by', 'decide by', 'due', 'due date', 'deadline', 'date needed'],
  raised: NEEDED.raised,
};
/** The labels a list item of a labelled decision opens with ("- Decision: ...", "- Decider: ...", "- Options: ..."). */
const LINE_LABELS = [...ITEM_LABELS.decision, ...ITEM_LABELS.decider, ...ITEM_LABELS.by, ...ITEM_LABELS.raised, 'status', 'context', 'options', 'impact', 'rationale', 'date'];
/** The label an ask may open with: "Decision:", "Decision needed -", "Ask:". */
const ASK_LABEL = /^[\s*_]*(?:decision(?:\s+(?:needed|required))?|ask|request)[\s*_]*[:\-–—][\s*_]*/i;
/** Who decides, named by role or forum rather than by name: a sponsor, a board, the CIO. */
const DECIDER_ROLE =
  /(?<![\p{L}\p{N}])(?:sponsors?|steer(?:ing)?\s+(?:committee|group|board)|steerco|(?:programme|program|project|change advisory|architecture|design|investment|review|executive|partnership|portfolio)\s+board|(?:the\s+)?board|cab|arb|design authority|pmo|c[eiotf]o|ciso|cdo|cpo|execs?|executive(?:\s+team)?|leadership(?:\s+team)?|slt|elt|(?:it\s+)?director|(?:service|delivery|project|programme|program|it|ops|operations|change|release|product|engineering|finance|security|desk|account|line)\s+manager|(?:hr|it|finance|security|tech(?:nical)?|engineering|product|delivery|project|programme|program|ops|operations|service|change|release|qa|test|data|design|workstream)\s+lead(?!\s+times?\b)|head of [\p{L}]+|vp|product owner|business owner|service owner|budget holder|client|customer|finance|procurement|legal|it ops|security team|cab chair|lenkungs(?:ausschuss|kreis)|steuerkreis|betriebsrat|geschäftsführung|vorstand|\p{L}*leitung|entscheider(?:in)?)(?![\p{L}\p{N}])/iu;
/** A title that is a role or forum and nothing else: "Sponsor", "SteerCo", "The CIO", "Programme Board" (not "Architecture Review", a workstream as often). */
const ROLE_ONLY = new RegExp(`^(?:the\\s+)?(?:${DECIDER_ROLE.source})$`, 'iu');
/** Departments that name a workstream as often as a decider when they are a whole heading: "### Finance", "### Legal". */
const WORKSTREAM_ROLE = /^(?:the\s+)?(?:finance|procurement|legal|client|customer|it ops|security team)$/i;
const FORUM_ONLY = /^(?:the\s+)?(?:\p{Lu}[\p{L}&-]{0,40}\s+){1,3}(?:Board|Committee|Council|Authority|Forum|Panel)$/u;
/** A named forum: "the Investment Committee", "Dec Service Review", "Technical Design Authority". */
const FORUM = /(?<![\p{L}\p{N}-])(?:\p{Lu}[\p{L}&-]{0,40}\s+){1,3}(?:Board|Committee|Council|Authority|Forum|Review|Panel)(?![\p{L}\p{N}])/u;
/**
 * "decision from IT Ops", "sign-off from the CFO", "needs a call from the CAB", "needs Jane Doe to approve", "for the sponsor
 * to decide", "Jane Doe to approve the budget"; later in the item only with nothing to approve after it ("(Jane Whitfield to
 * decide by 3 Dec)"): "; Team Leads to approve standard changes" says who the policy lets approve. Not who is let to approve
 * ("Allow Dev Teams to approve their own changes"), nor "a call from the press".
 */
const ASKED_OF = /\b(?:decisions?|approval|sign-?off|go-?ahead|go\/no-?go|agreement|answer|steer|ruling|choice|(?<=\b(?:needs?|needed|awaiting|requires?)\s+(?:an?\s+|the\s+)?)call)\s+(?:(?:is\s+)?(?:needed|required|requested|wanted|sought|due)\s+)?from\s+(?:the\s+)?(\S[^,;.()]*?)(?=\s+(?:by|before|on|at)\b|[,;.()]|$)|\b(?:for|needs?|asks?|asking)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|[\p{L}]+)\s+to\s+(?:decide|approve|sign|agree|confirm|choose|rule|pick|select)\b|^\s*(?!(?:Allow|Let|Enable|Permit|Get|Have|Make|Help|Require|Ask|Authori[sz]e)\b)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:to|must|should|needs? to|please)\s+(?:decide|approve|sign|agree|confirm|choose|rule|pick|select)\b|(?:\n|[(;?]|\s[-–—])\s*(?!(?:Allow|Let|Enable|Permit|Get|Have|Make|Help|Require|Ask|Authori[sz]e)\b)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:to|must|should|needs? to|please)\s+(?:decide|approve|sign off|agree|confirm|choose|rule|pick|select)(?=\s*(?:$|[,.;)]|(?:by|before|on|at|in|this|next|asap|eod|eow)\b))/u;
/** A name after a colon or dash closing the ask: "...overtime: Jo Bloggs (sponsor), by 28 Nov", "... — Jo Bloggs", "— Suresh sir, by 3rd Dec". */
const NAME_AFTER = /(?::\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2})|(?:\s[-–—]|\s→|->)\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))(?:\s+(?:sir|ma['’]am|madam|ji)\b)?\s*(?:\([^)]{0,60}\))?\s*(?:[,;.]|$|\s+(?:by|before|on)\b|\s[-–—])/u;
/**
 * A titled name as who approves: after "durch" ("Freigabe durch Herrn Weber"), after "by" right behind an approval
 * word ("sign-off by Dr Reyes", "to be approved by Ms Okafor"), or in "Entscheidung von Frau Schmidt". Not any titled
 * name after "by", "from" or "von": "requested by Ms Okafor", "the leave request from Mr Patel" and "Freigabe des
 * Urlaubsantrags von Frau Schmidt" or "eingereicht durch Frau Schmidt" name who asks, not who decides.
 */
const TITLED_BY = /(?<![\p{L}])(?:(?<!(?:eingereicht|beantragt|angefragt|erstellt|vorgeschlagen|gemeldet)\s+)durch|(?:[Aa]pprov(?:al|ed|e)|[Ss]ign(?:ed)?[- ]?off|[Dd]ecision|[Dd]ecided)\s+by|[Ee]ntscheidung\s+(?:von|vom))\s+(?:Herrn?|Hr|Frau|Fr|Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}\p{Ll}[\p{L}’'-]*/u;
/**
 * Two or three capitalised words after a dash, then a colon and a closing placeholder: "... — Jane Whitfield: TBD" names
 * the decider and leaves the by-date open. Only before a placeholder, whose item is reported in any case (on the
 * placeholder): "— Review Date: 4 Dec" or "— Phase Two: 18 Jan" before a date are as often a label as a name.
 */
const NAME_THEN_PLACEHOLDER = /(?:\s[-–—]|\s→|->)\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*:\s*(?:TBD|TBC|TBA|\?{1,3})\)?[.!]?\s*$/u;
/** Words of a label, not a name, before a colon: "— Review Date: TBD", "— Go Live: TBC", "— Sign-Off Owner: TBD" (and WORKSTREAM's: "— Wave Three: TBD"). */
const LABEL_WORD = /^(?:by|due|deadline|date|when|target|needed|required|decider|decision|approver|approval|sign-?off|owner|status|review|phase|stage|cutover|cut-over|go-?live|go|live|meeting|next|step|steps|action|eta|termin|frist|entscheidung|verantwortlich)$/i;
/**
 * Names after a semicolon or a question that closes the ask: "...; Mark Ellis, 10/12", "...? Sarah & Tom, Monday". Two
 * words, or two names joined, then the end or a date (datesNext): a capitalised phrase after "?" or ";" is as often the
 * next sentence ("? Data Centre, lease ends in March", "; Change Freeze on 18 Dec", German nouns) as anyone's name.
 */
const NAMES_AFTER_BREAK = /[;?]\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+|(?:\s*[&/+]\s*|\s+and\s+)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?))(?:\s*,\s*|\s+[-–—]\s*|\s+(?=(?:by|before)\s)|\s*\.?\s*$)/u;
/** Whether what follows a name after ";" or "?" makes it the decider: a date, a weekday, "by", "ASAP", or the end of the item. */
function datesNext(rest: string, today: string): boolean {
  const next = rest.replace(/^[-\u2013\u2014]\s*/, '');
  // Not a German "15.01.": after "? Neuer Termin," the capitalised words are nouns, not a name.
  if (/^\d{1,2}\.\d{1,2}\./.test(next)) return false;
  return DATE_NEXT.test(next) || dateLengthAtStart(next, today) > 0 || RELATIVE_START.test(next) || VAGUE_BY.test(next);
}
/** A relative date at the start: "tomorrow", "w/c 7 Dec", "mid-Dec", "next week". */
const RELATIVE_START = new RegExp(`^(?:${RELATIVE_DATE.source})`, 'iu');
/** What follows a name to make it the decider: a date ("10/12", "4 Dec", not "15.01." after a German noun), a weekday, "by", "end of ...", or the end of the item. */
const DATE_NEXT = new RegExp(String.raw`^(?:$|\d{1,2}\/\d{1,2}(?![\d/])|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|\d{4}-\d{2}-\d{2}|(?:by|before|due|${WEEKDAY}|${MONTH}|eo[dwm]|cob|end\s+of|next|this)(?![\p{L}]))`, 'iu');
/** "by 4 Dec", "before Friday", "no later than the next steerco", "needs a decision w/c 7 Dec". */
const BY_WORD = /(?:^|[^\p{L}])(?:by|before|no later than|not later than|latest|deadline|due|bis|needs?\s+(?:a\s+)?decision)\s+(?:the\s+)?(?:next\s+|this\s+|coming\s+)?$/iu;
/** When it was raised, not by when: "(raised 20 Nov)", "Raised by Sam Patel on 20 Nov", "Date raised: ...". */
const RAISED_BEFORE = /\b(?:raised|logged|opened|asked|submitted)\b[^—–;()]{0,30}$/i;
/** A deadline said before a date a few words on: "required before PO expiry on 15-Dec-2026", "SteerCo on 10 Dec". */
const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:before|deadline|needed|required|latest|steer\w*|board|cab|committee|review|meeting)\b[^—–;()]{0,30}?\b(?:on|at)\s+$/iu;
/** What a date closing the ask is the subject of: "move go-live to 18 Jan", "freeze from 1 Dec". */
const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:to|from|of|for|in|after|between|and|auf|ab)\s+$/iu;
/** A date that closes the ask after a separator: "... — 4 Dec", "... (Jo Bloggs, 4 Dec)", "...; 4 Dec". */
const AFTER_SEPARATOR = /(?:[—(,;:]|(?<![\d.]\s?)–|\s-)\s*(?:on\s+|next\s+|this\s+)?$/u;
/** Dates no calendar holds exactly but every reader can place: "end of Nov", "the next steerco", "EOW". */
/** The meetings a decision is taken at. */
const MEETING = String.raw`(?:steer\w*|board|cab|arb|committee|review|meeting|forum|council|authority|lenkungs\w*|steuerkreis)`;
const MEETING_WORD = new RegExp(String.raw`\b${MEETING}\b`, 'i');
const BY_EVENT = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:by|before|until|till|no later than|ahead of|at)\s+(?:the\s+)?(?:(?:end|close|start|middle|mid)\s+of\s+(?:the\s+)?(?:next\s+|this\s+)?(?:${MONTH}|day|week|month|sprint|year)|(?:next|this|coming|following)\s+(?:steer(?:ing)?(?:\s*co(?:mmittee)?)?|steerco|board|cab|arb|meeting|review|sprint|week|month|release|programme board|project board|sync|check-?in))\b` +
    // German: "bis Ende November", "bis KW 50".
    String.raw`|(?:^|[^\p{L}])bis\s+(?:ende\s+|anfang\s+|mitte\s+)?(?:${MONTH}|kw\s*\d{1,2})` +
    // A meeting that can be placed: "in next SteerCo", "at the February Investment Committee", "at the Dec Service Review".
    // (One on a day is DATED_MEETING.)
    String.raw`|(?:^|[^\p{L}])(?:in|at|to|for|before|by)\s+(?:the\s+)?(?:next|coming|following|${MONTH})\s+(?:[\p{L}-]+\s+){0,2}${MEETING}\b`,
  'iu',
);
/**
 * A meeting on a day, still to come: "at the 3 Dec steerco", "at the Dec 3 steerco", "before the 9/12 steerco", "at the
 * 2026-12-09 CAB". Not one that is past or that the ask is moved to ("scope agreed at the 3 Nov steerco", "postpone the
 * go/no-go to the 15 Jan steerco").
 */
const DATED_MEETING = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:in|at|for|before|by)\s+(?:the\s+)?(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4}|\.)?|\d{4}-\d{2}-\d{2})\s+(?:[\p{L}-]+\s+){0,2}${MEETING}\b`,
  'giu',
);
/** What happened at a meeting, not what is asked of it: "agreed at", "approved at". */
const HELD_BEFORE = /\b(?:agreed|approved|decided|discussed|raised|taken|made|held|presented|reviewed|signed off|endorsed|noted)\s+$/i;

/** Whether the text names a meeting on a day still to come (DATED_MEETING), not one held ("agreed at") unless still to be ("to be presented at"). */
function datedMeeting(head: string, today: string): boolean {
  DATED_MEETING.lastIndex = 0;
  for (let m = DATED_MEETING.exec(head); m; m = DATED_MEETING.exec(head)) {
    const before = head.slice(Math.max(0, m.index - 32), m.index + 1);
    if (HELD_BEFORE.test(before) && !/\bto be\s+\w+\s+$/i.test(before)) continue;
    const date = firstDate(m[1], today);
    const pair = /^(\d{1,2})[/.](\d{1,2})\.?$/.exec(m[1]);
    if (date ? date.iso >= today || (date.other !== undefined && date.other >= today) : pair !== null && isDayMonthPair(pair[1], pair[2])) return true;
  }
  return false;
}
/**
 * A day and a month either way round, after a word that asks for it: "needed 12/7", "by 04.12.", "bis 04.12.", "am
 * 10.12.", "spätestens 11.12.". With a dot only after by, before, due or the German words ("needs 1.5 FTE" is no date).
 */
const DAY_MONTH_ASKED = /(?:^|[^\p{L}])(by|before|due|bis|am|spätestens|needed|required|needs?)\s+(?:the\s+)?(\d{1,2})([/.])(\d{1,2})(?![\d/]|\.\d)/giu;
/** One closing the ask after a separator: "— Ops Manager — 1/12", "; Mark Ellis, 10/12." (a slash only: "— 3.12." is a version). */
const DAY_MONTH_LAST = /(?:[\u2014\u2013,;(]|\s-)\s*(\d{1,2})\/(\d{1,2})[\s)*_]*(?:\.[\s*_]*)?$/u;
/** What a number is a count of, not a date: "needs 2/3 FTE", "required 2.5 days", "needs 2/3 majority". */
const COUNT_AFTER = /^\s*(?:%|fte|days?|hours?|hrs?|h\b|x\b|weeks?|months?|people|staff|servers?|users?|sites?|majority|quorum|votes?|of\b)/i;

/** Whether the text gives a day and a month as its by-date (DAY_MONTH_ASKED, DAY_MONTH_LAST): a real one, not "24/7" or "70/30". */
function dayMonthBy(head: string): boolean {
  const last = DAY_MONTH_LAST.exec(head);
  if (last && isDayMonthPair(last[1], last[2])) return true;
  DAY_MONTH_ASKED.lastIndex = 0;
  for (let m = DAY_MONTH_ASKED.exec(head); m; m = DAY_MONTH_ASKED.exec(head)) {
    if (m[3] === '.' && !/^(?:by|before|due|bis|am|spätestens)$/i.test(m[1])) continue;
    if (COUNT_AFTER.test(head.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (isDayMonthPair(m[2], m[4])) return true;
  }
  return false;
}
/** Template text left in the item: "{{ decision }}", "[Name]", "<date>", "DD/MM/YYYY". placeholder-left reports it. */
const TEMPLATE = /^[\s*_]*(?:\{\{|\$\{|\[[A-Z][\w /.-]{0,30}\](?!\()|<(?:[A-Z][\w /.-]{0,30}|[a-z]+[ /][\w /.-]{0,30}|name|date|decision|decider|owner|who|when)>|(?:DD|MM|YYYY)\b)/;
/** An ask that is only a placeholder word: "TBC", "TBD". */
const BARE_PLACEHOLDER = /^\W*(?:tbd|tbc|tba)\W*$/i;
/**
 * A list item that says a decision was taken: "[x]", "Decided:", "Approved 3 Dec", "— approved by the CFO on 20 Nov", "was
 * agreed at the CAB". Not an object described so ("Ratify the change approved at the 12/11 CAB").
 */
const TAKEN = /^(?:decided|approved|agreed|resolved|done|closed|rejected|withdrawn|erledigt)\b|(?:[—–,;(.:]\s*|\s-\s+|\b(?:was|were|been|is|are|got)\s+)(?:approved|agreed|decided|signed off|rejected|declined|freigegeben)\s+(?:by|at|on|durch|am)\b|\b(?:approved|agreed|decided|signed off|rejected|declined|done|closed)\s*(?:\d|[)\]]|\.?\s*$)|\bstatus\s*:\s*(?:approved|agreed|decided|closed|done|rejected)\b|[✅✔☑]|\berledigt\b/iu;
/**
 * Where an ask's own words end: a dash, a bracket, a semicolon, a colon, a full stop after a word ("... pattern. Raised: ..."),
 * not after an abbreviation ("incl. VAT", "approx. £40k").
 */
const ASK_END = /\s[-–—]\s|[;(]|:\s|(?<=\p{Ll}{3})(?<!\b(?:incl|excl|approx|appx|etc|resp|esp|est|ltd|corp|dept|mgmt|min|max|vs))\.\s/u;
/** People before a colon that opens the ask: "Tom Reyes", "Priya Sharma / Rahul Verma", "Dr. Müller", "Frau Schmidt". */
const PERSON_LEAD = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|(?:Herr|Frau)\s+|(?!(?:Dr|Mr|Mrs|Ms|Prof|Herr|Frau)\b))\p{Lu}\p{Ll}+(?:\s(?!(?:Dr|Mr|Mrs|Ms|Prof|Herr|Frau)\b)\p{Lu}[\p{L}'\u2019-]+)?`;
const NAMES_LEAD = new RegExp(String.raw`^${PERSON_LEAD}(?:\s*(?:[/&,+]|and)\s*${PERSON_LEAD})*$`, 'u');
/**
 * Whether `lead`, before a colon, names who is asked: people (NAMES_LEAD) before the ask's verb ("Tom Reyes: approve
 * ..."), or with a title ("Dr. Müller: Freigabe ..."). "Data Migration: full history or 2 years" is a topic.
 */
function namesLead(lead: string, after: string): boolean {
  return peopleLead(lead) && (/^(?:Dr|Mr|Mrs|Ms|Prof|Herr|Frau)\b/.test(lead) || ASK_VERB.test(after));
}
/** Whether `lead` reads as people (NAMES_LEAD), not a topic ("Data Migration"). */
function peopleLead(lead: string): boolean {
  return lead.length <= 60 && NAMES_LEAD.test(lead) && !TOPIC_WORD.test(lead);
}
/** A verb an ask opens with after a name and a colon: "approve", "Please sign off", "go/no-go", "decision on". */
const ASK_VERB = /^(?:please\s+)?(?:approve|agree|decide|decision|confirm|sign|choose|pick|select|ratify|endorse|accept|reject|authori[sz]e|release|fund|extend|renew|prioriti[sz]e|give|provide|rule|review|allocate|allow|green-?light|go\/no-?go)\b/i;
/** Words of a topic, not of a person's name: "Data Migration: ...", "Network Security: ...". */
const TOPIC_WORD = /\b(?:Data|Migration|Network|Security|Budget|Scope|Platform|Hosting|Cloud|Infrastructure|Release|Testing|Training|Licen[cs]ing|Project|Programme|Vendor|Contract|Cutover|Rollout|Change|Design|Architecture|Integration|Reporting|Support|Services?|Operations|Backups?|Storage|Database|Servers?|Finance|Legal|Procurement|Wave|Phase)\b/;
/** An item that ends on a placeholder after a separator: "Approve the go-live date — TBD", "... (TBC)", "...: TBA." */
const CLOSING_PLACEHOLDER = /(?:\s[-\u2013\u2014]|[:;,(])\s*(TBD|TBC|TBA)\)?[.!]?$/i;
/** A field of a decision needed, named without a colon and left open: "decider TBD", "by TBC", "approver ?" ("owner" and "date" are as often the subject's: "the go-live date TBC"). */
const OPEN_FIELD = /(?<![\p{L}])(decider|decision[- ]maker|approver|by|due|deadline)\s+(TBD|TBC|TBA|\?{1,3})(?![\p{L}\p{N}?])/giu;
/** A by-date no one can hold the decider to: "Q1", "H2 2027", "ASAP", "soon". */
const VAGUE_BY = /^(?:q[1-4]|h[12]|asap|soon|later|tbc|tbd|tba)\b/i;
/** A nested line that gives an option to choose from: "Option A: ...", "Choice 2 -". */
const OPTION_LINE = /^\W*(?:option|choice|alternative)\s*(?:[a-z\d]\b|\d+)?\s*[:.)-]/i;
/** "no one yet", "nobody so far": a decider label that names no one. */
const NO_ONE_YET = /^(?:no ?one|nobody|none)\b/i;

/** One decision needed from a list: its items' texts (one item, or a list of labelled lines about one decision). */
interface NeededItem {
  item: ListItem;
  texts: InlineText[];
}

/** The character of an item's bullet ("-", "*", "+") or of its number's delimiter ("." or ")"). */
function markerOf(doc: DocumentModel, item: ListItem): string {
  return doc.source.charAt(item.markerSpan.end - 1);
}

/** The texts of an item: its own, its later paragraphs, its nested items'. */
function itemTexts(item: ListItem): InlineText[] {
  const texts = [item.text, ...item.paragraphs.map((p) => p.text)];
  for (const child of item.children) texts.push(...itemTexts(child));
  return texts;
}

/**
 * Decisions needed written as list items: each item is one, and so is a list whose items all open with a label
 * ("- Decision: ...", "- Decider: ...", "- By: ...").
 */
function neededList(doc: DocumentModel, kind: string, tops: readonly ListItem[], today: string, tools: ReadonlySet<string>, report: (r: Report) => void, given: (item: ListItem) => Given): void {
  // Items of one list, in order.
  const groups: ListItem[][] = [];
  for (const item of tops) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    // One list: items next to each other, with the same kind of marker ("1." and "-" are two lists).
    if (last && previous!.endLine === item.line && previous!.section === item.section && previous!.ordered === item.ordered && markerOf(doc, previous!) === markerOf(doc, item)) last.push(item);
    else groups.push([item]);
  }
  for (const group of groups) {
    const labelled = group.length > 1 && group.every((item) => leadingLabel(item.text.plain, LINE_LABELS) !== undefined);
    // In a decision log, a list of labels is an entry the register reads (Date raised, Decision-maker).
    if (labelled && kind === 'decision-log') continue;
    const needed: NeededItem[] = labelled ? [{ item: group[0], texts: group.flatMap(itemTexts) }] : group.map((item) => ({ item, texts: itemTexts(item) }));
    for (const one of needed) checkNeeded(doc, one, today, tools, report, given(one.item));
  }
}

function checkNeeded(doc: DocumentModel, { item, texts }: NeededItem, today: string, tools: ReadonlySet<string>, report: (r: Report) => void, given: Given): void {
  const plain = item.text.plain.trim();
  if (!plain || NONE.test(plain) || item.task?.checked) return;
  // Taken already ("Approved by CFO on 20 Nov", struck through): history, not an ask. "Needs to be approved by" is still one.
  const source = doc.source.slice(item.span.start, doc.lines.lineStart(item.endLine));
  if (/^(?:\*\*|__)?~~/.test(source) || TAKEN.test(plain.replace(/^\W+/, '').replace(NOT_YET, ' '))) return;
  // A template line ("{{ decision }}", "<Decision title>") or a bare "TBC": placeholder-left's to report.
  const own = doc.source.slice(item.span.start, item.span.end);
  if (TEMPLATE.test(plain.replace(ASK_LABEL, '')) || TEMPLATE.test(own.replace(ASK_LABEL, '')) || BARE_PLACEHOLDER.test(plain)) return;
  // The ask alone: not its label, nor the decider and date written after it ("Approve budget — Decider: TBD").
  // After one word ("D-04 — ...", "Entscheidung: ...", "Budget: ...") or a name and a colon ("Tom Reyes: approve ..."), what follows.
  let ask = plain.replace(/^[^\p{L}\p{N}]+/u, '').replace(ASK_LABEL, '');
  const cut = ASK_END.exec(ask);
  const lead = cut ? ask.slice(0, cut.index).trim() : '';
  let end = cut?.index ?? ask.length;
  if (cut && cut[0] !== '(' && (!/\s/.test(lead) || (cut[0] === ': ' && peopleLead(lead)))) {
    ask = ask.slice(cut.index + cut[0].length);
    end = ASK_END.exec(ask)?.index ?? ask.length;
  } else if (cut && cut[0] === '(' && !/\s/.test(lead)) {
    // "Kubernetes (AKS) upgrade to 1.29": a bracket after one word is part of the ask.
    const close = ask.indexOf(')', cut.index);
    const next = close === -1 ? null : ASK_END.exec(ask.slice(close + 1));
    end = close === -1 ? ask.length : next ? close + 1 + next.index : ask.length;
  }
  const subject = `The decision needed "${firstWords(ask.slice(0, end).trim().replace(/[.,;:!]+$/, ''))}"`;
  // Said, and so not asked for again: a decider, a by-date (in the item, or in a heading over it).
  const has = { ...given };
  const left: { field: 'decider' | 'by'; span: Span; value: string }[] = [];
  /** Where a field's placeholder was reported ("Decider: TBD", "by TBC"). */
  const said: number[] = [];
  for (const text of texts) {
    // "Option A: big bang on 12 Dec": what is to be chosen between, not by when or by whom.
    if (text !== item.text && OPTION_LINE.test(text.plain)) continue;
    for (const label of inlineLabels(text.plain, ITEM_LABELS, (v) => dateLengthAtStart(v, today))) {
      if (label.field !== 'decider' && label.field !== 'by') continue;
      const value = label.value.trim();
      // The field is said: by a value, or by a placeholder or "TBD" that is reported where it stands.
      has[label.field] = true;
      // "Decider: [Name]", "By: <date>": placeholder-left reports the placeholder.
      const valueSpan = text.span(label.start, Math.max(label.end, label.start + 1));
      if (TEMPLATE.test(text.plain.slice(label.start)) || TEMPLATE.test(doc.source.slice(Math.max(0, valueSpan.start - 1), valueSpan.end + 1))) continue;
      if (label.field === 'decider' ? !namesNoDecider(value) : !givesNoDate(value, today)) continue;
      // "Decider: TBD": said on the value, as in a table's cell (placeholder-left gives way there).
      const span = value ? text.span(label.start, label.end) : text.span(label.labelStart, label.start);
      said.push(span.start);
      report({ span, message: neededLacks(subject, label.field, value) });
    }
    // "(decider TBD, by 4 Dec)": a field named and left open, said on its placeholder once the whole item is read. The
    // text that says so does not answer it by the way ("the legal hold policy, decider TBD" names no decider): a label or
    // a nested line may.
    const openHere = { decider: false, by: false };
    for (const open of text.plain.matchAll(OPEN_FIELD)) {
      const field = /^(?:by|due|deadline)$/i.test(open[1]) ? 'by' : 'decider';
      const at = open.index + open[0].length - open[2].length;
      openHere[field] = true;
      if (!left.some((l) => l.field === field)) left.push({ field, span: text.span(at, at + open[2].length), value: open[2] });
    }
    if (!openHere.decider) has.decider ||= namesDecider(doc.source, text, today, tools);
    if (!openHere.by) has.by ||= namesByDate(text.plain, today);
  }
  // Said on the placeholder, as after a label (placeholder-left gives way there), when nothing else in the item says it.
  for (const { field, span, value } of left) {
    if (has[field]) continue;
    has[field] = true;
    said.push(span.start);
    report({ span, message: neededLacks(subject, field, value) });
  }
  const { decider, by } = has;
  if (decider && by) return;
  const missing = !decider && !by ? 'no decider or by-date' : !decider ? 'no decider' : 'no by-date';
  const say = !decider && !by ? 'name who will make it and by when, e.g. "Decider: Dana Reyes (sponsor), by 4 Dec"' : !decider ? 'name who will make it, e.g. "Decider: Dana Reyes (sponsor)"' : 'say by when it must be made, e.g. "by 4 Dec"';
  const title = !decider && !by ? 'Add a decider and a by-date' : !decider ? 'Add a decider' : 'Add a by-date';
  const fill = !decider && !by ? 'Decider: ${1:name}, by ${2:date}' : !decider ? 'Decider: ${1:name}' : 'by ${1:date}';
  // "Approve the go-live date — TBD": what is missing is said on the placeholder that stands for it, once (placeholder-left
  // gives way there), and the suggestion fills it in.
  const closing = CLOSING_PLACEHOLDER.exec(item.text.plain.trimEnd());
  if (closing) {
    const placeholder = closing[1];
    const from = closing.index + closing[0].lastIndexOf(placeholder);
    const span = item.text.span(from, from + placeholder.length);
    if (!said.includes(span.start)) {
      report({
        span,
        message: !decider && !by ? `${subject} has no decider or by-date ("${placeholder}" is neither): ${say}.` : neededLacks(subject, !decider ? 'decider' : 'by', placeholder),
        suggestions: [{ title, edit: { range: [span.start, span.end], text: fill }, snippet: true }],
      });
      return;
    }
  }
  // Before a closing full stop ("... exception (Decider: name)." or, in emphasis, "*... exception (Decider: name).*"), not after it.
  const content = item.text.plain.trimEnd();
  const at = item.text.after(doc.source, closingStop(doc.source, item.text, content) ? content.length - 1 : content.length);
  report({ span: item.span, message: `${subject} has ${missing}: ${say}.`, suggestions: [{ title, edit: { range: [at, at], text: ` (${fill})` }, snippet: true }] });
}

/**
 * Whether `content` (the item's text) ends with a full stop that closes a sentence: after a word, not an abbreviation ("etc.",
 * "Ltd.", "a.m."), and in the source followed by nothing but closing emphasis (not inside code or an autolink).
 */
function closingStop(source: string, text: InlineText, content: string): boolean {
  if (!/[\p{L}\p{N})\]'’"”]\.$/u.test(content) || ABBREVIATION_END.test(content)) return false;
  const stop = text.offset(content.length - 1);
  if (source.charCodeAt(stop) !== 46) return false;
  const end = source.indexOf('\n', stop);
  return /^[*_~]*\s*$/.test(source.slice(stop + 1, end === -1 ? source.length : end));
}
/** Words whose full stop is their own: "etc.", "Ltd.", "Inc.", "a.m.", "e.g.", "approx.", "D.C." (not "Option B."). */
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:etc|ltd|inc|co|corp|plc|pty|gmbh|ag|bv|llc|approx|incl|excl|vs|no|[ap]\.m|e\.g|i\.e|\p{Lu}\.\p{Lu})\.$/iu;

/** A decider label's value that names no one: empty, "TBD", "no one yet". */
function namesNoDecider(value: string): boolean {
  return isEmptyValue(value) || namesNoOne(value) || NO_ONE_YET.test(value);
}

/** A by-date label's value that gives no date: empty, "ASAP", "Q1", "sprint 14" (but "Friday", "12/9" and "next steerco" are dates). */
function givesNoDate(value: string, today: string): boolean {
  return isEmptyValue(value) || isNoDate(value) || VAGUE_BY.test(value) || (vagueDate(value, today) && !RELATIVE_DATE.test(value) && !/\d{1,2}[/.]\d{1,2}|^(?:the\s+)?(?:next|this|coming)\s/i.test(value));
}

/** Whether the text names who decides: a role or forum, "a decision from IT Ops", "— Jo Bloggs", "@jo", "(Jo Bloggs)". */
function namesDecider(source: string, text: InlineText, today: string, tools: ReadonlySet<string>): boolean {
  const plain = text.plain;
  // Long texts are read at their start: an ask is a line or two (FORUM, for one, is not linear on "A-A-A-...").
  const head = plain.length > 2000 ? plain.slice(0, 2000) : plain;
  if (DECIDER_ROLE.test(head) || FORUM.test(head) || TITLED_BY.test(head) || ASKED_OF.test(withLineBreaks(source, text, head))) return true;
  // "Priya Sharma / Rahul Verma: approve the revised SOW", "Dr. Müller: Freigabe ...": who is asked, before the ask.
  const lead = /^[^\p{L}]*([^:]{1,60}):\s+/u.exec(head);
  if (lead && /\s|\./.test(lead[1].trim()) && namesLead(lead[1].trim(), head.slice(lead[0].length)) && !notADecider(lead[1].trim(), tools)) return true;
  const after = NAME_AFTER.exec(head);
  const broken = after ? undefined : NAMES_AFTER_BREAK.exec(head);
  const colon = after || broken ? undefined : NAME_THEN_PLACEHOLDER.exec(head);
  const name =
    after?.[1] ??
    after?.[2] ??
    (broken && datesNext(head.slice(broken.index + broken[0].length), today) ? broken[1] : undefined) ??
    (colon && !colon[1].split(/\s+/).some((word) => LABEL_WORD.test(word) || WORKSTREAM.test(word)) ? colon[1] : undefined);
  if (name && !notADecider(name, tools) && !isDayOrMonth(name.split(/\s+/)[0]) && !findDates(name, today).length) return true;
  const owner = findOwner(text, [], today, tools);
  return owner !== undefined && !notADecider(owner.text, tools) && !namesNoOne(owner.text);
}

/** `head` (the start of `text`'s plain text) with a line break where the source has one: "...for the new office\n  Jane Whitfield to approve". */
function withLineBreaks(source: string, text: InlineText, head: string): string {
  const { start, end } = text.fullSpan;
  const firstBreak = source.indexOf('\n', start);
  if (firstBreak === -1 || firstBreak >= end) return head;
  let lined = '';
  let from = 0;
  for (let at = head.indexOf(' '); at !== -1; at = head.indexOf(' ', at + 1)) {
    const code = source.charCodeAt(text.offset(at));
    if (code !== 10 && code !== 13) continue;
    lined += `${head.slice(from, at)}\n`;
    from = at + 1;
  }
  return lined + head.slice(from);
}

/** "Intune", "Intune-managed": a tool the ask is about, not who decides it. "Options:", "Whether": a field or a word, not a person. */
function notADecider(name: string, tools: ReadonlySet<string>): boolean {
  const lower = name.replace(/^@/, '').toLowerCase();
  const first = lower.split(/[-\s]/)[0];
  return tools.has(lower) || tools.has(first) || NOT_DECIDER.has(first);
}
const NOT_DECIDER = new Set(['whether', 'options', 'option', 'impact', 'status', 'context', 'background', 'recommendation', 'recommended', 'proposal', 'proposed', 'hosting', 'storage', 'hardware', 'software', 'cost', 'costs', 'budget', 'risk', 'risks', 'note', 'notes', 'why', 'what', 'scope', 'decision', 'ask', 'request', 'raised', 'date', 'pending', 'open', 'thanks', 'thank', 'please', 'kindly', 'urgent', 'dear']);

/** Whether the text gives a by-date: a date after "by" or closing the ask, a weekday after "by", an event ("by the next steerco"). */
function namesByDate(plain: string, today: string): boolean {
  const head = plain.length > 2000 ? plain.slice(0, 2000) : plain;
  if (BY_EVENT.test(head) || dayMonthBy(head) || datedMeeting(head, today)) return true;
  const closing = (end: number): boolean => /^[\s.!?)\]*_]*$/.test(head.slice(end));
  for (const date of findDates(head, today)) {
    // "Q1 2027" is no by-date (as in a table's By cell).
    if (/^q[1-4]\b/i.test(date.text)) continue;
    const before = head.slice(Math.max(0, date.start - 48), date.start);
    if (RAISED_BEFORE.test(before)) continue;
    if (BY_WORD.test(before) || AFTER_SEPARATOR.test(before) || DEADLINE_BEFORE.test(before)) return true;
    // A date that closes the ask, unless it is what is asked ("move go-live to 18 Jan 2027").
    if (closing(date.end) && !SUBJECT_BEFORE.test(before)) return true;
  }
  // "by Friday", "EOW", "(Priya Shah, Friday)", "Ideally this week": a weekday or a week's end, asked for or closing the ask.
  RELATIVE_DATES.lastIndex = 0;
  for (let relative = RELATIVE_DATES.exec(head); relative; relative = RELATIVE_DATES.exec(head)) {
    const before = head.slice(Math.max(0, relative.index - 24), relative.index);
    if (/^(?:by|before|until|due)\b|^(?:eod|eow|eom|cob)$/i.test(relative[0]) || BY_WORD.test(before) || AFTER_SEPARATOR.test(before)) return true;
    if (closing(relative.index + relative[0].length) && !SUBJECT_BEFORE.test(before)) return true;
  }
  return false;
}
const RELATIVE_DATES = new RegExp(RELATIVE_DATE.source, 'giu');
