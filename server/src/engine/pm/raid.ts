// RAID items (risks, assumptions, issues, dependencies) from one table with a
// Type column, from separate Risks/Issues/... tables, and from list items such
// as "R-01: Switch delivery slips. Owner: Sam. Due: 2026-12-01".
import type { InlineText } from '../inline';
import { sectionPath, type DocumentModel, type ListItem, type Table, type TableCell, type TableRow } from '../model';
import type { Kind, Span } from '../types';
import { dateLengthAtStart, isCadence } from './dates';
import { cellArea, columnsOf, inlineLabels, isEmptyValue, rowSpan, SYNONYMS, type FieldName, type Synonyms } from './fields';
import { CLOSED_STATUSES, closedFor, closingWord, isClosed, typeFrom, type RaidType } from './raid-words';

export { CLOSED_STATUSES, closedFor, closingWord, isClosed, typeFrom, type RaidType };

export interface FieldValue {
  text: string;
  /** Source span of the value (of the cell area when the cell is empty). */
  span: Span;
  empty: boolean;
  /** The header or label it was read from ("Review date"). */
  label: string;
  cell?: TableCell;
}

export interface RaidItem {
  type: RaidType;
  id?: string;
  /** The row's content or the list item's text. */
  span: Span;
  line: number;
  fields: Partial<Record<FieldName, FieldValue>>;
  table?: RaidTable;
  row?: TableRow;
  item?: ListItem;
  closed: boolean;
}

export interface RaidTable {
  table: Table;
  columns: Partial<Record<FieldName, number>>;
  /** Source span of the header row. */
  headerSpan: Span;
  items: RaidItem[];
}

export interface RaidReading {
  tables: RaidTable[];
  items: RaidItem[];
}

/** A decision (the D of "Risks, Actions, Issues, Decisions"): recorded, not tracked to a date with a mitigation. */
const DECISION_TYPE = /^\s*decisions?\s*$/i;
/** "D-01", "D02": a decision's id where D stands for Decisions. */
const DECISION_ID = /^\s*\**\s*D[-_ ]?\d{1,4}(?![\p{L}\p{N}])/u;
/** A section of decisions: "Decisions", "Decision log", "Key decisions". */
const DECISIONS = /^(?:key\s+|recent\s+)?decisions?(?:\s+(?:log|register|made|taken))?\s*$/i;
const RAID_HEADING = /\b(raid|risks?|issues?|assumptions?|dependenc(?:y|ies)|risk register|issue (?:log|register)|blockers?|top risks)\b/i;
const ID = /^\s*\**\s*((?:RSK|RISK|ISS|ISSUE|ASM|ASSUMP|DEP)[-_ ]?\d{1,4}|[RIAD][-_]?\d{1,4})(?![\p{L}\p{N}])/iu;
const FIELD_COLUMNS: FieldName[] = ['owner', 'due', 'status', 'response', 'probability', 'impact', 'score', 'rating'];

function headingType(sectionTitles: readonly string[]): RaidType | undefined {
  for (const title of sectionTitles) {
    const t = title.toLowerCase();
    const hits = (['risk', 'issue', 'assumption', 'dependenc'] as const).filter((w) => t.includes(w));
    if (hits.length === 1) return hits[0] === 'dependenc' ? 'dependency' : (hits[0] as RaidType);
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

const cache = new WeakMap<DocumentModel, Map<string, RaidReading>>();

/**
 * RAID items in the document. In a RAID log any table with an item column and
 * a field column counts; elsewhere a table needs RAID evidence too (a Type
 * column, a RAID heading, a Risk/Issue column or R-/I- ids) and two field columns.
 */
export function readRaid(doc: DocumentModel, kind: Kind, synonyms: Synonyms = {}, today = '2000-01-01'): RaidReading {
  const merged = { ...SYNONYMS, ...synonyms } as Record<FieldName, readonly string[]>;
  // Keyed by the merged lists, so rules that keep the default synonyms share one reading.
  const key = `${kind}|${today}|${(Object.keys(SYNONYMS) as FieldName[]).map((f) => merged[f].join('\u0001')).join('\u0000')}`;
  let byKey = cache.get(doc);
  if (!byKey) cache.set(doc, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const reading: RaidReading = { tables: [], items: [] };
  // "RAID log (Risks, Actions, Issues, Decisions)": there D-01 is a decision, not a dependency.
  const title = doc.headings.find((h) => h.level === 1)?.title ?? '';
  const dIsDecision = /\bdecisions?\b/i.test(title) && !/\bdependenc/i.test(title);
  for (const table of doc.tables) {
    const raid = readTable(doc, kind, table, merged, dIsDecision);
    if (raid) {
      reading.tables.push(raid);
      for (const item of raid.items) reading.items.push(item);
    }
  }
  for (const item of doc.items) {
    const raid = readListItem(doc, kind, item, merged, today);
    if (raid) reading.items.push(raid);
  }
  reading.items.sort((a, b) => a.span.start - b.span.start);
  byKey.set(key, reading);
  return reading;
}

const titlesOf = new WeakMap<Table['section'], readonly string[]>();

/** The titles of a section's headings, innermost first: once per section, not once per item and table in it. */
function titles(section: Table['section']): readonly string[] {
  let found = titlesOf.get(section);
  if (!found) titlesOf.set(section, (found = sectionPath(section).flatMap((s) => (s.heading ? [s.heading.title] : []))));
  return found;
}

/** Ids of changes ("CR-003", "CHG0031201", "RFC 12") and of decisions ("DEC-001", "ADR-4", "D-03"). */
const REGISTER_ID = { 'change-log': /^\s*\**\s*(?:CR|CHG|RFC|CRQ)[-_ ]?\d/i, 'decision-log': /^\s*\**\s*(?:DEC|ADR|D)[-_ ]?\d/i } as const;
/** A risk's or an issue's id: "R-01", "I-3", "RSK-2". */
const RAID_ID = /^\s*\**\s*(?:R|I|RSK|RISK|ISS|ISSUE)[-_ ]?\d/i;

function readTable(doc: DocumentModel, kind: Kind, table: Table, synonyms: Record<FieldName, readonly string[]>, dIsDecision = false): RaidTable | undefined {
  const columns = columnsOf(table, synonyms);
  const fieldCount = FIELD_COLUMNS.filter((f) => columns[f] !== undefined).length;
  const hasItem = columns.description !== undefined || columns.id !== undefined || columns.type !== undefined;
  if (!hasItem || fieldCount === 0) return undefined;
  const path = titles(table.section);
  // "## Decisions" in a RAID log where D is Decisions (Risks, Actions, Issues, Decisions): a decision needs no mitigation or due date.
  if (DECISIONS.test(path[0] ?? '')) return undefined;
  const headerTypes = table.header.cells.map((c) => typeFrom(c.text.plain)).filter(Boolean);
  const idColumn = columns.id ?? 0;
  // In a change or decision log, a register of changes or decisions rates its own risk ("Risk: High"): no RAID table.
  // Its rows carry the register's ids (most of them, and no R- or I- id among them: D-01 may be a dependency).
  if ((kind === 'change-log' || kind === 'decision-log') && columns.type === undefined) {
    const ids = table.rows.map((r) => r.cells[idColumn]?.text.plain ?? '');
    const own = ids.filter((id) => REGISTER_ID[kind].test(id)).length;
    if (own * 2 > table.rows.length && !ids.some((id) => RAID_ID.test(id))) return undefined;
  }
  const ids = table.rows.filter((r) => ID.test(r.cells[idColumn]?.text.plain ?? '') && /^\s*\**\s*(r|i|rsk|risk|iss|issue)/i.test(r.cells[idColumn]?.text.plain ?? '')).length;
  const evidence = columns.type !== undefined || RAID_HEADING.test(path[0] ?? '') || headerTypes.length > 0 || (ids > 0 && ids * 2 >= table.rows.length);
  if (!(kind === 'raid-log' || (evidence && fieldCount >= 2))) return undefined;
  if (kind !== 'raid-log' && !evidence) return undefined;

  const fromHeading = headingType(path.slice(0, 2));
  const fromHeader = headerTypes.length === 1 ? headerTypes[0] : undefined;
  const raid: RaidTable = { table, columns, headerSpan: rowSpan(doc, table.header), items: [] };
  const labels = table.header.cells.map((c) => c.text.plain.trim());
  for (const row of table.rows) {
    if (row.cells.every((c) => !c.raw.replace(/[-–—\s]/g, ''))) continue;
    if (columns.type !== undefined && DECISION_TYPE.test(row.cells[columns.type]?.text.plain ?? '')) continue;
    if (dIsDecision && columns.type === undefined && DECISION_ID.test(row.cells[columns.id ?? 0]?.text.plain ?? '')) continue;
    const fields: RaidItem['fields'] = {};
    const whole = rowSpan(doc, row);
    for (const [field, index] of Object.entries(columns) as [FieldName, number][]) {
      const cell = row.cells[index];
      if (!cell) {
        fields[field] = { text: '', span: { start: whole.end - 1, end: whole.end }, empty: true, label: labels[index] };
        continue;
      }
      const text = cell.text.plain.trim();
      fields[field] = { text, span: cellArea(doc, cell), empty: isEmptyValue(text), label: labels[index], cell };
    }
    const id = fields.id?.text || undefined;
    const type = (fields.type && typeFrom(fields.type.text)) ?? (id ? typeFrom(id) : undefined) ?? fromHeader ?? fromHeading ?? 'item';
    raid.items.push({ type, id, span: whole, line: row.line, fields, table: raid, row, closed: closedFor(type, fields.status?.text) });
  }
  return raid.items.length ? raid : undefined;
}

/** Due labels that are also everyday words ("Review"): a field only when a date follows. */
export const DATE_ONLY_LABELS = /^review$/i;

/** List items: "R-01: ..." anywhere in a RAID log, R-/I- ids elsewhere, or labelled items under a RAID heading. */
function readListItem(doc: DocumentModel, kind: Kind, item: ListItem, synonyms: Record<FieldName, readonly string[]>, today: string): RaidItem | undefined {
  if (!item.segments.length) return undefined;
  const plain = item.text.plain;
  const path = titles(item.section);
  const underRaid = RAID_HEADING.test(path[0] ?? '') && !/\b(actions?|decisions?|lessons?)\b/i.test(path[0] ?? '');
  const idMatch = ID.exec(plain);
  const strongId = idMatch && (kind === 'raid-log' || underRaid || /^(r|i|rsk|risk|iss|issue)/i.test(idMatch[1])) && !(kind === 'decision-log' && /^d/i.test(idMatch[1]));
  if (!strongId && !underRaid) return undefined;
  if (item.parent && item.parent.depth >= 1 && readsAsRaid(item.parent, kind)) return undefined; // a field sub-bullet of a RAID item
  const fieldSynonyms = { owner: synonyms.owner, due: synonyms.due, status: synonyms.status, response: synonyms.response, probability: synonyms.probability, impact: synonyms.impact, score: synonyms.score, rating: synonyms.rating, priority: synonyms.priority, type: synonyms.type };
  const isDate = (value: string): number => dateLengthAtStart(value, today);
  const sources: InlineText[] = [item.text, ...item.children.filter((c) => c.segments.length).map((c) => c.text)];
  const fields: RaidItem['fields'] = {};
  let labelled = 0;
  /** Where the labels of the item's own line start (all of them, read or not): unlabelledPart goes by them. */
  const labelStarts: number[] = [];
  /** Where their values are: "Owner - Helen Carter" split at its dash leaves the name a part of its own, which is no response. */
  const values: Span[] = [];
  for (const text of sources) {
    for (const hit of inlineLabels(text.plain, fieldSynonyms, isDate, ['due'])) {
      if (text === item.text) {
        labelStarts.push(hit.labelStart);
        values.push({ start: hit.start, end: hit.end });
      }
      if (fields[hit.field as FieldName]) continue;
      // "Review: Sam walked through the risks" is a note that a review happened; "Review: 2026-12-15" is a date, and
      // "Review: monthly" a schedule (as "Due: monthly" and a "Monthly" review cell are).
      if (DATE_ONLY_LABELS.test(hit.label) && isDate(hit.value) === 0 && !isCadence(hit.value)) continue;
      labelled++;
      const empty = isEmptyValue(hit.value);
      const span = empty ? text.span(hit.labelStart, hit.start) : text.span(hit.start, hit.end);
      fields[hit.field as FieldName] = { text: hit.value, span, empty, label: hit.label };
    }
  }
  // "R12 – Vendor data (High) – ...": a severity in brackets after the description.
  if (!fields.impact && !fields.priority && !fields.rating && !fields.probability) {
    const rated = BRACKET_RATING.exec(plain);
    if (rated) fields.impact = { text: rated[1], span: item.text.span(rated.index + 1, rated.index + 1 + rated[1].length), empty: false, label: 'severity' };
  }
  // "D1: Finance approve the PO – owner Helen Carter – status: open", "– Owner - Helen Carter –", "– owned by Helen Carter":
  // an owner written without a colon, as a part of its own.
  // The parts of the item's line, split once for the owner and the response below.
  let parts: Span[] | undefined;
  if (!fields.owner) {
    const owner = ownerPart(plain, (parts ??= partsOf(plain)));
    if (owner) {
      fields.owner = { text: plain.slice(owner.name.start, owner.name.end), span: item.text.span(owner.name.start, owner.name.end), empty: owner.empty === true, label: 'owner' };
      labelled++;
      labelStarts.push(owner.start);
      labelStarts.sort((a, b) => a - b);
      values.push(owner.name);
    }
  }
  // "I-01 – Printer driver – owner: Jo – reinstall – 2026-11-01 – Closed", "...; Resolved", "... – status open": a part
  // that is only a status (or "status" and one, without a colon) is the status. --fix added "Status: Open" to closed items.
  if (!fields.status) {
    const status = statusPart(plain, (parts ??= partsOf(plain)));
    if (status) {
      fields.status = { text: plain.slice(status.value.start, status.value.end), span: item.text.span(status.value.start, status.value.end), empty: false, label: 'status' };
      labelStarts.push(status.start);
      labelStarts.sort((a, b) => a - b);
      values.push(status.value);
    }
  }
  // "... – owner: Raj – recreated via Intune policy – 2026-11-12 – closed": a part that is only a date, after a
  // labelled one, is the date to act by.
  if (!fields.due && labelled > 0) {
    const date = datePart(plain, (parts ??= partsOf(plain)), labelStarts, isDate);
    if (date) {
      fields.due = { text: plain.slice(date.start, date.end), span: item.text.span(date.start, date.end), empty: false, label: 'due' };
      values.push(date);
    }
  }
  // "R12 – Vendor data – owner: Ken Ito – data cleansing sprint with the AP team, due 4 Dec": an unlabelled part
  // after the description and the labelled ones is what is being done.
  if (!fields.response && labelled > 0) {
    const response = unlabelledPart(plain, (parts ??= partsOf(plain)), labelStarts, values, isDate);
    if (response) fields.response = { text: plain.slice(response.start, response.end), span: item.text.span(response.start, response.end), empty: false, label: 'response' };
  }
  if (!fields.owner) {
    const mention = /(?<![\w@])@([\p{L}][\p{L}\p{N}._-]*)/u.exec(plain);
    if (mention) fields.owner = { text: mention[1], span: item.text.span(mention.index, mention.index + mention[0].length), empty: false, label: 'owner' };
  }
  if (!(strongId || (underRaid && (labelled > 0 || kind === 'raid-log')))) return undefined;
  // Outside a RAID log an id makes a list item a RAID item, or, under a RAID heading, a status and a due date of its own: a
  // charter's "High-level risks" are a list, not a register, while "Risk: data migration slips. Owner: Sam. Due: 1 Nov.
  // Status: Open" in a status report is tracked.
  if (!strongId && kind !== 'raid-log' && !(underRaid && fields.status && !fields.status.empty && fields.due && !fields.due.empty)) return undefined;
  const id = idMatch?.[1];
  if ((fields.type && DECISION_TYPE.test(fields.type.text)) || DECISIONS.test(path[0] ?? '')) return undefined;
  const type = (fields.type && typeFrom(fields.type.text)) ?? (id ? typeFrom(id) : undefined) ?? headingType(path.slice(0, 2)) ?? 'item';
  const closed = closedFor(type, fields.status?.text) || item.task?.checked === true;
  return { type, id, span: item.text.fullSpan, line: item.line, fields, item, closed };
}

/** "(High)", "(Critical)", "(P1)": one rating in brackets. */
const BRACKET_RATING = /\(\s*(very high|high|medium|med|low|very low|critical|severe|major|minor|p[0-4]|sev\s?[0-4])\s*\)/i;
/** A part that is only a rating or a status ("Very High", "In progress", "On hold"): no response. */
const STATUS_OR_RATING = /^(?:(?:very\s+)?(?:high|medium|low)|critical|severe|major|minor|(?:still\s+)?open|closed|in\s+progress|on\s+hold|on\s+track|at\s+risk|not\s+started|ongoing|monitoring|being\s+monitored|active|done|resolved|accepted|pending|under\s+review|in\s+review)$/i;

/**
 * The parts of a one-line RAID item: split at a semicolon or pipe, or at a dash with spaces
 * on both sides. A scan, not a regular expression: `\s*[;|]` tried at every space of a long
 * run of spaces is quadratic.
 */
function partsOf(plain: string): Span[] {
  const parts: Span[] = [];
  let at = 0;
  for (let k = 0; k < plain.length; k++) {
    const code = plain.charCodeAt(k);
    const dash = code === 45 || code === 0x2013 || code === 0x2014;
    if (code !== 59 && code !== 124 && !(dash && k > 0 && /\s/.test(plain[k - 1]) && k + 1 < plain.length && /\s/.test(plain[k + 1]))) continue;
    parts.push({ start: at, end: k });
    at = k + 1;
  }
  parts.push({ start: at, end: plain.length });
  // Each part without the spaces around it.
  return parts.map(({ start, end }) => {
    while (start < end && /\s/.test(plain[start])) start++;
    while (end > start && /\s/.test(plain[end - 1])) end--;
    return { start, end };
  });
}

/**
 * The first part of a one-line item after a labelled one (the owner, a date) with no label
 * in it and more than a date or a rating: "data cleansing sprint with the AP team" out of
 * "R12 – Vendor data – owner: Ken Ito – data cleansing sprint with the AP team, due 4 Dec".
 * A label inside the part ends it. Parts before any label describe the item or its impact.
 */
function unlabelledPart(plain: string, parts: readonly Span[], labelStarts: readonly number[], values: readonly Span[], isDate: (value: string) => number): Span | undefined {
  let labelled = false;
  let next = 0;
  // Values in order, walked with the parts (a scan of all of them for each part is quadratic on a long line).
  const sorted = [...values].sort((a, b) => a.end - b.end);
  let value = 0;
  for (const [k, part] of parts.entries()) {
    // The first label inside this part, if any (label starts are in order).
    while (next < labelStarts.length && labelStarts[next] < part.start) next++;
    const label = next < labelStarts.length && labelStarts[next] < part.end ? labelStarts[next] : undefined;
    while (value < sorted.length && sorted[value].end < part.end) value++;
    const aValue = value < sorted.length && sorted[value].start <= part.start;
    if (labelled && k > 0 && !aValue) {
      const value = plain.slice(part.start, label ?? part.end).replace(/[\s,.;:]+$/, '');
      // One word only when it reads as an action ("reinstall", "escalated"), not a name or a rating ("Sam", "High").
      const words = value.split(/\s+/).length;
      if ((words >= 2 || (/^\p{Ll}{4,}$/u.test(value) && !isEmptyValue(value) && !NOT_A_RESPONSE.test(value))) && isDate(value) !== value.length && !BRACKET_RATING.test(value) && !STATUS_OR_RATING.test(value) && !STATUS_ALONE.test(value)) return { start: part.start, end: part.start + value.length };
    }
    if (label !== undefined) labelled = true;
  }
  return undefined;
}

/** A status on its own: open, or a closed one ("Closed", "Resolved", "Solved"), or one in between ("In progress", "On hold"). */
const STATUS_ALONE = new RegExp(`^(?:(?:still\\s+)?open|in\\s+progress|on\\s+hold|not\\s+started|ongoing|active|pending|${CLOSED_STATUSES.map((c) => c.replace(/\s+/g, '\\s+')).join('|')})$`, 'i');

/** What may follow a status in its part: a date, a bracket, "see ...", "into ...", an emoji. */
const STATUS_TAIL = /(?:\s*\([^()]*\)|\s+(?:on\s+)?\d[\d/.\-]*(?:\s+\p{L}+)?(?:\s+\d{2,4})?|\s*,?\s+see\s+\S+|\s+into\s+\S+|\s*[\p{Extended_Pictographic}\uFE0F\u200D]+)+$/u;

/**
 * The part of a one-line item that is its status, without a colon: "status open", or a status alone after the
 * description ("... – Closed", "...; Resolved"). Where the part starts, and the status.
 */
function statusPart(plain: string, parts: readonly Span[]): { start: number; value: Span } | undefined {
  for (let k = parts.length - 1; k >= 1; k--) {
    const part = parts[k];
    const text = plain.slice(part.start, part.end).replace(/[\s.!]+$/, '');
    const named = /^status\s+/i.exec(text);
    const value = named ? text.slice(named[0].length) : text;
    // "Closed 2026-11-01", "Closed (2026-11-01)", "Closed, see I-09", "Done ✅", "merged into I-04": the status, then what says
    // when or where. The status is the whole part, as written.
    if (STATUS_ALONE.test(value) || STATUS_ALONE.test(value.replace(STATUS_TAIL, ''))) return { start: part.start, value: { start: part.start + (named?.[0].length ?? 0), end: part.start + text.length } };
  }
  return undefined;
}

/** The first part of a one-line item after a labelled one that is only a date: "... – owner: Raj – 2026-11-12 – closed". */
function datePart(plain: string, parts: readonly Span[], labelStarts: readonly number[], isDate: (value: string) => number): Span | undefined {
  const first = labelStarts[0];
  if (first === undefined) return undefined;
  for (const part of parts) {
    if (part.start <= first) continue;
    const text = plain.slice(part.start, part.end).replace(/[\s.]+$/, '');
    if (text && isDate(text) === text.length) return { start: part.start, end: part.start + text.length };
  }
  return undefined;
}

/** One word that says nothing is being done, or rates the item: no response. */
const NOT_A_RESPONSE = /^(?:nothing|todo|tbd|tbc|tba|unknown|unclear|pending|none|amber|red|green|likely|unlikely|possible|probable|certain|rare)$/;

/** "owner Helen Carter", "owned by Helen Carter", "assigned to Sam": a part that names the owner without a colon. */
const OWNER_WORDS = /^(?:owner|owned\s+by|assigned\s+to|assignee)(?:\s+|$)/i;
/** One to four capitalised words: a person's name ("Helen Carter", "Sam", "Mary-Ann O'Neil"). */
const PERSON = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}$/u;

/** The part of a one-line item that names its owner without a colon: where the part starts, and the name. */
function ownerPart(plain: string, parts: readonly Span[]): { start: number; name: Span; empty?: boolean } | undefined {
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    const text = plain.slice(part.start, part.end);
    const words = OWNER_WORDS.exec(text);
    if (!words) continue;
    // "Owner - Helen Carter": the dash split the label from the name.
    const name = words[0].length === text.length ? parts[k + 1] : { start: part.start + words[0].length, end: part.end };
    if (name && PERSON.test(plain.slice(name.start, name.end))) return { start: part.start, name };
    // "– owner ??? –", "– owner TBD –": the label, with no one after it.
    if (words[0].length < text.length && isEmptyValue(text.slice(words[0].length)) || /^(?:tbd|tbc|tba)$/i.test(text.slice(words[0].length).trim())) return { start: part.start, name: { start: part.start + words[0].length, end: part.end }, empty: true };
  }
  return undefined;
}

function readsAsRaid(item: ListItem, kind: Kind): boolean {
  const plain = item.text.plain;
  const path = titles(item.section);
  return ID.test(plain) || (kind === 'raid-log' && RAID_HEADING.test(path[0] ?? ''));
}

const TYPE_NAMES: Record<RaidType, string> = { risk: 'risk', issue: 'issue', assumption: 'assumption', dependency: 'dependency', item: 'item' };

/** "R-01" when the item has an id, else "This risk". */
export function subject(item: RaidItem): string {
  if (item.id && /\p{L}/u.test(item.id)) return item.id;
  const type = TYPE_NAMES[item.type];
  return item.id ? `${type[0].toUpperCase()}${type.slice(1)} ${item.id.replace(/^#/, '')}` : `This ${type}`;
}
