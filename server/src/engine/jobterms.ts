// Job-description tailoring: a description's key terms (skills, PM terms, tools),
// weighted by how often and where they appear, matched against a resume.
// Pure: texts in, data out. The term lists are data (./lexicon/job-terms.json,
// ./lexicon/technologies.json); everything here runs in one pass over each text.
import { FRONT_MATTER_LINES, isRecord, parseFrontMatter } from './frontmatter';
import data from './lexicon/job-terms.json';
import technologyNames from './lexicon/technologies.json';
import { lazy } from './lazy';
import { LETTER, LineIndex } from './text';
import type { Span } from './types';

export interface JobTerm {
  /** Normalised identity: synonyms and spellings share it. */
  key: string;
  /** As shown to the user: the description's own wording, or the lexicon's name for an abbreviation. */
  term: string;
  weight: number;
  /** Times the description uses it (boilerplate sections left out). */
  jdCount: number;
  source: 'lexicon' | 'technology' | 'acronym' | 'phrase';
  /** Keys of terms the description offers as alternatives ("PRINCE2 or PMP"): using one covers this one. */
  alternatives?: string[];
  /** For an acronym the description spells out ("electronic patient record (EPR)"): those words, normalised; they cover it too. */
  spelled?: string[];
}

export interface TermCoverage extends JobTerm {
  resumeCount: number;
  /** Where the resume uses it, in the resume text's offsets. */
  occurrences: Span[];
}

export interface Stuffing {
  term: string;
  key: string;
  resumeCount: number;
  jdCount: number;
  /** Uses beyond this count read as stuffing. */
  limit: number;
  /** The uses past the limit. */
  excess: Span[];
  /** The uses counted. */
  uses: Span[];
}

export interface JobComparison {
  /** Weighted share of the key terms the resume uses, 0..1. */
  ratio: number;
  /** `ratio` as a whole percentage. */
  percent: number;
  /** Every key term, heaviest first. */
  terms: TermCoverage[];
  matched: TermCoverage[];
  /** Terms the resume never uses, heaviest first. */
  missing: TermCoverage[];
  stuffed: Stuffing[];
}

export interface JobTermOptions {
  /** Tool names (the configured technologies lexicon); defaults to the built-in list. */
  technologies?: Iterable<string>;
  /** At most this many key terms (default 40). */
  limit?: number;
  /** A term used more than max(stuffingMin, stuffingRatio x the description's count) times is stuffed (3 and 3). */
  stuffingRatio?: number;
  stuffingMin?: number;
  /** Which uses in the resume count toward stuffing (all by default; keyword-coverage leaves out headings and Skills). */
  stuffingCounts?: (use: Span) => boolean;
}

// ---------------------------------------------------------------- weights

const WEIGHT = { title: 3, requirements: 2, responsibilities: 1.5, preferred: 1, intro: 1, boilerplate: 0 } as const;
/** Terms found only by their shape (acronyms, repeated phrases) count for less than known ones. */
const UNKNOWN_FACTOR = 0.8;
const DEFAULT_LIMIT = 40;

// ---------------------------------------------------------------- tokens

interface Token {
  raw: string;
  norm: string;
  start: number;
  end: number;
  /** First word of a sentence, line or list item. */
  initial: boolean;
  /** A sentence break (. ! ? ; : or a new line) between this token and the previous one. */
  hard: boolean;
  /** Any punctuation between this token and the previous one. */
  soft: boolean;
}

/** Han, kana and Hangul, written without spaces: a run of them is one token, and Latin words inside it ("AWSとKubernetesの") are tokens of their own. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC`; // ー, the katakana long vowel mark
const WORD_CHAR = String.raw`(?![${CJK}])[\p{L}\p{N}]`;
/**
 * The pattern of a token, made when a job description is first read: a start without one never uses it, and this
 * pattern and EMPLOYER_PATTERNS took about 2 ms of every start.
 */
const TOKEN = lazy(() => new RegExp(String.raw`[${CJK}]+|${WORD_CHAR}(?:${WORD_CHAR}|[+#]|['\u2019](?=${WORD_CHAR})|\.(?=${WORD_CHAR}))*`, 'gu'));
const SPELLINGS = new Map(Object.entries(data.spellings as Record<string, string>));

/** Lower case, British -> American spelling, possessive and plural stripped: both texts go through this. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  w = SPELLINGS.get(w) ?? w;
  if (w.length > 3 && !/\d/.test(w)) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  }
  return w;
}

/** A gap with a line break that starts another block: a blank line, or a line that opens with a list marker, heading, table pipe, quote, fence, rule or HTML tag. */
const BLOCK_BREAK = /\n[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|[#|>]|```|~~~|---|===|<\/?[A-Za-z])/;
/** A line that is a block of its own, whatever follows it: a heading, table row, fence, rule or HTML tag. */
const BLOCK_LINE = /^[ \t]*(?:[#|]|```|~~~|---|<\/?[A-Za-z])/;

/** The line of `text` that holds offset `at`. */
function lineOf(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous = 0;
  for (const match of text.matchAll(TOKEN())) {
    const start = match.index;
    const gap = text.slice(previous, start);
    // A line break inside a paragraph or a list item ("stakeholder\n  management") joins a
    // phrase; a blank line, a new item, heading, table row or quote does not.
    const hard = tokens.length === 0 || /[.!?;:]/.test(gap) || (gap.includes('\n') && (BLOCK_BREAK.test(gap) || BLOCK_LINE.test(lineOf(text, previous))));
    const soft = hard || /[^\s*_`"'“”‘’()[\]]/.test(gap.replace(/[-/&]/g, ''));
    const initial = tokens.length === 0 || /[.!?:\n]\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|[*_>]+\s*)*$/.test(gap);
    tokens.push({ raw: match[0], norm: normalizeWord(match[0]), start, end: start + match[0].length, initial, hard, soft });
    previous = start + match[0].length;
  }
  return tokens;
}

// ---------------------------------------------------------------- the term matcher

interface Entry {
  key: string;
  /** The lexicon's name for the term. */
  name: string;
  norms: string[];
  /** The exact capitalisation, for tool names that are also ordinary words ("Teams", "Slack"). */
  cased?: string[];
  source: JobTerm['source'];
}

const CASE_SENSITIVE = new Set(data.caseSensitive);

/**
 * Whether the name that ends before `next` opens a list of known names: "Java, Ansible and
 * Tableau", "Go and Rust". Then a case-sensitive name is a name at a sentence start too, not
 * "Go to ..." or "Teams, Finance and Procurement depend on ...".
 */
function opensList(tokens: Token[], next: number, known: (token: Token) => boolean): boolean {
  const token = tokens[next];
  if (!token || token.hard) return false;
  // The name after it must be a known one too: "Clarity, Accuracy and Pace" lists no tools.
  if (token.soft) return /^\p{Lu}/u.test(token.raw) && known(token);
  const after = tokens[next + 1];
  return (token.norm === 'and' || token.norm === 'or') && after !== undefined && !after.soft && /^\p{Lu}/u.test(after.raw) && known(after);
}
const STOPWORDS = new Set(data.stopwords.map(normalizeWord));
const VERBS = new Set(data.verbs.map(normalizeWord));
const GENERIC = new Set(data.generic.map(normalizeWord));
const IGNORED_ACRONYMS = new Set(data.acronymsIgnored);
const EMPLOYMENT = new Set(data.employmentTerms.map(normalizeWord));
const FOREIGN_WORDS = new Set(data.foreignFunctionWords);
const FOREIGN_DETERMINERS = new Set(data.foreignDeterminers);
const NOUNS_ABROAD = new Set(data.nounsAbroad);
/** English words that outnumber FOREIGN_WORDS in an English text. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'with', 'for', 'in', 'a', 'an', 'you', 'your', 'our', 'we', 'will', 'is', 'are', 'on', 'as', 'be', 'or']);
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
/** Levels written as Roman numerals ("PSM II", "Level III"): never a term of their own. */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XV|XX)$/;

/** More words of another language than of English: its capitalised nouns ("eines Teams", "Ihr Chef") are not tool names. */
function isForeign(tokens: readonly Token[]): boolean {
  let english = 0;
  let other = 0;
  for (const token of tokens) {
    if (ENGLISH_WORDS.has(token.norm)) english++;
    else if (FOREIGN_WORDS.has(token.norm)) other++;
  }
  return other > english;
}

class TermMatcher {
  private readonly byFirst = new Map<string, Entry[]>();

  add(entry: Entry): void {
    const list = this.byFirst.get(entry.norms[0]) ?? [];
    if (list.some((e) => e.key === entry.key && e.norms.join(' ') === entry.norms.join(' '))) return;
    list.push(entry);
    list.sort((a, b) => b.norms.length - a.norms.length);
    this.byFirst.set(entry.norms[0], list);
  }

  /**
   * The longest entry matching at `at`; `strictStart` refuses case-sensitive names at a sentence start;
   * in a `foreign` text they are refused after an article and when they are nouns there too.
   */
  match(tokens: Token[], at: number, strictStart: boolean, foreign = false, accept?: (entry: Entry) => boolean): Entry | undefined {
    const list = this.byFirst.get(tokens[at].norm);
    if (!list) return undefined;
    for (const entry of list) {
      if (accept && !accept(entry)) continue;
      const n = entry.norms.length;
      if (at + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = tokens[at + k].norm === entry.norms[k] && !tokens[at + k].hard;
      if (ok && entry.cased) ok = entry.cased.every((raw, k) => tokens[at + k].raw === raw) && !(strictStart && tokens[at].initial && !opensList(tokens, at + n, (t) => this.byFirst.has(t.norm)));
      if (ok && entry.cased && foreign && n === 1) ok = !NOUNS_ABROAD.has(tokens[at].raw) && !(at > 0 && !tokens[at].soft && FOREIGN_DETERMINERS.has(tokens[at - 1].norm));
      if (ok) return entry;
    }
    return undefined;
  }
}

function entryFor(name: string, key: string, variant: string, source: Entry['source']): Entry | undefined {
  const parts = [...variant.matchAll(TOKEN())].map((m) => m[0]);
  if (!parts.length || (parts.length === 1 && parts[0].length < 2) || /^[^\p{L}\p{N}]/u.test(variant)) return undefined;
  const cased = CASE_SENSITIVE.has(variant) ? parts : undefined;
  return { key, name, norms: parts.map(normalizeWord), cased, source };
}

/**
 * The lexicon's terms as entries, and each spelling's key: built on the first job comparison,
 * not when the module loads (tokenizing every term was some 10 ms of a language server's cold start).
 */
const lexiconTerms = lazy((): { entries: Entry[]; keys: Map<string, string> } => {
  const entries: Entry[] = [];
  const keys = new Map<string, string>();
  for (const [name, variants] of Object.entries(data.terms as Record<string, string[]>)) {
    const key = [...name.matchAll(TOKEN())].map((m) => normalizeWord(m[0])).join(' ');
    for (const variant of [name, ...variants]) {
      const entry = entryFor(name, key, variant, 'lexicon');
      if (entry) {
        entries.push(entry);
        keys.set(entry.norms.join(' '), key);
      }
    }
  }
  return { entries, keys };
});

const matcherCache = new Map<string, TermMatcher>();

function matcherFor(technologies: Iterable<string> | undefined): TermMatcher {
  const list = technologies ? [...technologies] : (technologyNames as string[]);
  const cacheKey = technologies ? list.join('\n') : '';
  let matcher = matcherCache.get(cacheKey);
  if (matcher) return matcher;
  matcher = new TermMatcher();
  const { entries, keys } = lexiconTerms();
  for (const entry of entries) matcher.add(entry);
  // The configured list is lower case: give a known tool back its capitalisation.
  const cased = new Map((technologyNames as string[]).map((t) => [t.toLowerCase(), t]));
  for (const tech of list) {
    const name = cased.get(tech.toLowerCase()) ?? tech;
    const norm = [...name.matchAll(TOKEN())].map((m) => normalizeWord(m[0])).join(' ');
    const entry = entryFor(name, keys.get(norm) ?? norm, name, 'technology');
    if (entry) matcher.add(entry);
  }
  if (matcherCache.size > 20) matcherCache.clear();
  matcherCache.set(cacheKey, matcher);
  return matcher;
}

// ---------------------------------------------------------------- the description's sections

interface Unit {
  text: string;
  offset: number;
  weight: number;
}

function hasPhrase(heading: string, phrases: readonly string[]): boolean {
  const padded = ` ${heading} `;
  return phrases.some((p) => padded.includes(` ${p}`));
}

/** How much a section's words count, from its heading. */
export function sectionWeight(heading: string): number {
  const h = heading.toLowerCase().replace(/[’]/g, "'").replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const about = /^about (?:the )?(you|role|job|position|this role|opportunity)\b/.exec(h);
  if (about) return about[1] === 'you' ? WEIGHT.requirements : WEIGHT.responsibilities;
  const { headings } = data;
  if (hasPhrase(h, headings.preferred)) return WEIGHT.preferred;
  if (hasPhrase(h, headings.boilerplate) || /^about\b/.test(h)) return WEIGHT.boilerplate;
  if (hasPhrase(h, headings.requirements)) return WEIGHT.requirements;
  if (hasPhrase(h, headings.responsibilities)) return WEIGHT.responsibilities;
  return WEIGHT.intro;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const BOLD_LINE = /^[ \t]*(\*\*|__)([^*_\n]{2,80})\1[ \t]*:?[ \t]*$/;
const LABEL_LINE = /^[ \t]*([^.!?:\n]{2,60}):[ \t]*$/;

/**
 * A pasted description's section names are plain lines ("Requirements", "Main duties and
 * responsibilities", "About us"): a short line without end punctuation that names a known section.
 */
function plainHeading(line: string): string | undefined {
  const text = line.trim();
  if (!text || /[.!?,;:]$/.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  return sectionWeight(text) !== WEIGHT.intro || /^(?:job|role|position) (?:summary|description|purpose|overview)$/i.test(text) ? text : undefined;
}

const FRONT_MATTER = /^(?:\uFEFF)?(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;

/** Blanks a byte order mark, a leading front matter block and HTML comments, keeping every offset. */
export function blankMarkup(text: string): string {
  let out = text;
  const fm = FRONT_MATTER.exec(out);
  if (fm) out = fm[0].replace(/[^\n]/g, ' ') + out.slice(fm[0].length);
  else if (out.charCodeAt(0) === 0xfeff) out = ` ${out.slice(1)}`;
  if (out.includes('<!--')) out = out.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));
  return out;
}

/** The description cut into weighted paragraphs (the title, then each paragraph with its section's weight), and the boilerplate left out. */
function units(jd: string): { result: Unit[]; boilerplate: Unit[] } {
  const text = blankMarkup(jd);
  const result: Unit[] = [];
  const boilerplate: Unit[] = [];
  const fm = FRONT_MATTER.exec(jd);
  const title = fm ? /^title[ \t]*[:=][ \t]*["']?([^"'\r\n]+)/m.exec(fm[0]) : null;
  let titled = false;
  if (title) {
    result.push({ text: title[1], offset: title.index + title[0].length - title[1].length, weight: WEIGHT.title });
    titled = true;
  }
  let weight: number = WEIGHT.intro;
  let paragraph: Unit | undefined;
  const flush = (): void => {
    if (paragraph) (paragraph.weight > 0 && !data.boilerplateSentences.some((s) => paragraph!.text.toLowerCase().includes(s)) ? result : boilerplate).push(paragraph);
    paragraph = undefined;
  };
  let at = 0;
  let seenContent = false;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    // A Windows line ending: the heading patterns end at the line's last character, not at its "\r".
    const line = text.slice(at, text.charCodeAt(end - 1) === 13 && end > at ? end - 1 : end);
    const atx = ATX.exec(line);
    const heading = atx?.[2] ?? BOLD_LINE.exec(line)?.[2] ?? (line.trim().split(/\s+/).length <= 7 ? (LABEL_LINE.exec(line)?.[1] ?? plainHeading(line)) : undefined);
    if (!line.trim()) flush();
    else if (heading !== undefined) {
      flush();
      const isTitle = !titled && !seenContent && (atx ? atx[1].length === 1 : true);
      if (isTitle) {
        result.push({ text: line, offset: at, weight: WEIGHT.title });
        titled = true;
      } else weight = sectionWeight(heading);
      seenContent = true;
    } else {
      if (!titled && !seenContent && line.trim().split(/\s+/).length <= 10 && !/[.!?]\s*$/.test(line)) {
        result.push({ text: line, offset: at, weight: WEIGHT.title });
        titled = true;
        seenContent = true;
      } else {
        // A list item starts a paragraph of its own.
        if (/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(line)) flush();
        if (paragraph) paragraph.text += text.slice(paragraph.offset + paragraph.text.length, end);
        else paragraph = { text: line, offset: at, weight };
        seenContent = true;
      }
    }
    at = end + 1;
  }
  flush();
  return { result, boilerplate };
}

// ---------------------------------------------------------------- the employer

/** Up to four capitalised words: "Fabrikam Health", "Contoso Bank & Trust". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&'\u2019.-]*){0,3}`;
/** Made on first use, as TOKEN is. */
const EMPLOYER_PATTERNS = lazy((): RegExp[] => [
  // "About Fabrikam Health", "## Why Contoso?", "Join Northwind"
  new RegExp(String.raw`(?:^|\n)[ \t#>*_-]*(?:About|Join|Why|At|Life at|Working at|Why join)[ \t]+(${NAME})`, 'gu'),
  // "Fabrikam Health is hiring", "Northwind Logistics is looking for"
  new RegExp(String.raw`(${NAME})[ \t]+(?:is|are)[ \t]+(?:hiring|looking|seeking|recruiting|searching|growing)\b`, 'gu'),
  // "About us" then "Acme Health Partners runs 12 clinics."
  new RegExp(String.raw`(?:^|\n)[ \t#>*_-]*(?:About|Who we are|Our company)[^\n]{0,30}\r?\n(?:[ \t]*\r?\n)*[ \t]*(${NAME})[ \t]+(?:is|are|was|runs|provides|operates|serves|employs|has|delivers|offers|cares)\b`, 'gu'),
  // "Company: Fabrikam Health"
  new RegExp(String.raw`(?:^|\n)[ \t*_-]*(?:Company|Employer|Organisation|Organization|Client|Hiring organisation)[*_]*[ \t]*:[ \t]*[*_]*(${NAME})`, 'gu'),
]);
/** Words that make "About the role" or "Why you'll love it" a heading, not a name. */
const NOT_A_NAME = new Set(['role', 'job', 'position', 'opportunity', 'company', 'team', 'this', 'you', 'us', 'we', 'our', 'the', 'working', 'benefit', 'apply']);

/** The employer's name, as normalised word runs: from "About X", "X is hiring", "Company: X" and a title "... at X". */
function employerNames(text: string): string[][] {
  const names: string[][] = [];
  const found = (raw: string): void => {
    const norms = [...raw.matchAll(TOKEN())].map((m) => normalizeWord(m[0]));
    while (norms.length && (STOPWORDS.has(norms[0]) || NOT_A_NAME.has(norms[0]))) norms.shift();
    if (!norms.length || norms.every((n) => STOPWORDS.has(n) || GENERIC.has(n) || NOT_A_NAME.has(n))) return;
    if (!names.some((n) => n.join(' ') === norms.join(' '))) names.push(norms);
  };
  for (const pattern of EMPLOYER_PATTERNS()) for (const m of text.matchAll(pattern)) found(m[1]);
  const first = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  const at = new RegExp(String.raw`[ \t](?:at|@)[ \t]+(${NAME})[ \t#*_]*$`, 'u').exec(first);
  if (at) found(at[1]);
  // A pasted description: the title, then the employer's name on a line of its own
  // ("IT Project Manager" / "Acme Health Partners").
  const second = new RegExp(String.raw`^\s*[^\n]*\r?\n[ \t]*(${NAME}(?:[ \t]+${NAME})?)[ \t]*\r?(?:\n|$)`, 'u').exec(text);
  if (second && !sectionWeightOf(second[1])) found(second[1]);
  return names.slice(0, 8);
}

/** Whether a line names a known section ("Requirements"), which is no employer. */
function sectionWeightOf(line: string): boolean {
  return sectionWeight(line) !== WEIGHT.intro;
}

/** How many tokens at `at` spell an employer name (0 for none). */
function employerAt(tokens: readonly Token[], at: number, names: readonly string[][]): number {
  for (const name of names) {
    if (at + name.length > tokens.length) continue;
    let k = 0;
    while (k < name.length && tokens[at + k].norm === name[k] && (k === 0 || !tokens[at + k].hard)) k++;
    if (k === name.length) return k;
  }
  return 0;
}

// ---------------------------------------------------------------- extraction

interface Candidate {
  key: string;
  source: JobTerm['source'];
  name?: string;
  weights: number[];
  /** Surface form -> summed weight, to show the description's own wording. */
  surfaces: Map<string, number>;
  first: number;
}

function isContent(token: Token): boolean {
  return token.norm.length > 1 && LETTER.test(token.norm) && !STOPWORDS.has(token.norm) && !VERBS.has(token.norm);
}

/** A description's key terms, heaviest first. */
export function extractJobTerms(jd: string, options: JobTermOptions = {}): JobTerm[] {
  const matcher = matcherFor(options.technologies);
  const candidates = new Map<string, Candidate>();
  const add = (key: string, source: Candidate['source'], weight: number, surface: string, first: number, name?: string): void => {
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { key, source, name, weights: [], surfaces: new Map(), first }));
    c.weights.push(weight);
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + weight);
  };
  const phrases = new Map<string, Candidate>();
  /** Alternatives the description joins with "or" ("PRINCE2 or PMP"): one of them covers both. */
  const alternatives = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]]) alternatives.set(x, (alternatives.get(x) ?? new Set()).add(y));
  };
  const { result: weighted, boilerplate } = units(jd);
  const blanked = blankMarkup(jd);
  const foreign = isForeign(tokenize(blanked));
  const employer = employerNames(blanked);
  const spelled = spelledOut(blanked);
  for (const unit of weighted) {
    const tokens = tokenize(unit.text);
    const title = unit.weight === WEIGHT.title;
    let run: Token[] = [];
    const endRun = (): void => {
      for (let i = 0; i < run.length; i++) {
        for (let n = 2; n <= 3 && i + n <= run.length; n++) {
          const gram = run.slice(i, i + n);
          // A generic word may end a phrase whose other words name the domain ("clinical systems",
          // "payment services"), never open one ("strong systems", "IT support").
          if (GENERIC.has(gram[0].norm) || (GENERIC.has(gram[n - 1].norm) && gram.slice(0, -1).some((t) => GENERIC.has(t.norm))) || gram.some((t, k) => k > 0 && t.soft)) continue;
          const key = gram.map((t) => t.norm).join(' ');
          let c = phrases.get(key);
          if (!c) phrases.set(key, (c = { key, source: 'phrase', weights: [], surfaces: new Map(), first: unit.offset + gram[0].start }));
          c.weights.push(unit.weight);
          const surface = unit.text.slice(gram[0].start, gram[n - 1].end);
          c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + unit.weight);
        }
      }
      run = [];
    };
    let previous: { key: string; end: number } | undefined;
    // Matches may overlap ("infrastructure project" and "project manager"); one inside another does not count.
    let coveredUntil = 0;
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      // The employer's name is no skill, whatever words it holds ("Northwind Cloud").
      const name = i >= coveredUntil ? employerAt(tokens, i, employer) : 0;
      if (name) {
        endRun();
        i += name;
        coveredUntil = i;
        continue;
      }
      let entry = matcher.match(tokens, i, true, foreign);
      // "DevOps Lead (Contract)": in the title, the terms of employment are not the work.
      if (entry && title && entry.norms.length === 1 && EMPLOYMENT.has(entry.norms[0])) entry = undefined;
      // "MSP (Managing Successful Programmes)": the description's own meaning of an acronym, not the lexicon's ("managed services").
      if (entry && entry.norms.length === 1 && spelled.has(token.norm) && entry.key !== token.norm && entry.key !== spelled.get(token.norm)!.join(' ')) entry = undefined;
      if (entry && i + entry.norms.length <= coveredUntil) {
        i++;
        continue;
      }
      if (entry) {
        endRun();
        coveredUntil = i + entry.norms.length;
        if (previous && tokens[i - 1]?.norm === 'or' && i - 1 - previous.end <= 2 && !tokens.slice(previous.end, i + 1).some((t) => t.soft)) link(previous.key, entry.key);
        previous = { key: entry.key, end: i + entry.norms.length };
        const last = tokens[i + entry.norms.length - 1];
        add(entry.key, entry.source, unit.weight, unit.text.slice(token.start, last.end), unit.offset + token.start, entry.name);
        i++;
        continue;
      }
      if (i < coveredUntil) {
        i++;
        continue;
      }
      const code = ACRONYM.test(token.raw) ? codeNumber(unit.text, tokens, i) : 0;
      if (ACRONYM.test(token.raw) && /[A-Z].*[A-Z]|[A-Z]\d/.test(token.raw) && !ROMAN.test(token.raw) && (code || !IGNORED_ACRONYMS.has(token.raw)) && !STOPWORDS.has(token.norm)) {
        endRun();
        // "ISO 22301", "AZ-104": the standard or exam is the acronym with its number.
        const last = tokens[i + code];
        add(tokens.slice(i, i + code + 1).map((t) => t.norm).join(' '), 'acronym', unit.weight, unit.text.slice(token.start, last.end), unit.offset + token.start);
        i += code + 1;
        continue;
      } else if (isContent(token)) {
        if (token.soft && run.length) endRun();
        run.push(token);
      } else endRun();
      i++;
    }
    endRun();
  }
  // A phrase that is not a known term counts when the description repeats it.
  for (const phrase of phrases.values()) if (phrase.weights.length >= 2 && !candidates.has(phrase.key)) candidates.set(phrase.key, phrase);
  dropSubsumed(candidates);
  // Unknown names that "About us" or the equal-opportunity text use are the employer's, not skills.
  const aboutUs = boilerplateKeys(boilerplate);
  for (const c of [...candidates.values()]) if ((c.source === 'phrase' || c.source === 'acronym') && aboutUs.has(c.key)) candidates.delete(c.key);

  const terms: (JobTerm & { first: number })[] = [];
  for (const c of candidates.values()) {
    const sorted = [...c.weights].sort((a, b) => b - a);
    let weight = 0;
    sorted.forEach((w, i) => (weight += w / (i + 1)));
    if (c.source === 'acronym' || c.source === 'phrase') weight *= UNKNOWN_FACTOR;
    if (weight <= 0) continue;
    const alternativeKeys = [...(alternatives.get(c.key) ?? [])];
    terms.push({ key: c.key, term: display(c), weight: Math.round(weight * 100) / 100, jdCount: c.weights.length, source: c.source, first: c.first, ...(alternativeKeys.length ? { alternatives: alternativeKeys } : {}) });
  }
  terms.sort((a, b) => b.weight - a.weight || a.first - b.first);
  return terms.slice(0, options.limit ?? DEFAULT_LIMIT).map(({ first: _first, ...term }) => (spelled.has(term.key) ? { ...term, spelled: spelled.get(term.key) } : term));
}

/** How many tokens after an acronym are its code number: 1 for "ISO 22301" and "AZ-104", 2 for "NIST 800-53"; else 0. */
function codeNumber(text: string, tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1];
  if (!next || next.hard || !/^\d[\d.]*$/.test(next.raw)) return 0;
  const gap = text.slice(tokens[at].end, next.start);
  if (gap !== '-' && !(gap === ' ' && (next.raw.length >= 3 || next.raw.includes('.')) && !/^(?:19|20)\d\d$/.test(next.raw))) return 0;
  const part = tokens[at + 2];
  return part && /^\d+$/.test(part.raw) && text.slice(next.end, part.start) === '-' ? 2 : 1;
}

/** Single words and two- and three-word runs of the boilerplate, normalised. */
function boilerplateKeys(boilerplate: Unit[]): Set<string> {
  const keys = new Set<string>();
  for (const unit of boilerplate) {
    const tokens = tokenize(unit.text);
    for (let i = 0; i < tokens.length; i++) {
      let key = tokens[i].norm;
      keys.add(key);
      for (let n = 1; n < 3 && i + n < tokens.length && !tokens[i + n].soft; n++) keys.add((key = `${key} ${tokens[i + n].norm}`));
    }
  }
  return keys;
}

/** "stakeholder management" repeated 3 times drops "stakeholder" phrases it contains with no more uses of their own. */
function dropSubsumed(candidates: Map<string, Candidate>): void {
  const phrases = [...candidates.values()].filter((c) => c.source === 'phrase');
  for (const short of phrases) {
    for (const long of phrases) {
      if (long !== short && long.key.length > short.key.length && ` ${long.key} `.includes(` ${short.key} `) && long.weights.length >= short.weights.length) {
        candidates.delete(short.key);
        break;
      }
    }
  }
}

/** The description's own wording, heaviest first; an abbreviation shows the lexicon's name ("PM" -> "project management"). */
function display(c: Candidate): string {
  let best = '';
  let bestWeight = -1;
  for (const [surface, weight] of c.surfaces) {
    // The lexicon's own wording wins when the description uses it ("vendor management" over "vendors").
    const own = [...surface.matchAll(TOKEN())].map((m) => normalizeWord(m[0])).join(' ') === c.key ? 1000 : 0;
    if (weight + own > bestWeight) [best, bestWeight] = [surface, weight + own];
  }
  if (c.name && (best.length <= 3 || /^[A-Z0-9]+$/.test(best)) && c.name.length > best.length && !/^[A-Z0-9/ -]+$/.test(c.name)) return c.name;
  if (c.name && c.source === 'technology') return c.name;
  const words = best.replace(/\s+/g, ' ').split(' ');
  // Sentence-case capitals are not part of the term: "Stakeholder management" -> "stakeholder management".
  return words.map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && !(c.name ?? '').includes(w) ? w.toLowerCase() : w)).join(' ');
}

// ---------------------------------------------------------------- comparison

/**
 * Key terms of the job descriptions compared lately, by the matcher (the technologies)
 * they were read with. While a resume is typed its job description does not change, and
 * reading it again cost about as much as linting the example resume.
 */
const termsCache = new WeakMap<TermMatcher, Map<string, JobTerm[]>>();

function cachedTerms(jd: string, matcher: TermMatcher, options: JobTermOptions): JobTerm[] {
  let byText = termsCache.get(matcher);
  if (!byText) termsCache.set(matcher, (byText = new Map()));
  const key = `${options.limit ?? DEFAULT_LIMIT}\u0000${jd}`;
  let terms = byText.get(key);
  if (!terms) {
    terms = extractJobTerms(jd, options);
    if (byText.size >= 8) byText.clear();
    byText.set(key, terms);
  }
  return terms;
}

const JOINERS = /^(?:and|of|the|for|&|to|in|on)$/i;

/**
 * Acronyms a description spells out, "electronic patient record (EPR)" or "PACS (Picture
 * Archiving and Communication System)": the acronym's key -> the normalised words.
 */
function spelledOut(jd: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const initials = (words: string[]): string => words.filter((w) => !JOINERS.test(w)).map((w) => w.charAt(0).toLowerCase()).join('');
  const keep = (acronym: string, words: string[]): void => {
    const key = normalizeWord(acronym);
    if (!out.has(key)) out.set(key, words.map(normalizeWord));
  };
  for (const m of jd.matchAll(/([\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}&][\p{L}'’-]*){1,7})[ \t]*\((\p{Lu}{2,6})s?\)/gu)) {
    const words = m[1].split(/[ \t]+/);
    const acronym = m[2].toLowerCase();
    // The last words whose initials spell it: "Delivery of an electronic patient record (EPR)".
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from);
      if (initials(tail) === acronym && !JOINERS.test(tail[0])) {
        keep(m[2], tail);
        break;
      }
    }
  }
  for (const m of jd.matchAll(/(?<![\p{L}])(\p{Lu}{2,6})[ \t]*\(([\p{L}][^()\n]{2,80})\)/gu)) {
    const words = m[2].trim().split(/[ \t]+/);
    if (initials(words) === m[1].toLowerCase()) keep(m[1], words);
  }
  return out;
}

/** Compares a resume with a job description: coverage, missing terms, stuffing. */
export function compareJob(jd: string, resume: string, options: JobTermOptions = {}): JobComparison {
  const base = matcherFor(options.technologies);
  const terms = cachedTerms(jd, base, options);
  const wanted = new Map(terms.map((t) => [t.key, t]));
  const found = new Map<string, Span[]>();
  const tokens = tokenize(blankMarkup(resume));
  const foreign = isForeign(tokens);
  const extra = new TermMatcher();
  for (const term of terms) if (term.source === 'phrase' || term.source === 'acronym') extra.add({ key: term.key, name: term.term, norms: term.key.split(' '), source: term.source });
  // "electronic patient record (EPR)": the description's own spelling-out of an acronym covers it.
  // Read in a pass of its own, so the words still count for the terms inside them ("resource planning").
  const spelled = new TermMatcher();
  for (const term of terms) if (term.spelled) spelled.add({ key: term.key, name: term.term, norms: term.spelled, source: 'acronym' });
  for (let i = 0; i < tokens.length; i++) {
    const entry = spelled.match(tokens, i, false);
    if (!entry) continue;
    const list = found.get(entry.key) ?? [];
    list.push({ start: tokens[i].start, end: tokens[i + entry.norms.length - 1].end });
    found.set(entry.key, list);
    i += entry.norms.length - 1;
  }
  let coveredUntil = 0;
  const isWanted = (entry: Entry): boolean => wanted.has(entry.key);
  for (let i = 0; i < tokens.length; i++) {
    // Only the description's terms: "capacity planning" (no term of its own) must not hide "planning".
    const entry = base.match(tokens, i, false, foreign, isWanted) ?? extra.match(tokens, i, false, false, isWanted);
    if (!entry || i + entry.norms.length <= coveredUntil) continue;
    coveredUntil = i + entry.norms.length;
    if (wanted.has(entry.key)) {
      const list = found.get(entry.key) ?? [];
      list.push({ start: tokens[i].start, end: tokens[i + entry.norms.length - 1].end });
      found.set(entry.key, list);
    }
  }
  const ratioOf = options.stuffingRatio ?? 3;
  const minOf = options.stuffingMin ?? 3;
  const coverage: TermCoverage[] = terms.map((t) => ({ ...t, resumeCount: found.get(t.key)?.length ?? 0, occurrences: found.get(t.key) ?? [] }));
  const covered = (t: TermCoverage): boolean => t.resumeCount > 0 || (t.alternatives ?? []).some((key) => (found.get(key)?.length ?? 0) > 0);
  const matched = coverage.filter(covered);
  const missing = coverage.filter((t) => !covered(t));
  const total = coverage.reduce((n, t) => n + t.weight, 0);
  const ratio = total > 0 ? matched.reduce((n, t) => n + t.weight, 0) / total : 0;
  const stuffed: Stuffing[] = [];
  for (const t of matched) {
    // A one-word field noun ("network", "database") is how a specialist names their work, not a keyword planted.
    if (!t.resumeCount || /^\p{Ll}[\p{Ll}-]*$/u.test(t.term)) continue;
    const limit = Math.max(minOf, Math.ceil(ratioOf * t.jdCount));
    const uses = options.stuffingCounts ? t.occurrences.filter(options.stuffingCounts) : t.occurrences;
    if (uses.length > limit) stuffed.push({ term: t.term, key: t.key, resumeCount: uses.length, jdCount: t.jdCount, limit, excess: uses.slice(limit), uses });
  }
  return { ratio, percent: Math.round(ratio * 100), terms: coverage, matched, missing, stuffed };
}

// ---------------------------------------------------------------- where a resume names its job

/**
 * The job description a resume names in its front matter: `impact-lint: {kind: resume, job: jobs/acme.md}`
 * or a top-level `job: jobs/acme.md`. The path is as written (relative to the resume).
 */
export function frontMatterJob(text: string): { path: string; line: number } | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start) && !text.startsWith('+++', start)) return undefined;
  // The block closes within FRONT_MATTER_LINES lines: index those, not the whole resume, on every lint.
  let cut = start - 1;
  for (let n = 0; n <= FRONT_MATTER_LINES && cut !== -1; n++) cut = text.indexOf('\n', cut + 1);
  const source = text.slice(start, cut === -1 ? text.length : cut + 1);
  const fm = parseFrontMatter(source, new LineIndex(source));
  if (!fm) return undefined;
  const nested = fm.data['impact-lint'];
  const value = isRecord(nested) && typeof nested.job === 'string' ? nested.job : typeof fm.data.job === 'string' ? fm.data.job : undefined;
  if (!value?.trim()) return undefined;
  const lines = source.slice(0, fm.span.end).split(/\r\n?|\n/);
  const line = Math.max(0, lines.findIndex((l) => /^\s*(?:impact-lint\s*[:=].*\bjob\b|job\s*[:=])/.test(l)));
  return { path: value.trim(), line };
}

/** A comparison in short: what the lint result, the language status item and the resume score use. */
export interface JobCoverage {
  /** The job description's path as given. */
  job: string;
  /** 0..100. */
  percent: number;
  /** 0..1. */
  ratio: number;
  /** How many key terms the description has. */
  terms: number;
  matched: string[];
  /** Heaviest first. */
  missing: string[];
  stuffed: string[];
}
