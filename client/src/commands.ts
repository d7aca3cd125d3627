// The template and workspace commands (category "Impact Lint"): a thin layer over
// the pure modules in ./templates, which hold all the logic and its tests.
import { readFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DEFAULT_LOG_FILE,
  documentFileName,
  findProjectLog,
  frontMatterKind,
  isoDate,
  loadUserTemplates,
  newProjectLogText,
  parseSnippetFile,
  planLogEntry,
  projectFromFrontMatter,
  readGitUserName,
  resolveTemplate,
  tabStops,
  templateOutline,
  titleTabStop,
  userTemplateDir,
  withoutFrontMatter,
  type Template,
  type TemplateValues,
} from './templates';

/** The commands this module registers; their ids are in package.json too. */
export const TemplateCommands = {
  insertTemplate: 'impactLint.insertTemplate',
  newDocument: 'impactLint.newDocumentFromTemplate',
  addLogEntry: 'impactLint.addLogEntry',
  lintWorkspace: 'impactLint.lintWorkspace',
} as const;

export interface CommandDeps {
  /** Where the commands report what they did and what failed. */
  output?: Pick<vscode.LogOutputChannel, 'info' | 'error'>;
  /** The built-in templates; the extension's snippets/templates.code-snippets when unset. */
  snippetFile?: string;
  /** The clock (for the ISO week and dated file names). */
  now?: () => Date;
}

const SECTION = 'impactLint';
const LOG_ENTRY_ID = 'log-entry';
/** Lint Workspace opens at most this many files, so a huge repository cannot stall the editor. */
const LINT_WORKSPACE_LIMIT = 2000;

interface TemplateItem extends vscode.QuickPickItem {
  template?: Template;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps = {}): void {
  const snippetFile = deps.snippetFile ?? context.asAbsolutePath(path.join('snippets', 'templates.code-snippets'));
  const now = deps.now ?? (() => new Date());
  let builtIns: Template[] | undefined;

  const templates = async (): Promise<Template[]> => {
    builtIns ??= parseSnippetFile(await readFile(snippetFile, 'utf8'));
    const user = fileFolders().flatMap((folder) => loadUserTemplates(userTemplateDir(folder.uri.fsPath)));
    return [...builtIns, ...user];
  };

  const values = (document: vscode.TextDocument | undefined): TemplateValues => {
    const config = vscode.workspace.getConfiguration(SECTION, document?.uri);
    const folder = folderOf(document?.uri);
    const project = (document && projectFromFrontMatter(document.getText())) || config.get<string>('projectName')?.trim() || undefined;
    const author =
      config.get<string>('author')?.trim() ||
      readGitUserName({ workspaceRoot: folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, home: os.homedir(), xdgConfigHome: process.env.XDG_CONFIG_HOME });
    return { project, author, date: now() };
  };

  const insertTemplate = async (): Promise<void> => {
    const template = await pickTemplate(await templates(), 'Insert a template at the cursor');
    if (!template) return;
    const active = vscode.window.activeTextEditor;
    const editor = active?.document.languageId === 'markdown' ? active : await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown' }));
    let body = resolveTemplate(template.body, values(editor.document));
    if (editor.document.getText().trim()) body = withoutFrontMatter(body);
    await editor.insertSnippet(new vscode.SnippetString(body));
  };

  const newDocument = async (): Promise<void> => {
    const template = await pickTemplate((await templates()).filter((t) => t.document), 'Create a document from a template');
    if (!template) return;
    const active = vscode.window.activeTextEditor?.document;
    const known = values(active);
    const suggested = titleDefault(resolveTemplate(template.body, known));
    const title = await vscode.window.showInputBox({
      title: `New ${template.name}`,
      prompt: 'Title: it goes into the first heading and the file name',
      value: suggested?.startsWith('[') ? '' : suggested,
      placeHolder: suggested,
      validateInput: (value) => (value.trim() ? undefined : 'Give the document a title'),
    });
    if (title === undefined) return;
    const body = resolveTemplate(template.body, { ...known, title: title.trim() });
    const folder = targetFolder(active);
    if (!folder) {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown' }));
      await editor.insertSnippet(new vscode.SnippetString(body));
      return;
    }
    const taken = new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name.toLowerCase()));
    const uri = vscode.Uri.joinPath(folder, documentFileName(template, title, isoDate(now()), (name) => taken.has(name.toLowerCase())));
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const editor = await vscode.window.showTextDocument(uri);
    await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
    deps.output?.info(`Created ${uri.fsPath} from the template "${template.name}".`);
  };

  const addLogEntry = async (): Promise<void> => {
    const entry = (await templates()).find((t) => t.source === 'built-in' && t.id === LOG_ENTRY_ID);
    if (!entry) throw new Error('the project-log entry template is missing');
    const active = vscode.window.activeTextEditor?.document;
    let uri = active && frontMatterKind(active.getText()) === 'project-log' ? active.uri : await locateProjectLog(active);
    let created = false;
    if (!uri) {
      const folder = folderOf(active?.uri) ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showWarningMessage('Impact Lint: open a folder (or a project log) to add a log entry.');
        return;
      }
      uri = vscode.Uri.joinPath(folder.uri, DEFAULT_LOG_FILE);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newProjectLogText(values(active))));
      created = true;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const plan = planLogEntry(document.getText(), resolveTemplate(entry.body, values(document)));
    const range = new vscode.Range(document.positionAt(plan.start), document.positionAt(plan.end));
    await editor.insertSnippet(new vscode.SnippetString(plan.snippet), range);
    editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (created) deps.output?.info(`Started a project log at ${uri.fsPath}.`);
  };

  const lintWorkspace = async (): Promise<void> => {
    const found = await vscode.workspace.findFiles('**/*.{md,markdown}', undefined, LINT_WORKSPACE_LIMIT + 1);
    const uris = found.filter((uri) => !/\/(node_modules|\.git)\//.test(uri.path)).slice(0, LINT_WORKSPACE_LIMIT);
    if (found.length > LINT_WORKSPACE_LIMIT) void vscode.window.showWarningMessage(`Impact Lint: linting the first ${LINT_WORKSPACE_LIMIT} Markdown files only.`);
    let opened = 0;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Impact Lint: linting the workspace', cancellable: true }, async (progress, token) => {
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        // Opening a document hands it to the language server, which lints it and publishes its findings.
        await vscode.workspace.openTextDocument(uri);
        opened++;
        progress.report({ increment: 100 / uris.length, message: `${opened} of ${uris.length}` });
      }
    });
    deps.output?.info(`Lint Workspace: opened ${opened} Markdown file${opened === 1 ? '' : 's'}; documents of known kinds report into the Problems panel.`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  };

  const run =
    (name: string, command: () => Promise<void>) =>
    async (): Promise<void> => {
      try {
        await command();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.output?.error(`${name} failed: ${message}`);
        void vscode.window.showErrorMessage(`Impact Lint: ${name} failed: ${message}`);
      }
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(TemplateCommands.insertTemplate, run('Insert Template', insertTemplate)),
    vscode.commands.registerCommand(TemplateCommands.newDocument, run('New Document from Template', newDocument)),
    vscode.commands.registerCommand(TemplateCommands.addLogEntry, run('Add Log Entry', addLogEntry)),
    vscode.commands.registerCommand(TemplateCommands.lintWorkspace, run('Lint Workspace', lintWorkspace)),
  );
}

async function pickTemplate(templates: Template[], placeHolder: string): Promise<Template | undefined> {
  const item = (template: Template): TemplateItem => ({ label: template.name, description: template.description, detail: templateOutline(template), template });
  const builtIn = templates.filter((t) => t.source === 'built-in');
  const user = templates.filter((t) => t.source === 'user');
  const items: TemplateItem[] = [{ label: 'Built-in', kind: vscode.QuickPickItemKind.Separator }, ...builtIn.map(item)];
  if (user.length) items.push({ label: 'Your templates (.impact-lint/templates)', kind: vscode.QuickPickItemKind.Separator }, ...user.map(item));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.template;
}

/** The default of the tab stop that the title fills, as the input box's suggestion. */
function titleDefault(body: string): string | undefined {
  const index = titleTabStop(body);
  return index === undefined ? undefined : tabStops(body).find((stop) => stop.index === index)?.defaultText;
}

function fileFolders(): readonly vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
}

function folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  return uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
}

/** New documents go beside the active file when it is in the workspace, else at the first folder's root. */
function targetFolder(active: vscode.TextDocument | undefined): vscode.Uri | undefined {
  if (active && !active.isUntitled && folderOf(active.uri)) return vscode.Uri.joinPath(active.uri, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** The project log: the `impactLint.projectLog` setting, else the best-named Markdown file, else one whose front matter says so. */
async function locateProjectLog(active: vscode.TextDocument | undefined): Promise<vscode.Uri | undefined> {
  const folder = folderOf(active?.uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const setting = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>('projectLog')?.trim();
  if (setting) return path.isAbsolute(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), undefined, 500);
  const relative = new Map(files.map((uri) => [path.posix.relative(folder.uri.path, uri.path), uri]));
  const byName = findProjectLog([...relative.keys()]);
  if (byName) return relative.get(byName);
  const kinds = new Map<string, string | undefined>();
  for (const [name, uri] of relative) {
    if (kinds.size >= 200) break;
    const bytes = await vscode.workspace.fs.readFile(uri);
    kinds.set(name, frontMatterKind(new TextDecoder().decode(bytes.subarray(0, 4096))));
  }
  const byKind = findProjectLog([...kinds.keys()], (name) => kinds.get(name) ?? 'other');
  return byKind ? relative.get(byKind) : undefined;
}
