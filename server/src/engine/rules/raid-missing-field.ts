// raid-missing-field: every open RAID item has an owner, a due or review date,
// a response/mitigation and a status.
import type { DocumentModel } from '../model';
import { isRelativeDate } from '../pm/dates';
import { fillCell, isNoDate, listOption, namesNoOne, synonymOption, SYNONYMS, twoOwners } from '../pm/fields';
import { readRaid, subject, type RaidItem } from '../pm/raid';
import type { Edit, Kind, Rule } from '../types';

type Required = 'owner' | 'due' | 'response' | 'status';
const FIELDS: Required[] = ['owner', 'due', 'response', 'status'];


/**
 * The field as missing: absent, empty, a due value that names no date or an owner that names no one. In a RAID log,
 * a due value relative to when it was written ("next Friday") names no date either: the log outlives the week.
 */
function lacks(field: Required, value: { empty: boolean; text: string } | undefined, kind: Kind): boolean {
  return !value || value.empty || (field === 'due' && (isNoDate(value.text) || (kind === 'raid-log' && isRelativeDate(value.text)))) || (field === 'owner' && namesNoOne(value.text));
}
const WHAT: Record<Required, string> = { owner: 'owner', due: 'due or review date', response: 'response or mitigation', status: 'status' };
const WHY: Record<Required, string> = {
  owner: 'name the one person who will act on it',
  due: 'say when it will be acted on or next reviewed',
  response: 'say what is being done about it',
  status: 'say whether it is open or closed',
};

/** "owner", "owner and no due or review date", "owner, no status and no response". */
function join(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', no ')} and no ${words[words.length - 1]}`;
}

export const raidMissingField: Rule = {
  meta: {
    id: 'raid-missing-field',
    description: 'RAID items have an owner, a due or review date, a response or mitigation, and a status.',
    severity: 'warning',
    kinds: ['raid-log', 'project-log', 'status-report', 'meeting-notes', 'decision-log', 'change-log', 'lessons-learned', 'charter', 'wbs', 'stakeholder-register'],
    fixable: true,
    example: { before: '| R-01 | Risk | Supplier slips | | 2026-12-01 | Reorder early | |', after: '| R-01 | Risk | Supplier slips | Sam Okafor | 2026-12-01 | Reorder early | Open |' },
    options: {
      required: { type: 'string[]', default: [...FIELDS], values: FIELDS, description: 'The fields every open item needs, from "owner", "due", "response" and "status".' },
      ownerHeaders: synonymOption('owner', 'the owner'),
      dueHeaders: synonymOption('due', 'the due or review date'),
      responseHeaders: synonymOption('response', 'the response or mitigation'),
      statusHeaders: synonymOption('status', 'the status'),
    },
  },
  check({ doc, kind, today, options, report }) {
    const synonyms = { owner: listOption(options, 'ownerHeaders', SYNONYMS.owner), due: listOption(options, 'dueHeaders', SYNONYMS.due), response: listOption(options, 'responseHeaders', SYNONYMS.response), status: listOption(options, 'statusHeaders', SYNONYMS.status) };
    const required = FIELDS.filter((f) => listOption(options, 'required', FIELDS).includes(f));
    const reading = readRaid(doc, kind, synonyms, today);
    for (const raid of reading.tables) {
      const assumptions = raid.items.every((i) => i.type === 'assumption');
      const absent = required.filter((f) => raid.columns[f] === undefined && !(f === 'response' && assumptions));
      // An assumption is validated, not mitigated: a table without a response column is told so of the others only.
      const kinds = absent.every((f) => f === 'response') ? 'risk, issue and dependency' : 'risk, issue, assumption and dependency';
      if (absent.length) report({ span: raid.headerSpan, message: `This RAID table has no ${join(absent.map((f) => WHAT[f]))} column. Every open ${kinds} needs one.` });
    }
    for (const item of reading.items) {
      if (item.closed) continue;
      // An assumption is validated by a date, not mitigated.
      const needs = required.filter((f) => !(f === 'response' && item.type === 'assumption'));
      // "Mark / Sam": one named person acts; two is no one accountable.
      const owner = item.fields.owner;
      const pair = owner && !owner.empty && needs.includes('owner') ? twoOwners(owner.text) : undefined;
      if (owner && pair) report({ span: owner.span, message: `${subject(item)} has two owners (${pair[0]} and ${pair[1]}): name the one person accountable for it.` });
      if (item.table) {
        for (const field of needs) {
          const value = item.fields[field];
          if (!value || !lacks(field, value, kind)) continue;
          const fix = field === 'status' && value.cell ? fillCell(doc, value.cell, 'Open') : undefined;
          report({ span: value.span, message: lacksValue(item, field, value), fix, suggestions: fix ? [{ title: 'Set the status to "Open"', edit: fix }] : undefined });
        }
        continue;
      }
      const missing = needs.filter((f) => f !== 'status' && lacks(f, item.fields[f], kind));
      // "Owner: TBD": said on the value, as in a table, so that placeholder-left's finding on the same words gives way.
      const vague = missing.filter((f) => item.fields[f] !== undefined && !item.fields[f]!.empty);
      const absent = missing.filter((f) => !vague.includes(f));
      if (absent.length) report({ span: item.span, message: `${subject(item)} has no ${join(absent.map((f) => WHAT[f]))}: ${absent.map((f) => WHY[f]).join('; ')}.` });
      for (const field of vague) report({ span: item.fields[field]!.span, message: lacksValue(item, field, item.fields[field]!) });
      // A status report's list of risks and issues lists what is open: its items need no status of their own (a table keeps its column).
      if (needs.includes('status') && !(kind === 'status-report' && !item.fields.status) && (!item.fields.status || item.fields.status.empty)) {
        const fix = statusEdit(doc, item);
        // The finding covers where the fix goes: the empty label, the item, or the item with its field sub-bullets.
        const span = item.fields.status?.span ?? { start: item.span.start, end: Math.max(item.span.end, fix.range[1]) };
        report({ span, message: `${subject(item)} has no status: ${WHY.status}.`, fix, suggestions: [{ title: 'Set the status to "Open"', edit: fix }] });
      }
    }
  },
};

/** "R-02 has no owner ("TBD" is no one): ...": what a field's value lacks, said on the value (a cell, or a list item's field). */
function lacksValue(item: RaidItem, field: keyof typeof WHAT, value: { text: string; empty: boolean }): string {
  if (field === 'due' && isRelativeDate(value.text)) return `${subject(item)} has no fixed due date: "${value.text.trim()}" moves with the day the log is read. Write the date itself, e.g. "4 Dec".`;
  const vague = value.empty ? '' : ` ("${value.text.trim()}" is ${field === 'owner' ? 'no one' : 'no date'})`;
  return `${subject(item)} has no ${WHAT[field]}${vague}: ${WHY[field]}.`;
}

/** Adds "Status: Open" to a list item: after an empty "Status:", as a sub-bullet beside field sub-bullets, or at the end of its text. */
function statusEdit(doc: DocumentModel, item: RaidItem): Edit {
  const status = item.fields.status;
  if (status) return { range: [status.span.end, status.span.end], text: doc.source[status.span.end - 1] === ' ' ? 'Open' : ' Open' };
  const children = item.item?.children.filter((c) => c.segments.length && /^\s*\**\s*[\p{L} ]+\**\s*:/u.test(c.text.plain)) ?? [];
  const last = children[children.length - 1];
  if (last) {
    const prefix = doc.source.slice(doc.lines.lineStart(last.line), last.markerSpan.end);
    const bold = /^\*\*/.test(doc.source.slice(last.span.start, last.span.start + 2));
    const at = doc.lines.lineEnd(last.endLine - 1);
    return { range: [at, at], text: `${doc.lines.eol()}${prefix} ${bold ? '**Status:**' : 'Status:'} Open` };
  }
  // After the text and the markup that closes it ("`terraform apply`", "[the plan](url)"), before a trailing comment.
  const text = item.item?.text;
  const plain = text?.plain.trimEnd() ?? doc.source.slice(item.span.start, item.span.end);
  const end = text ? text.after(doc.source, plain.length) : item.span.end;
  // In the item's own style: "Owner: Tom | Due: ..." takes " | Status: Open"; "_Owner:_ Tom." takes "_Status:_ Open".
  const source = doc.source.slice(item.span.start, end);
  const label = /([*_]{1,2})(?:Owner|Due|Response|Mitigation|Action)[^*_:\n]{0,20}:\1/i.exec(source)?.[1];
  const field = label ? `${label}Status:${label} Open` : 'Status: Open';
  if (labelsBetweenPipes(source) && !/[.!?]$/.test(plain)) return { range: [end, end], text: ` | ${field}` };
  // "R7 – Chat history – owner: Raj – buy a tool" takes " – Status: Open"; "I-02: Queue stuck; Owner: Jo" takes "; Status: Open".
  if (!/[.!?](?:\s|$)/.test(plain)) {
    if (/;\s/.test(plain)) return { range: [end, end], text: `; ${field}` };
    const dash = /\s([\u2013\u2014-])\s/.exec(plain)?.[1];
    if (dash) return { range: [end, end], text: ` ${dash} ${field}` };
  }
  return { range: [end, end], text: /[.!?]$/.test(plain) ? ` ${field}.` : `. ${field}` };
}

/**
 * "Owner: Tom | Due: 2 Dec": two labels on either side of a pipe on one line. A scan, as
 * `/:[^|\n]*\|[^|\n]*:/` was: that pattern is quadratic on a line of many colons and no pipe.
 */
function labelsBetweenPipes(source: string): boolean {
  for (const line of source.split('\n')) {
    const parts = line.split('|');
    for (let k = 0; k + 1 < parts.length; k++) if (parts[k].includes(':') && parts[k + 1].includes(':')) return true;
  }
  return false;
}
