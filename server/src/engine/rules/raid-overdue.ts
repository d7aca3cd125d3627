// raid-overdue: an open RAID item whose due or review date is before today.
import { ACTION_HEADINGS, actionDone, readActions } from '../pm/actions';
import { daysBetween, firstDate, impossibleDate, WEEKDAY } from '../pm/dates';
import { listOption, liveText, synonymOption, SYNONYMS } from '../pm/fields';
import { CLOSED_STATUSES, closedFor, closingWord, readRaid, subject } from '../pm/raid';
import type { Rule } from '../types';

export const raidOverdue: Rule = {
  meta: {
    id: 'raid-overdue',
    description: 'Open RAID items and actions are not past their due or review date.',
    severity: 'warning',
    kinds: ['raid-log', 'project-log', 'status-report', 'meeting-notes', 'decision-log', 'change-log', 'lessons-learned', 'charter', 'wbs', 'stakeholder-register'],
    fixable: false,
    example: { before: '| I-02 | Issue | Floor plan not signed off | Priya | 2026-11-10 | Open |', after: '| I-02 | Issue | Floor plan not signed off | Priya | 2026-12-03 | Open |' },
    options: {
      dueHeaders: synonymOption('due', 'the due or review date'),
      statusHeaders: synonymOption('status', 'the status'),
      closedStatuses: { type: 'string[]', default: [...CLOSED_STATUSES], description: 'Statuses that mean the item is finished and never overdue (case-insensitive).' },
    },
  },
  check({ doc, kind, today, options, lexicon, report }) {
    const synonyms = { due: listOption(options, 'dueHeaders', SYNONYMS.due), status: listOption(options, 'statusHeaders', SYNONYMS.status) };
    const closed = listOption(options, 'closedStatuses', CLOSED_STATUSES).map((s) => s.toLowerCase());
    /** Reports `due` when its date (the live one, after any move) is before today. */
    const overdue = (due: { text: string; span: { start: number; end: number } }, label: string, subjectText: string, status: string): void => {
      const live = movedTo(liveText(fieldSource(doc.source, due.span), due.text), today);
      const date = firstDate(live, today);
      // "31 Sept 2026": a day the month does not have is no date to act by.
      const impossible = date ? undefined : impossibleDate(live, today);
      if (impossible) {
        report({ span: due.span, message: `${subjectText}'s ${dateName(label)} (${impossible}) is not a day of the calendar. Give the date meant.` });
        return;
      }
      // "03/04/2026" is 3 April or 4 March: overdue when both have passed, by the later of the two.
      const latest = date?.ambiguous ? (date.other && date.other > date.iso ? date.other : date.other ? date.iso : undefined) : date?.iso;
      if (!date || !latest || latest >= today) return;
      const days = daysBetween(latest, today);
      const passed = `its ${dateName(label)} (${date.text}) passed ${date.ambiguous ? 'at least ' : ''}${days === 1 ? 'yesterday' : `${days} days ago`}`;
      // "Closed" taken off closedStatuses by a configured list: say so, not "is still closed ... or close it".
      const word = closingWord(status);
      const message = word
        ? `${subjectText} is marked "${status}", which is not one of this rule's closedStatuses, and ${passed}. Add "${word}" to closedStatuses if it means the item is finished.`
        : `${subjectText} ${stillIs(status)} but ${passed}. Act on it, agree a new date, or close it.`;
      report({ span: due.span, message });
    };
    const raidItems = readRaid(doc, kind, synonyms, today).items;
    for (const item of raidItems) {
      const due = item.fields.due;
      // An assumption or a dependency "Confirmed" is settled (closedFor); an issue "Confirmed" is reproduced, and open.
      if (!due || due.empty || item.item?.task?.checked || closedFor(item.type, item.fields.status?.text, closed)) continue;
      overdue(due, due.label, subject(item), item.fields.status && !item.fields.status.empty ? item.fields.status.text : 'open');
    }
    // Actions ("the A of RAID"): only those known to be open, an unticked task box or a Status column that
    // is not closed. Minutes record what was agreed; an action with no status may well be done since.
    // A RAID item that is a task item too ("- [ ] R-01: ... Due: ...") was read above; RAID tables are no action tables.
    const read = new Set(raidItems.map((item) => item.item));
    const actions = readActions(doc, kind, { ownerLabels: SYNONYMS.owner, dueLabels: synonyms.due, headings: ACTION_HEADINGS, tools: lexicon.technologies }, today).items;
    for (const action of actions) {
      const due = action.due;
      if (!due || (action.item && read.has(action.item))) continue;
      const statusText = action.statusCell?.text.plain.trim() ?? '';
      const open = action.row ? action.statusCell !== undefined && !actionDone(statusText, closed) : action.item?.task !== undefined && !action.item.task.checked;
      if (!open) continue;
      const label = action.row && action.dueCell && action.table ? (action.table.header.cells[action.row.cells.indexOf(action.dueCell)]?.text.plain ?? 'due') : 'due';
      // "No" in a "Done?" column: not done.
      overdue(due, label, 'This action', /^(?:no|n)$/i.test(statusText) ? 'not done' : statusText || 'open');
    }
  },
};

/** A day/month that opens the text after a move and ends it ("→ 1/12", "→ Fri 5/12"): not a version ("v4.2") or a count ("3/4 loads"). */
const MOVED_TO_DAY_MONTH = new RegExp(String.raw`^\s*(?:${WEEKDAY}\.?\s+)?\d{1,2}\/\d{1,2}(?![\d/])\s*(?:$|[,.;)(])`, 'i');

/** A date moved with an arrow or words ("20 Nov → 10 Dec", "20 Nov, moved to 10 Dec"): the text after the last move, when it holds a date. */
function movedTo(text: string, today: string): string {
  const moves = [...text.matchAll(/→|->|=>|⇒|\b(?:moved|revised|replanned|re-planned|pushed|slipped|changed) to\b|\bnow\b/gi)];
  const last = moves[moves.length - 1];
  if (!last) return text;
  // Only when a date follows the move: "10 Nov -> awaiting PO" and "(supplier now engaged)" keep 10 Nov.
  const after = text.slice(last.index + last[0].length);
  // "20/11 → 1/12": a day/month that could be either order is still the new date; the old one no longer counts.
  return firstDate(after, today) || MOVED_TO_DAY_MONTH.test(after) ? after : text;
}

/**
 * The source of a field's value with the strike-through markup at its edges: a list item's
 * value starts at its text, after the "~~" or "<del>" that opens it ("Due: ~~2026-11-20~~ 2026-12-20").
 */
function fieldSource(source: string, span: { start: number; end: number }): string {
  const open = /(?:~~?|<(?:del|s|strike)>)$/i.exec(source.slice(Math.max(0, span.start - 8), span.start));
  const close = /^(?:~~?|<\/(?:del|s|strike)>)/i.exec(source.slice(span.end, span.end + 9));
  return source.slice(span.start - (open?.[0].length ?? 0), span.end + (close?.[0].length ?? 0));
}

/** "Review date" stays; "Due", "By", "Target", "Review", "Validate by" become "due date", "target date", "review date", "validate-by date". */
function dateName(label: string): string {
  const name = label.toLowerCase().replace(/[:*_]/g, '').replace(/\s+/g, ' ').trim();
  if (/\bdate\b|deadline/.test(name)) return name;
  if (/^(?:by|by when|when|eta|due)$/.test(name)) return 'due date';
  if (/review/.test(name)) return `${name.replace(/ (?:by|on)$/, '')} date`;
  return `${name.replace(/ by$/, '-by')} date`;
}

/** "is still open", but "is not yet resolved" and "is only partially met": a status that says "not" or "partially" takes no "still". */
function stillIs(status: string): string {
  const lower = status.toLowerCase();
  // "Closed?", "will be closed next week", "Open (was closed)": quoted, not read as an adjective.
  // An emoji beside the word ("Open \u26A0\uFE0F") keeps it a word.
  const words = lower.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim();
  if (!/^[\p{L}-]+(?: [\p{L}-]+){0,2}$/u.test(words) || /^(?:will|to|should|must|be|being|going)\b/.test(words)) return `is marked "${status}"`;
  if (/^(?:not|still|yet)\b/.test(lower)) return `is ${lower}`;
  if (/^partial(?:ly)?\b/.test(lower)) return `is only ${lower}`;
  // "Monitoring", "Investigating": what is being done, not what the item is ("is still monitoring").
  if (/ing$/.test(words)) return `is marked "${status}"`;
  // "Accepted", "Tolerated": a risk kept open on purpose.
  if (/^(?:accepted|tolerated|acknowledged)$/.test(words)) return `is still open (${words})`;
  // Other words are quoted as written: "is still approved", "is still yes" read as nonsense, "awaiting cab" lost its capitals.
  if (!OPEN_WORDS.test(words)) return `is marked "${status}"`;
  // Lower case, but an acronym after the first word keeps its capitals: "OPEN", "In Progress" -> "open", "in progress";
  // "Awaiting CAB" -> "awaiting CAB".
  return `is still ${status.trim().split(/\s+/).map((w, k) => (k > 0 && /^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(' ')}`;
}

/** Statuses that say an item is open, read after "is still": "open", "on hold", "awaiting CAB". */
const OPEN_WORDS = /^(?:open|opened|new|raised|logged|active|live|pending|blocked|parked|delayed|late|overdue|escalated|draft|backlog|to-?do|on hold|on track|off track|at risk|in progress|in review|under review|not started|awaiting [\p{L}-]+(?: [\p{L}-]+)?|waiting(?: on| for)? ?[\p{L}-]*)$/u;
