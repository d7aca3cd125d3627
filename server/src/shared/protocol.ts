// Messages between the VS Code client and the language server, declared once and
// bundled into both (vscode-eslint's customMessages.ts pattern).
import type { JobCoverage } from '../engine/jobterms';

/**
 * Files whose changes the server wants to hear of (workspace/didChangeWatchedFiles), watched
 * by any client that lets the server register them: config files, and the job descriptions
 * (Markdown or text) a resume may name. The server re-lints only the resumes that name a
 * changed job description.
 */
export const WATCHED_FILES = ['**/.impact-lint.{json,jsonc,yaml,yml}', '**/*.{md,markdown,txt}'];

/** Server -> client: what the server knows about a document, for the language status item. */
export const StatusNotification = 'impactLint/status';

export interface StatusParams {
  uri: string;
  /** Detected kind, or undefined when the document is not one Impact Lint knows. */
  kind?: string;
  /** How the kind was found: front matter, config, file name, content. */
  kindSource?: string;
  kindReason?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Set when the document was not linted (too large, ...). */
  skipped?: string;
  /** Resume score, 0..100 (engine/score.ts); only for a resume with bullets. */
  score?: number;
  /** What the score is made of, in the engine's order. */
  scoreBreakdown?: ScorePartParams[];
  /** Keyword coverage of the job description the resume is tailored to (keyword-coverage). */
  coverage?: CoverageParams;
}

/** How much of a job description's key terms a resume uses: the engine's own summary (a type only; no engine code in the client). */
export type CoverageParams = JobCoverage;

/** Client -> server: compare a resume with a job description ("Compare with Job Description..."). */
export const CompareJobRequest = 'impactLint/compareJob';

export interface CompareJobParams {
  /** The resume (open or on disk). */
  uri: string;
  /** The job description; when left out, the one the resume names (front matter, config, settings). */
  jobUri?: string;
}

export interface CompareJobResult {
  /** The comparison as a Markdown page; empty when `error` is set. */
  markdown: string;
  coverage?: CoverageParams;
  /** Why there is no comparison (no job description named, unreadable file...). */
  error?: string;
}

/** One part of the resume score (engine/score.ts ScorePart, declared here so the client bundles no engine). */
export interface ScorePartParams {
  id: string;
  /** "action verbs", "metrics", "wording", "length", "keywords". */
  label: string;
  /** Share that passes, 0..1. */
  share: number;
  /** Weight after leaving out what cannot be measured, 0..1. */
  weight: number;
  /** Whole points out of `max`; the points sum to the score. */
  points: number;
  max: number;
}

/** Client -> server: the server's process id (the end-to-end tests kill it to prove crash recovery). */
export const ServerPidRequest = 'impactLint/serverPid';

/** Client -> server: a resume bullet or STAR story drafted from the project-log entry at `position`; null when no entry is there. */
export const DraftFromLogEntryRequest = 'impactLint/draftFromLogEntry';

export interface DraftFromLogEntryParams {
  uri: string;
  position: { line: number; character: number };
  shape: 'bullet' | 'star';
}

export interface DraftFromLogEntryResult {
  /** The bullet's text (no list marker) or the STAR story's Markdown. */
  draft: string;
  entryTitle: string;
  /** The entry had a number, so the draft is meant to lint clean. */
  hasNumber: boolean;
  /** The draft lints clean as a resume bullet or STAR story. */
  clean: boolean;
}

/** Client -> server: the roles of a resume and where a new bullet goes in each. */
export const ResumeRolesRequest = 'impactLint/resumeRoles';

export interface ResumeRolesParams {
  uri?: string;
  /** The resume's text, when the server should not read `uri`. */
  text?: string;
}

export interface ResumeRoleResult {
  title: string;
  line: number;
  bullets: number;
  /** Where the insertion goes, and the text around the bullet ("\n- " before it). */
  position: { line: number; character: number };
  prefix: string;
  suffix: string;
}

/** Client -> server: this period's status report from a RAID log (and the project log). */
export const StatusReportRequest = 'impactLint/statusReport';

export interface StatusReportParams {
  raidUri?: string;
  raidText?: string;
  logUri?: string;
  logText?: string;
  /** YYYY-MM-DD; the setting or the clock when unset. */
  today?: string;
  periodDays?: number;
}

export interface StatusReportResult {
  markdown: string;
  /** Absent when the file holds no risk, issue or RAID table: nothing to rate from. */
  rag?: 'Green' | 'Amber' | 'Red';
  /** "Amber: 2 high risks open, 1 overdue issue". */
  reason: string;
}

/** Client commands that draft from the project log (code actions on a log entry run the first two). */
export const DraftCommands = {
  resumeBullet: 'impactLint.draftResumeBullet',
  starStory: 'impactLint.draftStarStory',
  statusReport: 'impactLint.statusReportFromRaid',
} as const;

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  showDocumentation: 'impactLint.server.showDocumentation',
} as const;

/** Commands the client contributes. */
export const ClientCommands = {
  restart: 'impactLint.restartServer',
  showOutput: 'impactLint.showOutput',
  compareWithJobDescription: 'impactLint.compareWithJobDescription',
} as const;

export const CONFIG_SECTION = 'impactLint';
export const FIX_ALL_KIND = 'source.fixAll.impact-lint';
export const SOURCE = 'impact-lint';
