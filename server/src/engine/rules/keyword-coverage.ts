// keyword-coverage: how much of a job description's key terms a resume uses,
// and terms repeated far past the description's own use (keyword stuffing).
// Runs only when a job description is given (front matter `job:`, the `job`
// setting or `--job`); the terms and their weights come from ../jobterms.
import { headingKind } from '../resume';
import { compareJob, type JobComparison, type JobCoverage } from '../jobterms';
import type { Lexicon } from '../lexicon';
import type { DocumentModel, Section } from '../model';
import { bodyStart } from '../pm/edits';
import type { JobDescription, OptionValue, Rule, Span } from '../types';

const cache = new WeakMap<DocumentModel, { job: string; lexicon: Lexicon; key: string; comparison: JobComparison }>();

/** The comparison for this document and job, computed once per lint (the rule and the lint result share it). */
export function comparisonFor(doc: DocumentModel, job: JobDescription, lexicon: Lexicon, options: Record<string, OptionValue>): JobComparison {
  const key = `${String(options.stuffingRatio)}`;
  const hit = cache.get(doc);
  if (hit && hit.job === job.text && hit.lexicon === lexicon && hit.key === key) return hit.comparison;
  const comparison = compareJob(job.text, doc.source, { technologies: lexicon.technologies, stuffingRatio: Number(options.stuffingRatio ?? 3), stuffingCounts: stuffingUse(doc) });
  cache.set(doc, { job: job.text, lexicon, key, comparison });
  return comparison;
}

/**
 * Which uses of a term count toward stuffing: not a heading (a job title, "### Network
 * Engineer"), not a Skills, Education or other non-experience section, and not part of a
 * hyphenated word ("WAN" in "SD-WAN"). A title and a skills list name the term once each
 * by design; the achievements are where repetition reads as stuffing.
 */
function stuffingUse(doc: DocumentModel): (use: Span) => boolean {
  const headingLines = new Set(doc.headings.map((h) => h.line));
  const listing = new Map<Section, boolean>();
  const isListing = (section: Section | undefined): boolean => {
    if (!section) return false;
    let known = listing.get(section);
    if (known === undefined) {
      const kind = section.heading ? headingKind(section.heading.title) : undefined;
      known = kind === 'other' || (kind === undefined && isListing(section.parent));
      listing.set(section, known);
    }
    return known;
  };
  return (use) => {
    const line = doc.lines.positionAt(use.start).line;
    if (headingLines.has(line)) return false;
    if (/[\p{L}\p{N}]-$/u.test(doc.source.slice(Math.max(0, use.start - 2), use.start)) || /^-[\p{L}\p{N}]/u.test(doc.source.slice(use.end, use.end + 2))) return false;
    return !isListing(sectionAt(doc, line));
  };
}

/** The innermost section that holds `line`. */
function sectionAt(doc: DocumentModel, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of doc.sections) if (section.startLine <= line && line < section.endLine && (!found || section.level > found.level)) found = section;
  return found;
}

/** The short form the lint result, the status item and the score use. */
export function coverageOf(comparison: JobComparison, job: JobDescription): JobCoverage {
  return {
    job: job.path,
    percent: comparison.percent,
    ratio: comparison.ratio,
    terms: comparison.terms.length,
    matched: comparison.matched.map((t) => t.term),
    missing: missingNames(comparison),
    stuffed: comparison.stuffed.map((s) => s.term),
  };
}

/**
 * The missing terms by name, heaviest first, alternatives together: "Scrum or Kanban" once, not
 * "Scrum" and "Kanban" as two gaps (either one covers both).
 */
function missingNames(comparison: JobComparison): string[] {
  const byKey = new Map(comparison.missing.map((t) => [t.key, t]));
  const said = new Set<string>();
  const names: string[] = [];
  for (const t of comparison.missing) {
    if (said.has(t.key)) continue;
    said.add(t.key);
    const others = (t.alternatives ?? []).map((key) => byKey.get(key)).filter((o): o is NonNullable<typeof o> => o !== undefined && !said.has(o.key));
    for (const o of others) said.add(o.key);
    names.push([t.term, ...others.map((o) => o.term)].join(' or '));
  }
  return names;
}

/** The summary heading, else the name at the top, else the first line after the front matter. */
function anchor(doc: DocumentModel): Span {
  const summary = doc.headings.find((h) => headingKind(h.title) === 'summary');
  const heading = summary ?? doc.headings[0];
  if (heading) return heading.span;
  const start = bodyStart(doc);
  return { start, end: start < doc.source.length ? doc.lines.lineEnd(doc.lines.positionAt(start).line) : start };
}

function list(terms: string[], max: number): string {
  const shown = terms.slice(0, max).join(', ');
  return terms.length > max ? `${shown} and ${terms.length - max} more` : shown;
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export const keywordCoverage: Rule = {
  meta: {
    id: 'keyword-coverage',
    description: "A resume tailored to a job description uses the description's key terms, without repeating them past its own use.",
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    options: {
      minCoverage: { type: 'number', default: 0.6, maximum: 1, minimum: 0, description: 'Report when the resume covers less than this share (0 to 1) of the key terms, weighted.' },
      maxTerms: { type: 'number', default: 8, integer: true, minimum: 1, description: 'How many missing terms the message names, heaviest first.' },
      stuffingRatio: { type: 'number', default: 3, minimum: 1, description: 'A term used more than this many times the description does (and more than 3 times) is reported as stuffing.' },
    },
  },
  check({ doc, job, lexicon, options, report }) {
    if (!job) return;
    const comparison = comparisonFor(doc, job, lexicon, options);
    if (!comparison.terms.length) return;
    const minCoverage = Number(options.minCoverage ?? 0.6);
    if (comparison.ratio < minCoverage && comparison.missing.length) {
      const missing = missingNames(comparison);
      report({
        span: anchor(doc),
        message: `Covers ${comparison.percent}% of the job description's key terms; missing: ${list(missing, Number(options.maxTerms ?? 8))}. Use the ones that are true of you, in the summary and in the bullets that prove them.`,
      });
    }
    for (const stuffed of comparison.stuffed) {
      // The count takes in synonyms and plurals ("stakeholders"): say so, or a search for the phrase finds fewer.
      const forms = new Map<string, number>();
      for (const o of stuffed.uses) {
        const form = doc.source.slice(o.start, o.end).toLowerCase().replace(/\s+/g, ' ');
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
      const as = forms.size > 1 || (forms.size === 1 && !forms.has(stuffed.term.toLowerCase())) ? ` (${[...forms].sort((a, b) => b[1] - a[1]).map(([form, n]) => `"${form}" ${n}`).join(', ')})` : '';
      for (const span of stuffed.excess) {
        report({
          span,
          message: `"${stuffed.term}" appears ${times(stuffed.resumeCount)}${as}; the job description uses it ${times(stuffed.jdCount)}. Past ${stuffed.limit} it reads as keyword stuffing: keep the mentions that show a result.`,
        });
      }
    }
  },
};
