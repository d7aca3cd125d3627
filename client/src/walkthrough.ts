// The command behind the Getting Started walkthrough's first step: opens a
// bundled example (examples/*.md ships in the .vsix) as an untitled Markdown
// document, so a first-time user sees findings without a workspace of their own.
import * as vscode from 'vscode';

export const WalkthroughCommands = {
  openExample: 'impactLint.openExample',
} as const;

/** Example name (the command's optional argument) -> file under examples/. */
export const EXAMPLES: Readonly<Record<string, string>> = {
  resume: 'resume.md',
  'status-report': 'status-report.md',
  'project-log': 'project-log.md',
};

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(WalkthroughCommands.openExample, async (which?: unknown) => {
      const name = (typeof which === 'string' && Object.hasOwn(EXAMPLES, which) ? EXAMPLES[which] : undefined) ?? EXAMPLES.resume;
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', name));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document, { preview: false });
      // The untitled document's URI, for tests and for chaining (e.g. opening its preview).
      return document.uri;
    }),
  );
}
