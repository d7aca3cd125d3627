// Minimal extension for the e2e harness smoke test: activates on
// onStartupFinished and registers `smoke.hello`, which returns facts that only
// a real extension host can know.
'use strict';
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('smoke.hello', (name = 'world') => ({
      greeting: `hello, ${name}`,
      vscodeVersion: vscode.version,
      nodeVersion: process.version,
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    })),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
