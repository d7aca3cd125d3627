// The language server: documents in, diagnostics, code actions and hovers out.
// A thin adapter over the engine; settings are fetched per document and cached.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionTriggerKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isRecord } from './engine/frontmatter';
import { validate, type Config } from './engine/config';
import { complete } from './engine/complete';
import { lint } from './engine/lint';
import { onSuggestionError } from './engine/lazy-report';
import { DocumentMemos } from './lsp/memos';
import { scoreResume } from './engine/score';
import { docUrl as webDocUrl } from './engine/registry';
import type { ConfigProblem } from './engine/types';
import { toCompletionList } from './lsp/completion';
import { codeActions, hover, problemDiagnostic, toDiagnostic, type Linted } from './lsp/convert';
import { draftActions, readUri, registerDrafting } from './lsp/drafting';
import { describePacking, packableDocuments } from './node/documents';
import { clearConfigCache, jobReference, readJob } from './node/files';
import { describeCollection, IdleCollector, idleMsFromEnv } from './node/idle';
import { connectStdio, StdioEncoder, transportOf } from './node/stdio';
import { Recent } from './lsp/recent';
import { checkParams } from './lsp/params';
import { filePathOf, placeOf, type DocumentPlace } from './lsp/paths';
import { registerTailoring, workspaceRootFor } from './lsp/tailoring';
import { CONFIG_SECTION, FIX_ALL_KIND, ServerCommands, ServerPidRequest, StatusNotification, WATCHED_FILES, type StatusParams } from './shared/protocol';

interface EditorSettings {
  config: Config;
  problems: ConfigProblem[];
  debounceMs: number;
  enable: boolean;
}

const DEFAULT_DEBOUNCE_MS = 150;
const CONFIG_FILE = /^\.impact-lint\.(json|jsonc|ya?ml)$/;
/**
 * Full lint results (findings with fixes and suggestions) are kept for this many
 * documents, the ones last linted or asked about; a code action or hover on another
 * re-lints it. Keeping all of them held 80 MB for 50 open 100 KB resumes.
 */
const RECENT_RESULTS = 4;

/** The rule page shipped beside the bundle when there is one (works offline), else the web page. */
function makeDocUrl(): (id: string) => string {
  const local = path.resolve(__dirname, '..', 'docs', 'rules');
  const hasLocal = fs.existsSync(local);
  const urls = new Map<string, string>();
  return (id) => {
    let url = urls.get(id);
    if (url === undefined) {
      url = hasLocal && fs.existsSync(path.join(local, `${id}.md`)) ? pathToFileURL(path.join(local, `${id}.md`)).toString() : webDocUrl(id);
      urls.set(id, url);
    }
    return url;
  };
}

export function startServer(given?: Connection): Connection {
  const encoder = !given && transportOf(process.argv.slice(2)) === 'stdio' ? new StdioEncoder() : undefined;
  const connection = given ?? (encoder ? connectStdio(encoder) : createConnection(ProposedFeatures.all));
  // Suggestions made when a code action first reads them (LazyReport): a rule's error there is logged as a crash in its check is.
  onSuggestionError((ruleId, error) => connection.console.error(`impact-lint: rule ${ruleId} threw making suggestions: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  const documents = new TextDocuments(packableDocuments);
  const linted = new Recent<string, Linted>(RECENT_RESULTS);
  /** Documents that are linted (not disabled, not over maxFileSize): code actions and hovers may lint them again. */
  const published = new Set<string>();
  const editorSettings = new Map<string, Promise<EditorSettings>>();
  /** The pending lint of each document, cancelled when another edit comes first. */
  const timers = new Map<string, () => void>();
  const skippedNotified = new Set<string>();
  const configDiagnostics = new Set<string>();
  const docUrl = makeDocUrl();
  const configurationTimeoutMs = configurationTimeoutFromEnv(process.env.IMPACT_LINT_CONFIGURATION_TIMEOUT);
  let canConfigure = false;
  let canRegisterConfiguration = false;
  let canWatchFiles = false;
  let canShowDocument = false;
  let canSnippet = false;
  let workspaceFolders: string[] = [];

  connection.onInitialize((params) => {
    canConfigure = params.capabilities.workspace?.configuration === true;
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    canSnippet = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((f): f is string => f !== undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        // refactor.rewrite: "Draft resume bullet / STAR story from this entry" on a project-log entry.
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite], resolveProvider: false },
        hoverProvider: true,
        // A space opens verbs after "- " and metric shapes after "Reduced ..."; the engine
        // answers nothing outside resume bullets, so prose never gets a popup.
        completionProvider: { triggerCharacters: [' '], resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.showDocumentation] },
      },
      serverInfo: { name: 'impact-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure && canRegisterConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIG_SECTION }).catch((error: unknown) => connection.console.warn(`impact-lint: the client refused didChangeConfiguration registration: ${String(error)}`));
    }
    // Config files and job descriptions changed on disk (Neovim, Helix, Zed, VS Code...): a client
    // that cannot watch them for the server leaves open documents linted with the old ones.
    if (canWatchFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) }).catch((error: unknown) => connection.console.warn(`impact-lint: the client refused to watch files: ${String(error)}`));
    }
  });

  function getEditorSettings(uri: string): Promise<EditorSettings> {
    let cached = editorSettings.get(uri);
    if (!cached) {
      cached = canConfigure ? askEditorSettings(uri) : Promise.resolve(safeEditorSettings(pushed));
      editorSettings.set(uri, cached);
    }
    return cached;
  }

  /** Documents whose settings the client has not given yet; warned about once per document. */
  const unanswered = new Set<string>();

  /**
   * The editor's settings for `uri`, asked with workspace/configuration. A client that
   * advertises the request but never answers it (or answers late) would leave the
   * document without diagnostics: after `configurationTimeoutMs` the defaults apply, and
   * a late answer replaces them and lints the document again.
   */
  function askEditorSettings(uri: string): Promise<EditorSettings> {
    const asked = connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(safeEditorSettings, () => safeEditorSettings(undefined));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<EditorSettings>((resolve) => {
      timer = setTimeout(() => {
        if (!unanswered.has(uri)) connection.console.warn(`impact-lint: the editor did not answer workspace/configuration for ${uri} within ${configurationTimeoutMs} ms; linting it with the default settings until it does.`);
        unanswered.add(uri);
        resolve(safeEditorSettings(undefined));
        void asked.then((settings) => {
          unanswered.delete(uri);
          // Unless the settings were dropped meanwhile (a change, the document closed), the answer replaces the defaults.
          if (editorSettings.get(uri) !== answer) return;
          editorSettings.set(uri, Promise.resolve(settings));
          const document = documents.get(uri);
          if (document) schedule(document, 0);
        });
      }, configurationTimeoutMs);
      timer.unref();
    });
    const answer: Promise<EditorSettings> = Promise.race([asked.finally(() => clearTimeout(timer)), late]);
    return answer;
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document, 0);
  }

  /** Settings a client without workspace/configuration pushed (didChangeConfiguration), for every document. */
  let pushed: unknown;
  connection.onDidChangeConfiguration((params) => {
    // A client that can be asked is asked (per document); one that cannot sends them here.
    if (!canConfigure && isRecord(params?.settings)) pushed = params.settings[CONFIG_SECTION];
    editorSettings.clear();
    settingsWarnings.clear();
    relintAll();
  });

  /**
   * Per-bullet results kept between lints, so typing re-checks only the bullet that
   * changed; for the documents edited last and the one opened last (lsp/memos.ts).
   */
  const memos = new DocumentMemos(RECENT_RESULTS);
  const idleMs = idleMsFromEnv(process.env.IMPACT_LINT_IDLE_COLLECT);
  const idle = idleMs === undefined ? undefined : new IdleCollector((collected) => connection.console.log(describeCollection(collected)), {
    idleMs,
    onIdle: packUnused,
    beforeCollect: () => {
      memos.release();
      const kept = encoder?.release() ?? 0;
      if (kept) connection.console.log(`Impact Lint: idle, let go of the ${Math.ceil(kept / 1024)} KB buffer that encodes messages over stdio`);
    },
  });

  /**
   * Packs the texts of the open documents that the last few lints did not touch
   * (node/documents.ts); the idle collection that follows frees them. A document in
   * use keeps its text, and its lint result and memo hold it anyway.
   */
  function packUnused(): void {
    try {
      let count = 0;
      let characters = 0;
      let bytes = 0;
      for (const document of documents.all()) {
        // The document opened last is among those linted last, unless it was skipped (over maxFileSize): then its text may go.
        if (linted.has(document.uri) || memos.isEdited(document.uri)) continue;
        const packed = document.pack();
        if (!packed) continue;
        count++;
        characters += packed.characters;
        bytes += packed.bytes;
      }
      if (count) connection.console.log(describePacking(count, characters, bytes));
    } catch (error) {
      connection.console.error(`impact-lint: packing idle documents failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** Resume path -> the job description it was last linted against, to re-lint it when that file changes. */
  const jobOf = new Map<string, string>();

  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((c) => filePathOf(c.uri)).filter((f): f is string => f !== undefined);
    // Config files (and any client that does not say which files changed): everything may lint differently.
    if (!changed.length || changed.some((file) => CONFIG_FILE.test(path.basename(file)))) {
      clearConfigCache();
      relintAll();
      return;
    }
    // A job description: only the resumes that name it.
    const jobs = new Set(changed.map((file) => path.resolve(file)));
    for (const document of documents.all()) {
      const file = filePathOf(document.uri);
      if (!file) continue;
      const job = jobOf.get(path.resolve(file));
      if (job && jobs.has(job)) schedule(document, 0);
    }
  });

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    memos.opened(event.document.uri);
    schedule(event.document, 0);
  });
  documents.onDidChangeContent((event) => {
    // TextDocuments fires onDidChangeContent right after onDidOpen: already scheduled.
    if (justOpened.delete(event.document.uri)) return;
    memos.changed(event.document.uri);
    getEditorSettings(event.document.uri)
      .then((s) => schedule(event.document, s.debounceMs))
      // An unhandled rejection would end the server; validateDocument reports the same failure.
      .catch((error: unknown) => connection.console.error(`impact-lint: the settings of ${event.document.uri} failed: ${error instanceof Error ? error.message : String(error)}`));
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    timers.get(uri)?.();
    timers.delete(uri);
    linted.delete(uri);
    published.delete(uri);
    memos.closed(uri);
    const file = filePathOf(uri);
    if (file) jobOf.delete(path.resolve(file));
    editorSettings.delete(uri);
    unanswered.delete(uri);
    skippedNotified.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  function schedule(document: TextDocument, delay: number): void {
    const uri = document.uri;
    timers.get(uri)?.();
    const run = (): void => {
      timers.delete(uri);
      validateDocument(uri)
        .catch((error: unknown) => connection.console.error(`impact-lint: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`))
        // The quiet time counts from the end of each pass, linted or skipped: a skipped text can be packed too.
        .finally(() => idle?.busy());
    };
    // No delay (a document opened, a config changed, debounceMs 0): the next turn, not a timer,
    // which Node never fires sooner than 1 ms.
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    }
  }

  async function validateDocument(uri: string): Promise<void> {
    const settings = await getEditorSettings(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const place = placeOf(uri, settings.config);
    const ds = place.settings;
    publishConfigProblems(ds.loaded.file, ds.loaded.problems, settings.problems);
    const status: StatusParams = { uri, errors: 0, warnings: 0, infos: 0 };
    if (!settings.enable) {
      linted.delete(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      void connection.sendNotification(StatusNotification, { ...status, skipped: 'disabled' });
      return;
    }
    // Read after the enable check: a disabled document's packed text stays packed.
    const text = document.getText();
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > ds.settings.maxFileSize) {
      linted.delete(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      status.skipped = `over maxFileSize (${ds.settings.maxFileSize} bytes)`;
      if (!skippedNotified.has(uri)) {
        skippedNotified.add(uri);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Impact Lint skipped ${path.basename(place.filePath ?? uri)}: ${bytes} bytes is over maxFileSize (${ds.settings.maxFileSize}).` });
      }
      void connection.sendNotification(StatusNotification, status);
      return;
    }
    const result = lintText(uri, place, text);
    // A newer version arrived while linting: its own run will publish.
    if (documents.get(uri)?.version !== version) return;
    for (const crash of result.crashed) connection.console.error(`impact-lint: rule ${crash.ruleId} threw on ${uri}: ${crash.error}`);
    linted.set(uri, lintedState(version, result));
    published.add(uri);
    const diagnostics = result.findings.map((f, i) => toDiagnostic(f, i, docUrl, result.bom));
    for (const problem of result.problems) diagnostics.push(problemDiagnostic(problem, result.bom));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    // The status item (counts, resume score) after the diagnostics are on their way: the
    // connection writes messages on a later turn, and the score took 0.8 ms of each key.
    setImmediate(() => {
      // A newer version linted in between sends its own status.
      if (documents.get(uri)?.version !== version) return;
      try {
        for (const f of result.findings) status[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
        const score = scoreResume(result, { settings: ds.settings, coverage: result.coverage?.ratio });
        void connection.sendNotification(StatusNotification, { ...status, kind: result.kind.kind, kindSource: result.kind.source, kindReason: result.kind.reason, score: score?.score, scoreBreakdown: score?.parts, coverage: result.coverage });
      } catch (error) {
        connection.console.error(`impact-lint: the status of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    });
  }

  function lintText(uri: string, { filePath, documentPath, settings: ds }: DocumentPlace, text: string): ReturnType<typeof lint> {
    const ref = jobReference(documentPath, text, ds, { settingsRoot: workspaceRootFor(documentPath, workspaceFolders) });
    const job = ref && readJob(ref, ds.settings.maxFileSize);
    if (filePath && ref) jobOf.set(path.resolve(filePath), path.resolve(ref.file));
    else if (filePath) jobOf.delete(path.resolve(filePath));
    return lint(text, { settings: ds.settings, path: ds.path, job, memo: memos.get(uri) });
  }

  /**
   * The lint result of the document as it is now, for code actions and hovers: kept
   * for recent documents, else linted again. Only for documents that are linted at
   * all (not disabled, not over maxFileSize). A diagnostic from an older version
   * cannot pick a wrong fix: codeActions matches it by rule, range and message.
   */
  async function linting(uri: string): Promise<{ document: TextDocument; state: Linted } | undefined> {
    const document = documents.get(uri);
    if (!document || !published.has(uri)) return undefined;
    const kept = linted.get(uri);
    if (kept?.version === document.version) return { document, state: kept };
    const settings = await getEditorSettings(uri);
    const now = documents.get(uri);
    if (!now || now.version !== document.version || !published.has(uri)) return undefined;
    const result = lintText(uri, placeOf(uri, settings.config), document.getText());
    idle?.busy();
    const state = lintedState(document.version, result);
    linted.set(uri, state);
    return { document, state };
  }

  /** The settings problems logged since the settings last changed (publishConfigProblems). */
  const settingsWarnings = new Set<string>();
  function publishConfigProblems(file: string | undefined, problems: ConfigProblem[], editorProblems: ConfigProblem[]): void {
    // Once until the settings change, not on every lint (every key typed), nor again for each folder.
    const said = editorProblems.map((p) => p.message).join(' ');
    if (said && !settingsWarnings.has(said)) connection.console.warn(`impact-lint settings: ${said}`);
    if (said) settingsWarnings.add(said);
    // A config file that was deleted keeps its problems on screen unless cleared.
    for (const stale of configDiagnostics) {
      const file = filePathOf(stale);
      if (!file || !fs.existsSync(file)) {
        configDiagnostics.delete(stale);
        void connection.sendDiagnostics({ uri: stale, diagnostics: [] });
      }
    }
    if (!file) return;
    const uri = pathToFileURL(file).toString();
    if (!problems.length && !configDiagnostics.has(uri)) return;
    if (problems.length) configDiagnostics.add(uri);
    else configDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemDiagnostic(p)) });
  }

  connection.onCodeAction(async (params) => {
    checkParams('textDocument/codeAction', params, { textDocument: 'document', range: 'range', context: 'actionContext' });
    const found = await linting(params.textDocument.uri);
    if (!found) return [];
    const { document, state } = found;
    const only = params.context.only ?? undefined;
    return [...codeActions(document, state, params.context.diagnostics, only, docUrl), ...draftActions(document, params.range, only, state.kind)];
  });

  /** A document's text as open in the editor, else as on disk (read with the editor's settings: its maxFileSize). */
  const textOf = async (uri: string): Promise<string | undefined> => documents.get(uri)?.getText() ?? readUri(uri, (await getEditorSettings(uri)).config);

  registerTailoring(connection, {
    text: textOf,
    editorConfig: async (uri) => (await getEditorSettings(uri)).config,
    workspaceFolders: () => workspaceFolders,
  });

  registerDrafting(connection, {
    text: textOf,
    settings: async (uri) => {
      const editor = uri ? await getEditorSettings(uri) : safeEditorSettings(canConfigure ? undefined : pushed);
      const ds = placeOf(uri, editor.config).settings;
      return { settings: ds.settings, path: ds.path };
    },
  });

  connection.onHover(async (params) => {
    checkParams('textDocument/hover', params, { textDocument: 'document', position: 'position' });
    const found = await linting(params.textDocument.uri);
    if (!found) return null;
    const { document, state } = found;
    const shift = state.bom && document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
    return hover(state.findings, document.offsetAt(params.position) - shift, docUrl) ?? null;
  });

  // Completion reads the text as it is now, not the last lint: the user is mid-word.
  connection.onCompletion(async (params) => {
    checkParams('textDocument/completion', params, { textDocument: 'document', position: 'position' });
    const uri = params.textDocument.uri;
    const settings = await getEditorSettings(uri);
    const document = documents.get(uri);
    if (!document || !settings.enable) return null;
    const ds = placeOf(uri, settings.config).settings;
    const text = document.getText();
    // A file too large to lint is too large to parse on every space typed.
    if (Buffer.byteLength(text, 'utf8') > ds.settings.maxFileSize) return null;
    const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? 'character' : 'invoked';
    const completions = complete(text, document.offsetAt(params.position), { settings: ds.settings, path: ds.path, trigger });
    return completions.items.length ? toCompletionList(document, completions, canSnippet) : null;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== ServerCommands.showDocumentation) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${String(params.command)}"; this server runs ${ServerCommands.showDocumentation}.`);
    const url = params.arguments?.[0];
    if (typeof url !== 'string' || !/^(?:https?|file):\/\//.test(url)) throw new ResponseError(ErrorCodes.InvalidParams, `${ServerCommands.showDocumentation} takes the documentation URL (http, https or file), not ${JSON.stringify(url) ?? 'nothing'}.`);
    // A client that cannot open documents shows the link in a message, where the user sees it.
    if (canShowDocument) await connection.window.showDocument({ uri: url, external: url.startsWith('http') });
    else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Rule documentation: ${url}` });
  });

  connection.onRequest(ServerPidRequest, () => process.pid);

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** What the server keeps of a lint for code actions and hovers. */
function lintedState(version: number, result: ReturnType<typeof lint>): Linted {
  return { version, findings: result.findings, bom: result.bom, text: result.text, kind: result.kind.kind };
}

const MAX_DEBOUNCE_MS = 60_000;

/** How long a document waits for the editor's settings before it is linted with the defaults. */
const CONFIGURATION_TIMEOUT_MS = 3000;

/** IMPACT_LINT_CONFIGURATION_TIMEOUT (milliseconds; for tests and slow clients), else 3 s. */
export function configurationTimeoutFromEnv(value: string | undefined): number {
  const given = value?.trim() ?? '';
  return /^\d{1,7}$/.test(given) ? Number(given) : CONFIGURATION_TIMEOUT_MS;
}

/**
 * `readEditorSettings`, or the defaults with the reason when reading them fails: a
 * document is linted whatever the editor sends.
 */
function safeEditorSettings(raw: unknown): EditorSettings {
  try {
    return readEditorSettings(raw);
  } catch (error) {
    const settings = readEditorSettings(undefined);
    settings.problems.push({ message: `The impactLint settings could not be read, so the defaults apply: ${error instanceof Error ? error.message : String(error)}` });
    return settings;
  }
}

/** Reads `impactLint.*` editor settings; invalid parts are reported and dropped. */
function readEditorSettings(raw: unknown): EditorSettings {
  const problems: ConfigProblem[] = [];
  const value = isRecord(raw) ? raw : {};
  // Keys the client or the server use themselves; the rest is config-file shaped.
  const { debounceMs, enable, trace: _trace, author: _author, projectName: _projectName, projectLog: _projectLog, ...rest } = value;
  const configPart: Record<string, unknown> = {};
  // Unset values arrive as null, {} or "" (a cleared text setting such as impactLint.today).
  for (const [key, v] of Object.entries(rest)) if (v !== null && v !== undefined && v !== '' && !(isRecord(v) && Object.keys(v).length === 0)) configPart[key] = v;
  const config = validate(configPart, (message) => problems.push({ message }));
  return {
    config,
    problems,
    // At most a minute: Node's timers take no more than 2^31 - 1 ms, and warn past it.
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 ? Math.min(debounceMs, MAX_DEBOUNCE_MS) : DEFAULT_DEBOUNCE_MS,
    enable: enable !== false,
  };
}
