// Test module for the e2e harness smoke test. Runs INSIDE the extension host
// (loaded through extensionTestsPath); the harness exits with 0 when run()
// resolves and non-zero when it rejects. The same module shape runs under
// @vscode/test-electron on an online machine.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'impact-lint-e2e.impact-lint-e2e-smoke';

/** Polls `check` (no fixed sleep: it returns as soon as the condition holds). */
async function waitFor(what, check, timeoutMs = 30_000, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const tests = [
  [
    'the extension activates by itself on onStartupFinished',
    async () => {
      const ext = await waitFor(`${EXTENSION_ID} to be installed`, () => vscode.extensions.getExtension(EXTENSION_ID));
      await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive);
      assert.equal(ext.isActive, true);
      // From the development path, or from the extensions dir with --install-vsix.
      console.log(`  (loaded from ${ext.extensionPath})`);
    },
  ],
  [
    'smoke.hello is registered and returns its greeting',
    async () => {
      const all = await vscode.commands.getCommands(true);
      assert.ok(all.includes('smoke.hello'), 'smoke.hello is not registered');
      const result = await vscode.commands.executeCommand('smoke.hello', 'e2e');
      assert.equal(result.greeting, 'hello, e2e');
      assert.match(result.vscodeVersion, /^1\.\d+\.\d+/);
      assert.match(result.nodeVersion, /^v\d+\./);
      console.log(`  (VS Code ${result.vscodeVersion}, extension host on Node ${result.nodeVersion})`);
    },
  ],
  [
    'the harness workspace is open and its file can be read',
    async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      assert.equal(folders.length, 1);
      assert.equal(path.basename(folders[0].uri.fsPath), 'workspace');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folders[0].uri, 'hello.md'));
      await vscode.window.showTextDocument(doc);
      assert.match(doc.getText(), /^# Smoke workspace/);
      assert.equal(doc.languageId, 'markdown');
    },
  ],
];

async function run() {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok - ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(e && e.stack ? e.stack : e).split('\n').join('\n  ')}`);
    }
  }
  console.log(`smoke: ${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} smoke test(s) failed`);
}

module.exports = { run };
