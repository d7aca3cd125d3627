#!/usr/bin/env node
// Checks what `npm run try` does after its build and setup: the harness in --try
// mode prints a URL; opened in Chromium, that window loads the extension and
// shows squiggles on resume.md; Ctrl-C (SIGINT) stops the server.
//   node test/e2e/try-check.mjs
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadToolchain, openWorkbench } from './harness/run-vscode-server.mjs';
import { copyExamples, ROOT } from './workspace.mjs';

const TIMEOUT_MS = 60_000;
let passed = 0;
let failed = 0;
const t0 = Date.now();
const workspace = copyExamples();
const child = spawn(process.execPath, [path.join(ROOT, 'test/e2e/harness/run-vscode-server.mjs'), '--try', '--extension', ROOT, '--workspace', workspace.dir], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
let out = '';
child.stderr.on('data', (d) => process.stderr.write(d));
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no URL printed within ${TIMEOUT_MS} ms:\n${out}`)), TIMEOUT_MS);
  child.stdout.on('data', (d) => {
    out += d;
    const m = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(out);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
  exited.then(({ code }) => reject(new Error(`--try exited (code ${code}) before printing a URL:\n${out}`)));
}).catch((error) => error);

let wb;
try {
  if (url instanceof Error) throw url;
  console.log(`ok - --try printed ${url.slice(0, 60)}...`);
  passed++;
  wb = await openWorkbench({ toolchain: loadToolchain(), url });
  wb.page.setDefaultTimeout(TIMEOUT_MS);
  await wb.page.getByRole('treeitem', { name: 'resume.md', exact: true }).click();
  await wb.page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor();
  console.log(`ok - the printed URL opens VS Code with the extension: squiggles on resume.md ("${await wb.page.title()}")`);
  passed++;
} catch (error) {
  console.log(`not ok - ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n  ')}`);
  failed++;
} finally {
  await wb?.close();
  child.kill('SIGINT');
  const { code, signal } = await exited;
  if (code === 130 || signal === 'SIGINT') {
    console.log(`ok - Ctrl-C stops it (exit ${code ?? signal})`);
    passed++;
  } else {
    console.log(`not ok - Ctrl-C: exit ${code}, signal ${signal}`);
    failed++;
  }
  workspace.remove();
}
console.log(`(try took ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`try: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
