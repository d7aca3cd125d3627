// Completion while typing a resume bullet: strong action verbs at the start of a
// bullet (grouped by what they show, the ones that fit the rest of the line
// first), and metric shapes as snippets after an opening like "Reduced". Pure:
// text + offset + settings in, plain entries out; the server turns them into
// LSP CompletionItems. Nothing is offered outside achievement bullets of a resume,
// so prose, README lists and other document kinds never get a popup.
import { defaultSettings, type Settings } from './config';
import { resolveKind } from './kinds';
import { buildLexicon, type Lexicon } from './lexicon';
import { documentCurrency, findMetric, inCurrency } from './metrics';
import { parseDocument } from './model';
import { knownVerb, opening, words, type Word } from './opening';
import { preview, resumeDocument, type Bullet } from './resume';
import { rankReplacements } from './suggest';
import { stripBom } from './text';
import type { Kind } from './types';
import { capitalize } from './verbs';

export interface CompleteOptions {
  settings?: Settings;
  /** Path used for kind globs and file-name hints, as for `lint`. */
  path?: string;
  kind?: Kind;
  /**
   * How the request came: typed trigger character (a space) or asked for
   * (Ctrl+Space, or a client that asks on every keystroke). A space offers less,
   * so prose-like typing inside a bullet is not interrupted on every word.
   */
  trigger?: 'invoked' | 'character';
}

export interface CompletionEntry {
  /** What the list shows and filters on: "Coordinated", "by N%". */
  label: string;
  kind: 'verb' | 'metric';
  /** The group shown beside the label: "Leading", "Delivering", ..., "Metric". */
  group: string;
  /** One line on why it is offered. */
  detail: string;
  /** Orders the list when the typed prefix does not decide. */
  sortText: string;
  insertText: string;
  /** True when `insertText` has `${1:placeholder}` tab stops (LSP snippet syntax). */
  isSnippet: boolean;
  /** Offsets `[start, end)` in the given text (BOM included when it has one) that the entry replaces. */
  range: [number, number];
}

export interface Completions {
  /** True when typing more could bring other entries (the list was cut, or the prefix is empty). */
  isIncomplete: boolean;
  items: CompletionEntry[];
}

const NONE: Completions = { isIncomplete: false, items: [] };

// ---------------------------------------------------------------- verb groups

/**
 * What a verb shows, for the reader of the list: the lexicon's eight categories
 * (./lexicon/action-verbs.json) folded into five a PM reader recognises.
 * Planning is delivery work; fixing and testing are improving the service.
 */
const GROUPS: { label: string; categories: string[] }[] = [
  { label: 'Leading', categories: ['lead', 'team'] },
  { label: 'Delivering', categories: ['deliver', 'plan'] },
  { label: 'Improving', categories: ['improve', 'control'] },
  { label: 'Saving', categories: ['finance'] },
  { label: 'Stakeholders', categories: ['stakeholders'] },
  { label: 'Your verbs', categories: ['custom'] },
];
const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, index) => group.categories.forEach((category) => GROUP_OF.set(category, index)));

/** With nothing typed, this many verbs per category: a short list a reader scans, not the whole lexicon. */
const PER_CATEGORY = 4;
/** More than this with a prefix and the list says it is incomplete, so the client asks again as the user types. */
const MAX_VERBS = 60;
/** Verbs that need their particle to read right at the start of a bullet. */
const PARTICLE: Record<string, string> = { rolled: 'Rolled out', set: 'Set up', stood: 'Stood up', spun: 'Spun up', signed: 'Signed off' };

interface VerbEntry {
  label: string;
  lower: string;
  group: number;
  /** Position in its category: the lexicon lists the strongest first. */
  rank: number;
}

const verbCache = new WeakMap<Lexicon, VerbEntry[]>();

/** The lexicon's action verbs (weak heads such as "Handled" left out), in lexicon order. */
function verbList(lexicon: Lexicon): VerbEntry[] {
  const cached = verbCache.get(lexicon);
  if (cached) return cached;
  const ranks = new Map<string, number>();
  const list: VerbEntry[] = [];
  for (const [lower, category] of lexicon.actionVerbs) {
    const group = GROUP_OF.get(category) ?? GROUPS.length - 1;
    const rank = ranks.get(category) ?? 0;
    ranks.set(category, rank + 1);
    if (!knownVerb(lexicon, lower)) continue;
    list.push({ label: PARTICLE[lower] ?? capitalize(lower), lower, group, rank });
  }
  verbCache.set(lexicon, list);
  return list;
}

// ---------------------------------------------------------------- metric shapes

type Direction = 'down' | 'up' | 'save';

/**
 * Opening verbs that promise a change, and so a number for it, by stem: the opening
 * reader's base form is a guess for some verbs ("Raised" -> "rais"), the stem is not.
 */
const DIRECTION: [RegExp, Direction][] = [
  [/^(?:reduc|cut|lower|decreas|trimm|slash|shorten|shrank|shrunk|minimi[sz]|lessen|shaved|eliminat)/, 'down'],
  [/^(?:improv|rais|increas|grew|boost|lift|accelerat|expand|maximi[sz]|sped|speeded|strengthen)/, 'up'],
  [/^sav/, 'save'],
];

interface Shape {
  label: string;
  snippet: string;
  detail: string;
}

const BY_PERCENT: Shape = { label: 'by N%', snippet: 'by ${1:N}%', detail: 'the change in %' };
const FROM_TO: Shape = { label: 'from before to after', snippet: 'from ${1:before} to ${2:after}', detail: 'before and after' };
const BOTH: Shape = { label: 'by N% (from before to after)', snippet: 'by ${1:N}% (from ${2:before} to ${3:after})', detail: 'the change, with before and after' };
const HOURS: Shape = { label: 'by N hours per week', snippet: 'by ${1:N} hours per week', detail: 'time given back' };
// `\$` keeps the dollar sign literal in snippet syntax.
const SAVING: Shape = { label: 'saving $N per year', snippet: 'saving \\$${1:N} per year', detail: 'money saved' };

const SHAPES: Record<Direction, Shape[]> = {
  down: [BY_PERCENT, FROM_TO, BOTH, HOURS, SAVING],
  up: [BY_PERCENT, FROM_TO, BOTH, { label: 'to N%', snippet: 'to ${1:N}%', detail: 'where it ended' }, { label: 'Nx', snippet: '${1:N}x', detail: 'a multiple' }, { label: 'adding $N in revenue', snippet: 'adding \\$${1:N} in ${2:annual revenue}', detail: 'money it brought' }],
  save: [
    { label: '$N per year', snippet: '\\$${1:N} per year', detail: 'money saved' },
    { label: 'N hours per week', snippet: '${1:N} hours per week', detail: 'time saved' },
    { label: 'N% of the budget', snippet: '${1:N}% of the ${2:annual budget}', detail: 'share saved' },
  ],
};

/** Words after which a metric cannot start ("Reduced the |"): a space after them offers nothing. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'my', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'and', 'or', 'by', 'from', 'across', 'into', 'per', 'as', 'via', 'over', 'under', 'saving', 'than', 'each', 'every', 'all', 'some', 'this', 'that', 'these', 'those', 'more', 'less', 'most', 'least']);
/** A space offers metric shapes only this early in a bullet; later, Ctrl+Space still does. */
const METRIC_WORD_LIMIT = 12;

// ---------------------------------------------------------------- where the cursor is

/** A list marker at the start of the line, then at least one space ("- ", "  * ", "1. ", "> - "). */
const MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const TASK = /^\[[ xX]\][ \t]/;
/** The word being typed at the cursor. */
const PREFIX = /[\p{L}][\p{L}'’-]*$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Inserted where nothing is typed yet, so the empty bullet is read like the bullet it is becoming. */
const PROBE = 'Delivered';

/**
 * Completion entries at `offset` of `input`: verbs at the start of a resume bullet,
 * metric shapes after an opening that promises a change, nothing anywhere else.
 */
export function complete(input: string, offset: number, options: CompleteOptions = {}): Completions {
  const { text, bom } = stripBom(input);
  const shift = bom ? 1 : 0;
  const at = offset - shift;
  if (at < 0 || at > text.length) return NONE;
  // Cheap checks first: the request comes on every space typed in any Markdown file.
  // A line ends at LF, CRLF or a lone CR (LineIndex).
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const lf = text.indexOf('\n', at);
  const cr = text.indexOf('\r', at);
  const lineEnd = lf === -1 && cr === -1 ? text.length : lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  const before = text.slice(lineStart, at);
  const marker = MARKER.exec(before);
  if (!marker) return NONE;
  const content = before.slice(marker[0].length);
  if (TASK.test(content)) return NONE;
  const prefix = PREFIX.exec(content)?.[0] ?? '';
  // In the middle of a word the user is editing it, not choosing one.
  if (prefix && at < lineEnd && WORD_CHAR.test(text[at])) return NONE;
  const lead = content.slice(0, content.length - prefix.length);
  const rest = text.slice(at, lineEnd);

  const settings = options.settings ?? defaultSettings();
  // An empty bullet ("- ", "- **", "- **|**") is no list item to the parser's resume reader: read it with a word in place.
  const markupOnly = /^[\s*_]*$/.test(rest);
  const empty = /^[\s*_]*$/.test(content) && markupOnly;
  const probed = empty ? text.slice(0, at) + PROBE + text.slice(at) : text;
  const doc = parseDocument(probed);
  if (resolveKind(doc, { kind: options.kind, kinds: settings.kinds, path: options.path }).kind !== 'resume') return NONE;
  const lexicon = buildLexicon(settings.lexicon);
  const line = doc.lines.positionAt(at).line;
  const bullet = resumeDocument(doc, lexicon, { lazy: true }).bullets.find((b) => b.item.line === line);
  if (!bullet) return NONE;

  const range: [number, number] = [at - prefix.length + shift, at + shift];
  // Only emphasis may sit between the marker and the first word ("- **Led").
  if (/^(?:\*\*|__|\*|_)?$/.test(lead)) return verbCompletions(prefix, markupOnly ? '' : rest, range, lexicon);
  if (!rest.trim() || /^[\s.,;)]*$/.test(rest)) return metricCompletions(bullet, lead, range, lexicon, options.trigger ?? 'invoked', documentCurrency(text));
  return NONE;
}

// ---------------------------------------------------------------- verbs at the start of a bullet

function verbCompletions(prefix: string, rest: string, range: [number, number], lexicon: Lexicon): Completions {
  let replaceEnd = range[1];
  let ranked: string[] = [];
  let about = '';
  if (rest.trim()) {
    const open = opening(rest, lexicon);
    // The bullet already opens with an action verb: the cursor is not where one goes.
    if (open?.kind === 'verb' && !rest.slice(0, open.start).trim()) return NONE;
    if (open?.kind === 'weak' && !rest.slice(0, open.start).trim()) {
      // "- |Handled server upgrades": offer verbs that replace the weak phrase, ranked for its object.
      const after = rest.slice(open.end);
      ranked = rankReplacements(open.replacements, words(after, 24), 6, true, lexicon);
      replaceEnd += open.end;
      about = `replaces "${open.phrase}"`;
    } else {
      ranked = rankReplacements([], words(rest, 24), 6, true, lexicon);
      about = `fits "${preview(rest, 0, 3)}"`;
    }
  }
  const lowerPrefix = prefix.toLowerCase();
  const rankOf = new Map(ranked.map((verb, i) => [verb.toLowerCase(), i]));
  // Groups of the best-fitting verbs first, then the usual order.
  const groupOrder = new Map<number, number>();
  const all = verbList(lexicon);
  const byLower = new Map(all.map((v) => [v.lower, v]));
  for (const verb of ranked) {
    const entry = byLower.get(verb.toLowerCase());
    if (entry && !groupOrder.has(entry.group)) groupOrder.set(entry.group, groupOrder.size);
  }
  GROUPS.forEach((_, index) => groupOrder.has(index) || groupOrder.set(index, groupOrder.size));

  const chosen = all.filter((v) => (prefix ? v.lower.startsWith(lowerPrefix) || v.label.toLowerCase().startsWith(lowerPrefix) : v.rank < PER_CATEGORY || rankOf.has(v.lower)));
  chosen.sort((a, b) => (rankOf.get(a.lower) ?? 99) - (rankOf.get(b.lower) ?? 99) || (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) || a.rank - b.rank);
  const cut = chosen.slice(0, MAX_VERBS);
  // Text right after the cursor ("|server") needs a space after the verb; a replaced
  // weak phrase keeps the space that followed it.
  const space = replaceEnd === range[1] && rest && !/^\s/.test(rest) ? ' ' : '';
  const items = cut.map((verb, i): CompletionEntry => {
    const fits = rankOf.has(verb.lower);
    return {
      label: verb.label,
      kind: 'verb',
      group: GROUPS[verb.group].label,
      detail: fits ? `${GROUPS[verb.group].label} · ${about}` : `${GROUPS[verb.group].label} · action verb`,
      sortText: `${fits ? 0 : 1}${String(i).padStart(3, '0')}`,
      insertText: verb.label + space,
      isSnippet: false,
      range: [range[0], replaceEnd],
    };
  });
  return { isIncomplete: !prefix || chosen.length > cut.length, items };
}

// ---------------------------------------------------------------- metric shapes after "Reduced"

function directionOf(bullet: Bullet): Direction | undefined {
  const open = bullet.opening;
  if (open?.kind !== 'verb' || open.start !== 0) return undefined;
  const lower = open.verb.toLowerCase();
  return DIRECTION.find(([stem]) => stem.test(lower))?.[1];
}

function metricCompletions(bullet: Bullet, lead: string, range: [number, number], lexicon: Lexicon, trigger: 'invoked' | 'character', currency: string): Completions {
  const direction = directionOf(bullet);
  if (!direction) return NONE;
  // Already quantified: nothing to add ("Reduced costs by 30% |").
  if (findMetric(bullet.plain, lexicon, bullet.words)) return NONE;
  const typed: Word[] = words(lead);
  if (typed.length === 0 || !/\s$/.test(lead)) return NONE;
  const previous = typed[typed.length - 1].lower;
  if (FUNCTION_WORDS.has(previous)) return NONE;
  if (trigger === 'character' && typed.length > METRIC_WORD_LIMIT) return NONE;
  const shapes = SHAPES[direction];
  const items = shapes.map(
    (shape, i): CompletionEntry => ({
      label: inCurrency(shape.label, currency),
      kind: 'metric',
      group: 'Metric',
      detail: `Metric · ${shape.detail}`,
      sortText: `0${String(i).padStart(3, '0')}`,
      insertText: inCurrency(shape.snippet, currency, true),
      isSnippet: true,
      range,
    }),
  );
  // The typed word filters on the client; a word no shape starts with ("ticket") closes the list.
  return { isIncomplete: false, items };
}
