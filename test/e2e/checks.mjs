// What the scripted workbench sessions (ui-check.mjs, preview-check.mjs, screenshots.mjs)
// share: `withWorkbench` starts VS Code on a copy of examples/ and closes it again;
// `check(name, fn)` times a step and prints TAP-like "ok - name" or "not ok - name",
// stopping the session at the first failure; `finish(label, main)` runs the session
// and prints the summary line test/e2e/run.mjs reads ("label: N passed, M failed").
import { createTempDirs, HarnessError, loadToolchain, openWorkbench, startServer, workbenchUrl } from './harness/run-vscode-server.mjs';
import { copyExamples, ROOT } from './workspace.mjs';

/** How long one step may wait for the workbench (each locator's default timeout). */
export const STEP_TIMEOUT_MS = 60_000;

/**
 * One session in the real workbench on a fresh copy of examples/: `prepare(workspace)`
 * runs first, then the VS Code server starts (with user `settings`) and Chromium opens
 * the workbench (at `viewport`); `session({ page, wb, workspace })` runs, and the
 * browser, the server and the temporary folders are gone afterwards, also on failure.
 */
export async function withWorkbench({ prefix, settings, viewport, prepare }, session) {
  const toolchain = loadToolchain();
  const dirs = createTempDirs(prefix);
  const workspace = copyExamples();
  let server;
  let wb;
  try {
    await prepare?.(workspace);
    server = await startServer({ toolchain, dirs, settings });
    wb = await openWorkbench({
      toolchain,
      profileDir: dirs.browserProfile,
      viewport,
      url: workbenchUrl({ port: server.port, folder: workspace.dir, extensionDevelopmentPath: ROOT }),
    });
    wb.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    return await session({ page: wb.page, wb, workspace });
  } finally {
    await wb?.close();
    await server?.stop();
    dirs.remove();
    workspace.remove();
  }
}

/**
 * The steps of one session. A failed step ends the session, unless `keepGoing` (the
 * screenshots go on to the next picture); `onFailure(name)` runs first (to save the
 * screen, close a menu the step left open).
 */
export function steps({ keepGoing = false, onFailure } = {}) {
  const checks = [];
  async function check(name, fn) {
    const t0 = Date.now();
    try {
      const note = await fn();
      checks.push({ name, ok: true });
      console.log(`ok - ${name} (${Date.now() - t0} ms)${note ? `\n  ${note}` : ''}`);
    } catch (error) {
      checks.push({ name, ok: false });
      await onFailure?.(name);
      console.log(`not ok - ${name} (${Date.now() - t0} ms)\n  ${String(error?.message ?? error).split('\n').slice(0, 8).join('\n  ')}`);
      if (!keepGoing) throw error;
    }
  }
  return { checks, check };
}

/**
 * Runs `main`, prints the summary and exits: a harness error keeps its exit code, a
 * failure outside a step counts as one, and so does any failed step (`keepGoing` steps
 * do not throw). `passed` names what a step that worked did ("saved" for screenshots).
 */
export async function finish(label, checks, main, { passed = 'passed' } = {}) {
  const t0 = Date.now();
  let code = 0;
  try {
    await main();
  } catch (error) {
    code = error instanceof HarnessError ? error.exitCode : 1;
    if (!checks.length || checks.at(-1).ok) console.log(`not ok - ${error?.message ?? error}`);
  }
  if (checks.some((c) => !c.ok)) code ||= 1;
  console.log(`(${label} took ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`${label}: ${checks.filter((c) => c.ok).length} ${passed}, ${checks.filter((c) => !c.ok).length + (code && checks.every((c) => c.ok) ? 1 : 0)} failed`);
  process.exit(code);
}
