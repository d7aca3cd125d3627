// decision-missing-field: every decision in a decision log says when it was made, who
// made it (one person) and, once made, why.
import type { DocumentModel } from '../model';
import { firstDate } from '../pm/dates';
import { ByObject, columnsOf, isEmptyValue, isNoDate, listOption, normalize, rowSpan, SYNONYMS, twoOwners, withoutBrackets } from '../pm/fields';
import { startingBetween } from '../pm/blocks';
import { cellValueSpan, inPendingSection, joinMissing, NOT_YET, readRegister, vagueDate, valueLine, type RegisterEntry, type RegisterShape, type RegisterValue } from '../pm/register';
import { NUMBERED } from '../pm/status';
import type { OptionValue, Report, Rule } from '../types';

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
  const words = decision.split(/\s+/);
  return `The decision "${words.slice(0, 6).join(' ')}${words.length > 6 ? '...' : ''}"`;
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
  check({ doc, kind, options, today, report }) {
    if (kind === 'status-report') {
      decisionsNeeded(doc, report);
      return;
    }
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

/** A status report's section of decisions asked for: "Decisions needed", "Decisions required", "Asks", "Pending decisions" (not "Key decisions", which are made). */
const NEEDED_HEADING = /^(?:(?:open |pending )?decisions? (?:needed|required|requested|pending|sought|to be made|for (?:the )?(?:board|sponsor|steering (?:group|committee)|steerco))|asks?|(?:open|pending) decisions|decisions and asks|asks and decisions)$/;
const NEEDED: Record<'decision' | 'decider' | 'by' | 'raised', readonly string[]> = {
  decision: ['decision', 'decision needed', 'decision required', 'decisions', 'ask', 'request', 'item', 'description', 'topic'],
  decider: ['decider', 'decision maker', 'decision-maker', 'decided by', 'approved by', 'agreed by', 'needed from', 'required from', 'from', 'who', 'owner', 'approver', 'approval from', 'authority', 'forum'],
  by: ['by', 'by when', 'needed by', 'required by', 'decision by', 'decide by', 'due', 'due date', 'deadline', 'date', 'date needed', 'when', 'by date'],
  // When it was asked, not by when: read as its own so that it is not the by-date.
  raised: ['date raised', 'raised', 'raised on', 'date logged', 'logged', 'opened', 'date opened', 'asked on'],
};
/** "None this period", "No decisions needed", "n/a": a row that says there is nothing to decide. */
const NONE = /^(?:none|nothing|n\/a|na|nil|no (?:decisions?|asks?))\b/i;

/** Decisions needed in a status report's table: each with a decider and a by-date (PRODUCT.md 8, status report). */
function decisionsNeeded(doc: DocumentModel, report: (r: Report) => void): void {
  const read = new Set<object>();
  for (const heading of doc.headings) {
    if (!NEEDED_HEADING.test(normalize(heading.title).replace(NUMBERED, ''))) continue;
    for (const table of startingBetween(doc.tables, heading.line + 1, heading.section.endLine)) {
      // A table under two such headings ("## Decisions needed", "### Decisions for the steering group") is read once.
      if (read.has(table)) continue;
      read.add(table);
      const columns = columnsOf(table, NEEDED);
      const decision = columns.decision ?? 0;
      const absent = (['decider', 'by'] as const).filter((f) => columns[f] === undefined);
      const live = table.rows.filter((row) => !NONE.test(row.cells[decision]?.text.plain.trim() ?? '') && !row.cells.every((c) => isEmptyValue(c.text.plain)));
      if (absent.length && live.length) report({ span: rowSpan(doc, table.header), message: `This table of decisions needed has no ${absent.map((f) => (f === 'by' ? 'by-date' : f)).join(' and no ')} column: say who will decide each one, and by when.` });
      for (const row of live) {
        const words = (row.cells[decision]?.text.plain.trim() ?? '').split(/\s+/);
        const subject = words[0] ? `The decision needed "${words.slice(0, 6).join(' ')}${words.length > 6 ? '...' : ''}"` : 'This decision needed';
        for (const field of ['decider', 'by'] as const) {
          if (columns[field] === undefined) continue;
          const cell = row.cells[columns[field]!];
          const text = cell?.text.plain.trim() ?? '';
          if (cell && !isEmptyValue(text) && !isNoDate(text)) continue;
          const vague = !cell || isEmptyValue(text) ? '' : ` ("${text}" is ${field === 'by' ? 'no date' : 'no one'})`;
          report({ span: cell ? cellValueSpan(doc, cell) : rowSpan(doc, row), message: `${subject} has no ${field === 'by' ? 'by-date' : 'decider'}${vague}: ${field === 'by' ? 'say by when it must be made' : 'name who will make it'}.` });
        }
      }
    }
  }
}
