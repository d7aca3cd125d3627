// change-missing-field: every change request in a change log says when it was raised,
// who asked for it, its impact and its status; once decided, who decided and when.
import { firstDate } from '../pm/dates';
import { ByObject, isNoDate, listOption, SYNONYMS } from '../pm/fields';
import { DECIDED_BY, firstWords, joinMissing, NOT_YET, readRegister, type RegisterEntry, type RegisterShape, type RegisterValue, vagueDate, valueLine } from '../pm/register';
import type { OptionValue, Rule } from '../types';

type Field = 'id' | 'title' | 'date' | 'requester' | 'impact' | 'status' | 'decision' | 'approver' | 'decisionDate' | 'other';
type Required = 'date' | 'requester' | 'impact' | 'status' | 'approver' | 'decisionDate';
const REQUIRED: Required[] = ['date', 'requester', 'impact', 'status', 'approver', 'decisionDate'];
/** Asked of every open request; the others once it is decided. */
const ALWAYS: readonly Required[] = ['date', 'requester', 'impact', 'status'];

const DEFAULT_SYNONYMS: Record<Field, readonly string[]> = {
  id: [...SYNONYMS.id, 'cr', 'cr id', 'cr no', 'cr no.', 'cr ref', 'change id', 'change ref', 'change no', 'rfc', 'request id'],
  title: ['title', 'change', 'change request', 'summary', 'description', 'name', 'request', 'description and reason'],
  date: ['date', 'date raised', 'raised', 'raised on', 'date submitted', 'submitted', 'submitted on', 'date requested', 'requested', 'requested on', 'date logged', 'logged', 'opened', 'opened on', 'date opened', 'created', 'created on', 'date created'],
  requester: ['requester', 'requestor', 'requested by', 'raised by', 'submitted by', 'originator', 'initiator', 'change owner', 'who'],
  impact: ['impact', 'impacts', 'impact assessment', 'effect', 'scope impact', 'schedule impact', 'cost impact', 'time impact', 'budget impact', 'scope', 'schedule', 'cost', 'budget'],
  status: ['status', 'state'],
  decision: ['decision', 'outcome', 'resolution', 'approval', 'approval status'],
  approver: ['approver', 'approved by', 'approver name', 'decided by', 'decision maker', 'decision-maker', 'authority', 'authorised by', 'authorized by', 'signed off by', 'sign-off', 'sign off'],
  decisionDate: ['decision date', 'date decided', 'decided', 'decided on', 'approval date', 'date approved', 'approved on', 'date of decision'],
  // Dates that are not when the request was raised or decided: read as theirs ("Planned start date" is no date raised).
  other: ['planned start date', 'planned end date', 'planned start', 'planned end', 'start date', 'end date', 'target date', 'due date', 'implementation date', 'go-live date', 'scheduled date', 'scheduled for', 'change window', 'closed', 'closed on', 'date closed', 'risk'],
};

/** "Raised 24 Nov 2026 by Sarah Lee", "Requested by Mo Ali on 3 Oct": a request's origin said in a sentence. */
const RAISED = /\b(?:raised|requested|submitted|logged|opened)\b[^.\n|]{1,60}/i;
/** Progress on the assessment, not an outcome: "Impact assessment complete", "Analysis done". */
const ASSESSED = /\b(?:assessment|assessed|analysis|analysed|analyzed|review|reviewed|estimate|estimation|estimated|sizing|triage)\s+(?:is\s+|was\s+)?(?:done|complete|completed|finished)\b/gi;
/** The outcome word of a status or decision, once anything not reached yet or only assessed is taken out. */
function outcome(text: string): string | undefined {
  return DECIDED.exec(text.replace(NOT_YET, ' ').replace(ASSESSED, ' '))?.[0].toLowerCase();
}
/** Requests decided one way or the other: they need an approver and a decision date. */
const DECIDED = /\b(?:approved|accepted|rejected|declined|deferred|closed|implemented|done|complete|completed|delivered)\b/i;
/** Requests that never reached a decision, or went elsewhere: nothing more is asked. */
const GONE = /\b(?:withdrawn|cancell?ed|duplicate|superseded|merged into)\b/i;

const WHAT: Record<Required, string> = { date: 'date raised', requester: 'requester', impact: 'impact', status: 'status', approver: 'approver', decisionDate: 'decision date' };
const WHY: Record<Required, string> = {
  date: 'say when it was raised',
  requester: 'name who asked for it',
  impact: 'say what it does to scope, schedule and cost',
  status: 'say where it stands (submitted, assessing, approved, rejected, deferred)',
  approver: 'name who decided it',
  decisionDate: 'say when it was decided',
};

/** The register's shape under a rule's options: made once per options object, so its synonyms' prepared lists are kept. */
const SHAPES = new ByObject<Record<string, OptionValue>, RegisterShape<Field>>((options) => JSON.stringify(options), shapeFor);

function shapeFor(options: Record<string, OptionValue>): RegisterShape<Field> {
  const synonyms = { ...DEFAULT_SYNONYMS, requester: listOption(options, 'requesterHeaders', DEFAULT_SYNONYMS.requester), impact: listOption(options, 'impactHeaders', DEFAULT_SYNONYMS.impact), approver: listOption(options, 'approverHeaders', DEFAULT_SYNONYMS.approver) };
  return {
    synonyms,
    id: 'id',
    idPattern: /^(?:CR|RFC|CHG|CRQ|CHANGE)[-_ ]?\d{1,6}\b/i,
    // A table of requests: a header that says so (Change, CR, Request, Requester, Approver), and who asked, its impact or who decided.
    isRegister: (c, headers, ownIds) => (ownIds || /\bchanges?\b|\bcrs?\b|\brfcs?\b|request|approv/.test(headers)) && (c.title !== undefined || c.id !== undefined) && (c.requester !== undefined || c.impact !== undefined || c.approver !== undefined),
  };
}

function lacks(field: Required, value: RegisterValue | undefined, all: readonly RegisterValue[] | undefined, today: string): boolean {
  // Impact in several columns (scope, schedule, cost): one said is enough; "None" is an impact assessed.
  if (field === 'impact') return !(all ?? (value ? [value] : [])).some((v) => !/^[\s\-–—?.]*$/.test(v.text));
  return !value || value.empty || ((field === 'date' || field === 'decisionDate') && (isNoDate(value.text) || vagueDate(value.text, today)));
}

/** "CR-003", or the request's first words. */
function subject(entry: RegisterEntry<Field>): string {
  if (entry.id) return /^\d/.test(entry.id) ? `Change ${entry.id}` : entry.id;
  const title = entry.fields.title?.text;
  if (!title) return 'This change request';
  return `The change "${firstWords(title)}"`;
}

export const changeMissingField: Rule = {
  meta: {
    id: 'change-missing-field',
    description: 'Change requests have a date raised, a requester, an impact and a status; once decided, an approver and a decision date.',
    severity: 'warning',
    kinds: ['change-log'],
    fixable: false,
    example: { before: '| CR-003 | Drop the public-folder migration | 2026-10-20 | Dariusz Kowalczyk | -1 week | Approved | | |', after: '| CR-003 | Drop the public-folder migration | 2026-10-20 | Dariusz Kowalczyk | -1 week | Approved | Helen Marsh | 2026-10-27 |' },
    options: {
      required: { type: 'string[]', default: [...REQUIRED], values: REQUIRED, description: 'The fields a change request needs, from "date", "requester", "impact", "status", "approver" and "decisionDate" (the last two once it is decided).' },
      requesterHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.requester], description: 'Table headers and "Label:" names read as the requester (case-insensitive; replaces the default list).' },
      impactHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.impact], description: 'Table headers and "Label:" names read as the impact (case-insensitive; replaces the default list).' },
      approverHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.approver], description: 'Table headers and "Label:" names read as the approver (case-insensitive; replaces the default list).' },
    },
  },
  check({ doc, options, today, report }) {
    const required = REQUIRED.filter((f) => listOption(options, 'required', REQUIRED).includes(f));
    const reading = readRegister(doc, SHAPES.get(options), today);
    const columnsOf = new Map(reading.tables.map((t) => [t.table, t.columns]));
    const decision = (entry: RegisterEntry<Field>): string | undefined => outcome(entry.fields.status?.text ?? '') ?? outcome(entry.fields.decision?.text ?? '');
    /** What a request says besides its own fields: "Rejected by Programme Board on 10 Nov" names who decided, and when. */
    const saidElsewhere = (entry: RegisterEntry<Field>, field: Required): boolean => {
      // "Raised 24 Nov 2026 by Sarah Lee": when and by whom, in a sentence.
      if (field === 'date' || field === 'requester') {
        const raised = RAISED.exec(doc.source.slice(entry.whole.start, entry.whole.end));
        return raised !== null && (field === 'requester' ? /\bby\s+\p{Lu}/u.test(raised[0]) : firstDate(raised[0], today) !== undefined);
      }
      // A decision recorded is where the request stands.
      if (field === 'status') return entry.fields.decision !== undefined && outcome(entry.fields.decision.text) !== undefined;
      if (field !== 'approver' && field !== 'decisionDate') return false;
      const lines = [entry.fields.status, entry.fields.decision, entry.fields.approver].filter((v): v is RegisterValue => v !== undefined && !v.empty).map((v) => valueLine(doc, entry, v));
      return field === 'approver' ? lines.some((line) => DECIDED_BY.test(line)) : lines.some((line) => firstDate(line, today) !== undefined);
    };
    const lacking = (entry: RegisterEntry<Field>, field: Required): boolean => lacks(field, entry.fields[field], entry.all[field], today) && !saidElsewhere(entry, field);
    const rowsOf = new Map<unknown, RegisterEntry<Field>[]>();
    for (const entry of reading.entries) if (entry.table) (rowsOf.get(entry.table) ?? rowsOf.set(entry.table, []).get(entry.table)!).push(entry);
    for (const { table, columns, headerSpan } of reading.tables) {
      const rows = (rowsOf.get(table) ?? []).filter((e) => !GONE.test(e.fields.status?.text ?? ''));
      // The approver's and the decision date's columns are asked for once a request in the table is decided and does not say them otherwise.
      const asked = required.filter((f) => ALWAYS.includes(f) || rows.some((e) => decision(e) !== undefined && lacking(e, f)));
      const absent = asked.filter((f) => columns[f] === undefined);
      if (absent.length) report({ span: headerSpan, message: `This change log has no ${joinMissing(absent.map((f) => WHAT[f]))} column: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
    for (const entry of reading.entries) {
      if (GONE.test(entry.fields.status?.text ?? '')) continue;
      const columns = entry.table ? columnsOf.get(entry.table) : undefined;
      const decided = decision(entry);
      const needs = required.filter((f) => (ALWAYS.includes(f) || decided !== undefined) && !(columns && columns[f] === undefined && !entry.fields[f]));
      const missing = needs.filter((f) => lacking(entry, f));
      if (!missing.length) continue;
      const said = missing.filter((f) => entry.fields[f] !== undefined && entry.fields[f]!.span.start !== entry.span.start);
      const absent = missing.filter((f) => !said.includes(f));
      const state = (fields: Required[]): string => (decided && fields.some((f) => f === 'approver' || f === 'decisionDate') ? ` (${decided})` : '');
      for (const field of said) {
        const value = entry.fields[field]!;
        const vague = value.empty ? '' : ` ("${value.text}" is no date)`;
        report({ span: value.span, message: `${subject(entry)}${state([field])} has no ${WHAT[field]}${vague}: ${WHY[field]}.` });
      }
      if (absent.length) report({ span: entry.span, message: `${subject(entry)}${state(absent)} has no ${joinMissing(absent.map((f) => WHAT[f]))}: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
  },
};
