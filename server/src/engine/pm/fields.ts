// Field names as people write them: table headers and "Label:" prefixes,
// matched case-insensitively against synonym lists that rules take as options.
import type { DocumentModel, Table, TableCell, TableRow } from '../model';
import type { OptionMeta, OptionValue, Span } from '../types';

/** Default synonyms (PRODUCT.md 4.2), the single place they live; rule options start from these. */
export const SYNONYMS = {
  owner: ['owner', 'owners', 'assignee', 'assigned to', 'responsible', 'action owner', 'risk owner', 'issue owner', 'who', 'accountable'],
  due: ['due', 'due date', 'date due', 'target date', 'target', 'review', 'review date', 'next review', 'next review date', 'review by', 'review on', 'by', 'deadline', 'by when', 'when', 'validate by', 'needed by', 'need by', 'required by', 'resolve by', 'eta'],
  status: ['status', 'state', 'current status'],
  response: ['mitigation', 'mitigations', 'mitigation plan', 'response', 'response plan', 'action', 'actions', 'plan', 'treatment', 'contingency', 'resolution', 'next steps', 'mitigating actions', 'mitigation / action', 'mitigation/action'],
  probability: ['probability', 'likelihood', 'prob', 'p', 'l', 'chance'],
  impact: ['impact', 'severity', 'consequence', 'i'],
  score: ['score', 'risk score', 'p x i', 'pxi', 'p*i', 'p × i', 'p×i', 'l x i', 'lxi', 'l*i', 'l × i', 'l×i', 'exposure', 'total'],
  rating: ['rag', 'rag status', 'rating', 'risk rating', 'risk level'],
  priority: ['priority', 'urgency'],
  type: ['type', 'category', 'raid', 'raid type', 'kind'],
  id: ['id', 'ref', 'ref.', 'reference', '#', 'no', 'no.', 'number', 'raid id', 'risk id', 'issue id', 'key'],
  description: ['description', 'risk', 'issue', 'assumption', 'dependency', 'title', 'summary', 'item', 'details', 'risk description', 'issue description', 'event', 'name'],
} as const;

export type FieldName = keyof typeof SYNONYMS;

/** Option metadata for a synonym list, default from SYNONYMS. */
export function synonymOption(field: FieldName, what: string): OptionMeta {
  return { type: 'string[]', default: [...SYNONYMS[field]], description: `Table headers and "Label:" names read as ${what} (case-insensitive; replaces the default list).` };
}

/** A string[] option, or `fallback` when unset or not a list. */
export function listOption(options: Record<string, OptionValue>, name: string, fallback: readonly string[]): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : [...fallback];
}

export function numberOption(options: Record<string, OptionValue>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' ? value : fallback;
}

/**
 * Text that `normalizeLower` gives back unchanged: ASCII lower-case letters or digits
 * at both ends, and between them only those, single spaces, and punctuation that no
 * step of it removes except at an end ("due date", "r-12", "2026-03-14 cut-over").
 * test/property.test.mjs holds the two to each other.
 */
const NORMAL = /^[a-z0-9](?:[a-z0-9\-–—.,:;'’/+*_#?!]| (?! ))*[a-z0-9]$|^[a-z0-9]$/;

/** Lower case, parentheses dropped, punctuation at the ends and repeated spaces removed, & -> and. */
export function normalize(text: string): string {
  // Several rules normalize the same heading in one lint: the last answer is kept (a heading of
  // 500,000 characters was made lower case five times a lint, most of the hostile family's time).
  if (text === lastText) return lastNormal;
  const lower = text.toLowerCase();
  // Most cells and labels ("Owner", "Due date", "Open") are normal already: one test instead of the replaces.
  const normal = NORMAL.test(lower) ? lower : normalizeLower(lower);
  lastText = text;
  lastNormal = normal;
  return normal;
}

let lastText: string | undefined;
let lastNormal = '';

/** `normalize` of text that is lower case already, every step taken. */
export function normalizeLower(lower: string): string {
  const text = withoutBrackets(lower)
    .replace(/&/g, ' and ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ')
    // Each run of spaces made one " ", as /\s+/g did; but a single " " is left alone. /\s+/g matched every
    // space of a long heading ("Result:  - - - ... x"): as many matches as words, and the garbage of them
    // made a 512 KB heading take 14x as long as a 128 KB one.
    .replace(/\s{2,}|[^\S ]/g, ' ');
  // Punctuation off the ends, scanned: /^[\s:*_#\-–—.]+|[\s:*_\-–—.?]+$/g, which this replaces, retried
  // a run of it from each of its positions ("Result: - - - ... x" in a heading took seconds).
  // The only space left is " ".
  let start = 0;
  while (start < text.length && (ENDS_PUNCTUATION.has(text.charCodeAt(start)) || text.charCodeAt(start) === 35)) start++;
  let end = text.length;
  while (end > start && (ENDS_PUNCTUATION.has(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 63)) end--;
  return text.slice(start, end).trim();
}

/** Off both ends: space : * _ - – — . ("#" only at the start, "?" only at the end). */
const ENDS_PUNCTUATION = new Set([...' :*_-–—.'].map((c) => c.charCodeAt(0)));

/** `text` with each "(...)" made `by` (a space), as .replace(/\([^)]*\)/g, by) did, in one pass ("((((" without a ")" was quadratic). */
export function withoutBrackets(text: string, by = ' '): string {
  let open = text.indexOf('(');
  if (open === -1) return text;
  let out = '';
  let at = 0;
  while (open !== -1) {
    const close = text.indexOf(')', open + 1);
    if (close === -1) break; // no later "(" has a ")" after it either
    out += text.slice(at, open) + by;
    at = close + 1;
    open = text.indexOf('(', at);
  }
  return out + text.slice(at);
}

export type Synonyms = Partial<Record<FieldName, readonly string[]>>;

/**
 * The field a header names: an exact synonym wins, then the longest synonym
 * that starts or ends the header at a word boundary ("Mitigation plan", "Risk owner").
 */
export function headerField<F extends string>(header: string, synonyms: Partial<Record<F, readonly string[]>>): F | undefined {
  const name = header.trim() === '#' ? '#' : normalize(header);
  if (!name) return undefined;
  const { exact, partial } = prepared(synonyms);
  const hit = exact.get(name);
  if (hit !== undefined) return hit;
  let best: F | undefined;
  let bestScore = 0;
  for (const [s, field] of partial) {
    if (s.length > bestScore && (name.startsWith(`${s} `) || name.endsWith(` ${s}`))) [best, bestScore] = [field, s.length];
  }
  return best;
}

const preparedSynonyms = new WeakMap<object, { exact: Map<string, string>; partial: [string, string][] }>();

/** Lower-cased synonyms, once per synonyms object: exact names to their first field, and the partial candidates in order. */
function prepared<F extends string>(synonyms: Partial<Record<F, readonly string[]>>): { exact: Map<string, F>; partial: [string, F][] } {
  let ready = preparedSynonyms.get(synonyms);
  if (!ready) {
    ready = { exact: new Map(), partial: [] };
    for (const [field, list] of Object.entries(synonyms) as [F, readonly string[]][]) {
      for (const synonym of list ?? []) {
        const s = synonym.toLowerCase();
        if (!ready.exact.has(s)) ready.exact.set(s, field);
        if (s.length > 2) ready.partial.push([s, field]);
      }
    }
    preparedSynonyms.set(synonyms, ready);
  }
  return ready as { exact: Map<string, F>; partial: [string, F][] };
}

/** Column index per field for a table header. */
export function columnsOf<F extends string>(table: Table, synonyms: Partial<Record<F, readonly string[]>>): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  table.header.cells.forEach((cell, index) => {
    const field = headerField(cell.text.plain, synonyms);
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** Struck-through text: "~~2026-11-01~~ 2026-12-15", "~2026-11-01~" (GitHub's single tilde), "<del>1 Nov</del>", "<s>...</s>". */
const STRUCK = /~~[^~]*~~|(?<!~)~[^~\s][^~\n]*~(?!~)|<(del|s|strike)>[\s\S]*?<\/\1>/gi;

/**
 * A value's text without what is struck through (how a RAID log or a milestone table moves a date): its source
 * with the struck parts and markup blanked, or its plain text when nothing is struck.
 */
export function liveText(source: string, plain: string): string {
  const live = source.replace(STRUCK, ' ');
  return live === source ? plain : live.replace(/[*_`]/g, ' ');
}

/** Due "dates" that set none: "ASAP", "Soon", "Ongoing". */
const NO_DATE = /^(?:asap|a\.s\.a\.p\.?|soon|soonest|ongoing|on-going|continuous|when possible|as soon as possible|later|eventually|tbd|tbc|tba)\.?$/i;

/** A due "date" that sets none: "ASAP", "Soon", "Ongoing", "TBC". */
export function isNoDate(text: string): boolean {
  return NO_DATE.test(text.trim());
}

/** Owners that name no one: "TBD", "TBC", "To be assigned" (raid-missing-field, wbs-owner). */
const NO_ONE = /^(?:tbd|tbc|tba|to be (?:confirmed|decided|agreed|assigned|named))\.?$/i;

/** An owner that names no one: "TBD", "To be assigned". */
export function namesNoOne(text: string): boolean {
  return NO_ONE.test(text.trim());
}

/** A value that says nothing: empty, a dash, "?", "none" or "unassigned" ("n/a" is a deliberate answer). */
export function isEmptyValue(text: string): boolean {
  return /^[\s\-–—?.]*$|^(none|nil|unknown|unassigned|not set|nobody|no one)$/i.test(text.trim());
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Labels as a pattern's alternatives: escaped, any run of spaces matching, longest first ("next review" before "next"). */
export function labelAlternatives(labels: Iterable<string>): string {
  return [...labels].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/**
 * What is built from a label list or label sets (a pattern, a lookup), kept per object:
 * callers pass the same object for every block of a document. Objects with equal
 * contents (a rule's options, read again each lint) share one value, found by `keyOf`.
 */
export class ByObject<O extends object, T> {
  private readonly byObject = new WeakMap<O, T>();
  private readonly byKey = new Map<string, T>();

  constructor(
    private readonly keyOf: (object: O) => string,
    private readonly build: (object: O) => T,
  ) {}

  get(object: O): T {
    let value = this.byObject.get(object);
    if (value === undefined) {
      const key = this.keyOf(object);
      value = this.byKey.get(key);
      if (value === undefined) {
        // Options edited in a long session make new keys; old ones need not stay.
        if (this.byKey.size > 200) this.byKey.clear();
        this.byKey.set(key, (value = this.build(object)));
      }
      this.byObject.set(object, value);
    }
    return value;
  }
}

/** The key a label list's pattern is kept by (ByObject). */
export const joined = (labels: readonly string[]): string => labels.join('\u0000');

/** "Label:" patterns, with and without "Label -" / "Label —". */
const LABEL_PATTERNS = [false, true].map(
  (dash) =>
    new ByObject<readonly string[], RegExp>(joined, (labels) => {
      const alternatives = labelAlternatives(labels);
      return new RegExp(`^[\\s*_>\\p{Extended_Pictographic}\u{FE0F}]*(${alternatives})[*_]*(?:\\s*\\([^)]*\\))?[*_]*\\s*(?::|${dash ? '\\s[-–—]\\s|' : ''}$)[*_\\s]*`, 'iu');
    }),
);

/** "Label:" (or "Label -", "Label —") at the start of `plain`, case-insensitive. Returns the label and where the value starts. */
export function leadingLabel(plain: string, labels: readonly string[], dash = true): { label: string; labelEnd: number; valueStart: number } | undefined {
  const match = LABEL_PATTERNS[dash ? 1 : 0].get(labels).exec(plain);
  if (!match) return undefined;
  const labelStart = match[0].indexOf(match[1]);
  return { label: match[1], labelEnd: labelStart + match[1].length, valueStart: match[0].length };
}

export interface LabelledValue<F extends string> {
  field: F;
  label: string;
  /** Plain offsets of the label and of the value. */
  labelStart: number;
  start: number;
  end: number;
  value: string;
}

const inlinePatterns = new Map<string, RegExp>();

/**
 * Every "Label: value" in running text ("R-01: Switch slips. Owner: Sam. Due: 1 Dec 2026").
 * A value runs to the next label, or to ";", "|", a bracket, or ". "/", " (whole dates are kept).
 * Fields in `bareDate` also read "due 1 Dec" without a colon.
 */
export function inlineLabels<F extends string>(plain: string, synonyms: Partial<Record<F, readonly string[]>>, isDate: (value: string) => number, bareDate: readonly F[] = []): LabelledValue<F>[] {
  const byLabel = new Map<string, F>();
  for (const [field, list] of Object.entries(synonyms) as [F, readonly string[]][]) for (const label of list ?? []) if (!byLabel.has(label.toLowerCase())) byLabel.set(label.toLowerCase(), field);
  const key = [...byLabel.keys()].join('\u0000');
  let re = inlinePatterns.get(key);
  if (!re) {
    const alternatives = labelAlternatives(byLabel.keys());
    re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(\\s*[:=]\\s*|\\s+)`, 'giu');
    inlinePatterns.set(key, re);
  }
  const hits: { field: F; label: string; labelStart: number; start: number }[] = [];
  const lower = plain.toLowerCase();
  if (![...byLabel.keys()].some((label) => lower.includes(label))) return [];
  re.lastIndex = 0;
  for (let match = re.exec(plain); match; match = re.exec(plain)) {
    const field = byLabel.get(match[1].toLowerCase().replace(/\s+/g, ' '));
    if (field === undefined) continue;
    const end = match.index + match[0].length;
    // "due 1 Dec" needs no colon; any other label does.
    if (!/[:=]/.test(match[2]) && !(bareDate.includes(field) && isDate(plain.slice(end)) > 0)) {
      re.lastIndex = match.index + 1;
      continue;
    }
    hits.push({ field, label: match[1], labelStart: match.index, start: end });
  }
  return hits.map((hit, index) => {
    const limit = index + 1 < hits.length ? hits[index + 1].labelStart : plain.length;
    let end = hit.start;
    const raw = plain.slice(hit.start, limit);
    const dateLength = isDate(raw);
    if (dateLength > 0) end = hit.start + dateLength;
    else {
      const stop = /[;|()[\]{}]|[.,](?:\s|$)|\s[-–—]\s/.exec(raw);
      end = hit.start + (stop ? stop.index : raw.length);
    }
    while (end > hit.start && /\s/.test(plain[end - 1])) end--;
    return { field: hit.field, label: hit.label, labelStart: hit.labelStart, start: hit.start, end, value: plain.slice(hit.start, end) };
  });
}

/** The source span between the pipes around `cell`; the pipes too when the cell has no room. */
export function cellArea(doc: DocumentModel, cell: TableCell): Span {
  const source = doc.source;
  let start = cell.span.start;
  let end = cell.span.end;
  if (start < end) return cell.span;
  while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
  while (end < source.length && (source[end] === ' ' || source[end] === '\t')) end++;
  if (start === end) return { start: Math.max(0, start - 1), end: Math.min(source.length, end + 1) };
  return { start, end };
}

/** The source span of a table row's content (the line without surrounding whitespace). */
export function rowSpan(doc: DocumentModel, row: TableRow): Span {
  const start = doc.lines.lineStart(row.line);
  const text = doc.lines.lineText(row.line);
  const lead = text.length - text.trimStart().length;
  return { start: start + lead, end: start + text.trimEnd().length };
}

/** An edit that puts `value` into an empty cell, keeping one space either side. */
export function fillCell(doc: DocumentModel, cell: TableCell, value: string): { range: [number, number]; text: string } {
  const area = cellArea(doc, cell);
  const source = doc.source;
  if (source[area.start] === '|' && source[area.end - 1] === '|' && area.end - area.start >= 2) return { range: [area.start + 1, area.end - 1], text: ` ${value} ` };
  return { range: [area.start, area.end], text: ` ${value} ` };
}

/**
 * Two people as one owner: "Mark / Sam", "Jo & Priya", "Lee and Sam Okafor": two capitalised names of one or two words
 * each. Not "Smith, John" (one person, surname first) nor "Sales and Marketing" (GROUPS).
 */
const TWO_PEOPLE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)\s*(?:\/|&|\band\b)\s*(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)$/u;
/** Group and team words that make a pair of names two groups, not two people. */
const GROUPS = /\b(?:sales|marketing|finance|legal|ops|operations|hr|it|security|procurement|facilities|engineering|support|team|board|desk|office|department|dept|group|management|vendor|supplier|platform|network|networks|infrastructure|infra|data|devops|qa|testing|service|services|cloud|web|mobile|product|payroll|compliance|architecture)\b/i;

/** Two people named as the owner: their names, or undefined. */
export function twoOwners(text: string): [string, string] | undefined {
  const match = TWO_PEOPLE.exec(text.trim());
  return match && !GROUPS.test(match[0]) ? [match[1], match[2]] : undefined;
}
