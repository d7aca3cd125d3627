// Runs inside the extension host with the PACKAGED extension installed from the
// .vsix (harness --install-vsix): it activates from the extensions folder, holds
// only bundles and assets, and lints. The workspace is a temp copy of examples/.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { EXTENSION_ID, runSuite, waitForDiagnostics, waitForEvent, codeOf, lineOf, openAndActivate } = require('../suite/lib.cjs');

function resumeUri() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, 'resume.md');
}

const tests = [
  [
    'the extension is installed from the .vsix, not loaded from the source tree',
    async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      const dir = ext.extensionPath;
      assert.match(path.basename(dir), /^impact-lint\.impact-lint-\d+\.\d+\.\d+/, `installed folder: ${dir}`);
      assert.ok(!fs.existsSync(path.join(dir, '.git')) && !fs.existsSync(path.join(dir, 'test')), `not the repository: ${dir}`);
      for (const stray of ['node_modules', 'client', 'server', 'tsconfig.json', 'dist/cli.js', 'dist/client.js.map']) {
        assert.ok(!fs.existsSync(path.join(dir, stray)), `${stray} is not shipped`);
      }
      for (const needed of ['dist/client.js', 'dist/server.js', 'docs/rules/weak-opening.md', 'images/icon.png']) {
        assert.ok(fs.existsSync(path.join(dir, needed)), `${needed} is shipped`);
      }
      console.log(`  (installed at ${dir})`);
    },
  ],
  [
    'it activates on a Markdown file and lints resume.md, with doc links into the installed docs',
    async () => {
      const uri = resumeUri();
      const { document, extension } = await openAndActivate(uri);
      assert.equal(extension.isActive, true);
      const line = lineOf(document, 'Responsible for managing the Windows 11 rollout');
      const list = await waitForDiagnostics(uri, (l) => ['weak-opening', 'missing-metric'].every((c) => l.some((d) => codeOf(d) === c && d.range.start.line === line)), 'weak-opening and missing-metric on the "Responsible for" bullet');
      const weak = list.find((d) => codeOf(d) === 'weak-opening');
      const target = weak.code.target;
      assert.equal(target.scheme, 'file', `doc link ${target}`);
      assert.ok(target.fsPath.startsWith(extension.extensionPath) && fs.existsSync(target.fsPath), `the doc link opens the shipped page: ${target.fsPath}`);
    },
  ],
  [
    'the language status reports kind resume',
    async () => {
      const uri = resumeUri();
      const { api } = await openAndActivate(uri);
      const status = await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => api.status(uri), 'a status for resume.md');
      assert.equal(status.kind, 'resume');
      assert.ok(status.warnings > 0, JSON.stringify(status));
    },
  ],
];

async function run() {
  await runSuite('vsix', tests);
}

module.exports = { run };
