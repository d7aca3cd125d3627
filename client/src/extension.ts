// The VS Code client: starts the language server, shows its state, recovers from
// crashes. No lint logic lives here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ClientCommands, ServerPidRequest, StatusNotification, type StatusParams } from '../../server/src/shared/protocol';
import { serverEnvironment } from '../../server/src/shared/launch';
import { registerCommands } from './commands';
import { registerDrafting } from './drafting';
import type { MarkdownIt } from 'markdown-it';
import { impactLintPreview } from './preview';
import { registerWalkthrough } from './walkthrough';
import { registerTailoring } from './tailoring';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

export interface ImpactLintApi {
  /** The last status the server sent for a document (used by tests and the walkthrough). */
  status(uri: vscode.Uri): StatusParams | undefined;
  readonly client: LanguageClient | undefined;
  /** The running server's process id (the end-to-end tests kill it to prove crash recovery). */
  serverPid(): Promise<number | undefined>;
  /** The Markdown preview plugin (package.json "markdown.markdownItPlugins"): RAG badges, Gantt chart, RAID summary. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<ImpactLintApi> {
  const output = vscode.window.createOutputChannel('Impact Lint', { log: true });
  const statuses = new Map<string, StatusParams>();
  const statusItem = vscode.languages.createLanguageStatusItem('impactLint.status', { language: 'markdown' });
  statusItem.name = 'Impact Lint';
  statusItem.command = { title: 'Show Output', command: ClientCommands.showOutput };
  // The resume score gets its own row: VS Code shows text and detail on one line of a
  // narrow hover, and the breakdown did not fit beside the kind and finding count.
  const scoreItem = vscode.languages.createLanguageStatusItem('impactLint.score', { language: 'markdown' });
  scoreItem.name = 'Impact Lint resume score';
  context.subscriptions.push(output, statusItem, scoreItem);
  registerCommands(context, { output });
  registerDrafting(context, { output, client: () => client });
  registerWalkthrough(context);
  registerTailoring(context, () => client);

  const renderStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const status = editor && statuses.get(editor.document.uri.toString());
    renderScore(status);
    if (!client || client.state !== State.Running) {
      statusItem.text = 'Impact Lint: stopped';
      statusItem.severity = vscode.LanguageStatusSeverity.Error;
      return;
    }
    statusItem.severity = vscode.LanguageStatusSeverity.Information;
    if (!status) {
      statusItem.text = 'Impact Lint';
      statusItem.detail = 'waiting for the first lint';
    } else if (status.skipped) {
      statusItem.text = 'Impact Lint: skipped';
      statusItem.detail = status.skipped;
    } else if (!status.kind) {
      statusItem.text = 'Impact Lint: not a known document';
      statusItem.detail = 'Add front matter "impact-lint: resume" (or another kind) to lint it';
    } else {
      const count = status.errors + status.warnings + status.infos;
      // Keyword coverage of the job description the resume names (keyword-coverage).
      const coverage = status.coverage ? ` · ${status.coverage.percent}% of job terms` : '';
      statusItem.text = `Impact Lint: ${status.kind}${coverage}`;
      statusItem.detail = `${count} finding${count === 1 ? '' : 's'} · kind from ${status.kindSource}${status.kindReason ? ` (${status.kindReason})` : ''}`;
      statusItem.severity = status.errors ? vscode.LanguageStatusSeverity.Error : status.warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }
  };

  /** The resume score (computed by the server, as the CLI's --score): the score, and the weakest parts to work on. */
  function renderScore(status: StatusParams | undefined): void {
    const parts = status?.scoreBreakdown;
    if (!status || status.score === undefined || !parts?.length || !client || client.state !== State.Running) {
      scoreItem.text = '';
      scoreItem.detail = undefined;
      scoreItem.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    scoreItem.text = `Resume score ${status.score}/100`;
    const weakest = [...parts].filter((p) => p.share < 1).sort((a, b) => a.share - b.share).slice(0, 2);
    scoreItem.detail = weakest.length ? `lowest: ${weakest.map((p) => `${p.label} ${Math.round(p.share * 100)}%`).join(', ')}` : 'every part at 100%';
    // The full breakdown, on the item's link.
    scoreItem.command = { title: 'Breakdown', command: ClientCommands.showOutput, tooltip: parts.map((p) => `${p.label} ${Math.round(p.share * 100)}% (${p.points}/${p.max})`).join(' · ') };
    scoreItem.severity = status.score < 50 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const restarts: number[] = [];
  const errorHandler: ErrorHandler = {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) {
        output.warn(`The server stopped; restarting (${restarts.length} of ${MAX_RESTARTS} within 3 minutes).`);
        return { action: CloseAction.Restart };
      }
      output.show(true);
      void vscode.window.showErrorMessage(`Impact Lint's server crashed ${MAX_RESTARTS} times in 3 minutes and will not be restarted.`, 'Restart').then((choice) => {
        if (choice === 'Restart') void vscode.commands.executeCommand(ClientCommands.restart);
      });
      return { action: CloseAction.DoNotRestart };
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // No `synchronize.fileEvents`: the server registers the files it watches (WATCHED_FILES)
    // with any client that lets it, this one included; both would send every change twice.
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
  };

  const start = async (): Promise<void> => {
    client = new LanguageClient('impactLint', 'Impact Lint', serverOptions, clientOptions);
    client.onDidChangeState(renderStatus);
    try {
      await client.start();
      client.onNotification(StatusNotification, (status: StatusParams) => {
        statuses.set(status.uri, status);
        renderStatus();
      });
    } catch (error) {
      output.error(`Impact Lint's server failed to start: ${error instanceof Error ? error.message : String(error)}`);
      output.show(true);
    }
    renderStatus();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.restart, async () => {
      if (client) {
        await client.stop().catch(() => undefined);
        await client.dispose().catch(() => undefined);
      }
      restarts.length = 0;
      statuses.clear();
      await start();
    }),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.window.onDidChangeActiveTextEditor(renderStatus),
  );

  await start();
  return {
    status: (uri) => statuses.get(uri.toString()),
    get client() {
      return client;
    },
    serverPid: async () => (client?.state === State.Running ? client.sendRequest<number>(ServerPidRequest) : undefined),
    // Today for the Gantt chart: the impactLint.today setting (as the rules use it), else the clock.
    extendMarkdownIt: (md) => md.use(impactLintPreview, { today: () => vscode.workspace.getConfiguration('impactLint', vscode.window.activeTextEditor?.document.uri).get<string>('today') }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
