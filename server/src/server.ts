// The language server: documents in, diagnostics, code actions and hovers out.
// A thin adapter over the engine; settings are fetched per document and cached.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isRecord } from './engine/frontmatter';
import { validate, type Config } from './engine/config';
import { lint } from './engine/lint';
import { docUrl as webDocUrl } from './engine/registry';
import type { ConfigProblem } from './engine/types';
import { codeActions, hover, problemDiagnostic, toDiagnostic, type Linted } from './lsp/convert';
import { clearConfigCache, settingsFor } from './node/files';
import { CONFIG_SECTION, FIX_ALL_KIND, ServerCommands, ServerPidRequest, StatusNotification, type StatusParams } from './shared/protocol';

interface EditorSettings {
  config: Config;
  problems: ConfigProblem[];
  debounceMs: number;
  enable: boolean;
}

const DEFAULT_DEBOUNCE_MS = 150;

/** The rule page shipped beside the bundle when there is one (works offline), else the web page. */
function makeDocUrl(): (id: string) => string {
  const local = path.resolve(__dirname, '..', 'docs', 'rules');
  const hasLocal = fs.existsSync(local);
  return (id) => (hasLocal && fs.existsSync(path.join(local, `${id}.md`)) ? pathToFileURL(path.join(local, `${id}.md`)).toString() : webDocUrl(id));
}

export function startServer(given?: Connection): Connection {
  const connection = given ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const editorSettings = new Map<string, Promise<EditorSettings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const skippedNotified = new Set<string>();
  const configDiagnostics = new Set<string>();
  const docUrl = makeDocUrl();
  let canConfigure = false;
  let canRegisterConfiguration = false;
  let canShowDocument = false;

  connection.onInitialize((params) => {
    canConfigure = params.capabilities.workspace?.configuration === true;
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [ServerCommands.showDocumentation] },
      },
      serverInfo: { name: 'impact-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure && canRegisterConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIG_SECTION }).catch((error: unknown) => connection.console.warn(`impact-lint: the client refused didChangeConfiguration registration: ${String(error)}`));
    }
  });

  function getEditorSettings(uri: string): Promise<EditorSettings> {
    let cached = editorSettings.get(uri);
    if (!cached) {
      cached = canConfigure
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(readEditorSettings, () => readEditorSettings(undefined))
        : Promise.resolve(readEditorSettings(undefined));
      editorSettings.set(uri, cached);
    }
    return cached;
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document, 0);
  }

  connection.onDidChangeConfiguration(() => {
    editorSettings.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    clearConfigCache();
    relintAll();
  });

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    schedule(event.document, 0);
  });
  documents.onDidChangeContent((event) => {
    // TextDocuments fires onDidChangeContent right after onDidOpen: already scheduled.
    if (justOpened.delete(event.document.uri)) return;
    void getEditorSettings(event.document.uri).then((s) => schedule(event.document, s.debounceMs));
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    linted.delete(uri);
    editorSettings.delete(uri);
    skippedNotified.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  function schedule(document: TextDocument, delay: number): void {
    const uri = document.uri;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validateDocument(uri).catch((error: unknown) => connection.console.error(`impact-lint: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`));
      }, delay),
    );
  }

  async function validateDocument(uri: string): Promise<void> {
    const settings = await getEditorSettings(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const ds = settingsFor(filePath ?? path.join(process.cwd(), 'untitled.md'), { base: settings.config });
    publishConfigProblems(ds.loaded.file, ds.loaded.problems, settings.problems);
    const text = document.getText();
    const status: StatusParams = { uri, errors: 0, warnings: 0, infos: 0 };
    if (!settings.enable) {
      linted.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      void connection.sendNotification(StatusNotification, { ...status, skipped: 'disabled' });
      return;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > ds.settings.maxFileSize) {
      linted.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      status.skipped = `over maxFileSize (${ds.settings.maxFileSize} bytes)`;
      if (!skippedNotified.has(uri)) {
        skippedNotified.add(uri);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Impact Lint skipped ${path.basename(filePath ?? uri)}: ${bytes} bytes is over maxFileSize (${ds.settings.maxFileSize}).` });
      }
      void connection.sendNotification(StatusNotification, status);
      return;
    }
    const result = lint(text, { settings: ds.settings, path: ds.path });
    // A newer version arrived while linting: its own run will publish.
    if (documents.get(uri)?.version !== version) return;
    for (const crash of result.crashed) connection.console.error(`impact-lint: rule ${crash.ruleId} threw on ${uri}: ${crash.error}`);
    linted.set(uri, { version, findings: result.findings, bom: result.bom, text: result.text });
    const diagnostics = result.findings.map((f, i) => toDiagnostic(f, i, docUrl));
    diagnostics.push(...result.problems.map(problemDiagnostic));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    for (const f of result.findings) status[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    void connection.sendNotification(StatusNotification, { ...status, kind: result.kind.kind, kindSource: result.kind.source, kindReason: result.kind.reason });
  }

  function publishConfigProblems(file: string | undefined, problems: ConfigProblem[], editorProblems: ConfigProblem[]): void {
    if (editorProblems.length) connection.console.warn(`impact-lint settings: ${editorProblems.map((p) => p.message).join(' ')}`);
    // A config file that was deleted keeps its problems on screen unless cleared.
    for (const stale of configDiagnostics) {
      if (!fs.existsSync(fileURLToPath(stale))) {
        configDiagnostics.delete(stale);
        void connection.sendDiagnostics({ uri: stale, diagnostics: [] });
      }
    }
    if (!file) return;
    const uri = pathToFileURL(file).toString();
    if (!problems.length && !configDiagnostics.has(uri)) return;
    if (problems.length) configDiagnostics.add(uri);
    else configDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: problems.map(problemDiagnostic) });
  }

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (!document || !state || state.version !== document.version) return [];
    return codeActions(document, state, params.context.diagnostics, params.context.only, docUrl);
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (!document || !state || state.version !== document.version) return null;
    const shift = state.bom && document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
    return hover(state.findings, document.offsetAt(params.position) - shift, docUrl) ?? null;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === ServerCommands.showDocumentation) {
      const url = String(params.arguments?.[0] ?? '');
      if (canShowDocument && url) await connection.window.showDocument({ uri: url, external: url.startsWith('http') });
      else connection.console.info(`Rule documentation: ${url}`);
    }
  });

  connection.onRequest(ServerPidRequest, () => process.pid);

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** Reads `impactLint.*` editor settings; invalid parts are reported and dropped. */
function readEditorSettings(raw: unknown): EditorSettings {
  const problems: ConfigProblem[] = [];
  const value = isRecord(raw) ? raw : {};
  // Keys the client or the server use themselves; the rest is config-file shaped.
  const { debounceMs, enable, trace: _trace, author: _author, projectName: _projectName, projectLog: _projectLog, ...rest } = value;
  const configPart: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(rest)) if (v !== null && v !== undefined && !(isRecord(v) && Object.keys(v).length === 0)) configPart[key] = v;
  const config = validate(configPart, (message) => problems.push({ message }));
  return {
    config,
    problems,
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 ? debounceMs : DEFAULT_DEBOUNCE_MS,
    enable: enable !== false,
  };
}
