// Resume structure shared by the resume rules: which sections are experience,
// which list items are achievement bullets (not role lines, tool lists or
// template placeholders), which role each bullet belongs to, whether the
// resume is in English, and where the summary and experience start.
import type { InlineText } from './inline';
import type { Lexicon } from './lexicon';
import { topItem, type DocumentModel, type Heading, type ListItem, type Section } from './model';
import { deriveVerb, opening, words, type Derived, type Opening, type Word } from './opening';
import { checkKept, keep, memoOf, type BulletEntry, type LintMemo } from './memo';
import type { Report, RuleContext, Span } from './types';
import { headingHalves, LETTER, LOWER_START, UPPER_START } from './text';

export { opening, words, type Opening, type Word } from './opening';

export type SectionKind = 'experience' | 'summary' | 'other';

const EXPERIENCE_PART = /^(?:(?:relevant|professional|work|career|employment|internship|co-?op|placement|apprenticeship|contracting|clinical|industrial|industry|technical|it|project|selected|recent|previous|prior|additional|other|volunteer|leadership|management|consulting|freelance|contract|military|teaching|research|international|key|notable|major|earlier|related|pm|program|programme|engineering|technology|tech|startup|side)\s+)*(?:experiences?|employment(?:\s+history)?|work(?:\s+history)?|career(?:\s+history|\s+highlights)?|professional\s+history|history|positions?(?:\s+held)?|roles?|projects?|engagements|assignments|accomplishments|achievements|highlights|volunteering|volunteer\s+work|leadership|appointments|responsibilities|contributions|open\s+source|contracts?(?:\s+history)?|internships?|placements?|apprenticeships?|co-?ops?|(?:professional|career|work|employment)\s+background)$/;
const SUMMARY_PART = /^(?:(?:professional|career|executive|personal|short|brief|my)\s+)*(?:summary|profile|about(?:\s+me)?|objective|overview|statement|introduction|intro|bio|summary\s+of\s+qualifications|qualifications\s+summary|at\s+a\s+glance|elevator\s+pitch|snapshot)$/;
const OTHER_PART = /^(?:(?:technical|core|key|relevant|professional|additional|soft|hard|it|pm|project\s+management|transferable|selected|other|language|computer|it\s+and)\s+)*(?:education(?:al\s+background)?|academic(?:\s+background|\s+qualifications)?|qualifications|skills?(?:\s+summary)?|competenc(?:y|ies)|expertise|areas\s+of\s+expertise|strengths|contact(?:\s+(?:details|information|info|me))?|certifications?|certificates?|licen[cs]es?|accreditations|credentials|training|courses?|coursework|professional\s+development|development|references?|referees|interests|hobbies|activities|languages?|awards?|honou?rs|publications?|presentations|talks|patents|links|socials?|tools|technologies|tech(?:nology)?\s+stack|stack|toolbox|toolkit|software|platforms|memberships?|affiliations|associations|personal(?:\s+(?:details|information|info))?|additional\s+information|misc(?:ellaneous)?|availability|visa|work\s+authori[sz]ation|details|info)$/;
const PART_SPLIT = /\s*(?:&|\band\b|,|\/|\+|\||·|:)\s*/;

/** What a heading's title names: a resume section, or nothing (a role, a company, a name). */
export function headingKind(title: string): SectionKind | undefined {
  // Role headings repeat ("### IT Manager, Acme" per role, every lint): the answer is kept.
  const known = headingKinds.get(title);
  if (known !== undefined || headingKinds.has(title)) return known;
  const kind = bilingualHeadingKind(title);
  if (headingKinds.size >= 4096) headingKinds.clear();
  headingKinds.set(title, kind);
  return kind;
}

const headingKinds = new Map<string, SectionKind | undefined>();

function bilingualHeadingKind(title: string): SectionKind | undefined {
  const kind = ownHeadingKind(title);
  if (kind !== undefined || title.length > 80) return kind;
  // "Education / Ausbildung", "Compétences / Skills", "Education (Ausbildung)": a heading in two
  // languages is what its known half says.
  const halves = headingHalves(title);
  if (!halves) return undefined;
  const [first, second] = halves.map(ownHeadingKind);
  return first !== undefined && second === undefined ? first : second !== undefined && first === undefined ? second : undefined;
}

function ownHeadingKind(title: string): SectionKind | undefined {
  if (title.length > 80) return undefined;
  const normal = title
    .replace(/\s*\{[^{}]*\}\s*$/, '') // Pandoc/kramdown attributes: "Education {#education}"
    .toLowerCase()
    .replace(/^[\s\d.)#-]+/, '')
    .replace(/[^\p{L}\p{N}&/+,|·: ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:\s]+$/, '');
  if (!normal || normal.length > 60) return undefined;
  let experience = false;
  let summary = false;
  for (const part of normal.split(PART_SPLIT)) {
    if (!part) continue;
    if (EXPERIENCE_PART.test(part)) experience = true;
    else if (SUMMARY_PART.test(part)) summary = true;
    else if (!OTHER_PART.test(part)) return undefined;
  }
  return experience ? 'experience' : summary ? 'summary' : 'other';
}

// Patterns used per bullet, made once: a regular expression literal is a new object each time it is evaluated.
const SPACE = /\s/;
const LEADING_SPACE = /^\s+/;
const CLAUSE_END = /[;()–—]|[,.:](?=\s|$)/;
const SPACES = /\s+/;

/** "2019 – 2024", "Jan 2021 - present", "(2016-2021)". */
const DATE_RANGE = /(?:\b(?:19|20)\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})\s*(?:[-–—]|to|until|through)\s*(?:(?:19|20)\d{2}|present|now|current|today|date|ongoing|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})\b/i;
const YEAR = /(?:19|20)\d\d/;
/** A year range followed by a lower-case word: "Exchange 2010 to 2016 migration", "SQL 2012-2019 upgrades". */
const VERSIONS_THEN_WORK = /\b(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:19|20)\d{2}\s+(?!(?:contract|contractor|part-time|full-time|part|full|remote|hybrid|freelance|interim|temporary|temp|permanent|secondment|maternity|cover|fixed-term|on-site)\b)\p{Ll}/u;
/** A date range's end after a year: "2019 – 2023", "Jan 2019 - Mar 2023", "03/2019 – 06/2023", "2021 – Present". */
const RANGE_ENDS = /(?:19|20)\d{2}\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*(?:(present|pres|now|current|today|date|ongoing)|(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|(\d{1,2})[/.])?((?:19|20)\d{2}))\b/gi;
const SINCE = /\b(?:since|from)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}[/.])?(?:19|20)\d{2}\b(?!\s*(?:[-–—]|to\b|until\b|till\b|through\b))/i;
/** A line that opens with a label ("Clients: ...", "Key project: ..."): no job line. */
const LABEL_START = /^[\p{L}][\p{L} ]{0,24}:\s/u;
/** What separates a job title from its employer or dates: "IT Manager, Acme", "Acme | 2019", "Lead at Acme". */
const JOB_SEPARATOR = /,|\||·|(?<!\d)\s[–—-]\s(?!\d)|\sat\s|\(\s*(?:19|20)\d\d/;
/** Dates in brackets at the end of a line: "ERP upgrade (2022 - 2023)" names no employer for them. */
const TRAILING_DATES = /\(\s*(?:19|20)\d\d[^)]*\)\s*$/;
/** A paragraph that opens in bold: a job line ("**Independent Consultant**"). */
const BOLD_LINE = /^\s*(?:\*\*|__)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * When a role whose heading or role line is `line` ended: "2023" or "2023-03"; '' for a
 * current one ("2021 - Present"), undefined when `line` holds no date range.
 */
export function roleEnd(line: string): string | undefined {
  if (!YEAR.test(line)) return undefined;
  // "since 2021", "from March 2020": a role that goes on.
  if (SINCE.test(line)) return '';
  // Of several ranges ("2015 - 2019, 2020 - present", "2020 - Present; interim 2019 - 2020") the role goes on if
  // any does, else it ended at the latest end. Not versions ("Exchange 2010 to 2016 for ...").
  let latest: string | undefined;
  for (const match of line.matchAll(RANGE_ENDS)) {
    if (VERSIONS_THEN_WORK.test(line.slice(match.index, match.index + match[0].length + 24))) continue;
    if (match[1]) return '';
    const month = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : match[3] ? Number(match[3]) : 0;
    const end = month >= 1 && month <= 12 ? `${match[4]}-${String(month).padStart(2, '0')}` : match[4];
    if (latest === undefined || endKey(end) > endKey(latest)) latest = end;
  }
  return latest;
}

/** A role end as a month to compare: a year alone ends with the year ("2019" is later than "2019-03"). */
function endKey(date: string): string {
  return date.length === 4 ? `${date}-12` : date;
}

/** Whether a role that ended at `ended` (roleEnd) is over on `today` (YYYY-MM-DD): a year before this one, or a month before this one. */
export function roleIsOver(ended: string | undefined, today: string): boolean {
  if (!ended) return false;
  return ended.length === 4 ? ended < today.slice(0, 4) : ended < today.slice(0, 7);
}
/** "Tech stack: AWS, Terraform" inside a role: a label line, not an achievement. */
const LABEL_LINE = /^(?:tech(?:nolog(?:y|ies))?(?:\s+stack)?|tools?(?:\s+used)?|stack|environment|skills(?:\s+used)?|key\s+skills|technologies\s+used|platforms?|languages?|location|team(?:\s+size)?|client|reference|references|keywords|duration|dates?|company|employer|role|title|reporting\s+to|reports\s+to)\s*:/i;
/**
 * The parts of a CAR or STAR block in a resume, each a label then a colon, a dash, or a hyphen
 * with a space after it ("Result - ..."; not "Results-driven"). The context ("Challenge: the old
 * tool went out of support") is what the situation was, not an achievement: weak-opening and
 * missing-metric leave it be, the wording rules still read it. The result ("Result: live in 10
 * weeks") states what came of the action; its match ends after the spaces that follow the label.
 */
const CAR_SEPARATOR = String.raw`\s*(?:[:\u2013\u2014]|-\s)\s*`;
export const CAR_CONTEXT = new RegExp(`^(?:challenge|problem|situation|context|background|task)${CAR_SEPARATOR}`, 'i');
export const CAR_RESULT = new RegExp(`^(?:results?|outcomes?|impact|benefits?)${CAR_SEPARATOR}`, 'i');
/** Any part but the result: a section with one of these holds a CAR or STAR block. */
export const CAR_PART = new RegExp(`^(?:challenge|problem|situation|context|background|task|actions?)${CAR_SEPARATOR}`, 'i');
/** "Key projects: EHR portal, billing API", "Clients: Allianz, PZU": a list under a label, when no action follows the label. */
const LIST_LABEL = /^(?:(?:key|main|core|selected|notable|major|other)\s+(?:projects?|clients?|customers?|accounts?|technologies|tools|systems|platforms|stakeholders|products|sectors|industries)|projects?|clients?|customers?|accounts?|industry|industries|sectors?|domains?)\s*:\s*/i;

function isLabelLine(plain: string, lexicon: Lexicon): boolean {
  if (LABEL_LINE.test(plain)) return true;
  const label = LIST_LABEL.exec(plain);
  if (!label) return false;
  // "Projects: Responsible for the intranet migration" is an achievement after a label; a list of names is not.
  const kind = opening(plain.slice(label[0].length), lexicon)?.kind;
  return kind !== 'verb' && kind !== 'weak';
}
/** The employment words a where-and-how line holds: a quick test first. */
const JOB_WORD = /full[- ]time|part[- ]time|contract|remote|hybrid|on[- ]site|freelance|permanent|temporary|fixed[- ]term|internship/i;
/** A part that is only an arrangement: "Full-time", "Contract role", "Hybrid". */
const META_PART = /^(?:full[- ]time|part[- ]time|contract(?:or)?(?:\s+(?:role|position|basis))?|remote|hybrid|on[- ]site|freelance|permanent|temporary|fixed[- ]term(?:\s+contract)?|internship)$/i;
/** A place: capitalised words ("Portland", "OR", "New York", "EMEA"). */
const PLACE_PART = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** A duration or schedule: "12 months", "3 days on-site". */
const DURATION_PART = /^\d+\+?\s+(?:days?|weeks?|months?|years?)(?:\s+\S+){0,2}$/i;

/**
 * "Portland, OR · Full-time", "Remote | Contract", "Berlin – Hybrid", "Contract role, 12 months":
 * where and how a role was held. Short parts, each capitalised (a place, an arrangement) or a
 * number, one of them an employment word; not "Handled onboarding of new starters, remote".
 */
function isJobMeta(plain: string, lexicon: Lexicon): boolean {
  if (!JOB_WORD.test(plain)) return false;
  const parts = plain.trim().replace(/^[*_]+|[*_]+$/g, '').split(/\s*[·|,•/:()]\s*|\s+[-–—]\s+/).filter(Boolean);
  if (!parts.some((part) => META_PART.test(part))) return false;
  // Every other part is a place in Title Case ("Leeds", "UK", "EMEA") or a duration ("12 months"): not "Windows 11 rollout (On-site)".
  if (!parts.every((part) => META_PART.test(part) || PLACE_PART.test(part) || DURATION_PART.test(part))) return false;
  const kind = opening(parts[0], lexicon)?.kind;
  return kind !== 'verb' && kind !== 'weak';
}
/** Unfilled template text ("[what, e.g. a Windows 11 rollout]", "${1:...}"): placeholder-left's job, not ours. */
const PLACEHOLDER_MARK = /\$\{\d|\bTBD\b|\bTODO\b/;
/** What marks bracketed text as a template's ("[what, e.g. ...]", "[your role]", "[N]"). */
const PLACEHOLDER_HINT = /e\.g\.|\byour\b|\bwhat\b|\bhow\b|\bN\b|YYYY/;

export interface Bullet {
  item: ListItem;
  text: InlineText;
  /** Plain text of the first paragraph, as rules read it. */
  plain: string;
  /** Source span of the first paragraph, markup kept whole, trailing comments and space left out. */
  span: Span;
  /** How it opens (computed once, when first asked, shared by the rules). A getter: a spread or structuredClone of a bullet drops it. */
  readonly opening: Opening | undefined;
  /** The role the bullet belongs to (a heading's section, a role line or a list); compare by identity. */
  role: object;
  /**
   * A sub-bullet of a bullet that opens with an action verb ("Mentored 3 developers" > "two were
   * promoted within a year"): a detail or result of its parent, not an achievement that must open
   * with a verb. Sub-bullets of a project line ("ERP rollout, 2023" > "Led ...") are not details.
   */
  readonly detail: boolean;
  /** The words of `plain`. */
  readonly words: Word[];
  /** The action inside a weak opening ("Responsible for managing" -> "Managed"), computed once. */
  readonly derived: Derived | undefined;
  /**
   * When the bullet's role ended ("2023", "2023-03"), from its job line, its heading or the date
   * line under it (readResume says which wins). Undefined for a current role ("2021 - Present")
   * or when no dates are given.
   */
  readonly ended: string | undefined;
}

export interface ResumeDocument {
  /** Achievement bullets in experience-like sections; empty when the resume is not in English. */
  bullets: Bullet[];
  english: boolean;
  /** The first heading that opens an experience section. */
  experience?: Heading;
  /** The summary heading, or the intro paragraph under the name, before the experience. */
  summaryBefore: boolean;
  /** A summary heading after the experience. */
  summaryAfter?: Heading;
  /** A section other than experience and summary (Education, Skills...): the document is a whole resume, not a fragment. */
  otherSection: boolean;
  /** Paragraphs and items of the summary (and an untitled intro), for rules that read prose too. */
  summary: TextUnit[];
  /** Would-be bullets left out because a template placeholder is still in them (placeholder-left's job); the score counts them as failing. */
  unfinished: number;
}

/** What a bullet's plain text says on its own (how it opens, its words): shared between lints by the memo. */
class Reading {
  private tokens?: Word[];
  private derivedVerb?: Derived | null;
  private opened?: Opening | null;
  private other?: boolean;
  private labelled?: boolean;
  constructor(
    readonly plain: string,
    private readonly lexicon: Lexicon,
  ) {}
  get words(): Word[] {
    return (this.tokens ??= words(this.plain));
  }
  /** Written in another language (foreignText), worked out once per text. */
  get foreign(): boolean {
    return (this.other ??= foreignText(this.plain));
  }
  /**
   * How it opens, read when first asked: the rules ask for every bullet, a completion
   * for the one under the cursor (reading all of them was 12 ms of each space typed in
   * a 2,000-line resume).
   */
  get opening(): Opening | undefined {
    if (this.opened === undefined) this.opened = opening(this.plain, this.lexicon, this.words) ?? null;
    return this.opened ?? undefined;
  }
  get derived(): Derived | undefined {
    if (this.derivedVerb === undefined) this.derivedVerb = (this.opening?.kind === 'weak' && deriveVerb(this.plain, this.words, this.opening, this.lexicon)) || null;
    return this.derivedVerb ?? undefined;
  }
  /**
   * A label line ("Tech stack: AWS") or one that only says where and how the job was
   * done ("Full-time | Leeds"): no achievement. Kept with the reading, so that typing
   * does not run these patterns over every bullet again (3% of a key typed).
   */
  get label(): boolean {
    return (this.labelled ??= isLabelLine(this.plain, this.lexicon) || isJobMeta(this.plain, this.lexicon));
  }
}

class BulletImpl implements Bullet {
  /** Where the bullet's lines start and its memo entry (memoEntry), once a rule asked with a memo. */
  memoed: MemoedLines | undefined = undefined;
  constructor(
    readonly item: ListItem,
    readonly text: InlineText,
    readonly plain: string,
    readonly span: Span,
    readonly role: object,
    private readonly reading: Reading,
    readonly detail: boolean,
    readonly ended: string | undefined,
  ) {}
  get opening(): Opening | undefined {
    return this.reading.opening;
  }
  get words(): Word[] {
    return this.reading.words;
  }
  get derived(): Derived | undefined {
    return this.reading.derived;
  }
}

const cache = new WeakMap<DocumentModel, { lexicon: Lexicon; resume: ResumeDocument }>();

/** List items under experience-like sections that read as achievements. */
export function resumeBullets(doc: DocumentModel, lexicon: Lexicon): Bullet[] {
  return resumeDocument(doc, lexicon).bullets;
}

interface MemoedLines {
  start: number;
  entry: BulletEntry;
}

/**
 * A bullet's lines as the memo keys them and its entry there, found once for all the
 * rules that ask and kept on the bullet (a field, not a WeakMap: one lookup per rule
 * and bullet on every key typed).
 */
function memoEntry(doc: DocumentModel, memo: LintMemo, bullet: Bullet): MemoedLines {
  const impl = bullet as BulletImpl;
  let lines = impl.memoed;
  if (!lines) {
    const start = doc.lines.lineStart(bullet.item.line);
    const end = bullet.item.endLine < doc.lines.lineCount ? doc.lines.lineStart(bullet.item.endLine) : doc.source.length;
    // The role's end is part of the key: weak-opening reads it (a present tense in a role that is over).
    impl.memoed = lines = { start, entry: memo.entry(doc.source.slice(start, end), bullet.ended) };
  }
  return lines;
}

/**
 * Runs a per-bullet check on every resume bullet: `check` may only read the bullet
 * itself (its lines, nested items and later paragraphs) and whether it is a detail, because with a memo
 * (memo.ts) a bullet whose lines did not change gets its earlier reports again,
 * moved to where the bullet is now.
 */
export function forEachBullet(ctx: Pick<RuleContext, 'doc' | 'lexicon' | 'report' | 'ruleId'>, check: (bullet: Bullet, report: (report: Report) => void) => void, skip?: (bullet: Bullet) => boolean): void {
  const { doc, lexicon, report, ruleId } = ctx;
  const memo = memoOf(doc);
  const bullets = resumeBullets(doc, lexicon);
  if (!memo) {
    for (const bullet of bullets) if (!skip?.(bullet)) check(bullet, report);
    return;
  }
  // Whether a bullet is a detail depends on its parent's lines, not its own: kept apart.
  const detailKey = `${ruleId}:detail`;
  for (const bullet of bullets) {
    // `skip` may read beyond the bullet's own lines (its parent): outside the memo, which keys by them.
    if (skip?.(bullet)) continue;
    const { start, entry } = memoEntry(doc, memo, bullet);
    checkKept(entry, start, bullet.detail ? detailKey : ruleId, report, check, bullet);
  }
}

/**
 * The resume's reading of `doc`, made once per document and lexicon. `lazy` leaves how
 * each bullet opens to be read when first asked, for a caller that wants one bullet
 * (a completion); the rules want all of them, and a lint that reads them all here, in
 * one loop, ran faster than one that read them as the rules asked (same process,
 * interleaved: median 473-535 against 585-697 ms per 1 MB). The cache keeps the first
 * reading of a document, lazy or not: the answers are the same either way.
 */
export function resumeDocument(doc: DocumentModel, lexicon: Lexicon, { lazy = false }: { lazy?: boolean } = {}): ResumeDocument {
  const cached = cache.get(doc);
  if (cached && cached.lexicon === lexicon) return cached.resume;
  const resume = readResume(doc, lexicon, lazy);
  cache.set(doc, { lexicon, resume });
  return resume;
}

function readResume(doc: DocumentModel, lexicon: Lexicon, lazy: boolean): ResumeDocument {
  // Each section's kind: its own heading's, else the last named section's before it.
  const kinds = new Map<Section, SectionKind | undefined>();
  /** A section whose own heading names no resume section: a role ("### IT Manager, Acme"). */
  const roleSections = new Set<Section>();
  let last: SectionKind | undefined;
  let experience: Heading | undefined;
  let summaryHeading: Heading | undefined;
  let otherSection = false;
  for (const heading of doc.headings) {
    const own = keep(headingKind, heading.title);
    if (own) last = own;
    if (own === 'other') otherSection = true;
    if (own === 'experience' && !experience) experience = heading;
    if (own === 'summary' && !summaryHeading) summaryHeading = heading;
    kinds.set(heading.section, own ?? last);
    if (!own) roleSections.add(heading.section);
  }
  const anyExperience = experience !== undefined;
  const english = isEnglish(doc);
  const memo = memoOf(doc);
  const read = (plain: string): Reading => new Reading(plain, lexicon);

  const bullets: Bullet[] = [];
  const hints = { bracket: new Occurs(doc.source, '['), dollar: new Occurs(doc.source, '${') };
  let unfinished = 0;
  const roles = new Map<ListItem, object>();
  let run: object = {};
  let previousTop: ListItem | undefined;
  /** Items read as bullets: the sub-items of one that opens with a verb are its details (Bullet.detail). */
  const achievements = new Map<ListItem, Bullet>();
  // When the role of each bullet ended (Bullet.ended), from the nearest of:
  // - a job line that holds the bullet as a nested list ("- **Network Engineer**, 2010 - 2012" > "- Built ..."),
  //   except under a role heading with its own dates, where such lines are projects ("- **ERP upgrade** (2022 - 2023)");
  // - the last job line since the heading: a paragraph in bold ("**Engineer** (2012 - 2018)", "**Independent
  //   Consultant**", which has no end), a date line right under a role heading ("*Jan 2020 - Present*"), or under
  //   a section heading ("## Experience") a line that names a title and a place ("IT Manager, Acme, 2019 - 2023");
  //   labels ("Clients: Tesco (2019 - 2020)") and later dated lines under a role heading ("Key project 2021 -
  //   2022") are no job lines;
  // - the heading's own dates.
  const headings = doc.headings;
  const paragraphs = doc.paragraphs;
  let nextHeading = 0;
  let nextParagraph = 0;
  let headingEnd: string | undefined;
  /** The end the last job line gave since the heading (undefined: none), and whether there was one. */
  let jobEnd: string | undefined;
  let job = false;
  /** The current heading opens a role (its own heading names no resume section), with dates of its own. */
  let roleHeading = false;
  let headingDated = false;
  /** Paragraphs read since the heading: only the first may be a plain date line under a role heading. */
  let sinceHeading = 0;
  for (const item of doc.items) {
    while (nextHeading < headings.length || nextParagraph < paragraphs.length) {
      const heading = headings[nextHeading];
      const paragraph = paragraphs[nextParagraph];
      const headingFirst = heading !== undefined && heading.line < item.line && (paragraph === undefined || heading.line < paragraph.line);
      if (headingFirst) {
        headingEnd = keep(roleEnd, heading.title);
        roleHeading = roleSections.has(heading.section);
        headingDated = headingEnd !== undefined;
        [jobEnd, job, sinceHeading] = [undefined, false, 0];
        nextHeading++;
      } else if (paragraph !== undefined && paragraph.line < item.line) {
        const plain = paragraph.text.plain;
        if (!paragraph.inList) {
          // Not a label line ("Clients: Tesco (2019 - 2021)", "Key project: ... 2021 - 2022") nor a sentence; a dated
          // line may end with a stop ("Jan 2020 - Present."). Under a section heading a job line names a title and a
          // place ("Volunteer IT Helper, Community Centre", "Acme | 2019 - 2023"); under a role heading it is bold
          // (a sub-role) or the first line, with dates.
          if (plain.length <= 300 && !LABEL_START.test(plain) && !/:\s*$/.test(plain)) {
            const own = keep(roleEnd, plain);
            const bold = BOLD_LINE.test(doc.source.slice(paragraph.segments[0]?.start ?? 0, paragraph.segments[0]?.end ?? 0));
            const shaped = own !== undefined || !/\.\s*$/.test(plain);
            if (shaped && (bold || (roleHeading ? own !== undefined && sinceHeading === 0 : JOB_SEPARATOR.test(plain)))) [jobEnd, job] = [own, true];
          }
          sinceHeading++;
        }
        nextParagraph++;
      } else break;
    }
    const top = topItem(item);
    if (item === top) {
      if (!previousTop || previousTop.endLine !== item.line || previousTop.section !== item.section) run = {};
      previousTop = item;
    }
    if (!english || item.segments.length === 0 || item.task) continue;
    const kind = item.section.heading ? kinds.get(item.section) : undefined;
    if (kind !== 'experience' && !(kind === undefined && !anyExperience && item.section.heading !== undefined && !(item.section.heading.level === 1 && item.section.heading === doc.headings[0]))) continue;
    const text = item.text;
    const plain = text.plain;
    if (!LETTER.test(plain)) continue;
    if (isRoleLine(doc, item, plain, lexicon)) {
      roles.set(item, {});
      // A job line gives its role's end, or none; under a role heading with dates it is a project.
      // A job line on its own ("- IT Manager, Gamma Health, 2022 - Present"), not a project ("- ERP upgrade (2022 -
      // 2023)"), nor one under a role heading with dates; one that holds bullets gives its end below.
      if (!(roleHeading && headingDated) && item.children.length === 0 && JOB_SEPARATOR.test(plain.replace(TRAILING_DATES, ''))) [jobEnd, job] = [keep(roleEnd, plain), true];
      continue;
    }
    const reading = memo ? memo.reading(plain, read) : read(plain);
    if (reading.label) continue;
    if (placeholder(doc.source, item, hints)) {
      unfinished++;
      continue;
    }
    let role: object = run;
    for (let parent = item.parent; parent; parent = parent.parent) {
      const line = roles.get(parent);
      if (line) {
        role = line;
        break;
      }
    }
    if (role === run && kinds.get(item.section) === 'experience' && roleSections.has(item.section)) role = item.section;
    // A German or French bullet in an English resume ("Koordinierte die Einführung des ... mit 4 Fachbereichen") is not read as English.
    // One that opens with an English verb or duty phrase is English, whatever names follow ("Helped Banco de la República migrate").
    if (reading.foreign && reading.opening?.kind === 'not-verb') continue;
    if (!lazy) void reading.opening;
    const parent = item.parent && achievements.get(item.parent);
    let ended = job ? jobEnd : headingEnd;
    // The nearest line above it that names a job and holds the bullet ("- Network Lead, Delta, 2021 - Present" >
    // "- Projects 2021 - 2022" > "- Led ...": the job's, not the projects'; "- Consultant, Self-employed": none).
    if (!(roleHeading && headingDated)) {
      for (let above = item.parent; above; above = above.parent) {
        if (achievements.get(above)?.opening?.kind === 'verb') continue;
        const line = above.text.plain;
        if (JOB_SEPARATOR.test(line.replace(TRAILING_DATES, '')) || BOLD_LINE.test(doc.source.slice(above.span.start, above.span.end))) {
          ended = keep(roleEnd, line);
          break;
        }
      }
    }
    const bullet = new BulletImpl(item, text, plain, trimmedSpan(doc.source, item.span), role, reading, parent !== undefined && parent.opening?.kind === 'verb', ended || undefined);
    bullets.push(bullet);
    // Only parents are looked up (a Map entry for each of 16,000 bullets was 1% of a 1 MB lint).
    if (item.children.length) achievements.set(item, bullet);
  }

  const summaryBefore = (summaryHeading !== undefined && (!experience || summaryHeading.line < experience.line)) || introParagraph(doc, experience);
  const summary: TextUnit[] = [];
  if (english) {
    const firstNamed = doc.headings.find((h) => kinds.get(h.section) !== undefined);
    for (const paragraph of doc.paragraphs) {
      const kind = paragraph.section.heading ? kinds.get(paragraph.section) : undefined;
      const intro = kind === undefined && (!firstNamed || paragraph.line < firstNamed.line) && !paragraph.inList;
      if (kind === 'summary' || (intro && paragraph.text.plain.split(' ').length >= 12)) summary.push({ text: paragraph.text, plain: paragraph.text.plain });
    }
    for (const item of doc.items) if (item.segments.length && item.section.heading && kinds.get(item.section) === 'summary') summary.push({ text: item.text, plain: item.text.plain });
  }
  return {
    otherSection,
    summary,
    unfinished,
    bullets,
    english,
    experience,
    summaryBefore,
    summaryAfter: summaryHeading && experience && summaryHeading.line > experience.line ? summaryHeading : undefined,
  };
}

/**
 * Whether `needle` occurs in a span of `text`, for spans asked in document order: the
 * next occurrence is found once and kept while the spans pass it (one native search per
 * occurrence instead of a character loop over every span).
 */
class Occurs {
  private from = Infinity;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  within(start: number, end: number): boolean {
    // The kept search covers `start` when it began at or before it and found nothing before it.
    if (start < this.from || (this.at !== -1 && this.at < start)) {
      this.from = start;
      this.at = this.text.indexOf(this.needle, start);
    }
    return this.at !== -1 && this.at + this.needle.length <= end;
  }
}

/** Unfilled template text in the item's own lines; the source is only sliced when a hint is there. */
function placeholder(source: string, item: ListItem, hints: { bracket: Occurs; dollar: Occurs }): boolean {
  const { start, end } = item.span;
  const plain = item.text.plain;
  const hinted = plain.includes('TBD') || plain.includes('TODO') || hints.bracket.within(start, end) || hints.dollar.within(start, end + 1);
  return hinted && isPlaceholder(source.slice(start, end));
}

/**
 * A template marker, or bracketed text with a hint in it that is not a link ("[N]",
 * not "[N](url)"). Scanned bracket by bracket: the single pattern this replaces,
 * /\[[^\]\n]*(?:hint)[^\]\n]*\](?![([])/, retried from every "[" of a long run and was
 * quadratic ("[[[[x[[[[" of 32 K took 1.6 s). From the first "[" after a "]" or a line
 * break, the text up to the next one holds the hint if any later "[" does.
 */
function isPlaceholder(text: string): boolean {
  if (PLACEHOLDER_MARK.test(text)) return true;
  for (let open = text.indexOf('['); open !== -1; ) {
    let close = open + 1;
    while (close < text.length && text[close] !== ']' && text[close] !== '\n') close++;
    if (close >= text.length) return false;
    const after = text.charAt(close + 1);
    if (text[close] === ']' && after !== '(' && after !== '[' && PLACEHOLDER_HINT.test(text.slice(open + 1, close))) return true;
    open = text.indexOf('[', close + 1);
  }
  return false;
}


/** A job header written as a list item ("**IT Manager**, Acme (2019 – 2024)") that holds the role's bullets. */
function isRoleLine(doc: DocumentModel, item: ListItem, plain: string, lexicon: Lexicon): boolean {
  if (item.children.length === 0 && plain.length > 160) return false;
  const dated = YEAR.test(plain) && DATE_RANGE.test(plain);
  if (item.children.length > 0) {
    if (dated || plain.charAt(contentEnd(plain, ' \t\n') - 1) === ':') return true;
    const source = doc.source.slice(item.span.start, item.span.end);
    return /^(\*\*|__)[^*_\n]+\1(?:\s*(?:[,|–—-]|at)\s*[^\n]*)?$/.test(source) && plain.split(/\s+/).length <= 14;
  }
  if (!dated || plain.split(/\s+/).length > 14 || LOWER_START.test(plain) || /\b(?:led|managed|delivered|migrated|built|reduced|cut|ran)\b/i.test(plain)) return false;
  // "Windows Server 2012 to 2022 upgrades": versions and what was done to them, not a job's dates.
  if (VERSIONS_THEN_WORK.test(plain)) return false;
  // "Upgraded the ERP from SQL Server 2016 to 2019", "Handled upgrades 2012 to 2022": an achievement or a duty, not a job line.
  const open = opening(plain, lexicon);
  return !((open?.kind === 'verb' || open?.kind === 'weak') && open.start === 0);
}

/** The item's source span without trailing whitespace or HTML comments; markup at either end stays whole. */
function trimmedSpan(source: string, span: Span): Span {
  let end = span.end;
  for (;;) {
    while (end > span.start && SPACE.test(source[end - 1])) end--;
    if (end - span.start >= 7 && source.startsWith('-->', end - 3)) {
      const open = source.lastIndexOf('<!--', end - 3);
      if (open >= span.start) {
        end = open;
        continue;
      }
    }
    break;
  }
  return { start: span.start, end: Math.max(end, span.start) };
}

/** A paragraph of a dozen words or more between the top of the resume and the experience: an untitled summary. */
function introParagraph(doc: DocumentModel, experience: Heading | undefined): boolean {
  if (!experience) return false;
  for (const paragraph of doc.paragraphs) {
    if (paragraph.line >= experience.line) break;
    if (paragraph.inList) continue;
    const plain = paragraph.text.plain;
    if (/@|https?:|\+\d|·|\|/.test(plain) && plain.split(/\s+/).length < 20) continue;
    if (plain.split(/\s+/).length >= 12) return true;
  }
  return false;
}

// ---------------------------------------------------------------- language

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'for', 'with', 'on', 'by', 'from', 'at', 'into', 'across', 'over', 'through', 'using', 'their', 'our', 'my', 'was', 'were', 'is', 'are', 'that', 'which', 'this', 'all', 'each', 'per', 'after', 'before', 'during', 'within', 'including', 'while', 'new', 'team', 'led', 'managed', 'built', 'reduced', 'delivered', 'years', 'experience', 'skills', 'education']);
const FOREIGN = new Set([
  'de', 'la', 'el', 'los', 'las', 'del', 'y', 'con', 'para', 'por', 'una', 'que', 'und', 'der', 'das', 'mit', 'für', 'von', 'zu', 'im', 'dem', 'ein',
  'eine', 'einer', 'le', 'les', 'des', 'et', 'pour', 'avec', 'du', 'au', 'aux', 'une', 'della', 'di', 'het', 'een', 'van', 'voor', 'met', 'och', 'att',
  'för', 'på', 'og', 'til', 'som', 'em', 'não', 'dos', 'nas', 'nos', 'ao', 'à', 'sur', 'dans', 'par', 'est', 'sont', 'wurde', 'wir', 'ich', 'sie', 'auf',
  'bei', 'aus', 'über', 'zur', 'zum', 'sowie', 'als', 'años', 'experiencia', 'equipo', 'gestión', 'proyecto', 'proyectos', 'jahre', 'erfahrung',
  'projekt', 'projekte', 'leitung', 'équipe', 'projet', 'projets', 'gestion', 'ans', 'anni', 'progetto', 'gestione', 'jaar', 'ervaring', 'também', 'anos',
  'gestão', 'equipe', 'projeto', 'projetos',
  // Polish: function words, and the nouns that open or fill its resumes.
  'dla', 'oraz', 'się', 'przez', 'jako', 'przy', 'nad', 'ze', 'od', 'lat', 'systemu', 'systemów', 'wdrożenie', 'zespołu', 'zespół', 'projektu',
  'projektów', 'zarządzanie', 'doświadczenie', 'firmy', 'klientów', 'użytkowników',
]);
/** A letter beyond ASCII, or a word of FOREIGN made of ASCII letters: the cheap test before foreignText reads words. */
const FOREIGN_HINT = new RegExp(`[^\\x00-\\x7f]|\\b(?:${[...FOREIGN].filter((w) => /^[a-z]+$/.test(w)).join('|')})\\b`, 'i');

/**
 * Cheap per-document language check: non-Latin letters (Chinese, Cyrillic, Arabic...)
 * or more common Spanish/German/French/Portuguese/Italian/Dutch function words than
 * English ones in the headings, bullets and first paragraphs.
 */
function isEnglish(doc: DocumentModel): boolean {
  // Up to 6,000 characters of headings, then items, then paragraphs, read as one sample.
  const samples: string[] = [];
  let budget = 6000;
  const read = (text: string): void => {
    const sample = text.length > budget ? text.slice(0, budget) : text;
    budget -= sample.length;
    samples.push(sample);
  };
  for (const heading of doc.headings) {
    if (budget <= 0) break;
    read(heading.title);
  }
  let items = 0;
  for (const item of doc.items) {
    if (budget <= 0 || items++ > 60) break;
    if (item.segments.length) read(item.text.plain);
  }
  let paragraphs = 0;
  for (const paragraph of doc.paragraphs) {
    if (budget <= 0 || paragraphs++ > 20) break;
    read(paragraph.text.plain);
  }
  // A line break between samples: not a letter, so words stay apart.
  return keep(englishSample, samples.join('\n'));
}

const LETTERS = /\p{L}+/gu;


/** A line in another language: none of English's common words, and two of another's (or one and an accented letter). */
function foreignText(text: string): boolean {
  // Most bullets are plain English without an accent or a common word of another language: one scan says so.
  if (!FOREIGN_HINT.test(text)) return false;
  let foreign = 0;
  // Word by word, stopping at the first English one: most bullets have one in their first few words.
  const lower = text.toLowerCase();
  LETTERS.lastIndex = 0;
  for (let match = LETTERS.exec(lower); match; match = LETTERS.exec(lower)) {
    const word = match[0];
    if (ENGLISH.has(word)) return false;
    if (FOREIGN.has(word)) foreign++;
  }
  // "Rédaction de rapports": one such word is enough beside an accented letter.
  return foreign >= 2 || (foreign === 1 && /[À-ɏ]/u.test(text));
}

/** Mostly Latin letters, and not more words of other languages than English ones (at least 3). */
function englishSample(sample: string): boolean {
  let latin = 0;
  let other = 0;
  let english = 0;
  let foreign = 0;
  for (let at = 0; at < sample.length; at++) {
    const code = sample.charCodeAt(at);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x370 && LETTER.test(sample[at])) other++;
  }
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ENGLISH.has(word)) english++;
    else if (FOREIGN.has(word)) foreign++;
  }
  if (other > latin) return false;
  return !(foreign >= 3 && foreign > english);
}

// ---------------------------------------------------------------- edits inside a bullet

/** Plain text with its map back to the source: a bullet, or a paragraph of the summary. */
export interface TextUnit {
  text: InlineText;
  plain: string;
}

/** True when `plain[from, to)` is written without markup, so an edit there leaves the markup balanced. */
export function isClean(source: string, bullet: TextUnit, from: number, to: number): boolean {
  if (to <= from) return true;
  const span = bullet.text.span(from, to);
  return source.slice(span.start, span.end) === bullet.plain.slice(from, to);
}

/** The source range of `plain[from, to)`. */
export function rangeOf(bullet: TextUnit, from: number, to: number): [number, number] {
  const span = bullet.text.span(from, to);
  return [span.start, span.end];
}

/** Length of `text` without trailing characters from `chars` (whitespace, full stops and semicolons by default); linear, unlike /[\s.;]+$/. */
export function contentEnd(text: string, chars = ' \t\n\r.;\u00a0'): number {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end;
}

/** `word` capitalised when `like` starts with a capital, lower-cased otherwise. */
export function casedLike(word: string, like: string): string {
  if (!word) return word;
  return UPPER_START.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word.charAt(0).toLowerCase() + word.slice(1);
}

/** Up to `count` words of `plain` from `from`, stopping at punctuation: a preview of the bullet's object. */
export function preview(plain: string, from: number, count = 4): string {
  const rest = plain.slice(from, from + 160).replace(LEADING_SPACE, '');
  const stop = rest.search(CLAUSE_END);
  const clause = stop === -1 ? rest : rest.slice(0, stop);
  const list = clause.split(SPACES).filter(Boolean);
  return list.slice(0, count).join(' ') + (list.length > count ? ' ...' : '');
}
