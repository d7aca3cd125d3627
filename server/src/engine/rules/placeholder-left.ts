// placeholder-left: unfilled template placeholders such as TBD, TODO, [Owner],
// <date>, YYYY-MM-DD, ${...} and lorem ipsum.
import { listOption } from '../pm/fields';
import { keep } from '../memo';
import { proseLinesOn } from '../pm/scan';
import { LETTER } from '../text';
import { KINDS, type Rule, type Span } from '../types';

const WORDS = ['TBD', 'TBC', 'TBA', 'TODO', 'FIXME', 'tbd', 'tbc'];
/** Bracketed text that is not a placeholder: task boxes, alerts, footnotes, editorial marks, tags. */
const NOT_PLACEHOLDER = /^(?:[ xX]|![A-Z]+|\^.*|\d[\d\s,.-]*|sic|draft|wip|confidential|internal|redacted|optional|example|deprecated|new|updated|open|closed|done|blocked|beta|[A-Z][A-Z0-9]{0,9}[- ]?\d+|[A-Z]{2,6}\d{4,}|(?:see|cf\.?|ref\.?)\s.*\b[A-Z]{1,9}[- ]?\d+)$/i;
const HTML_TAGS = new Set('a abbr b bdi bdo big blockquote br button caption center cite code col colgroup data dd del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i iframe img input ins kbd label li mark nav ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var video audio main aside article'.split(' '));
const FIXED: RegExp[] = [
  /(?<![\p{L}])(?:YYYY|yyyy)([-/.])(?:MM|mm)\1(?:DD|dd)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:DD|dd)([-/.])(?:MM|mm)\1(?:YYYY|yyyy|YY|yy)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:MM|mm)([-/.])(?:DD|dd)\1(?:YYYY|yyyy|YY|yy)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:DD|dd) (?:MMM|Mmm|mmm) (?:YYYY|yyyy)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:YYYY|yyyy)[-/.](?:MM|mm|Www|Qn)(?![\p{L}])|(?<![\p{L}])(?:MM|mm)[-/.](?:YYYY|yyyy)(?![\p{L}])|(?<![\p{L}])(?:HH|hh):(?:MM|mm)(?![\p{L}])/gu,
  /\$\{[^}\n]{0,200}\}/g,
  /\{\{[^}\n]{0,200}\}\}/g,
  // Not a masked number: "XXXX-XXXX-XXXX-1234", "XXX-XX-6789".
  /(?<![\p{L}\p{N}])(?<!(?:^|[^\p{L}\p{N}])X{2,}-)[£$€]?X{2,}(?:[,.]X+)*(?:-X{2,})*%?(?![\p{L}\p{N}]|-[X\d])/gu,
  /\?{3,}/g,
  /lorem ipsum(?:\s+dolor(?:\s+sit\s+amet)?)?/gi,
];
/** The first FIXED patterns are date and time formats. */
const DATE_FORMATS = 5;
/** Words that name a format before it: "use YYYY-MM-DD", "in the format DD/MM/YYYY", "written as (YYYY-MM-DD)". */
const FORMAT_NAMED = /\b(?:use|uses|using|format|formats|formatted|in the form(?: of)?|written as|written in|given as|as in|standard|convention|notation)\s*:?\s*["'“‘(]?\s*$/i;
/** What each FIXED pattern cannot match without (same order): a cheap test before the full pattern. */
const FIXED_NEEDS: RegExp[] = [/YYYY|yyyy/, /DD|dd/, /MM|mm/, /DD|dd/, /YYYY|yyyy|HH|hh/, /\$\{/, /\{\{/, /XX/, /\?\?\?/, /lorem/i];
const ANGLE = /<([A-Za-z][\w '/-]{0,40})>/g;
const BRACKET = /(?<![\\!\][])\[([^[\]\n\\]{1,160})\](?![([\]])/g;

/**
 * Calls `found` with every match of the global `re` in `text`: an exec loop, without the
 * copy of `re` and the iterator that matchAll makes per call. After an empty match it
 * steps one character as matchAll does (a whole surrogate pair under the u flag; one
 * code unit would land inside the pair, where V8 finds the same empty match forever).
 */
function each(re: RegExp, text: string, found: (match: RegExpExecArray) => unknown): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    found(match);
    if (match[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
}

/** What follows "[label]:" in a link reference definition: one destination, and maybe a title. */
const DEFINITION_REST = /^\s*(?:<[^<>\n]*>|[^\s<[\]]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*$/;

/** A link reference definition line, its label captured. */
const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(?:<[^<>\n]*>|[^\s<[\]]+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/gm;

/** Bracketed code in prose: "[, options]", "['a', 'b']", "[optionsOrSettings]", "[...name]". */
const CODE_LIKE = /^[,.@/:]|['"=(){}<`]|\b[a-z]+[A-Z]\w*\b/;

interface Found {
  /** Placeholders in the line, sorted, not overlapping. */
  spans: { start: number; end: number }[];
  /** Bracketed labels that do not overlap them, with the label lowercased: placeholders unless the document defines the label as a link reference. */
  brackets: { start: number; end: number; label: string }[];
}

/**
 * What one prose line holds, for given options: a function of the line's text alone,
 * so that the memo can keep it (`keep`) by the line while a person types. One
 * function per options, kept here, because the memo keeps values by function.
 */
const finders = new Map<string, Finder>();

interface Finder {
  find: (text: string) => Found | undefined;
  /**
   * What `find` cannot find anything without, in the raw source (global): its quick test without the look-arounds,
   * which masking code and URLs with spaces could satisfy. Masking only takes characters away, so a line where this
   * does not match holds nothing `find` would report.
   */
  raw: RegExp;
}

function finderFor(optionWords: string[], brackets: boolean): Finder {
  const key = JSON.stringify([optionWords, brackets]);
  let finder = finders.get(key);
  if (finder) return finder;
  // An empty word would match between every two characters: ignored.
  const words = optionWords.filter((w) => w.trim() !== '').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const wordsPattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : undefined;
  // Case-sensitive like the patterns it guards: with 'i', "dd"/"mm"/"hh" matched "address", "summary", "tech hub".
  const quick = new RegExp(['[[<{$?]', 'XX', '(?<![A-Za-z])(?:YYYY|yyyy|DD|dd|MM|mm|HH|hh)(?![a-z])', '[Ll][Oo][Rr][Ee][Mm]', ...words].join('|'));
  const raw = new RegExp(['[[<{$?]', 'XX', 'YYYY|yyyy|DD|dd|MM|mm|HH|hh', '[Ll][Oo][Rr][Ee][Mm]', ...words].join('|'), 'g');
  const find = (text: string): Found | undefined => {
    if (!quick.test(text)) return undefined;
    const spans = new Disjoint();
    /** Formats a sentence names ("use YYYY-MM-DD"): no part of them is a placeholder either ("MM/YYYY" in "DD/MM/YYYY"). */
    const named = new Intervals();
    // One pattern's matches do not overlap each other: each is tested against the patterns before it (settled), which win.
    const add = (start: number, end: number): void => {
      if (!spans.overlaps(start, end) && !named.overlaps(start, end)) spans.add(start, end);
    };
    const settle = (): void => {
      spans.settle();
      named.settle();
    };
    // Each fixed pattern only where its literal occurs: a "$250K" or "[SOC 2](...)" line passes
    // the quick test above, and running all ten patterns on it was most of this rule's time.
    FIXED.forEach((re, i) => {
      if (!FIXED_NEEDS[i].test(text)) return;
      // "Dates below use YYYY-MM-DD": a sentence about the format names it, it leaves nothing to fill.
      each(re, text, (m) => {
        if (i < DATE_FORMATS && FORMAT_NAMED.test(text.slice(Math.max(0, m.index - 40), m.index))) named.add(m.index, m.index + m[0].length);
        else add(m.index, m.index + m[0].length);
      });
      settle();
    });
    if (wordsPattern) each(wordsPattern, text, (m) => add(m.index, m.index + m[0].length));
    settle();
    if (text.includes('<')) each(ANGLE, text, (m) => !HTML_TAGS.has(m[1].split(/[\s/]/)[0].toLowerCase()) && !m[1].includes('=') && add(m.index, m.index + m[0].length));
    settle();
    const labels: Found['brackets'] = [];
    if (brackets && text.includes('[')) {
      // Matches of BRACKET never overlap each other: only the spans above can hide one.
      each(BRACKET, text, (m) => {
        const inner = m[1].trim();
        if (NOT_PLACEHOLDER.test(inner) || CODE_LIKE.test(inner) || !LETTER.test(inner)) return;
        // "[label]: https://..." at the start of a line defines a reference link; "- **Sponsor:** [Name]: ..." is a label.
        // Only when a destination follows, as in a real definition: "[Agenda item]: [Key points]" is two placeholders.
        if (text[m.index + m[0].length] === ':' && !text.slice(0, m.index).trim() && DEFINITION_REST.test(text.slice(m.index + m[0].length + 1))) return;
        const start = m.index;
        const end = m.index + m[0].length;
        if (!spans.overlaps(start, end)) labels.push({ start, end, label: inner.toLowerCase() });
      });
    }
    if (!spans.list.length && !labels.length) return undefined;
    return { spans: spans.list, brackets: labels };
  };
  finder = { find, raw };
  if (finders.size >= 32) finders.clear();
  finders.set(key, finder);
  return finder;
}

/** The lines where `raw` matches the source, or undefined when none does: one pass, one match a line at most. */
function markedLines(source: string, starts: readonly number[], raw: RegExp): Uint8Array | undefined {
  let marked: Uint8Array | undefined;
  let line = 0;
  raw.lastIndex = 0;
  for (let match = raw.exec(source); match; match = raw.exec(source)) {
    while (line + 1 < starts.length && starts[line + 1] <= match.index) line++;
    (marked ??= new Uint8Array(starts.length))[line] = 1;
    if (line + 1 >= starts.length) break;
    // The rest of the line is read anyway: on to the next one.
    raw.lastIndex = starts[line + 1];
  }
  raw.lastIndex = 0;
  return marked;
}

/**
 * Spans that do not overlap, in order. A pattern's matches are added in order and kept aside until `settle`, which merges
 * them in one pass; an overlap test finds its place by halving. A line of 80,000 "TBD"s tested each against all found
 * before it (quadratic: 10 s at 512 KB), and inserting one at a time into the middle was too ("TBD ${x} ", 7 s at 960 KB).
 */
class Disjoint {
  list: Span[] = [];
  private added: Span[] = [];

  /** Whether a settled span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const list = this.list;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].end <= start) low = mid + 1;
      else high = mid;
    }
    return low < list.length && list[low].start < end;
  }

  /** Adds [start, end), after the last one added, overlapping no settled span. */
  add(start: number, end: number): void {
    this.added.push({ start, end });
  }

  /** Merges what was added into the settled spans. */
  settle(): void {
    const added = this.added;
    if (!added.length) return;
    this.added = [];
    if (!this.list.length) {
      this.list = added;
      return;
    }
    const merged: Span[] = [];
    let i = 0;
    let j = 0;
    while (i < this.list.length || j < added.length) merged.push(j >= added.length || (i < this.list.length && this.list[i].start < added[j].start) ? this.list[i++] : added[j++]);
    this.list = merged;
  }
}

/** Spans that may overlap each other, for overlap tests by halving once `settle`d: the formats a sentence names. */
class Intervals {
  private spans: Span[] = [];
  /** The largest end among the settled spans up to each index (by start). */
  private reach: number[] = [];
  private settled = 0;

  add(start: number, end: number): void {
    this.spans.push({ start, end });
  }

  settle(): void {
    if (this.settled === this.spans.length) return;
    this.spans.sort((a, b) => a.start - b.start);
    this.reach = [];
    let most = -1;
    for (const s of this.spans) this.reach.push((most = Math.max(most, s.end)));
    this.settled = this.spans.length;
  }

  /** Whether a settled span overlaps [start, end): the last one starting before `end` reaches past `start`. */
  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.settled;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.reach[low - 1] > start;
  }
}

/** Rules whose finding on the same words names what is missing ("R-02 has no owner", ""TBD" sets no due date"). */
const YIELDS_TO = ['raid-missing-field', 'action-item-owner', 'decision-missing-field', 'change-missing-field', 'wbs-owner'];

export const placeholderLeft: Rule = {
  meta: {
    id: 'placeholder-left',
    description: 'Documents have no unfilled template placeholders: TBD, TODO, bracketed labels, date patterns, lorem ipsum.',
    severity: 'warning',
    kinds: [...KINDS],
    fixable: false,
    example: { before: 'Order the loan switches. Owner: [Owner]', after: 'Order the loan switches. Owner: Sam Okafor' },
    options: {
      words: { type: 'string[]', default: WORDS, description: 'Words that mark unfinished text, matched as whole words with this exact case.' },
      brackets: { type: 'boolean', default: true, description: 'Flag square-bracketed labels such as [Owner] or [Project name] that are not links.' },
    },
  },
  check({ doc, options, report }) {
    const { find, raw } = finderFor(listOption(options, 'words', WORDS), options.brackets !== false);
    // Only the lines whose source could hold a placeholder are read (sliced, masked, looked up in the memo).
    const marked = markedLines(doc.source, doc.lines.starts, raw);
    if (!marked) return;
    const definitions = new Set(doc.source.includes(']:') ? [...doc.source.matchAll(DEFINITION)].map((m) => m[1].toLowerCase()) : []);
    for (const line of proseLinesOn(doc, (at) => marked[at] === 1)) {
      // While typing, the memo gives back what was found in each unchanged line.
      const found = keep(find, line.text);
      if (!found) continue;
      // "[label]" with a reference definition ("[label]: https://...") is a link, not a placeholder.
      const kept = found.brackets.length ? [...found.spans, ...found.brackets.filter((b) => !definitions.has(b.label))].sort((x, y) => x.start - y.start) : found.spans;
      for (const { start, end } of kept) {
        report({ span: { start: line.start + start, end: line.start + end }, message: `"${line.text.slice(start, end)}" is an unfilled placeholder: replace it with the real value or remove it.`, yieldsTo: YIELDS_TO, yieldsOnSameSpan: true });
      }
    }
  },
};
