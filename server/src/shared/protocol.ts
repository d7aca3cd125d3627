// Messages between the VS Code client and the language server, declared once and
// bundled into both (vscode-eslint's customMessages.ts pattern).

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
}

/** Client -> server: the server's process id (the end-to-end tests kill it to prove crash recovery). */
export const ServerPidRequest = 'impactLint/serverPid';

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  showDocumentation: 'impactLint.server.showDocumentation',
} as const;

/** Commands the client contributes. */
export const ClientCommands = {
  restart: 'impactLint.restartServer',
  showOutput: 'impactLint.showOutput',
} as const;

export const CONFIG_SECTION = 'impactLint';
export const FIX_ALL_KIND = 'source.fixAll.impact-lint';
export const SOURCE = 'impact-lint';
