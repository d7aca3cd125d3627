// Meeting action items: task-list items and items or table rows under an
// Actions heading, with their owner ("Owner: Sam", "@sam", "Sam:", "Sam to ...",
// "(Sam)") and due date (any date format, "by Friday", "EOW").
import type { InlineText } from '../inline';
import { lazy } from '../lazy';
import { sectionPath, topItem, type DocumentModel, type ListItem, type Table, type TableCell, type TableRow } from '../model';
import type { Kind, Span } from '../types';
import { dateLengthAtStart, findDates, isDayMonthPair, isDayOrMonth, RELATIVE_DATE } from './dates';
import { cellArea, columnsOf, inlineLabels, isEmptyValue, isNoDate, rowSpan } from './fields';
import { namesAny } from './status';
import { DATE_ONLY_LABELS, isClosed, readRaid } from './raid';
import { blocks } from './blocks';

/** More headings of actions in minutes only (the default `actionHeadings`). */
const MINUTES_HEADINGS = ['next steps', 'follow-up actions', 'follow up actions'];

export const ACTION_HEADINGS = ['actions', 'action items', 'action points', 'action log', 'actions agreed', 'agreed actions', 'follow-ups', 'follow ups', 'followups', 'next actions', 'to do', 'todo', 'to-do', 'tasks'];

export interface ActionItem {
  span: Span;
  item?: ListItem;
  row?: TableRow;
  table?: Table;
  /** Found owner/due, or the empty cell, or undefined when there is none. */
  owner?: { text: string; span: Span };
  due?: { text: string; span: Span };
  /** For table rows with an Owner/Due column: that cell (null when the row is short of it). */
  ownerCell?: TableCell | null;
  dueCell?: TableCell | null;
  /** For table rows with a Status column: that cell (null when the row is short of it). */
  statusCell?: TableCell | null;
}

export interface ActionTable {
  table: Table;
  headerSpan: Span;
}

export interface ActionOptions {
  ownerLabels: readonly string[];
  dueLabels: readonly string[];
  headings: readonly string[];
  /** Tool names (the technologies lexicon): never an owner. */
  tools?: ReadonlySet<string>;
  /** The people the document lists (Attendees, Present), lower case, full names and first names. */
  people?: ReadonlySet<string>;
}

const PEOPLE_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:attendees|present|participants|invitees|apologies|attendance|attending)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(.+)$/gim;

/** The people a document lists on its Attendees / Present lines, lower case: "priya natarajan" and "priya". */
export function listedPeople(source: string): Set<string> {
  const people = new Set<string>();
  for (const match of source.slice(0, 50_000).matchAll(PEOPLE_LINE)) {
    for (const part of match[1].split(/[,;]|\band\b|&/)) {
      const name = part.replace(/\([^)]*\)|[*_]/g, ' ').trim().toLowerCase();
      if (!name) continue;
      people.add(name);
      people.add(name.split(/\s+/)[0]);
    }
  }
  return people;
}

/**
 * Whether a name written first, before a dash ("Sam — tune the thresholds — 3 Dec"), is a person: one the document
 * lists, or a first and last name when it lists none. "Firewall —", "Printer —" and "Security review —" are things.
 */
function personFirst(name: string, people: ReadonlySet<string> | undefined): boolean {
  const bare = name.replace(/^@/, '').toLowerCase();
  if (name.startsWith('@')) return true;
  if (people?.size) return people.has(bare) || people.has(bare.split(/\s+/)[0]);
  return bare.split(/\s+/).length >= 2;
}

/** First words that start an instruction, not a name: "Send to finance" has no owner. */
const NOT_NAMES = new Set(['aim', 'goal', 'objective', 'purpose', 'idea', 'intention', 'target', 'add', 'agree', 'agreed', 'ask', 'back', 'book', 'bring', 'build', 'call', 'chase', 'check', 'circulate', 'confirm', 'continue', 'create', 'decide', 'decided', 'decision', 'deliver', 'draft', 'due', 'email', 'escalate', 'fix', 'follow', 'forward', 'fyi', 'get', 'go', 'hand', 'info', 'invite', 'issue', 'move', 'need', 'needs', 'next', 'note', 'owner', 'plan', 'post', 'prepare', 'raise', 'reach', 'reply', 'report', 'return', 'review', 'risk', 'schedule', 'send', 'set', 'share', 'start', 'status', 'submit', 'switch', 'talk', 'todo', 'try', 'update', 'upload', 'want', 'write', 'action', 'done', 'open', 'closed', 'complete', 'completed', 'question', 'answer', 'summary', 'outcome', 'result', 'context', 'background', 'important', 'warning', 'tip', 'everyone', 'all', 'team', 'we', 'i', 'they', 'tbd', 'tbc', 'tba', 'none', 'unassigned', 'unknown', 'nobody', 'someone']);
/**
 * Things an action is about, which cannot own it: "Slides to go to the board by Friday",
 * "Laptops to ship on Monday". Groups can own an action ("CAB to approve") and stay names.
 */
const THINGS = new Set(['slides', 'slide', 'deck', 'report', 'reports', 'minutes', 'notes', 'agenda', 'budget', 'paper', 'papers', 'proposal', 'contract', 'contracts', 'invoice', 'invoices', 'figures', 'numbers', 'data', 'results', 'feedback', 'approval', 'document', 'documents', 'docs', 'doc', 'spec', 'specs', 'requirements', 'changes', 'change', 'tickets', 'ticket', 'costs', 'funds', 'funding', 'payment', 'hardware', 'laptops', 'laptop', 'servers', 'server', 'licences', 'licenses', 'equipment', 'kit', 'training', 'testing', 'tests', 'release', 'rollout', 'migration', 'cutover', 'cut-over', 'launch', 'comms', 'communications', 'announcement', 'newsletter', 'survey', 'workshop', 'meeting', 'meetings', 'session', 'demo', 'pilot', 'invites', 'invite', 'pack', 'plans', 'design', 'designs', 'quote', 'quotes', 'order', 'orders', 'delivery', 'deliveries', 'shipment', 'backups', 'backup', 'upgrade', 'upgrades', 'work', 'it', 'this', 'that', 'these', 'those']);
/**
 * A name: up to three words, each capitalised ("Mary Ann Smith", "Siobhán Ní Bhriain") or in a script without capitals
 * ("田中 健", "김민준"), with a particle between them ("Jan van Dijk").
 */
const NAME_WORD = "(?:[\\p{Lu}][\\p{L}\\p{M}'’-]+|\\p{Lo}{1,4})";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|ter|ten)\\s+)?${NAME_WORD}){0,2}`;
/** What follows a name that owns an action: "to", "will", "is going to", "has agreed to", "offered to". */
export const OWNER_VERB = String.raw`(?:to|will|(?:is|are)\s+going\s+to|(?:(?:has|have)\s+)?(?:agreed|offered|volunteered|promised)\s+to)`;
/** "ACTION:", "AP1:", "Action item 3:", "A2)": a label before the action, not its owner. */
const ACTION_LABEL = /^\s*(?:\*\*|__)?(?:(?:action(?:\s+(?:item|point))?|ap|ai)\s*[-#]?\s*\d*|a\s*[-#]?\s*\d+)(?:\*\*|__)?\s*(?:[:.)]|[-–—](?=\s))\s*(?:\*\*|__)?\s*/i;
/**
 * `source` with every letter outside escapes and character classes matching either case: for
 * the parts of a pattern that must be case-insensitive inside one that is not (NAME needs its capitals).
 */
function anyCase(source: string): string {
  return source.replace(/\\p\{[^}]*\}|\\.|\[(?:\\.|[^\]])*\]|[a-z]/g, (t) => (t.length === 1 ? `[${t.toUpperCase()}${t}]` : t));
}

/** A due date after an owner's name (NAME_END) or at the end of an action (OWNER_FIRST_END). */
const WHEN = anyCase(String.raw`(?!(?:due)\s+to\b)(?:by\s+(?:end|close|start|beginning|middle|mid|cob|eod|eow|eom|next|this|the next|the end|the start|the close|tomorrow|tonight|today|weekend|lunch|noon)\b[^()[\]]*|(?:due|before|until|till|no later than|not later than)\s+[^()[\]]+|(?:(?:by|due|before|on|until|till)\s+)?(?:\d[\w/ .,-]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+\d{1,2}[\w ]*)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})*|eo[dwmDWM]|eob|next\s+week|this\s+week|tomorrow|today|asap|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year|sprint)|(?:next|this)\s+(?:month|quarter|sprint)|q[1-4](?:\s+\d{4})?|w\/?c\s+[\w/ .]+))`);
/** A dash or semicolon that opens a clause with its owner: " – Tom to chase". */
const CLAUSE_OWNER = /\s[–—;-]\s+(?=\p{Lu})/u;
const MENTION = /(?<![\w@])@([\p{L}][\p{L}\p{N}._-]*)/u;


/**
 * Words that make a Title-Case phrase a piece of work, not a person: "Security Patch Deployment to complete by ...",
 * "New Laptop Rollout to start ...", "Still To Confirm: ...".
 */
const WORK_WORD = /^(?:to|the|and|of|for|new|next|still|all|deployment|rollout|roll-out|upgrade|migration|patch|patching|release|project|programme|program|plan|review|update|install|installation|refresh|cutover|cut-over|go-live|laptop|laptops|server|servers|network|security|data|change|changes|test|testing|training|licence|license|budget|report|rota|backup|backups|policy|process|confirm)$/i;

function nameOk(name: string, tools?: ReadonlySet<string>): boolean {
  const bare = name.replace(/^@/, '');
  // Three capitalised words are a name only when none of them names work ("Mary Ann Smith", not "New Laptop Rollout").
  if (bare.split(/\s+/).length >= 3 && bare.split(/\s+/).some((w) => WORK_WORD.test(w))) return false;
  const first = name.split(/\s+/)[0].replace(/^@/, '').toLowerCase();
  // "(Veeam)", "(Confluence)": a tool the action is about, not who does it.
  // "— Friday", "— March": a day or a month, not who does it.
  // "Jan van Dijk" is a person; "— Jan" a month.
  return !NOT_NAMES.has(first) && !THINGS.has(first) && !(isDayOrMonth(first) && !/\s/.test(name.trim())) && !tools?.has(name.replace(/^@/, '').toLowerCase()) && !tools?.has(first);
}

/**
 * The patterns an owner is found by, made when one is first looked for: a resume never looks, and making these six
 * (person names in any script) took about 3 ms of every start.
 */
const ownerPatterns = lazy(() => {
  // "Priya:", "**Priya**:": a name and a colon first.
  const NAME_COLON = new RegExp(`^\\s*(?:\\*\\*)?(${NAME})(?:\\*\\*)?\\s*:`, 'u');
  // "Priya to chase", "Sam and Lee will ...": a name and OWNER_VERB.
  const NAME_TO = new RegExp(`^\\s*(${NAME}(?:\\s*(?:and|&|\\/)\\s*${NAME})?)(?:\\s*\\([^)]*\\))?\\s+${OWNER_VERB}\\s+(?!(?:be|the|a|an|all|every|each|our|their|his|her|my|this|that|these|those)\\b)[a-z]`, 'u');
  // "(Priya)", "-> Lee by 30/11", "(Priya) by 11/12": a name at the end, in brackets or after an arrow, a due date after it.
  // "(Chris), 1 Dec", "(Chris) - before 1 Dec", "- Chris - 1 Dec": after the name only a date may follow, not more of the
  // sentence ("(Veeam) and report findings").
  const NAME_END = new RegExp(`(?:(?:->|→|[-–—])\\s*|\\(|\\[)(@?${NAME})(?:\\s*[,;/]\\s*[^)\\]]*|\\s+(?:by|due|before|on)\\s[^)\\]]*|\\s+[-–—]\\s+${WHEN})?(?:[)\\]](?:\\s*(?:[,;]|[-–—](?=\\s))?\\s*${WHEN})?)?\\s*\\.?\\s*$`, 'u');
  // "AP: Raj – confirm the firmware": a name and a dash after the action label.
  const NAME_DASH = new RegExp(`^\\s*(@?${NAME})\\s+[-–—]\\s+\\p{Ll}`, 'u');
  // A last part after a dash that is a due date: "... — 3 Dec", "... - by Friday", "... – 4/12".
  const OWNER_FIRST_END = new RegExp(`\\s[-\u2013\u2014]\\s+${WHEN}\\s*\\.?\\s*$`, 'u');
  // "assigned to Priya", "owner Sam".
  const ASSIGNED = new RegExp(`\\b(?:assigned to|owned by|owner)\\s+(@?${NAME})`, 'u');
  return { NAME_COLON, NAME_TO, NAME_END, NAME_DASH, OWNER_FIRST_END, ASSIGNED };
});

/** The owner named in an action's text. */
export function findOwner(text: InlineText, labels: readonly string[], today: string, tools?: ReadonlySet<string>, people?: ReadonlySet<string>): { text: string; span: Span } | undefined {
  const plain = text.plain;
  const labelled = inlineLabels(plain, { owner: labels }, () => 0).find((l) => !isEmptyValue(l.value));
  if (labelled) return { text: labelled.value, span: text.span(labelled.start, labelled.end) };
  const { NAME_COLON, NAME_TO, NAME_END, NAME_DASH, OWNER_FIRST_END, ASSIGNED } = ownerPatterns();
  const mention = MENTION.exec(plain);
  if (mention) return { text: mention[1], span: text.span(mention.index, mention.index + mention[0].length) };
  // NAME_END looks at the end of the text only, so a long item cannot make it quadratic.
  const tailStart = Math.max(0, plain.length - 160);
  const lead = ACTION_LABEL.exec(plain)?.[0].length ?? 0;
  // "None of the laptops have the patch – Tom to chase Dell": a second clause that names its owner.
  const clause = CLAUSE_OWNER.exec(plain);
  // "Sam — tune the thresholds — 3 Dec": without a label, a name and a dash first only when a dated part ends the item.
  // A person the document lists ("Attendees: Priya Natarajan, ...") counts first whatever ends the item.
  const ownerFirst = lead || OWNER_FIRST_END.test(plain.slice(tailStart)) || people?.size ? ([[NAME_DASH, lead]] as const) : [];
  for (const [re, from] of [[NAME_COLON, lead], [NAME_TO, lead], ...ownerFirst, ...(clause ? ([[NAME_TO, clause.index + clause[0].length]] as const) : []), [ASSIGNED, 0], [NAME_END, tailStart]] as const) {
    const match = re.exec(from ? plain.slice(from) : plain);
    if (match && re === NAME_DASH && !lead && !personFirst(match[1], people)) continue;
    if (match && nameOk(match[1], tools) && !findDates(match[1], today).length) {
      const start = plain.indexOf(match[1], from + match.index);
      return { text: match[1], span: text.span(start, start + match[1].length) };
    }
  }
  return undefined;
}

/** The due date in an action's text: a labelled value, any date, or a relative one ("by Friday", "EOW"). */
export function findDue(text: InlineText, labels: readonly string[], today: string): { text: string; span: Span } | undefined {
  const plain = text.plain;
  const labelled = inlineLabels(plain, { due: labels }, (v) => dateLengthAtStart(v, today), ['due']).find((l) => !isEmptyValue(l.value) && !isNoDate(l.value) && !(DATE_ONLY_LABELS.test(l.label) && dateLengthAtStart(l.value, today) === 0));
  if (labelled) return { text: labelled.value, span: text.span(labelled.start, labelled.end) };
  const date = findDates(plain, today)[0];
  if (date) return { text: date.text, span: text.span(date.start, date.end) };
  const relative = RELATIVE_DATE.exec(plain);
  if (relative) return { text: relative[0], span: text.span(relative.index, relative.index + relative[0].length) };
  // "... – 4/12", "... — Q1" ending the item: a date either way round (4 Dec or 12 Apr) is still a due date.
  const last = DUE_LAST.exec(plain);
  if (last && (!last[2] || isDayMonthPair(last[2], last[3]))) {
    const start = last.index + last[0].indexOf(last[1]);
    return { text: last[1], span: text.span(start, start + last[1].length) };
  }
  return undefined;
}

/** A day/month (either order) or a quarter as the last part of an action, after a dash or "by". */
const DUE_LAST = /(?:\s[-\u2013\u2014]\s*|\bby\s+)((\d{1,2})\/(\d{1,2})|[Qq][1-4](?:\s+\d{4})?)\s*\.?\s*$/;

function underActions(section: ListItem['section'], headings: readonly string[], today: string): boolean {
  const title = sectionPath(section).find((s) => s.heading)?.heading?.title;
  return title !== undefined && namesActions(title, headings, today);
}

/**
 * Whether a heading names a section of actions: it opens with a label ("Actions", "Action
 * items from the CAB", "3. Next actions") or is a short name that ends with one ("CAB
 * actions"). A heading that only mentions one ("Migrated repos to GitHub Actions",
 * "Cleaned up Planner tasks") does not, nor does a log entry that opens with its date.
 */
function namesActions(title: string, headings: readonly string[], today: string): boolean {
  if (!namesAny(title, headings)) return false;
  const words = title.replace(/^[^\p{L}]+/u, '').split(/[^\p{L}\p{N}'’&/-]+/u).filter(Boolean);
  // A short heading that names one anywhere ("CAB actions"), or a longer one that opens with it.
  const head = words.slice(0, 3).join(' ');
  if (words.length > 3 && !(namesAny(head, headings) && startsWithLabel(head, headings))) return false;
  // "## 2026-10-20 Corrective actions ..." is a log entry; "## Actions – 20 Nov 2026" is a list of actions.
  return dateLengthAtStart(title.replace(/^[^\p{L}\p{N}]+/u, ''), today) === 0;
}

/** "**Actions**", "Actions:", "Next steps:" alone on a line: a heading written as a paragraph (minutes pasted from mail or chat). */
const LABEL_PARAGRAPH = /^([\p{L}][\p{L}\s'’&/-]{0,40}?)\s*:?\s*$/u;

/**
 * The top-level items of each list right after a paragraph that is only the name of an
 * actions heading ("**Actions**", "Next steps:"): such a list is read as if under a heading
 * of that name, up to the next paragraph, heading or other block.
 */
function listsAfterLabels(doc: DocumentModel, headings: readonly string[], today: string): Set<ListItem> {
  const found = new Set<ListItem>();
  const starts: number[] = [];
  for (const paragraph of doc.paragraphs) {
    if (paragraph.inList || paragraph.endLine - paragraph.line !== 1) continue;
    // A heading's name is short: only such a line is tried (the pattern's spaces are slow on a long run of them).
    const text = paragraph.text.plain.trim();
    if (text.length > 48) continue;
    const label = LABEL_PARAGRAPH.exec(text);
    if (label && headings.some((h) => h.toLowerCase() === label[1].toLowerCase()) && namesActions(label[1], headings, today)) starts.push(paragraph.endLine);
  }
  if (!starts.length) return found;
  starts.sort((a, b) => a - b);
  const top = doc.items.filter((item) => item.depth === 1);
  // Lines where a paragraph, heading or table starts: a list ends at one. Sorted, for a binary search per item.
  const blockLines = [...doc.paragraphs.filter((p) => !p.inList).map((p) => p.line), ...doc.headings.map((h) => h.line), ...doc.tables.map((t) => t.line)].sort((a, b) => a - b);
  /** Whether a paragraph, heading or table starts on a line in `[from, to)`: the list ended there. */
  const blockBetween = (from: number, to: number): boolean => {
    let low = 0;
    let high = blockLines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (blockLines[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < blockLines.length && blockLines[low] < to;
  };
  // Labels and items both in line order: one pass over the items for all the labels.
  let k = 0;
  for (const start of starts) {
    while (k < top.length && top[k].line < start) k++;
    // The list opens on the next line, or after one blank line; its items follow each other the same way.
    if (k >= top.length || top[k].line - start > 1) continue;
    for (let end = start; k < top.length && top[k].line - end <= 1 && !blockBetween(end, top[k].line); k++) {
      found.add(top[k]);
      end = top[k].endLine;
    }
  }
  return found;
}

function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const lower = text.toLowerCase();
  // "action" opens "Actions" and "Action items" alike.
  return labels.some((label) => lower.startsWith(label.toLowerCase().replace(/s$/, '')));
}

/** An explicit action label ("ACTION:", "AP:", "AP3:", "Action item 2:"), not "A1)" or "Action." (ACTION_LABEL reads those too, to skip them). */
const LABELLED_ACTION = /^\s*(?:\*\*|__)?(?:action(?:\s+(?:item|point))?|ap|ai\s*[-#]?\s*\d)\s*[-#]?\s*\d*(?:\*\*|__)?\s*(?::|[-–—]\s)/i;
/** What follows a "none" that records no action: the end, a stop, or a word like "outstanding" or "for" (not "None of the printers ..."). */
const NONE_TAIL = String.raw`\b\s*(?:$|[.!;,)\u2013\u2014-]|(?:outstanding|required|needed|to report|this (?:week|month|time)|at (?:this|the moment)|for now|so far|agreed|raised|open|for|from|arising|yet|returns?|returned)\b)`;
/** Lines in an actions section that are no action: the next meeting's date, "None". */
const NOT_ACTION_LINE = new RegExp(String.raw`^\s*(?:\*\*|__)?(?:next\s+(?:meeting|call|review|sync|session|retro|retrospective|steerco|cab|stand-?up)\b|(?:(?:action(?:\s+(?:item|point))?s?|aps?)(?:\*\*|__)?\s*[-:\u2013\u2014]\s*)?(?:none|nil|n\/a|no\s+actions?)${NONE_TAIL})`, 'i');
/** "Action: none outstanding", "AP: n/a": no action recorded. */
const NO_ACTION = new RegExp(String.raw`^(?:none|nil|n\/a|na|no actions?|nothing)${NONE_TAIL}`, 'i');

/**
 * Minutes record actions on lines of their own wherever they come up: "ACTION: Raj to
 * confirm the firmware", "AP: update the change calendar", as a paragraph line or a list
 * item under an agenda heading. Those not read already (under an Actions heading, a task item).
 */
function labelledActions(doc: DocumentModel, found: readonly ActionItem[], options: ActionOptions, today: string): ActionItem[] {
  const seen = new Set(found.map((a) => a.item).filter(Boolean));
  const out: ActionItem[] = [];
  for (const block of blocks(doc)) {
    if (block.type !== 'paragraph' && block.type !== 'item') continue;
    if (!LABELLED_ACTION.test(doc.source.slice(block.start, doc.lines.lineEnd(block.line)))) continue;
    const item = block.item;
    if (item && (seen.has(item) || item.task?.checked)) continue;
    const text = block.text;
    const rest = text.plain.slice(ACTION_LABEL.exec(text.plain)?.[0].length ?? 0).trim();
    if (!rest || NO_ACTION.test(rest) || doneByLabel(rest)) continue;
    out.push({ span: text.fullSpan, item, owner: findOwner(text, options.ownerLabels, today, options.tools, options.people), due: findDue(text, options.dueLabels, today) });
  }
  return out;
}

/**
 * "Book the hall. Owner: Sam. Status: Done": a Status field (at the start, or after a stop or a
 * bar) whose value is a closed word, alone or with its date ("Closed 20 Nov"), not "Status: Done by
 * Friday" nor "share the weekly status: completed work, blockers ...".
 */
const STATUS_FIELD = /(?:^|[.;,|(\[\u2013\u2014]\s*|\s-\s)(?:\*\*|__)?status\s*(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*([^.;,|()[\]\n]+?)\s*(?:\*\*|__)?\s*(?:[.;,|()[\]]|$)/i;
/** A sub-item that is only a Status field ("- Status: Done" under the action). */
const STATUS_ONLY = /^\s*(?:\*\*|__)?status\b/i;
/** "Done: order the chairs", "Order the projector (done)": not "Complete: DPIA for the CRM", an imperative. */
const DONE_MARK = /^\s*(?:done|closed|completed)\s*(?:[:\u2013\u2014-]|\.\s)|[([](?:done|closed|completed?)[)\]]\s*\.?\s*$/i;
/**
 * Words an action table's status says an action is finished with, beside the closed statuses of RAID items:
 * "Actioned", "Sent", "Approved", "Dropped", "N/A", "100%", and "Yes" in a "Done?" column.
 */
const ACTION_DONE = /^(?:actioned|finished|sent|approved|signed off|achieved|dropped|abandoned|not needed|no longer needed|n\/?a|100\s*%|yes|y)$/i;

/** Whether an action table's status cell says the action is finished ("Closed", "Actioned", "Yes" in a "Done?" column). */
export function actionDone(status: string | undefined, closed?: readonly string[]): boolean {
  // isClosed reads check marks ("\u2705" alone is done); the trackers' words are matched without the marks around them ("Sent \u2705", "Actioned.").
  return isClosed(status, closed) || ACTION_DONE.test((status ?? '').replace(/[\p{Extended_Pictographic}\uFE0F.!]+/gu, ' ').trim());
}

function doneByLabel(plain: string): boolean {
  const status = STATUS_FIELD.exec(plain)?.[1];
  const closed = status !== undefined && isClosed(status) && !/\b(?:by|before|until|due|next|on)\b/i.test(status) && status.split(/\s+/).length <= 4;
  return closed || DONE_MARK.test(plain);
}

/** Action items: in minutes every open task item and everything under an Actions heading; elsewhere only the latter. */
export function readActions(doc: DocumentModel, kind: Kind, options: ActionOptions, today: string): { items: ActionItem[]; tables: ActionTable[] } {
  // action-item-owner and raid-overdue both read a document's actions, usually with the same labels: once per lint.
  const key = `${kind}|${today}|${options.ownerLabels.join('\u0001')}|${options.dueLabels.join('\u0001')}|${options.headings.join('\u0001')}|${objectId(options.tools)}|${objectId(options.people)}`;
  let byKey = readings.get(doc);
  if (!byKey) readings.set(doc, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const reading = readActionsOnce(doc, kind, options, today);
  byKey.set(key, reading);
  return reading;
}

const readings = new WeakMap<DocumentModel, Map<string, { items: ActionItem[]; tables: ActionTable[] }>>();
const objectIds = new WeakMap<object, number>();
let lastObjectId = 0;

/** A number for an object, the same each time it is asked for: sets of names go into a cache key by identity. */
function objectId(value: object | undefined): number {
  if (!value) return 0;
  let id = objectIds.get(value);
  if (id === undefined) {
    id = ++lastObjectId;
    objectIds.set(value, id);
  }
  return id;
}

function readActionsOnce(doc: DocumentModel, kind: Kind, options: ActionOptions, today: string): { items: ActionItem[]; tables: ActionTable[] } {
  const items: ActionItem[] = [];
  const tables: ActionTable[] = [];
  const raidTables = new Set(readRaid(doc, kind, {}, today).tables.map((t) => t.table));
  if (!options.people) options = { ...options, people: listedPeople(doc.source) };
  // Minutes list their actions under "Next steps" as often as under "Actions"; a status report's next steps are its plan.
  if (kind === 'meeting-notes' && options.headings.join('\n') === ACTION_HEADINGS.join('\n')) options = { ...options, headings: [...ACTION_HEADINGS, ...MINUTES_HEADINGS] };
  const labelled = listsAfterLabels(doc, options.headings, today);
  for (const item of doc.items) {
    if (!item.segments.length || item.task?.checked) continue;
    // "Next meeting: Thursday 4 Dec" under Next steps is the date of the next meeting, not an action.
    const inActions = (underActions(item.section, options.headings, today) || labelled.has(topItem(item))) && (item.depth === 1 || item.task !== undefined) && !NOT_ACTION_LINE.test(item.text.plain);
    if (!(inActions || (kind === 'meeting-notes' && item.task))) continue;
    if (item.parent && !item.task && !inActions) continue;
    const subText = [item.text, ...item.children.filter((c) => !c.task && c.segments.length).map((c) => c.text)];
    // "Book the hall. Owner: Sam. Status: Done", "Done: book the hall": finished, like a ticked box. Only the
    // item's own text: a finished sub-step ("Mailboxes migrated (done)") does not finish the action.
    if (doneByLabel(item.text.plain) || item.children.some((c) => !c.task && STATUS_ONLY.test(c.text.plain) && doneByLabel(c.text.plain))) continue;
    const owner = subText.map((t) => findOwner(t, options.ownerLabels, today, options.tools, options.people)).find(Boolean);
    const due = subText.map((t) => findDue(t, options.dueLabels, today)).find(Boolean);
    items.push({ span: item.text.fullSpan, item, owner, due });
  }
  if (kind === 'meeting-notes') for (const item of labelledActions(doc, items, options, today)) items.push(item);
  const tableSynonyms = { owner: options.ownerLabels, due: options.dueLabels, action: ['action', 'actions', 'action item', 'task', 'what', 'to do'], status: ['status', 'state', 'done'] };
  for (const table of doc.tables) {
    if (raidTables.has(table)) continue;
    const columns = columnsOf(table, tableSynonyms);
    const inActions = underActions(table.section, options.headings, today);
    if (!(inActions || (columns.action !== undefined && (columns.owner !== undefined || columns.due !== undefined)))) continue;
    if (columns.action === undefined && !inActions) continue;
    tables.push({ table, headerSpan: rowSpan(doc, table.header) });
    for (const row of table.rows) {
      if (row.cells.every((c) => !c.raw.replace(/[-–—\s]/g, ''))) continue;
      if (columns.status !== undefined && actionDone(row.cells[columns.status]?.text.plain)) continue;
      const cell = (index: number | undefined): TableCell | null | undefined => (index === undefined ? undefined : (row.cells[index] ?? null));
      const ownerCell = cell(columns.owner);
      const dueCell = cell(columns.due);
      const filled = (c: TableCell | null | undefined): { text: string; span: Span } | undefined => (c && !isEmptyValue(c.text.plain) ? { text: c.text.plain, span: cellArea(doc, c) } : undefined);
      const texts = row.cells.map((c) => c.text);
      const owner = ownerCell !== undefined ? filled(ownerCell) : texts.map((t) => findOwner(t, options.ownerLabels, today, options.tools, options.people)).find(Boolean);
      // "ASAP", "Ongoing", "Soon" in the Due column set no date.
      const dueFilled = filled(dueCell);
      const due = dueCell !== undefined ? (dueFilled && !isNoDate(dueFilled.text) ? dueFilled : undefined) : texts.map((t) => findDue(t, options.dueLabels, today)).find(Boolean);
      items.push({ span: rowSpan(doc, row), row, table, owner, due, ownerCell, dueCell, statusCell: cell(columns.status) });
    }
  }
  items.sort((a, b) => a.span.start - b.span.start);
  return { items, tables };
}
