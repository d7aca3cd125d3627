// decision-missing-field: every decision in a decision log says when it was made, who
// made it (one person) and, once made, why.
import { isNoDate, listOption, SYNONYMS, twoOwners } from '../pm/fields';
import { readRegister, type RegisterEntry, type RegisterShape, type RegisterValue } from '../pm/register';
import type { Rule } from '../types';

type Field = 'id' | 'decision' | 'date' | 'maker' | 'rationale' | 'status';
type Required = 'date' | 'maker' | 'rationale';
const REQUIRED: Required[] = ['date', 'maker', 'rationale'];

const DEFAULT_SYNONYMS: Record<Field, readonly string[]> = {
  id: [...SYNONYMS.id, 'decision id', 'decision ref', 'dec', 'dec id', 'adr'],
  decision: ['decision', 'decision made', 'decisions', 'title', 'summary', 'description', 'what'],
  date: ['date', 'date decided', 'decision date', 'decided on', 'decided', 'date made', 'date raised', 'raised', 'when'],
  maker: ['decision maker', 'decision-maker', 'decision makers', 'decision-makers', 'decided by', 'decider', 'made by', 'approver', 'approved by', 'authority', 'owner', 'who', 'accountable'],
  rationale: ['rationale', 'reason', 'reasons', 'reasoning', 'why', 'justification', 'basis', 'because', 'grounds'],
  status: ['status', 'state'],
};

/** Decisions that are history: replaced, undone or never taken. Nothing more is asked of them. */
const HISTORY = /\b(?:superseded|reversed|revoked|withdrawn|rejected|cancell?ed|obsolete|replaced)\b/i;
/** Decisions not made yet: they need a date and a decider, not yet a rationale. */
const PENDING = /\b(?:proposed|pending|open|draft|under (?:discussion|review)|in review|to be decided|awaiting|not decided|undecided|tbd|tbc)\b/i;

const WHAT: Record<Required, string> = { date: 'date', maker: 'decision-maker', rationale: 'rationale' };
const WHY: Record<Required, string> = {
  date: 'say when it was made (or raised, while it is pending)',
  maker: 'name the one person who made it, or who will',
  rationale: 'say why this option won',
};

function join(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', no ')} and no ${words[words.length - 1]}`;
}

function shape(options: Parameters<Rule['check']>[0]['options']): RegisterShape<Field> {
  const synonyms = { ...DEFAULT_SYNONYMS, date: listOption(options, 'dateHeaders', DEFAULT_SYNONYMS.date), maker: listOption(options, 'makerHeaders', DEFAULT_SYNONYMS.maker), rationale: listOption(options, 'rationaleHeaders', DEFAULT_SYNONYMS.rationale) };
  return {
    synonyms,
    id: 'id',
    idPattern: /^(?:DEC|ADR|DR|D)[-_ ]?\d{1,5}\b/i,
    // A table of decisions: what was decided (or its id), and who decided it or why.
    isRegister: (c) => (c.decision !== undefined || c.id !== undefined) && (c.maker !== undefined || c.rationale !== undefined),
  };
}

function lacks(field: Required, value: RegisterValue | undefined): boolean {
  return !value || value.empty || (field === 'date' && isNoDate(value.text)) || (field === 'maker' && /^(?:tbd|tbc|tba)\.?$/i.test(value.text));
}

/** "D-03", or the decision's first words. */
function subject(entry: RegisterEntry<Field>): string {
  if (entry.id) return entry.id;
  const decision = entry.fields.decision?.text;
  if (!decision) return 'This decision';
  const words = decision.split(/\s+/);
  return `The decision "${words.slice(0, 6).join(' ')}${words.length > 6 ? '...' : ''}"`;
}

export const decisionMissingField: Rule = {
  meta: {
    id: 'decision-missing-field',
    description: 'Decisions in a decision log have a date, one decision-maker and, once made, a rationale.',
    severity: 'warning',
    kinds: ['decision-log'],
    fixable: false,
    example: { before: '| D-04 | 2026-11-03 | Single sign-on via Entra ID | Mark / Sam | | Accepted |', after: '| D-04 | 2026-11-03 | Single sign-on via Entra ID | Mark Ellis | One login for 1,400 staff | Accepted |' },
    options: {
      required: { type: 'string[]', default: [...REQUIRED], values: REQUIRED, description: 'The fields every decision needs, from "date", "maker" and "rationale" (a rationale only once the decision is made).' },
      dateHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.date], description: 'Table headers and "Label:" names read as the date (case-insensitive; replaces the default list).' },
      makerHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.maker], description: 'Table headers and "Label:" names read as the decision-maker (case-insensitive; replaces the default list).' },
      rationaleHeaders: { type: 'string[]', default: [...DEFAULT_SYNONYMS.rationale], description: 'Table headers and "Label:" names read as the rationale (case-insensitive; replaces the default list).' },
    },
  },
  check({ doc, options, today, report }) {
    const required = REQUIRED.filter((f) => listOption(options, 'required', REQUIRED).includes(f));
    const reading = readRegister(doc, shape(options), today);
    const columnsOf = new Map(reading.tables.map((t) => [t.table, t.columns]));
    for (const { columns, headerSpan } of reading.tables) {
      const absent = required.filter((f) => columns[f] === undefined);
      if (absent.length) report({ span: headerSpan, message: `This decision log has no ${join(absent.map((f) => WHAT[f]))} column: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
    for (const entry of reading.entries) {
      const status = entry.fields.status?.text ?? '';
      if (HISTORY.test(status)) continue;
      const pending = PENDING.test(status);
      // A column the table lacks is said once, on its header.
      const columns = entry.table ? columnsOf.get(entry.table) : undefined;
      const needs = required.filter((f) => !(f === 'rationale' && pending) && !(columns && columns[f] === undefined && !entry.fields[f]));
      const maker = entry.fields.maker;
      const pair = maker && !maker.empty && needs.includes('maker') ? twoOwners(maker.text) : undefined;
      if (maker && pair) report({ span: maker.span, message: `${subject(entry)} has two decision-makers (${pair[0]} and ${pair[1]}): name the one person accountable for it.` });
      const missing = needs.filter((f) => lacks(f, entry.fields[f]));
      if (!missing.length) continue;
      // In a table, each missing value is said in its cell; under a heading, the absent ones together on the heading.
      const said = missing.filter((f) => entry.fields[f] !== undefined && (entry.table || !entry.fields[f]!.empty));
      const absent = missing.filter((f) => !said.includes(f));
      for (const field of said) {
        const value = entry.fields[field]!;
        const vague = value.empty ? '' : ` ("${value.text}" is ${field === 'maker' ? 'no one' : 'no date'})`;
        report({ span: value.span, message: `${subject(entry)} has no ${WHAT[field]}${vague}: ${WHY[field]}.` });
      }
      if (absent.length) report({ span: entry.span, message: `${subject(entry)} has no ${join(absent.map((f) => WHAT[f]))}: ${absent.map((f) => WHY[f]).join('; ')}.` });
    }
  },
};
