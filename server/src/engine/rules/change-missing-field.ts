// change-missing-field: every change request in a change log says when it was raised,
// who asked for it, its impact and its status; once decided, who decided and when.
import { firstDate } from '../pm/dates';
import { isNoDate, listOption, SYNONYMS } from '../pm/fields';
import { readRegister, type RegisterEntry, type RegisterShape, type RegisterValue } from '../pm/register';
import type { Rule } from '../types';

type Field = 'id' | 'title' | 'date' | 'requester' | 'impact' | 'status' | 'decision' | 'approver' | 'decisionDate';
type Required = 'date' | 'requester' | 'impact' | 'status' | 'approver' | 'decisionDate';
const REQUIRED: Required[] = ['date', 'requester', 'impact', 'status', 'approver', 'decisionDate'];
/** Asked of every open request; the others once it is decided. */
const ALWAYS: readonly Required[] = ['date', 'requester', 'impact', 'status'];

const DEFAULT_SYNONYMS: Record<Field, readonly string[]> = {
  id: [...SYNONYMS.id, 'cr', 'cr id', 'cr no', 'cr no.', 'cr ref', 'change id', 'change ref', 'change no', 'rfc', 'request id'],
  title: ['title', 'change', 'change request', 'summary', 'description', 'name', 'request', 'description and reason'],
  date: ['date', 'date raised', 'raised', 'raised on', 'date submitted', 'submitted', 'submitted on', 'date requested', 'requested', 'requested on', 'date logged', 'logged'],
  requester: ['requester', 'requestor', 'requested by', 'raised by', 'submitted by', 'originator', 'initiator', 'change owner', 'who'],
  impact: ['impact', 'impacts', 'impact assessment', 'effect', 'scope impact', 'schedule impact', 'cost impact', 'time impact', 'budget impact'],
  status: ['status', 'state'],
  decision: ['decision', 'outcome', 'resolution'],
  approver: ['approver', 'approved by', 'approver name', 'decided by', 'decision maker', 'decision-maker', 'authority', 'authorised by', 'authorized by', 'signed off by', 'sign-off', 'sign off'],
  decisionDate: ['decision date', 'date decided', 'decided', 'decided on', 'approval date', 'date approved', 'approved on', 'date of decision'],
};

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

function join(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', no ')} and no ${words[words.length - 1]}`;
}

function shape(options: Parameters<Rule['check']>[0]['options']): RegisterShape<Field> {
  const synonyms = { ...DEFAULT_SYNONYMS, requester: listOption(options, 'requesterHeaders', DEFAULT_SYNONYMS.requester), impact: listOption(options, 'impactHeaders', DEFAULT_SYNONYMS.impact), approver: listOption(options, 'approverHeaders', DEFAULT_SYNONYMS.approver) };
  return {
    synonyms,
    id: 'id',
    idPattern: /^(?:CR|RFC|CHG|CRQ|CHANGE)[-_ ]?\d{1,6}\b/i,
    // A table of requests: what changes (or its id), and who asked, its impact or who decided.
    isRegister: (c) => (c.title !== undefined || c.id !== undefined) && (c.requester !== undefined || c.impact !== undefined || c.approver !== undefined),
  };
}

function lacks(field: Required, value: RegisterValue | undefined, all: readonly RegisterValue[] | undefined): boolean {
  // Impact in several columns (scope, schedule, cost): one said is enough.
  if (field === 'impact' && all?.some((v) => !v.empty)) return false;
  return !value || value.empty || ((field === 'date' || field === 'decisionDate') && isNoDate(value.text));
}

/** "CR-003", or the request's first words. */
function subject(entry: RegisterEntry<Field>): string {
  if (entry.id) return entry.id;
  const title = entry.fields.title?.text;
  if (!title) return 'This change request';
  const words = title.split(/\s+/);
  return `The change "${words.slice(0, 6).join(' ')}${words.length > 6 ? '...' : ''}"`;
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
    const reading = readRegister(doc, shape(options), today);
    const columnsOf = new Map(reading.tables.map((t) => [t.table, t.columns]));
    /** A value to the end of its line: "Programme board, 14/10/2026" is read as "Programme board". */
    const restOfLine = (at: number): string => doc.source.slice(at, doc.lines.lineEnd(doc.lines.positionAt(at).line));
    const decided = (entry: RegisterEntry<Field>): boolean => DECIDED.test(entry.fields.status?.text ?? '') || DECIDED.test(entry.fields.decision?.text ?? '');
    const rowsOf = new Map<unknown, RegisterEntry<Field>[]>();
    for (const entry of reading.entries) if (entry.table) (rowsOf.get(entry.table) ?? rowsOf.set(entry.table, []).get(entry.table)!).push(entry);
    for (const { table, columns, headerSpan } of reading.tables) {
      const rows = rowsOf.get(table) ?? [];
      // The approver's and the decision date's columns are asked for once a request in the table is decided.
      const asked = required.filter((f) => ALWAYS.includes(f) || rows.some((e) => decided(e) && !GONE.test(e.fields.status?.text ?? '')));
      const absent = asked.filter((f) => columns[f] === undefined);
      if (absent.length) report({ span: headerSpan, message: `This change log has no ${join(absent.map((f) => WHAT[f]))} column: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
    for (const entry of reading.entries) {
      const status = entry.fields.status?.text ?? '';
      if (GONE.test(status)) continue;
      const columns = entry.table ? columnsOf.get(entry.table) : undefined;
      const isDecided = decided(entry);
      const needs = required.filter((f) => (ALWAYS.includes(f) || isDecided) && !(columns && columns[f] === undefined && !entry.fields[f]));
      // "Approved by: Programme board, 14/10/2026": the date said with the approver (or the decision) is the decision date.
      const datedElsewhere = [entry.fields.approver, entry.fields.decision].some((v) => v && !v.empty && firstDate(restOfLine(v.span.start), today) !== undefined);
      const missing = needs.filter((f) => lacks(f, entry.fields[f], entry.all[f]) && !(f === 'decisionDate' && datedElsewhere));
      if (!missing.length) continue;
      const said = missing.filter((f) => entry.fields[f] !== undefined && (entry.table || !entry.fields[f]!.empty));
      const absent = missing.filter((f) => !said.includes(f));
      const state = isDecided && (said.includes('approver') || said.includes('decisionDate') || absent.includes('approver') || absent.includes('decisionDate')) ? ` (${(DECIDED.exec(status) ?? DECIDED.exec(entry.fields.decision?.text ?? ''))![0].toLowerCase()})` : '';
      for (const field of said) {
        const value = entry.fields[field]!;
        const vague = value.empty ? '' : ` ("${value.text}" is no date)`;
        report({ span: value.span, message: `${subject(entry)}${field === 'approver' || field === 'decisionDate' ? state : ''} has no ${WHAT[field]}${vague}: ${WHY[field]}.` });
      }
      if (absent.length) report({ span: entry.span, message: `${subject(entry)}${absent.includes('approver') || absent.includes('decisionDate') ? state : ''} has no ${join(absent.map((f) => WHAT[f]))}: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
  },
};
