// Document-kind resolution: front matter > config globs > heuristics.
import { headingHalves } from './text';
import picomatch from 'picomatch';
import { isRecord } from './frontmatter';
import type { DocumentModel } from './model';
import { blockLabel, blocks } from './pm/blocks';
import { leadingDate, WEEK_OF, WEEKDAY } from './pm/dates';
import { overallStatus } from './pm/rag';
import { isKind, type Kind } from './types';

export type KindSource = 'option' | 'front matter' | 'config' | 'file name' | 'content';

export interface KindResult {
  kind?: Kind;
  source?: KindSource;
  /** A human-readable reason, e.g. "headings Experience and Education". */
  reason?: string;
  /** `job:` from front matter, when given. */
  job?: string;
}

/** Reads `impact-lint: resume` or `impact-lint: {kind: resume, job: jobs/acme.md}`. */
export function frontMatterKind(doc: DocumentModel): { kind?: Kind; job?: string; invalid?: string; unknownKeys?: string[]; badJob?: boolean } {
  const value = doc.frontMatter?.data['impact-lint'];
  if (value === undefined) return {};
  if (isKind(value)) return { kind: value };
  if (isRecord(value)) {
    const job = typeof value.job === 'string' ? value.job : undefined;
    // "jb: job.md", "job: 42": reported (lint.ts), not silently ignored.
    const unknownKeys = Object.keys(value).filter((key) => key !== 'kind' && key !== 'job');
    const extra = { ...(unknownKeys.length ? { unknownKeys } : {}), ...(value.job !== undefined && job === undefined ? { badJob: true } : {}) };
    if (value.kind === undefined || isKind(value.kind)) return { kind: value.kind as Kind | undefined, job, ...extra };
    return { job, invalid: String(value.kind), ...extra };
  }
  return { invalid: String(value) };
}

const globCache = new Map<string, (path: string) => boolean>();

export function globKind(kinds: Record<string, Kind>, path: string | undefined): Kind | undefined {
  return globMatch(kinds, path)?.kind;
}

/** The first `kinds` glob that matches `path`, and its kind. */
function globMatch(kinds: Record<string, Kind>, path: string | undefined): { kind: Kind; glob: string } | undefined {
  if (!path) return undefined;
  const normalized = path.replace(/\\/g, '/');
  for (const [glob, kind] of Object.entries(kinds)) {
    let matcher = globCache.get(glob);
    if (!matcher) {
      matcher = picomatch(glob, { basename: !glob.includes('/'), dot: true });
      globCache.set(glob, matcher);
    }
    if (matcher(normalized)) return { kind, glob };
  }
  return undefined;
}

export function resolveKind(doc: DocumentModel, options: { kind?: Kind; kinds: Record<string, Kind>; path?: string }): KindResult {
  const fm = frontMatterKind(doc);
  if (options.kind) return { kind: options.kind, source: 'option', job: fm.job };
  if (fm.kind) return { kind: fm.kind, source: 'front matter', job: fm.job };
  const fromGlob = globMatch(options.kinds, options.path);
  if (fromGlob) return { kind: fromGlob.kind, source: 'config', reason: `"${fromGlob.glob}"`, job: fm.job };
  const fromName = nameKind(options.path);
  if (fromName) return { ...fromName, source: 'file name', job: fm.job };
  const fromContent = contentKind(doc);
  if (fromContent) return { ...fromContent, source: 'content', job: fm.job };
  // None: say why when the front matter meant to set one ("--print-kind" shows it).
  const reason = doc.frontMatter?.error ? 'the front matter does not parse' : fm.invalid !== undefined ? `unknown kind ${JSON.stringify(fm.invalid)} in the front matter` : undefined;
  return { job: fm.job, ...(reason ? { reason } : {}) };
}

const NAME_HINTS: [RegExp, Kind][] = [
  [/(^|[-_. ])(resume|résumé|cv)([-_. ]|$)/i, 'resume'],
  [/(^|[-_. ])(project[-_. ]?log|work[-_. ]?log|brag[-_. ]?(doc|document)?|journal)([-_. ]|$)/i, 'project-log'],
  [/(^|[-_. ])raid([-_. ]|$)|risk[-_. ]?register|(^|[-_. ])(risk|issues?)[-_. ]?(log|register)([-_. ]|$)|(^|[-_. ])risks?[-_. ]?(and|&)[-_. ]?issues?([-_. ]|$)/i, 'raid-log'],
  [/(^|[-_. ])(status[-_. ]?report|highlight[-_. ]?report)([-_. ]|$)/i, 'status-report'],
  [/(^|[-_. ])star[-_. ]?(stories|story)([-_. ]|$)|interview[-_. ]?stories/i, 'star-stories'],
  [/(^|[-_. ])(minutes|meeting[-_. ]?notes|agenda)([-_. ]|$)/i, 'meeting-notes'],
  [/(^|[-_. ])(decision[-_. ]?(log|register)|adrs?([-_. ]?log)?)([-_. ]|$)/i, 'decision-log'],
  [/(^|[-_. ])(change[-_. ]?(log|request|register)s?|(cr|rfc)[-_. ]?(log|register)s?)([-_. ]|$)/i, 'change-log'],
  [/(^|[-_. ])stakeholder[-_. ]?(register|map)([-_. ]|$)/i, 'stakeholder-register'],
  [/(^|[-_. ])wbs([-_. ]|$)/i, 'wbs'],
  [/(^|[-_. ])(lessons[-_. ]?learned|retro(spective)?)([-_. ]|$)/i, 'lessons-learned'],
  [/(^|[-_. ])(project[-_. ]?)?charter([-_. ]|$)/i, 'charter'],
];

function nameKind(path: string | undefined): { kind: Kind; reason: string } | undefined {
  if (!path) return undefined;
  const base = path.replace(/\\/g, '/').split('/').pop()!.replace(/\.(md|markdown|mdown|mkd)$/i, '');
  // A software CHANGELOG.md is not a project change log.
  if (/^changelog$/i.test(base)) return undefined;
  for (const [pattern, kind] of NAME_HINTS) if (pattern.test(base)) return { kind, reason: `"${base}"` };
  return undefined;
}

const EXPERIENCE = /^(work |professional |relevant |career |employment |internship |contract )?(experience|employment( history)?|work history|career history|professional history)\b/i;
/** Headings that name a resume's experience, and also parts of a programme's status report ("Placements"): a resume only beside another resume section. */
const EXPERIENCE_WITH_EDUCATION = /^((clinical |industrial |work |year in industry )?(placements?|internships?)|contracts?( history)?|recent contracts|professional background|internship experience|contract history)$/i;
const RESUME_OTHER = /^(education|skills|technical skills|certifications?|summary|profile|professional summary|core competencies)\b/i;
/** A resume's other sections, as whole headings: "Education" settles it; "Key Skills", "Professional Summary" take two. Not "Skills gaps". */
const RESUME_STRONG = /^((professional|academic) )?(education|certifications?|qualifications)$/i;
const RESUME_SECTION = /^((key|core|technical|professional|personal|relevant) )?(skills|summary|profile|competencies|interests|languages)$/i;
const DATE_HEADING = /^(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9} \d{1,2},? \d{4}|week \d{1,2})/i;
/** A weekday or "Week of"/"w/c" before a heading's date: "Mon 26 Oct", "Week of 9 Nov", "w/c 09/11" (the year left out). */
const DAY_LEAD = new RegExp(String.raw`^(?:${WEEKDAY}\.?,?|${WEEK_OF}\.?:?)\s`, 'i');

/** Whether a heading opens with a day, as a project log's entry does (read by leadingDate, as pm/log.ts reads entries). */
function datedHeading(title: string): boolean {
  return DATE_HEADING.test(title) || (DAY_LEAD.test(title) && leadingDate(title, '2000-01-01')?.precision === 'day');
}

const TITLE_HINTS: [RegExp, Kind][] = [
  [/\b(raid (log|register)|risk (register|log)|issues? (log|register)|raid|risks (and|&) issues)\b/i, 'raid-log'],
  [/\b(status (report|update)|highlight report|(?:weekly|monthly|fortnightly) (status|update)|project (status|update)|(?:week|sprint) \d{1,3} (update|report)|progress report|checkpoint report|weekly report|monthly report|steer(?:ing)?[- ]?(?:co|committee|group|board)? (?:report|pack)|board report)\b/i, 'status-report'],
  [/\b(star stor(y|ies)|interview stor(y|ies)|interview prep(aration)?|behaviou?ral interview)\b/i, 'star-stories'],
  [/\b(minutes|meeting notes|agenda|stand-?up|steering (group|committee|board)|meeting)\b/i, 'meeting-notes'],
  [/\b(decision (log|register)|decisions log|adr (log|register)|architecture decision records?|architecture decisions|adrs)\b|^(?:key )?decisions$|[:–—-]\s*(?:key )?decisions$/i, 'decision-log'],
  [/\b(change (log|register|requests?|control)|(?:cr|rfc) (log|register))\b/i, 'change-log'],
  [/\b(stakeholder (register|map|analysis))\b/i, 'stakeholder-register'],
  [/\b(wbs|work breakdown(?: structure)?)\b/i, 'wbs'],
  [/\b(lessons (learned|log)|retrospective|retro(?!\s+(?:gaming|games?|style|consoles?|computers?))|post[- ]implementation review|post[- ]?mortem)\b/i, 'lessons-learned'],
  [/\b(project charter|charter|project initiation document)\b/i, 'charter'],
  // After every other "... log": "QA lead log", "Daily log", "CI/CD move - journal" are a person's log of work.
  // Not a system's or an incident's log ("Incident log", "Audit log"), nor an accountant's journal or a journal club.
  [/\b(project log|work ?log|brag (doc|document|file)|journal(?!\s+(?:entries|entry|club|articles?|papers?))|achievements? log|impact log)\b|(?<!\b(?:incident|error|audit|access|deployment|call|event|system|server|build|security|captain['’]s|ship['’]s|time|change|decision|risk|issue|raid|lessons|adr|cr|rfc))\s+log$|^log$/i, 'project-log'],
];
const STAR_WORDS: Record<string, readonly string[]> = { situation: ['situation'], task: ['task'], action: ['action', 'actions'], result: ['result', 'results'], challenge: ['challenge', 'problem', 'context'] };
/** "ACTION: raise the ticket", "- AP1: Sam to ...", "**Action item:** ...": an action written as a labelled line. */
const ACTION_LINE = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?(?:action(?:\s+(?:item|point))?|ap)\s*\d*(?:\*\*|__)?[ \t]*:/im;
/** "Action items:", "**Next steps**" on a line of their own: the heading of a list, in notes pasted from mail. */
/**
 * Titles that name a meeting only weakly ("Quick sync w/ Karen", "Catch-up with finance", "Project kick-off"): read
 * after every other title hint and every sign in the content, so that "Project Kick-off Charter", "Weekly check-in
 * log" with dated entries or a status report titled "weekly check-in" keep their kinds.
 */
const MEETING_TITLE = /\b(?:(?:quick|weekly|daily|team|project|status|monthly) sync|sync[- ]up|catch[- ]up(?: with| call)|check[- ]in (?:with|call)|huddle|kick[- ]?off(?: meeting| call)?)\b/i;
const ACTIONS_LABEL = /^[ \t]*(?:\*\*|__)?(?:action items?|action points?|actions|next steps|follow[- ]?ups|decisions)(?:\*\*|__)?(?:[ \t]*:)?(?:[ \t]*(?:\*\*|__))?[ \t]*$/im;
const MEETING_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(attendees|present|apologies|participants|invitees)(?:\*\*|__)?[ \t]*:/im;
const RAID_HEADINGS = /^(risks?|issues?|assumptions?|dependenc(?:y|ies))\b/i;
const RAID_ID = /^\s*\**\s*(?:R|I|RSK|RISK|ISS|ISSUE)[-_]?\d{1,4}\b.*\b(owner|mitigation|due|status)\b/i;

function contentKind(doc: DocumentModel): { kind: Kind; reason: string } | undefined {
  const titles = doc.headings.map((h) => h.title);
  const has = (pattern: RegExp): string | undefined => titles.find((t) => pattern.test(t));
  // "Berufserfahrung / Experience", "Formation (Education)": either half of a heading in two languages.
  // Only a short half that is the section's name, and two different headings ("Experience / skills we need" is one heading of a job ad).
  const halves = (t: string): string[] => [t, ...(headingHalves(t) ?? []).filter((half) => half.split(/\s+/).length <= 3)];
  const hasHalf = (pattern: RegExp, except?: string): string | undefined => titles.find((t) => t !== except && halves(t).some((half) => half === t ? pattern.test(t) : /^\p{Lu}/u.test(half) && pattern.test(half) && pattern.exec(half)![0].length >= half.length - 1));
  const experience = hasHalf(EXPERIENCE);
  const other = hasHalf(RESUME_OTHER, experience);
  if (experience && other) return { kind: 'resume', reason: `headings "${experience}" and "${other}"` };

  const title = doc.headings.find((h) => h.level === 1)?.title;
  // "# Weekly update" over "## 2026-11-20", "## 2026-11-27": dated entries make a log of updates, not one report.
  const datedHeadings = doc.headings.filter((h) => h.level > 1 && datedHeading(h.title)).length;
  if (title) for (const [pattern, kind] of TITLE_HINTS) if (pattern.test(title) && !(kind === 'status-report' && datedHeadings >= 2)) return { kind, reason: `title "${title}"` };

  // "Placements", "Internships", "Contracts" name a resume's experience, and also parts of a programme's report:
  // after the title hints, and beside Education (or two other resume sections: such a report may have a "Summary"
  // or "Key Skills" too).
  const placements = hasHalf(EXPERIENCE_WITH_EDUCATION);
  if (placements) {
    const strong = hasHalf(RESUME_STRONG, placements);
    const sections = titles.filter((t) => t !== placements && RESUME_SECTION.test(t));
    if (strong) return { kind: 'resume', reason: `headings "${placements}" and "${strong}"` };
    if (sections.length >= 2) return { kind: 'resume', reason: `headings "${placements}", "${sections[0]}" and "${sections[1]}"` };
  }

  const labels = new Set<string>();
  for (const block of blocks(doc).slice(0, 2000)) {
    const hit = blockLabel(doc, block, STAR_WORDS);
    if (hit) labels.add(hit.key);
  }
  if (labels.has('action') && labels.has('result') && (labels.has('situation') || labels.has('challenge'))) return { kind: 'star-stories', reason: 'STAR headings' };

  const head = doc.source.slice(0, 20_000);
  // Actions under a heading, as task items, as "ACTION:" / "AP:" lines, or under "Next steps" / "Follow-ups". A log whose
  // dated entries record a meeting among other work ("## 2026-11-20 Design review" with its attendees) stays a log.
  if ((has(/^attendees|^present\b/i) || MEETING_LABEL.test(head)) && datedHeadings < 2 && (has(/action items?|actions|decisions|next steps|follow[- ]?ups/i) || doc.items.some((i) => i.task) || ACTION_LINE.test(head) || ACTIONS_LABEL.test(head))) return { kind: 'meeting-notes', reason: 'attendees and actions' };
  // "RAG: Amber – ..." on a line of its own is as much an overall status as "Overall status: Amber".
  const status = overallStatus(doc, ['overall status', 'overall rag status', 'overall rag', 'rag status', 'project status', 'rag']);
  if (datedHeadings < 2 && (has(/^(overall )?(status|rag)\b/i) || status?.rag) && has(/next (period|week|sprint|month|fortnight)|this (period|week|sprint|month|fortnight)|last (period|week|sprint|month)|planned|accomplish|completed|done this|summary/i)) return { kind: 'status-report', reason: 'status headings' };
  const dated = doc.headings.filter((h) => datedHeading(h.title)).length;
  if (dated >= 2) return { kind: 'project-log', reason: `${dated} dated entries` };
  const datedItems = doc.items.filter((i) => i.depth === 1 && leadingDate(i.text.plain, '2000-01-01')?.precision === 'day').length;
  if (datedItems >= 3) return { kind: 'project-log', reason: `${datedItems} dated entries` };

  for (const table of doc.tables) {
    const header = table.header.cells.map((c) => c.raw.toLowerCase());
    const hits = header.filter((h) => /owner|mitigation|response|probability|likelihood|impact|review date/.test(h)).length;
    if (hits >= 2 && header.some((h) => /risk|type|raid|issue|description/.test(h))) return { kind: 'raid-log', reason: 'a RAID table' };
    // "| Issue | Owner | Due | Status |": an issue or risk list with an owner and a date or status.
    if (header.some((h) => /^\W*(?:risks?|issues?)\W*$/.test(h)) && header.some((h) => /owner/.test(h)) && header.some((h) => /\b(?:due|date|review|deadline)\b/.test(h))) return { kind: 'raid-log', reason: 'a table of issues or risks' };
    if (header.some((h) => /influence/.test(h)) && header.some((h) => /interest|engagement/.test(h))) return { kind: 'stakeholder-register', reason: 'a stakeholder table' };
    // "| Date | What | With | Timeline | Result |": a log of work kept as a table.
    // Not a test run's table ("| Date | Test case | Task | Result |" with Pass/Fail) nor a plan ("| Date | Activity | Impact | Owner |").
    if (header.some((h) => /^\W*(?:date|day|when)\W*$/.test(h)) && header.some((h) => /^\W*(?:result|outcome)s?\W*$/.test(h)) && header.some((h) => /^\W*(?:what|work|activity|task|done|action)\W*/.test(h)) && !header.some((h) => /\b(?:test|case|tc|step|expected|actual|owner)\b/.test(h)) && table.rows.length >= 2) return { kind: 'project-log', reason: 'a table of dated work' };
  }
  const raidHeadings = new Set(titles.map((t) => RAID_HEADINGS.exec(t)?.[1].toLowerCase().slice(0, 4)).filter(Boolean));
  if (raidHeadings.size >= 2) return { kind: 'raid-log', reason: 'Risks and Issues headings' };
  if (doc.items.filter((i) => RAID_ID.test(i.text.plain)).length >= 2) return { kind: 'raid-log', reason: 'RAID items' };
  if (title && MEETING_TITLE.test(title)) return { kind: 'meeting-notes', reason: `title "${title}"` };
  return undefined;
}
