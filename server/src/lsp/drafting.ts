// Drafting from the project log over LSP: the three requests (a draft from a log
// entry, a resume's roles, a status report from a RAID log) and the code actions
// on a log entry that run the client's draft commands. The work is the engine's.
import { CodeAction, type Connection, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, Settings } from '../engine/config';
import { draftFromLog, entryInDocument } from '../engine/draft';
import { resolveKind } from '../engine/kinds';
import { localToday } from '../engine/lint';
import { parseDocument } from '../engine/model';
import { readLogEntries } from '../engine/pm/log';
import { statusReport } from '../engine/report';
import { resumeRoles } from '../engine/roles';
import { LineIndex, stripBom } from '../engine/text';
import { readDocument, settingsFor } from '../node/files';
import { checkParams } from './params';
import { filePathOf } from './paths';
import {
  DraftCommands,
  DraftFromLogEntryRequest,
  ResumeRolesRequest,
  StatusReportRequest,
  type DraftFromLogEntryParams,
  type DraftFromLogEntryResult,
  type ResumeRoleResult,
  type ResumeRolesParams,
  type StatusReportParams,
  type StatusReportResult,
} from '../shared/protocol';

/** The code-action kind of the draft actions: they rewrite nothing in place, so never a quick fix. */
export const DRAFT_ACTION_KIND = 'refactor.rewrite';

export interface DraftingHost {
  /** The document's text: the open editor's, else the file's; undefined when neither can be read. */
  text(uri: string): Promise<string | undefined>;
  /** The engine settings and glob path for a document (config file + editor settings). */
  settings(uri: string | undefined): Promise<{ settings: Settings; path?: string }>;
}

/**
 * Reads a file: URI from disk as a document, with the CLI's checks: a regular file, not
 * over maxFileSize, not binary, valid UTF-8 (a FIFO named by a request blocked a worker
 * thread for good; a 20 MB file took seconds and 800 MB). Other schemes are only known
 * through open documents.
 */
export async function readUri(uri: string, editorConfig?: Config): Promise<string | undefined> {
  const file = filePathOf(uri);
  if (!file) return undefined;
  // The maxFileSize that lints the file: the config file's over the editor's.
  const read = readDocument(file, settingsFor(file, { base: editorConfig }).settings.maxFileSize);
  return read.ok ? read.text : undefined;
}

/** Offset in the text without BOM of an LSP position in the editor's text. */
function offsetOf(text: string, position: { line: number; character: number }): number {
  const { text: plain } = stripBom(text);
  const lines = new LineIndex(plain);
  const line = Math.min(Math.max(position.line, 0), lines.lineCount - 1);
  return Math.min(lines.lineStart(line) + Math.max(position.character, 0), lines.lineEnd(line));
}

export function registerDrafting(connection: Connection, host: DraftingHost): void {
  connection.onRequest(DraftFromLogEntryRequest, async (raw: unknown): Promise<DraftFromLogEntryResult | null> => {
    const params = checkParams<DraftFromLogEntryParams>(DraftFromLogEntryRequest, raw, { uri: 'string', position: 'position' }, { shape: 'shape' });
    const text = await host.text(params.uri);
    if (text === undefined) return null;
    const { settings } = await host.settings(params.uri);
    const draft = draftFromLog(text, offsetOf(text, params.position), params.shape === 'star' ? 'star' : 'bullet', { today: settings.today ?? localToday(), settings });
    return draft ? { draft: draft.draft, entryTitle: draft.entryTitle, hasNumber: draft.hasNumber, clean: draft.clean } : null;
  });

  connection.onRequest(ResumeRolesRequest, async (raw: unknown): Promise<ResumeRoleResult[]> => {
    const params = checkParams<ResumeRolesParams>(ResumeRolesRequest, raw, {}, { uri: 'string', text: 'string' });
    const text = params.text ?? (params.uri ? await host.text(params.uri) : undefined);
    if (text === undefined) return [];
    const { settings } = await host.settings(params.uri);
    return resumeRoles(text, settings).map(({ title, line, bullets, position, prefix, suffix }) => ({ title, line, bullets, position, prefix, suffix }));
  });

  connection.onRequest(StatusReportRequest, async (raw: unknown): Promise<StatusReportResult | null> => {
    const params = checkParams<StatusReportParams>(StatusReportRequest, raw, {}, { raidUri: 'string', raidText: 'string', logUri: 'string', logText: 'string', today: 'date', periodDays: 'days' });
    const raid = params.raidText ?? (params.raidUri ? await host.text(params.raidUri) : undefined);
    if (raid === undefined) return null;
    const log = params.logText ?? (params.logUri ? await host.text(params.logUri) : undefined);
    const { settings, path } = await host.settings(params.raidUri);
    const report = statusReport({ raid, log, today: params.today ?? settings.today ?? localToday(), periodDays: params.periodDays, settings, raidPath: path });
    return { markdown: report.markdown, rag: report.rag, reason: report.reason };
  });
}

/**
 * "Draft resume bullet from this entry" and "Draft STAR story from this entry" when
 * the range starts inside a dated entry of a project log (by front matter, file
 * name or content; config globs are the lint's business), or of another document with
 * entries, but not of one the lint read as a resume (`lintedKind`).
 */
export function draftActions(document: TextDocument, range: Range, only: string[] | undefined, lintedKind?: string, today = localToday()): CodeAction[] {
  if (only && !only.some((kind) => DRAFT_ACTION_KIND === kind || DRAFT_ACTION_KIND.startsWith(`${kind}.`))) return [];
  // A resume is where drafts go, never where they come from. Checking it for log entries
  // (a parse and a read of the whole text) took 8 ms of each light-bulb request in a
  // 2,000-line resume, asked again after every key typed on a flagged line.
  if (lintedKind === 'resume') return [];
  const text = document.getText();
  const doc = parseDocument(stripBom(text).text);
  const path = filePathOf(document.uri);
  // A project log by the lint's reading (front matter, config globs, name, content) needs no second look.
  if (lintedKind !== 'project-log' && resolveKind(doc, { kinds: {}, path }).kind !== 'project-log' && !readLogEntries(doc, today).some((e) => e.parts.length >= 2)) return [];
  const entry = entryInDocument(doc, offsetOf(text, range.start), { today });
  if (!entry) return [];
  const args = [{ uri: document.uri, position: range.start }];
  const name = entry.title ? ` "${entry.title.length > 40 ? `${entry.title.slice(0, 39)}…` : entry.title}"` : '';
  return [
    CodeAction.create(`Draft resume bullet from this entry${name}`, { title: 'Draft Resume Bullet from Log Entry', command: DraftCommands.resumeBullet, arguments: args }, DRAFT_ACTION_KIND),
    CodeAction.create(`Draft STAR story from this entry${name}`, { title: 'Draft STAR Story from Log Entry', command: DraftCommands.starStory, arguments: args }, DRAFT_ACTION_KIND),
  ];
}
