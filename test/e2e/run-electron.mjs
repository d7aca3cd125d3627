#!/usr/bin/env node
// For contributors who are ONLINE: the same in-host suite (test/e2e/suite/index.cjs)
// and the installed-.vsix checks run by @vscode/test-electron, which downloads a
// desktop VS Code into .vscode-test/. Not run in CI (CI is offline: it uses the
// VS Code server harness through test/e2e/run.mjs).
//   npm run test:e2e:electron                 (the suite on a temp copy of examples/)
//   VSCODE_VERSION=1.91.0 npm run test:e2e:electron
// Under a headless Linux session, wrap it in xvfb-run.
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyExamples, ROOT } from './workspace.mjs';

const workspace = copyExamples();
let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test', 'e2e', 'suite', 'index.cjs'),
    // Only Impact Lint (and built-ins) in a throw-away profile, on the temp workspace.
    launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`e2e (electron) failed: ${error?.message ?? error}`);
} finally {
  workspace.remove();
}
process.exit(code);
