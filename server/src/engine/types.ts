// Types shared by the engine, its rules and the surfaces (server, CLI).
// Offsets are UTF-16 code-unit offsets into the document text without its BOM.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const KINDS = [
  'resume',
  'project-log',
  'raid-log',
  'status-report',
  'star-stories',
  'meeting-notes',
  'decision-log',
  'change-log',
  'stakeholder-register',
  'wbs',
  'lessons-learned',
  'charter',
] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** A half-open span of offsets, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface Edit {
  /** Offsets `[start, end)` in the text without BOM. */
  range: [number, number];
  text: string;
}

/** An alternative change the user may pick (a code action that is not the autofix). */
export interface Suggestion {
  title: string;
  edit: Edit;
  /** True when `edit.text` is a snippet with `${1:placeholder}` tab stops. */
  snippet?: boolean;
}

/**
 * One finding. `fix` and `suggestions` may be getters (a finding of a report the memo
 * kept moves its edits when they are first read, lint.ts): read them by name; a spread
 * or structuredClone would drop them. Its JSON is complete.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  start: Position;
  end: Position;
  /** A safe change that `--fix` and "fix all" apply. */
  readonly fix?: Edit;
  /** Ranked alternatives offered as code actions, best first. */
  readonly suggestions?: Suggestion[];
}

/** What a rule reports; the engine fills in the rule id, severity and positions. */
export interface Report {
  span: Span;
  message: string;
  readonly fix?: Edit;
  readonly suggestions?: Suggestion[];
  /**
   * The ids of rules that say the same thing about the same words, more precisely: when one
   * of them reports at this report's start (after directives), this report is dropped. One
   * finding, not two alike.
   */
  readonly yieldsTo?: string | readonly string[];
  /** Give way only to a finding of exactly this span, not to any that starts where this one does. */
  readonly yieldsOnSameSpan?: boolean;
}

export type OptionValue = number | string | boolean | string[];

export interface OptionMeta {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: OptionValue;
  description: string;
  minimum?: number;
  maximum?: number;
  /** A whole number (a count of words, terms, scale points). */
  integer?: boolean;
  /** For a string or string[] option: the values it takes. */
  values?: readonly string[];
  /** For a number option: the option of the same rule it must stay below (a scale's bottom, its top). */
  below?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  kinds: readonly Kind[];
  fixable: boolean;
  /** Short before/after example used by hovers. */
  example?: { before: string; after: string };
  options: Record<string, OptionMeta>;
}

/** A job description to tailor a resume against: read by the surfaces, passed in as text. */
export interface JobDescription {
  /** As the user gave it (for messages). */
  path: string;
  text: string;
}

export interface RuleContext {
  doc: import('./model').DocumentModel;
  kind: Kind;
  options: Record<string, OptionValue>;
  lexicon: import('./lexicon').Lexicon;
  today: string;
  /** The job description, when one is given (keyword-coverage). */
  job?: JobDescription;
  /** The id of the rule being run: a memo (memo.ts) keeps per-bullet reports by it. */
  ruleId: string;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A problem with configuration or a directive, reported alongside findings. */
export interface ConfigProblem {
  /** The file the problem is in (a config file), or undefined for the document itself. */
  file?: string;
  message: string;
  /** Position in that file, when known. */
  start?: Position;
  end?: Position;
  span?: Span;
}
