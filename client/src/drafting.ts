// The drafting commands (category "Impact Lint"): a resume bullet or a STAR story
// from a project-log entry, and this period's status report from a RAID log.
// The server drafts (engine/draft.ts, engine/report.ts); this file only picks
// files, asks the user, and applies the edit. Every command takes optional
// arguments so tests and code actions can run it without pickers.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CONFIG_SECTION,
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
} from '../../server/src/shared/protocol';
import { findProjectLog, frontMatterKind } from './templates';

export interface DraftingDeps {
  /** The running language client, when there is one. */
  client(): LanguageClient | undefined;
  output?: Pick<vscode.LogOutputChannel, 'info' | 'error'>;
}

/** Arguments of the two draft commands; a code action passes `uri` and `position`. */
export interface DraftArgs {
  uri?: string;
  position?: { line: number; character: number };
  /** The draft to insert as is (no request, no input box). */
  draft?: string;
  /** Bullet: the resume, and the role by title (or part of it) or index. */
  resumeUri?: string;
  role?: string | number;
  /** STAR: the stories file (created when missing). */
  starUri?: string;
}

export interface ReportArgs {
  raidUri?: string;
  logUri?: string;
  today?: string;
  periodDays?: number;
  /** "untitled" (default) opens the report in a new editor; "none" only returns it. */
  target?: 'untitled' | 'none';
}

/** A new STAR file's head, before its first story. */
const STAR_FILE_HEAD = '---\nimpact-lint: star-stories\n---\n\n# STAR stories\n';
const STAR_FILE = 'star-stories.md';
const FIND_LIMIT = 500;

export function registerDrafting(context: vscode.ExtensionContext, deps: DraftingDeps): void {
  const server = (): LanguageClient => {
    const client = deps.client();
    if (!client?.isRunning()) throw new Error('the language server is not running');
    return client;
  };

  /** The draft for the entry at the cursor (or at args.uri/position), or undefined after telling the user why not. */
  const requestDraft = async (args: DraftArgs, shape: 'bullet' | 'star'): Promise<DraftFromLogEntryResult | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const uri = args.uri ?? editor?.document.uri.toString();
    const position = args.position ?? (editor ? { line: editor.selection.active.line, character: editor.selection.active.character } : undefined);
    if (!uri || !position) {
      void vscode.window.showWarningMessage('Impact Lint: open a project log and put the cursor in a dated entry.');
      return undefined;
    }
    const params: DraftFromLogEntryParams = { uri, position, shape };
    const result = await server().sendRequest<DraftFromLogEntryResult | null>(DraftFromLogEntryRequest, params);
    if (!result) void vscode.window.showWarningMessage('Impact Lint: the cursor is not in a dated project-log entry ("## 2026-10-05 What you did").');
    return result ?? undefined;
  };

  const draftResumeBullet = async (args: DraftArgs = {}): Promise<{ resumeUri: string; line: number } | undefined> => {
    let bullet = args.draft;
    if (bullet === undefined) {
      const result = await requestDraft(args, 'bullet');
      if (!result) return undefined;
      bullet = await vscode.window.showInputBox({
        title: `Resume bullet from "${result.entryTitle}"`,
        prompt: result.clean ? 'Edit the bullet, then pick the resume and the role.' : 'Replace the [placeholder] with the real number, then pick the resume and the role.',
        value: result.draft,
        validateInput: (value) => (value.trim() ? undefined : 'The bullet is empty'),
      });
      if (bullet === undefined) return undefined;
    }
    const resume = args.resumeUri ? vscode.Uri.parse(args.resumeUri) : await pickDocument('resume', /(^|[-_. ])(resume|cv|résumé)([-_. ]|$)/i, 'Which resume gets the bullet?');
    if (!resume) {
      if (!args.resumeUri) void vscode.window.showWarningMessage('Impact Lint: no resume found. Give it front matter "impact-lint: resume" or name it resume.md.');
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(resume);
    const roles = await server().sendRequest<ResumeRoleResult[]>(ResumeRolesRequest, { uri: document.uri.toString(), text: document.getText() } satisfies ResumeRolesParams);
    if (!roles.length) {
      void vscode.window.showWarningMessage(`Impact Lint: ${path.basename(resume.fsPath)} has no experience section with roles to add the bullet to.`);
      return undefined;
    }
    const role = await pickRole(roles, args.role);
    if (!role) return undefined;
    const at = new vscode.Position(role.position.line, role.position.character);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, `${role.prefix}${bullet.replace(/\s*\n\s*/g, ' ').trim()}${role.suffix}`);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${path.basename(resume.fsPath)}`);
    // The bullet sits on the line after the prefix's line breaks.
    const line = role.position.line + (role.prefix.match(/\n/g)?.length ?? 0);
    const editor = await vscode.window.showTextDocument(document);
    const text = document.lineAt(line).text;
    editor.selection = new vscode.Selection(line, text.length - text.trimStart().length, line, text.length);
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    deps.output?.info(`Added a bullet to "${role.title}" in ${resume.fsPath}.`);
    return { resumeUri: document.uri.toString(), line };
  };

  const draftStarStory = async (args: DraftArgs = {}): Promise<{ starUri: string; line: number } | undefined> => {
    let story = args.draft;
    if (story === undefined) {
      const result = await requestDraft(args, 'star');
      if (!result) return undefined;
      story = result.draft;
    }
    const source = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
    const target = args.starUri ? vscode.Uri.parse(args.starUri) : ((await pickDocument('star-stories', /(^|[-_. ])star([-_. ]|$)|interview[-_. ]?stor/i, 'Which STAR file gets the story?')) ?? newFileBeside(source, STAR_FILE));
    if (!target) {
      void vscode.window.showWarningMessage('Impact Lint: open a folder to keep STAR stories in.');
      return undefined;
    }
    if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(STAR_FILE_HEAD));
    const document = await vscode.workspace.openTextDocument(target);
    const text = document.getText();
    const trimmed = text.replace(/\s+$/, '');
    const end = document.positionAt(text.length);
    const start = document.positionAt(trimmed.length);
    const edit = new vscode.WorkspaceEdit();
    // One blank line between the last story and the new one, and a final newline.
    edit.replace(document.uri, new vscode.Range(start, end), `${trimmed ? '\n\n' : ''}${story.replace(/\s+$/, '')}\n`);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${path.basename(target.fsPath)}`);
    const line = trimmed ? start.line + 2 : 0;
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    deps.output?.info(`Added a STAR story to ${target.fsPath}.`);
    return { starUri: document.uri.toString(), line };
  };

  const statusReportFromRaid = async (args: ReportArgs = {}): Promise<(StatusReportResult & { uri?: string }) | undefined> => {
    const active = vscode.window.activeTextEditor?.document;
    const raid = args.raidUri ? vscode.Uri.parse(args.raidUri) : active && frontMatterKind(active.getText()) === 'raid-log' ? active.uri : await pickDocument('raid-log', /(^|[-_. ])(raid|risks?|risk[-_. ]?register)([-_. ]|$)/i, 'Which RAID log is the report built from?');
    if (!raid) {
      if (!args.raidUri) void vscode.window.showWarningMessage('Impact Lint: no RAID log found. Give it front matter "impact-lint: raid-log" or name it raid-log.md.');
      return undefined;
    }
    const log = args.logUri ? vscode.Uri.parse(args.logUri) : await projectLog(raid);
    const params: StatusReportParams = { raidUri: raid.toString(), logUri: log?.toString(), today: args.today, periodDays: args.periodDays };
    // Open documents may hold unsaved edits: send their text, not the file's.
    const raidDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === raid.toString());
    if (raidDoc) params.raidText = raidDoc.getText();
    const logDoc = log && vscode.workspace.textDocuments.find((d) => d.uri.toString() === log.toString());
    if (logDoc) params.logText = logDoc.getText();
    const report = await server().sendRequest<StatusReportResult | null>(StatusReportRequest, params);
    if (!report) throw new Error(`could not read ${raid.fsPath}`);
    if (args.target === 'none') return report;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
    await vscode.window.showTextDocument(document);
    deps.output?.info(`Status report from ${raid.fsPath}: ${report.reason}.`);
    return { ...report, uri: document.uri.toString() };
  };

  const run =
    <A, R>(name: string, command: (args?: A) => Promise<R>) =>
    async (args?: A): Promise<R | undefined> => {
      try {
        // A code action passes its arguments as the first parameter; the palette passes none.
        return await command(args && typeof args === 'object' ? args : undefined);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.output?.error(`${name} failed: ${message}`);
        void vscode.window.showErrorMessage(`Impact Lint: ${name} failed: ${message}`);
        return undefined;
      }
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(DraftCommands.resumeBullet, run('Draft Resume Bullet', draftResumeBullet)),
    vscode.commands.registerCommand(DraftCommands.starStory, run('Draft STAR Story', draftStarStory)),
    vscode.commands.registerCommand(DraftCommands.statusReport, run('Status Report from RAID Log', statusReportFromRaid)),
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function newFileBeside(source: vscode.Uri | undefined, name: string): vscode.Uri | undefined {
  const folder = (source && vscode.workspace.getWorkspaceFolder(source)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}

interface Candidate {
  uri: vscode.Uri;
  relative: string;
  score: number;
}

/**
 * Workspace Markdown files of `kind`: front matter says so (first), or the name
 * matches. One is taken as is; several go to a QuickPick; none gives undefined.
 */
async function pickDocument(kind: string, name: RegExp, placeHolder: string): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', FIND_LIMIT);
  const candidates: Candidate[] = [];
  for (const uri of files) {
    const relative = vscode.workspace.asRelativePath(uri);
    const bytes = await vscode.workspace.fs.readFile(uri);
    const declared = frontMatterKind(new TextDecoder().decode(bytes.subarray(0, 4096)));
    const named = name.test(path.basename(uri.path).replace(/\.(md|markdown)$/i, ''));
    if (declared === kind) candidates.push({ uri, relative, score: 2 });
    else if (declared === undefined && named) candidates.push({ uri, relative, score: 1 });
  }
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => b.score - a.score || a.relative.localeCompare(b.relative));
  if (candidates.length === 1) return candidates[0].uri;
  const picked = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: path.basename(c.uri.path), description: c.relative, detail: c.score === 2 ? `impact-lint: ${kind}` : 'by its name', uri: c.uri })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.uri;
}

/** The role named by `wanted` (a title, part of one, or an index), or the user's pick. */
async function pickRole(roles: ResumeRoleResult[], wanted: string | number | undefined): Promise<ResumeRoleResult | undefined> {
  if (typeof wanted === 'number') return roles[wanted];
  if (typeof wanted === 'string') {
    const lower = wanted.toLowerCase();
    return roles.find((r) => r.title.toLowerCase() === lower) ?? roles.find((r) => r.title.toLowerCase().includes(lower));
  }
  if (roles.length === 1) return roles[0];
  const picked = await vscode.window.showQuickPick(
    roles.map((role) => ({ label: role.title, description: `${role.bullets} bullet${role.bullets === 1 ? '' : 's'}`, role })),
    { placeHolder: 'Which role does the bullet belong to?' },
  );
  return picked?.role;
}

/** The project log for a report: the `impactLint.projectLog` setting, else the best-named log in the workspace. */
async function projectLog(near: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const setting = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('projectLog')?.trim();
  if (setting) return path.isAbsolute(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), '**/{node_modules,.git}/**', FIND_LIMIT);
  const relative = new Map(files.map((uri) => [path.posix.relative(folder.uri.path, uri.path), uri]));
  const best = findProjectLog([...relative.keys()]);
  return best ? relative.get(best) : undefined;
}
