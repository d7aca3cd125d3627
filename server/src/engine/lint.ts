// The engine's entry point: text + settings in, findings out.
import { readDirectives } from './directives';
import { frontMatterKind, resolveKind, type KindResult } from './kinds';
import { closestKind, closestRule } from './config';
import { buildLexicon } from './lexicon';
import { LazyReport } from './lazy-report';
import { ShiftedReport, type LintMemo } from './memo';
import { parseDocument, type DocumentModel } from './model';
import { ruleById, rules } from './registry';
import { type Settings, defaultSettings } from './config';
import { stripBom } from './text';
import { frontMatterJob, type JobCoverage } from './jobterms';
import { comparisonFor, coverageOf, keywordCoverage } from './rules/keyword-coverage';
import type { ConfigProblem, Edit, Finding, JobDescription, Kind, Position, Report, Severity, Span, Suggestion } from './types';

export interface LintOptions {
  settings?: Settings;
  /** Path used for kind globs and file-name hints (relative to the config file's folder). */
  path?: string;
  /** Forces the document kind (CLI `--kind`). */
  kind?: Kind;
  /** YYYY-MM-DD; defaults to settings.today, then the clock. */
  today?: string;
  /**
   * The job description to tailor a resume against (front matter `job:`, the `job`
   * setting or `--job`), read by the caller: its text, or why it could not be read.
   */
  job?: { path: string; text?: string; error?: string };
  /**
   * Per-bullet results kept between lints of the same document (the language server
   * keeps one per open document; see memo.ts). Findings are the same with or without.
   */
  memo?: LintMemo;
}

export interface LintResult {
  kind: KindResult;
  findings: Finding[];
  /** Problems in the document's own directives or front matter. */
  problems: ConfigProblem[];
  /** Rules that threw, with their error; their findings are missing. */
  crashed: { ruleId: string; error: string }[];
  bom: boolean;
  /** The text that offsets refer to (the input without its BOM). */
  text: string;
  model: DocumentModel;
  /** How much of the job description's key terms the resume uses, when a job description is given. */
  coverage?: JobCoverage;
}

export function localToday(date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function lint(input: string, options: LintOptions = {}): LintResult {
  const { text, bom } = stripBom(input);
  const settings = options.settings ?? defaultSettings();
  const doc = parseDocument(text, options.memo?.blocks);
  const kind = resolveKind(doc, { kind: options.kind, kinds: settings.kinds, path: options.path });
  const problems: ConfigProblem[] = [];
  const position = (span: { start: number; end: number }): Pick<ConfigProblem, 'start' | 'end' | 'span'> => ({ span, start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) });

  if (doc.frontMatter?.error) problems.push({ message: `Front matter does not parse: ${doc.frontMatter.error.message}`, ...position(doc.frontMatter.error.span) });
  // A misspelt kind is reported even when the content, a glob or --kind decided another one:
  // "raid-logg" linted as a resume without a word would hide the typo.
  const fm = frontMatterKind(doc);
  const fmInvalid = fm.invalid;
  if (doc.frontMatter) {
    for (const key of fm.unknownKeys ?? []) problems.push({ message: `Unknown key ${JSON.stringify(key)} under "impact-lint" in front matter. Known keys: kind, job.`, ...position(doc.frontMatter.span) });
    if (fm.badJob) problems.push({ message: '"job" under "impact-lint" in front matter must be the path of a job description, e.g. jobs/acme.md.', ...position(doc.frontMatter.span) });
  }
  if (fmInvalid !== undefined && doc.frontMatter) {
    const known = closestKind(fmInvalid);
    problems.push({ message: `Unknown document kind in front matter "impact-lint": ${JSON.stringify(fmInvalid)}.${known ? ` Did you mean "${known}"?` : ''}${kind.kind ? ` Linted as ${kind.kind} (${kind.source}).` : ''}`, ...position(doc.frontMatter.span) });
  }

  const directives = readDirectives(doc, (id) => ruleById(id) !== undefined);
  for (const { id, span } of directives.unknown) {
    const near = closestRule(id, rules.map((r) => r.meta.id));
    problems.push({ message: `Unknown rule "${id}" in a directive comment.${near ? ` Did you mean "${near}"?` : ''}`, ...position(span) });
  }

  let findings: Finding[] = [];
  /** Findings that give way to another rule's (Report.yieldsTo): the finding, that rule, and whether its finding must have the same span (else the same start). */
  const yielding: [Finding, string, boolean][] = [];
  const crashed: LintResult['crashed'] = [];
  const coverageSettings = settings.rules[keywordCoverage.meta.id];
  const tailoring = kind.kind && options.job && coverageSettings && coverageSettings.severity !== 'off' && keywordCoverage.meta.kinds.includes(kind.kind);
  const job: JobDescription | undefined = tailoring && options.job?.text !== undefined ? { path: options.job.path, text: options.job.text } : undefined;
  if (tailoring && options.job && !job) {
    const named = frontMatterJob(text);
    const line = named ? named.line : 0;
    problems.push({ message: `Cannot read the job description "${options.job.path}": ${options.job.error ?? 'no text'}.`, ...position({ start: doc.lines.lineStart(line), end: doc.lines.lineEnd(line) }) });
  }
  let coverage: JobCoverage | undefined;
  if (kind.kind) {
    const today = options.today ?? settings.today ?? localToday();
    const lexicon = buildLexicon(settings.lexicon);
    // Rules, lexicon and the date decide a bullet's findings (a present tense in a role that is over); a memo made under other ones is dropped.
    options.memo?.begin(JSON.stringify([settings.rules, settings.lexicon, kind.kind, today]), doc);
    try {
      for (const rule of rules) {
        const ruleSettings = settings.rules[rule.meta.id];
        if (!ruleSettings || ruleSettings.severity === 'off' || !rule.meta.kinds.includes(kind.kind)) continue;
        const severity = ruleSettings.severity;
        const report = (r: Report): void => {
          const start = doc.lines.positionAt(r.span.start);
          if (directives.isSuppressed(rule.meta.id, start.line)) return;
          const end = doc.lines.positionAt(r.span.end);
          const finding: Finding = r instanceof ShiftedReport || r instanceof LazyReport ? new ReadThroughFinding(rule.meta.id, severity, r, start, end) : { ruleId: rule.meta.id, severity, message: r.message, span: r.span, start, end, fix: r.fix, suggestions: r.suggestions };
          findings.push(finding);
          const yieldsTo = r.yieldsTo;
          const sameSpan = r.yieldsOnSameSpan === true;
          if (typeof yieldsTo === 'string') yielding.push([finding, yieldsTo, sameSpan]);
          else if (yieldsTo) for (const by of yieldsTo) yielding.push([finding, by, sameSpan]);
        };
        try {
          rule.check({ doc, kind: kind.kind, options: ruleSettings.options, lexicon, today, job, report, ruleId: rule.meta.id });
        } catch (error) {
          crashed.push({ ruleId: rule.meta.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        }
      }
    } finally {
      options.memo?.end();
    }
    if (job && coverageSettings && !crashed.some((c) => c.ruleId === keywordCoverage.meta.id)) {
      const comparison = comparisonFor(doc, job, lexicon, coverageSettings.options);
      if (comparison.terms.length) coverage = coverageOf(comparison, job);
    }
  }
  if (yielding.length) {
    const startsOf = new Set(yielding.map(([, by]) => by));
    const places = new Set<string>();
    for (const f of findings) {
      if (!startsOf.has(f.ruleId)) continue;
      places.add(`${f.ruleId}@${f.span.start}`);
      places.add(`${f.ruleId}@${f.span.start}-${f.span.end}`);
    }
    const dropped = new Set(yielding.filter(([f, by, sameSpan]) => places.has(sameSpan ? `${by}@${f.span.start}-${f.span.end}` : `${by}@${f.span.start}`)).map(([f]) => f));
    if (dropped.size) findings = findings.filter((f) => !dropped.has(f));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { kind, findings, problems, crashed, bom, text, model: doc, coverage };
}

/**
 * A finding from a report the memo kept (ShiftedReport) or one that makes its
 * suggestions when asked (LazyReport): its fix and suggestions are read through, so
 * they are only moved, or made, when something reads them. As JSON it is the same as
 * any other finding.
 */
class ReadThroughFinding implements Finding {
  // In the order of a finding made as an object literal (report in lint), for the same JSON.
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly start: Position;
  readonly end: Position;
  /** Private (#): no field for Object.keys, spreads or clones to see. */
  readonly #report: ShiftedReport | LazyReport;

  constructor(ruleId: string, severity: Severity, report: ShiftedReport | LazyReport, start: Position, end: Position) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.message = report.message;
    this.span = report.span;
    this.start = start;
    this.end = end;
    this.#report = report;
  }

  get fix(): Edit | undefined {
    return this.#report.fix;
  }

  get suggestions(): Suggestion[] | undefined {
    return this.#report.suggestions;
  }

  /** Its own fields (the # field is none of them) and the two it reads through. */
  toJSON(): Finding {
    return { ...this, fix: this.fix, suggestions: this.suggestions };
  }
}
