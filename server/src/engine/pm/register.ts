// Entries of a register that is not a RAID log (a decision log, a change log), read
// into fields the way people write them:
//   - a table, one entry per row, its headers matched against synonyms;
//   - a heading that names the entry ("## DEC-001: ...", "# Change request CR-004"),
//     its fields in "Label: value" lines, a Field | Value table, a one-row table
//     ("Decision | Approver | Decision date") or a sub-heading ("## Impact").
// A heading entry whose id a table row has ("## CR-002 detail") adds to that row.
import { sectionPath, type DocumentModel, type Heading, type Section, type Table, type TableCell, type TableRow } from '../model';
import type { Span } from '../types';
import { startingBetween } from './blocks';
import { dateLengthAtStart, firstDate } from './dates';
import { cellArea, columnsOf, headerField, inlineLabels, isEmptyValue, normalize, rowSpan } from './fields';
import { NUMBERED } from './status';

export interface RegisterValue {
  text: string;
  /** Nothing said: an empty cell, a dash, "none". */
  empty: boolean;
  /** The value, or where it goes (an empty cell; an entry's heading for a field said in a sub-section). */
  span: Span;
}

export interface RegisterEntry<F extends string> {
  /** "DEC-001", "CR-004", when the entry has one. */
  id?: string;
  /** The row, or the heading. */
  span: Span;
  fields: Partial<Record<F, RegisterValue>>;
  /** The values of every column of a field that several columns share ("Scope impact", "Cost impact"). */
  all: Partial<Record<F, RegisterValue[]>>;
  table?: Table;
  /** The section the row's table is in, or the one above the entry's heading. */
  section?: Section;
  /** All of the entry's text: its row, or its heading with what is under it. */
  whole: Span;
}

export interface RegisterTable<F extends string> {
  table: Table;
  columns: Partial<Record<F, number>>;
  headerSpan: Span;
}

export interface RegisterReading<F extends string> {
  tables: RegisterTable<F>[];
  entries: RegisterEntry<F>[];
}

export interface RegisterShape<F extends string> {
  synonyms: Record<F, readonly string[]>;
  /** The field that holds an entry's id. */
  id: F;
  /** An id as the register writes it ("CR-004", "DEC-1"), anchored at the start. */
  idPattern: RegExp;
  /**
   * A table whose columns are these, under these header texts (lower case), is a register table; `ownIds` when most
   * of its rows open with the register's ids ("CR-1").
   */
  isRegister(columns: Partial<Record<F, number>>, headers: string, ownIds: boolean): boolean;
  /**
   * A heading without an id is an entry when two of these fields are labelled right under it ("### Patch window
   * moves to Sunday", "**Date:** ...", "**Decided by:** ..."); its title is then the `title` field.
   */
  untitled?: { fields: readonly F[]; title: F };
}

/** Sections about the document itself, whose "Owner:" and "Status:" are the document's. */
const ABOUT_THE_DOCUMENT = /^(?:\d+[.)]?\s+)?(?:document (?:control|information|details|history|owner)|about(?: this (?:log|document|register))?|version(?: history| control)?|revision(?: history)?|change history|approvals?|sign-?off|contents|overview|introduction|purpose|scope|background|metadata|how to use(?: this (?:log|document|register))?)$/;

/** A Field | Value table's first header: "Field", "Item", "" ... */
const KEY_HEADER = /^(?:field|fields|item|attribute|property|key|name|detail|details|)$/;

/** A Field | Value table: two columns, each row a field. */
function isKeyValue(table: Table): boolean {
  return table.header.cells.length === 2 && KEY_HEADER.test(normalize(table.header.cells[0].text.plain));
}

/** Tables of another register that a decision or change log may hold: actions, risks, issues. */
const OTHER_REGISTER = /\b(?:actions?|action items?|risks?|issues?|raid|dependenc(?:y|ies)|assumptions?|next steps)\b/i;

/** The titles of a section and the ones above it, below the document's title. */
function sectionTitles(section: Section): string {
  return sectionPath(section)
    .flatMap((s) => (s.heading && s.heading.level > 1 ? [s.heading.title] : []))
    .join(' / ');
}

export function readRegister<F extends string>(doc: DocumentModel, shape: RegisterShape<F>, today: string): RegisterReading<F> {
  const reading: RegisterReading<F> = { tables: [], entries: [] };
  const byId = new Map<string, RegisterEntry<F>>();
  const inEntry = new Set<Table>();
  // Each heading's id, once.
  const ids = doc.headings.map((h) => idOf(h.title, shape));
  const headings = doc.headings.filter((_, index) => ids[index] !== undefined);
  // The tables an entry's heading reads as its own fields; any other table under it is read as a register too.
  for (const heading of headings) for (const table of startingBetween(doc.tables, heading.line + 1, heading.section.endLine)) if (isKeyValue(table) || table.rows.length === 1) inEntry.add(table);
  for (const table of doc.tables) {
    if (inEntry.has(table) || OTHER_REGISTER.test(sectionTitles(table.section))) continue;
    const columns = columnsOf(table, shape.synonyms);
    const idColumn = columns[shape.id] ?? 0;
    const ownIds = table.rows.filter((row) => idOf(row.cells[idColumn]?.text.plain ?? '', shape) !== undefined).length * 2 > table.rows.length;
    if (!shape.isRegister(columns, table.header.cells.map((c) => c.text.plain.toLowerCase()).join(' | '), ownIds)) continue;
    reading.tables.push({ table, columns, headerSpan: rowSpan(doc, table.header) });
    for (const row of table.rows) {
      if (row.cells.every((c) => isEmptyValue(c.text.plain))) continue;
      const entry = rowEntry(doc, table, row, shape);
      if (!entry.id) {
        const id = idOf(row.cells[0]?.text.plain ?? '', shape);
        if (id) entry.id = id;
      }
      reading.entries.push(entry);
      if (entry.id) byId.set(normalize(entry.id), entry);
    }
  }
  doc.headings.forEach((heading, index) => {
    const id = ids[index];
    if (id === undefined) return;
    const known = byId.get(normalize(id));
    const entry: RegisterEntry<F> = known ?? { id, span: heading.span, fields: {}, all: {}, section: heading.section.parent, whole: underHeading(doc, heading, heading.section.endLine) };
    const said = headingFields(doc, heading, shape, today);
    for (const field of Object.keys(said) as F[]) {
      const value = said[field]!;
      const mine = entry.fields[field];
      if (!mine || mine.empty) entry.fields[field] = value;
      (entry.all[field] ??= []).push(value);
    }
    // A heading that only names an entry ("## CR-002 history") with no field of its own is not one.
    if (!known && Object.keys(said).length) reading.entries.push(entry);
  });
  if (shape.untitled) {
    const { fields, title } = shape.untitled;
    // Not a heading inside an entry ("### Outcome" under "## DEC-004"): in line order, where the last entry's section ends.
    let entryEnd = -1;
    doc.headings.forEach((heading, index) => {
      if (ids[index] !== undefined) {
        entryEnd = Math.max(entryEnd, heading.section.endLine);
        return;
      }
      if (heading.level === 1 || heading.line < entryEnd || ABOUT_THE_DOCUMENT.test(normalize(heading.title))) return;
      // Only what is right under it, up to the next heading: a heading above entries is not one.
      const end = doc.headings[index + 1]?.line ?? heading.section.endLine;
      const said = headingFields(doc, heading, shape, today, end, true);
      if (fields.filter((f) => said[f] !== undefined).length < 2) return;
      const entry: RegisterEntry<F> = { span: heading.span, fields: said, all: {}, section: heading.section.parent, whole: underHeading(doc, heading, end) };
      entry.fields[title] ??= { text: heading.title, empty: false, span: heading.span };
      for (const field of Object.keys(said) as F[]) entry.all[field] = [said[field]!];
      reading.entries.push(entry);
    });
  }
  reading.entries.sort((a, b) => a.span.start - b.span.start);
  return reading;
}

/** The id an entry's title or first cell opens with: "DEC-001: ...", "Change request CR-004: ...". */
function idOf<F extends string>(text: string, shape: RegisterShape<F>): string | undefined {
  const words = /^[\s*_]*(?:[\p{L}]+\s+){0,2}/u.exec(text)![0];
  const match = shape.idPattern.exec(text.slice(words.length)) ?? shape.idPattern.exec(text.trimStart());
  return match?.[0];
}

/** Each header's field, once per table and shape (a row is read against them, not its header read again). */
const headerFields = new WeakMap<Table, WeakMap<object, (string | undefined)[]>>();
function fieldsOfHeader<F extends string>(table: Table, shape: RegisterShape<F>): (F | undefined)[] {
  let byShape = headerFields.get(table);
  if (!byShape) headerFields.set(table, (byShape = new WeakMap()));
  let fields = byShape.get(shape.synonyms) as (F | undefined)[] | undefined;
  if (!fields) byShape.set(shape.synonyms, (fields = table.header.cells.map((header) => headerField(header.text.plain, shape.synonyms))));
  return fields;
}

function rowEntry<F extends string>(doc: DocumentModel, table: Table, row: TableRow, shape: RegisterShape<F>): RegisterEntry<F> {
  const span = rowSpan(doc, row);
  const entry: RegisterEntry<F> = { span, fields: {}, all: {}, table, section: table.section, whole: span };
  fieldsOfHeader(table, shape).forEach((field, index) => {
    const cell = row.cells[index];
    if (field === undefined) return;
    const text = cell ? cell.text.plain.trim() : '';
    const empty = isEmptyValue(text);
    const value: RegisterValue = { text, empty, span: cell ? cellValueSpan(doc, cell) : rowSpan(doc, row) };
    if (!entry.fields[field] || (entry.fields[field]!.empty && !empty)) entry.fields[field] = value;
    (entry.all[field] ??= []).push(value);
  });
  const id = entry.fields[shape.id];
  if (id && !id.empty) entry.id = id.text;
  return entry;
}

/** The fields said under an entry's heading, down to the next heading of its level or above. */
function headingFields<F extends string>(doc: DocumentModel, heading: Heading, shape: RegisterShape<F>, today: string, end = heading.section.endLine, labelsOnly = false): Partial<Record<F, RegisterValue>> {
  const fields: Partial<Record<F, RegisterValue>> = {};
  const set = (field: F | undefined, value: RegisterValue): void => {
    if (field !== undefined && (!fields[field] || (fields[field]!.empty && !value.empty))) fields[field] = value;
  };
  const isDate = (text: string): number => dateLengthAtStart(text, today);
  const paragraphs = startingBetween(doc.paragraphs, heading.line + 1, end).filter((p) => !p.inList);
  for (const block of [...startingBetween(doc.items, heading.line + 1, end), ...paragraphs]) {
    const text = block.text;
    for (const label of inlineLabels(text.plain, shape.synonyms, isDate)) {
      const value = label.value.trim();
      const empty = isEmptyValue(value);
      set(label.field, { text: value, empty, span: empty ? text.span(label.labelStart, label.start) : text.span(label.start, label.end) });
    }
  }
  if (labelsOnly) return fields;
  for (const table of startingBetween(doc.tables, heading.line + 1, end)) {
    if (isKeyValue(table)) {
      // Field | Value: each row a field.
      for (const row of table.rows) {
        const [key, cell] = row.cells;
        if (!key || !cell) continue;
        const text = cell.text.plain.trim();
        const empty = isEmptyValue(text);
        set(headerField(key.text.plain, shape.synonyms), { text, empty, span: cellValueSpan(doc, cell) });
      }
    } else if (table.rows.length === 1) {
      const entry = rowEntry(doc, table, table.rows[0], shape);
      for (const field of Object.keys(entry.fields) as F[]) set(field, entry.fields[field]!);
    }
  }
  // "## Impact" with something under it.
  // Anything under it counts, its own sub-headings' text too ("## Impact assessment", "### Scope", "+2 weeks").
  for (const sub of startingBetween(doc.headings, heading.line + 1, end)) {
    const field = headerField(sub.title, shape.synonyms);
    if (field === undefined || fields[field]) continue;
    let said = '';
    for (let line = sub.line + 1; line < sub.section.endLine && !said; line++) said = doc.lines.lineText(line).replace(/^[\s#]+/, '').trim();
    set(field, { text: said, empty: !said, span: sub.span });
  }
  return fields;
}


/** The source from `at` to the end of its line: a value's whole line ("Programme board, 14/10/2026", which a label's value stops short of). */
export function restOfLine(doc: DocumentModel, at: number): string {
  return doc.source.slice(at, doc.lines.lineEnd(doc.lines.positionAt(at).line));
}

/** "Rejected by Programme Board on 10 Nov", "Approved by Helen Marsh": who decided, said with the outcome. */
export const DECIDED_BY = /\b(?:approved|rejected|deferred|accepted|declined|decided|signed off|agreed|authori[sz]ed)\s+by\s+\p{L}/iu;

/** Under a heading that says its entries are not decided yet: "Decisions pending", "Open decisions", "Decisions needed". */
export function inPendingSection(section: Section | undefined): boolean {
  // "Decisions for 2026", "Decisions for Wave 2": in a log these group decisions made, by period or workstream.
  for (let s = section; s; s = s.parent) if (s.heading && s.heading.level > 1 && namesPendingDecisions(s.heading.title, false)) return true;
  return false;
}

/**
 * A title over decisions or asks not made yet: "Decisions needed this week", "Escalations and decisions needed",
 * "Outstanding decisions", "Decisions / asks", "Asks of the Steering Committee", "Decisions for the board", "Approvals
 * needed", "Sign-off required". Not "Key
 * decisions", "Help needed", nor a title over decisions made as well ("Decisions made and pending", "Decisions for noting").
 */
export function namesPendingDecisions(title: string, decisionsFor = true): boolean {
  const normal = normalize(title).replace(NUMBERED, '');
  // "Decisions to be made", "yet to be taken": not yet made, whatever the word.
  if (MADE_TITLE.test(normal.replace(NOT_YET_DONE, ' '))) return false;
  return ASKS_TITLE.test(normal) || (decisionsFor && DECISIONS_FOR.test(normal)) || (PENDING_TITLE.test(normal) && PENDING_WHAT.test(normal));
}
/** What a title of PENDING_TITLE must be about: decisions, asks, approvals or sign-offs ("Approvals needed", "Sign-off required"). */
const PENDING_WHAT = /\b(?:decisions?|asks?|approvals?|sign-?offs?)\b/;
/** Words of a title over what is not decided yet: "pending", "open", "needed", "to be decided". */
const PENDING_TITLE = /\b(?:pending|open|proposed|needed|required|requested|sought|outstanding|awaiting|to be (?:made|decided|taken|approved|agreed))\b/;
/** "Decisions / asks", "Asks of the Steering Committee", "Asks for the sponsor". */
const ASKS_TITLE = /^(?:decisions?\s*(?:\/|and|or)\s*)?asks?(?:\s*(?:\/|and|or)\s*decisions?)?(?:\s+(?:of|for|from)\s.*)?$/;
/** "Decisions for the board", "Decisions for Q1": asks in a status report, a grouping of decisions made in a log. */
const DECISIONS_FOR = /^decisions?\s+for\s/;
/**
 * A title over decisions made, or made as well: "Decisions made and pending", "Decisions agreed", "Approved changes", "Decisions
 * needed / made", "for noting", "for information". Not "Decisions needed on the agreed scope".
 */
const MADE_TITLE = /^(?:key\s+)?(?:made|taken|agreed|approved|noted)\b|\b(?:decisions?|changes?|items?|asks?)\s+(?:made|taken|agreed|approved|noted)\b|\b(?:made|taken|agreed|approved)\s+(?:decisions?|changes?|items?)\b|(?:\/|\band)\s*(?:made|taken|agreed|approved)\b|\bfor (?:noting|information|info|the record)\b/;
/** "to be made", "yet to be taken", "not yet agreed", "awaiting approval": what a word of doing done does not say (titles). */
export const NOT_YET_DONE = /\b(?:(?:yet |still )?to be|not yet|awaiting|pending)\s+\w+/gi;

/** "not yet approved", "awaiting approval", "pending approval", "for approval": an outcome not reached. */
export const NOT_YET = /\b(?:not(?:\s+yet)?|awaiting|pending|for|before|until|unless|once|if|when|subject to|to be|needs?|requires?)\s+(?:\w+\s+)?(?:approv\w*|agree\w*|accept\w*|decid\w*|reject\w*|declin\w*|defer\w*|clos\w*|implement\w*|done|complete\w*|deliver\w*)\b/gi;

/**
 * The text around a value that may say more than the value itself: a table cell's own text (the rest of its row is
 * other columns), or a label's whole line ("Decided by: Anita Rao on 4 Nov", "Jane Whitfield, Tom Reyes").
 */
export function valueLine(doc: DocumentModel, entry: RegisterEntry<string>, value: RegisterValue): string {
  return entry.table && value.span.start >= entry.span.start && value.span.end <= entry.span.end ? value.text : restOfLine(doc, value.span.start);
}

/** "owner", "owner and no due date", "owner, no status and no response". */
/** An entry named by its first words: "Approve 2 contractors", "Keep payslips read-only for 6..." (a title, an ask). */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return `${words.slice(0, count).join(' ')}${words.length > count ? '...' : ''}`;
}

export function joinMissing(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', no ')} and no ${words[words.length - 1]}`;
}

/** The source of a cell's value: its trimmed text, or the room between its pipes when empty. */
export function cellValueSpan(doc: DocumentModel, cell: TableCell): Span {
  const text = cell.text.plain.trim();
  if (isEmptyValue(text)) return cellArea(doc, cell);
  const at = cell.text.plain.indexOf(text);
  return cell.text.span(at, at + text.length);
}

/** A heading and what is under it, up to line `end`. */
function underHeading(doc: DocumentModel, heading: Heading, end: number): Span {
  return { start: heading.span.start, end: end >= doc.lines.lineCount ? doc.source.length : doc.lines.lineStart(end) };
}

/** A template's placeholder for a date ("[Date]", "YYYY-MM-DD", "<date>", a snippet's "$CURRENT_YEAR"): placeholder-left's to report. */
const DATE_PLACEHOLDER = /[[\]<>{}$]|yyyy|\bdd\b|\bmm\b/i;

/**
 * A date that names no day or month to place the entry by: "Q4", "last week", "sprint 14". A month ("Nov 2026",
 * "2026-11") is enough; what placeholder-left reads as a placeholder is left to it.
 */
export function vagueDate(text: string, today: string): boolean {
  const value = text.trim();
  return value !== '' && /\p{L}|\d/u.test(value) && !DATE_PLACEHOLDER.test(value) && !/^\d{4}[-/.]\d{1,2}$/.test(value) && firstDate(value, today) === undefined;
}
