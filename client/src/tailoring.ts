// "Compare with Job Description...": picks a job description, asks the server to
// compare the resume with it, and shows the report as an untitled Markdown page.
// The comparison and the report are the engine's (server/src/engine/jobterms.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, CompareJobRequest, type CompareJobParams, type CompareJobResult } from '../../server/src/shared/protocol';

/** Optional arguments, so tests (and other commands) can skip the pickers. */
export interface CompareArgs {
  jobUri?: vscode.Uri | string;
  resumeUri?: vscode.Uri | string;
}

const asUri = (value: vscode.Uri | string): vscode.Uri => (typeof value === 'string' ? vscode.Uri.parse(value) : value);

export function registerTailoring(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand(ClientCommands.compareWithJobDescription, (args?: CompareArgs) => compare(client(), args)));
}

/** Runs the comparison; resolves with the server's answer (undefined when cancelled or impossible). */
async function compare(client: LanguageClient | undefined, args: CompareArgs = {}): Promise<CompareJobResult | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage('Impact Lint: the language server is not running; restart it and try again.');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const resume = args.resumeUri ? asUri(args.resumeUri) : editor?.document.languageId === 'markdown' ? editor.document.uri : undefined;
  if (!resume) {
    void vscode.window.showErrorMessage('Impact Lint: open the resume (a Markdown file) first, then compare it with a job description.');
    return undefined;
  }
  let job = args.jobUri ? asUri(args.jobUri) : undefined;
  if (!job) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: 'Compare',
      title: 'Job description to compare the resume with',
      defaultUri: vscode.Uri.joinPath(resume, '..'),
      filters: { 'Job description': ['md', 'markdown', 'txt'], 'All files': ['*'] },
    });
    if (!picked?.length) return undefined;
    job = picked[0];
  }
  const params: CompareJobParams = { uri: resume.toString(), jobUri: job.toString() };
  const result = await client.sendRequest<CompareJobResult>(CompareJobRequest, params);
  if (result.error) {
    void vscode.window.showErrorMessage(`Impact Lint: ${result.error}`);
    return result;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return result;
}
