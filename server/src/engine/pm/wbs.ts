// A work breakdown structure read into coded elements: table rows with a code, and the
// list items, one-line paragraphs and headings of a numbered outline (wbs-code, wbs-owner).
import type { InlineText } from '../inline';
import type { DocumentModel, Table, TableRow } from '../model';
import type { Span } from '../types';
import { headerField } from './fields';

/** Table headers that hold an element's code. */
export const CODE_HEADERS = ['code', 'wbs', 'wbs code', 'wbs id', 'wbs no', 'wbs no.', 'wbs number', 'wbs ref', 'id', 'ref', 'reference', '#', 'no', 'no.'];

/**
 * A code at the start of an element's text: "1", "1.2", "3.1.4", "2.0", with an optional closing dot ("1.2."), or
 * one under a letter ("A.1", "B.2.1"; a letter alone only with its dot or colon: "A. Project management", not "A new").
 */
const LEADING_CODE = /^((?:\d{1,3}|[A-Z])(?:\.\d{1,3}){0,7})\.?(?=$|[\s:–—)-])/;
/** A cell that is a code and nothing else. */
const WHOLE_CODE = /^((?:\d{1,3}|[A-Z])(?:\.\d{1,3}){0,7})\.?$/;

/** One element of the breakdown: its code as written, normalised ("2.0" is "2"), and where it is. */
/** Sections whose tables name elements of the breakdown without defining them. */
const REFERS = /\b(?:milestones?|raci|responsibilit(?:y|ies)|schedule|timeline|resourc(?:e|es|ing)|roles?|budget|costs?|risks?|issues?|actions?|dependenc(?:y|ies)|assumptions?)\b/i;

export interface Element {
  code: string;
  key: string;
  span: Span;
  line: number;
  /** Elements of one source (the outline list, one table, the headings) may not share a code. */
  group: string;
  /** A table row's element: the row and its table. */
  row?: TableRow;
  table?: Table;
}

/** "2.0" and "2.0.0" are element 2, as many plans number their top level; "1.2." is 1.2. */
function keyOf(code: string): string {
  let key = code;
  while (key.endsWith('.0')) key = key.slice(0, -2);
  return key;
}

export function parentOf(key: string): string | undefined {
  const dot = key.lastIndexOf('.');
  return dot === -1 ? undefined : keyOf(key.slice(0, dot));
}

/** After a number, what makes it a quantity, not a code: "2.5 FTE", "3.1 GB", "1.2 million", "3.5 days". */
const QUANTITY_AFTER = /^\s*(?:%|x\b|k\b|m\b|bn\b|million|billion|thousand|hundred|fte|gb|tb|mb|pb|kb|hrs?\b|hours?|days?|weeks?|wks?\b|months?|years?|yrs?\b|users?|people|staff|servers?|vms?\b|sites?|apps?\b|percent|per\s?cent|[£$€]|eur\b|usd\b|gbp\b)/i;

/** The code an element's text opens with, and its span; not a quantity. */
function leading(text: InlineText): { code: string; span: Span } | undefined {
  const plain = text.plain;
  const lead = plain.length - plain.trimStart().length;
  const match = LEADING_CODE.exec(plain.slice(lead));
  if (!match || QUANTITY_AFTER.test(plain.slice(lead + match[0].length))) return undefined;
  if (/^[A-Z]$/.test(match[1]) && match[0] === match[1] && plain[lead + 1] !== ':') return undefined;
  return { code: match[1], span: text.span(lead, lead + match[1].length) };
}

interface Coded {
  code: string;
  key: string;
  span: Span;
  line: number;
}

function coded(blocks: readonly { text: InlineText; line: number }[]): Coded[] {
  return blocks.flatMap(({ text, line }) => {
    const code = leading(text);
    return code ? [{ ...code, key: keyOf(code.code), line }] : [];
  });
}

/**
 * An outline: two dotted codes at least, and one element whose parent is among them. Without that a run of
 * numbers ("1.1 Overview", "1.2 Goals"; "20 VMs", "3.5 TB") is a numbered text, not a breakdown.
 */
function isOutline(elements: readonly Coded[]): boolean {
  if (elements.filter((e) => e.code.includes('.')).length < 2) return false;
  const keys = new Set(elements.map((e) => e.key));
  return elements.some((e) => {
    const parent = parentOf(e.key);
    return parent !== undefined && keys.has(parent);
  });
}

/**
 * Every coded element: table rows with a code column, and the list items, one-line paragraphs ("**1.0 Project
 * management**") and headings of an outline. Lists and paragraphs are read by section: a "Package owners" list
 * that repeats the outline's codes is its own outline. Headings are one outline, less a level that numbers the
 * document's own sections ("## 1. Purpose" above "### 1 Project management"): a level whose codes come again deeper.
 */
const read = new WeakMap<DocumentModel, Map<string, Element[]>>();

/** The elements of a WBS, once per document and code headers (wbs-code and wbs-owner both read them). */
export function readWbs(doc: DocumentModel, codeHeaders: readonly string[]): Element[] {
  const key = codeHeaders.join('\u0000');
  let byKey = read.get(doc);
  if (!byKey) read.set(doc, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = elementsOf(doc, codeHeaders)));
  return found;
}

function elementsOf(doc: DocumentModel, codeHeaders: readonly string[]): Element[] {
  const found: Element[] = [];
  const add = (group: string, elements: readonly Coded[]): void => {
    if (isOutline(elements)) for (const e of elements) found.push({ ...e, group });
  };
  const bySection = new Map<unknown, { text: InlineText; line: number }[]>();
  const push = (section: unknown, block: { text: InlineText; line: number }): void => {
    (bySection.get(section) ?? bySection.set(section, []).get(section)!).push(block);
  };
  // Ordered list numbers are markers, not codes: "1. Plan" has the text "Plan".
  for (const item of doc.items) push(item.section, item);
  for (const paragraph of doc.paragraphs) if (!paragraph.inList && paragraph.endLine - paragraph.line === 1 && paragraph.text.plain.length <= 120) push(paragraph.section, paragraph);
  let index = 0;
  for (const blocks of bySection.values()) add(`list ${index++}`, coded([...blocks].sort((a, b) => a.line - b.line)));
  const headings = doc.headings.flatMap((heading) => coded([heading]).map((c) => ({ ...c, level: heading.level })));
  const byLevel = new Map<number, Set<string>>();
  for (const h of headings) (byLevel.get(h.level) ?? byLevel.set(h.level, new Set()).get(h.level)!).add(h.key);
  const sectionLevels = new Set([...byLevel.keys()].filter((level) => [...byLevel].some(([other, keys]) => other > level && [...byLevel.get(level)!].some((k) => keys.has(k)))));
  add('headings', headings.filter((h) => !sectionLevels.has(h.level)));
  const synonyms = { code: codeHeaders };
  doc.tables.forEach((table, index) => {
    // Tables that refer to the breakdown's elements, not define them: milestones, a RACI, resources, risks.
    if (table.section.heading && REFERS.test(table.section.heading.title)) return;
    const column = table.header.cells.findIndex((cell) => headerField(cell.text.plain, synonyms) === 'code');
    if (column === -1) {
      // No code column: codes written before the names in the first column ("| 1.1 Initiation |"), where they form an outline.
      const rows = new Map(table.rows.map((row) => [row.line, row]));
      const before = found.length;
      add(`table ${index}`, coded(table.rows.flatMap((row) => (row.cells[0] ? [{ text: row.cells[0].text, line: row.line }] : []))));
      for (let i = before; i < found.length; i++) Object.assign(found[i], { row: rows.get(found[i].line), table });
      return;
    }
    // A code column that is not the first one may refer to elements (a milestone's or a RACI row's package): read only
    // where its codes form an outline.
    const before = found.length;
    for (const row of table.rows) {
      const cell = row.cells[column];
      const text = cell?.text.plain.trim();
      const match = text ? WHOLE_CODE.exec(text) : null;
      if (!cell) continue;
      if (!match) {
        // "| 1.1 Initiation |" in a "WBS element" column: the code before the name.
        const code = leading(cell.text);
        if (code) found.push({ ...code, key: keyOf(code.code), line: row.line, group: `table ${index}`, row, table });
        continue;
      }
      const lead = cell.text.plain.indexOf(match[1]);
      found.push({ code: match[1], key: keyOf(match[1]), span: cell.text.span(lead, lead + match[1].length), line: row.line, group: `table ${index}`, row, table });
    }
    if (column > 0 && !isOutline(found.slice(before))) found.length = before;
  });
  return found.sort((a, b) => a.span.start - b.span.start);
}

