// A tiny test runner and event-driven waits for test modules that run INSIDE the
// VS Code extension host (the offline harness or @vscode/test-electron). Only
// `vscode` and Node built-ins: nothing to install in the extension host.
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'impact-lint.impact-lint';
const SOURCE = 'impact-lint';

/** Runs [name, fn] pairs in order; prints TAP-like lines and `<label>: N passed, N failed`; rejects on a failure. */
async function runSuite(label, tests) {
  const only = process.env.IMPACT_LINT_E2E_ONLY; // a substring of test names, for local debugging
  let passed = 0;
  let failed = 0;
  const t0 = Date.now();
  for (const [name, fn] of tests) {
    if (only && !name.includes(only)) continue;
    const t = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok - ${name} (${Date.now() - t} ms)`);
    } catch (error) {
      failed++;
      const text = String(error && error.stack ? error.stack : error)
        .split('\n')
        .filter((line) => !/^\s+at .*(node:internal|extensionHostProcess|vs\/workbench)/.test(line))
        .join('\n  ');
      console.log(`not ok - ${name} (${Date.now() - t} ms)\n  ${text}`);
    }
  }
  console.log(`(${label} took ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} ${label} test(s) failed`);
}

/**
 * Resolves with `value()` once it is truthy, checking now and whenever `event`
 * fires; rejects after `timeoutMs` (a deadline, not a sleep) with `what` and
 * what was last seen.
 */
function waitForEvent(event, value, what, { timeoutMs = 20_000, describe } = {}) {
  return new Promise((resolve, reject) => {
    let done = false;
    let subscription;
    const finish = (fn, arg) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscription?.dispose();
      fn(arg);
    };
    const check = () => {
      try {
        const v = value();
        if (v) finish(resolve, v);
      } catch (error) {
        finish(reject, error);
      }
    };
    const timer = setTimeout(() => {
      let last = '';
      try {
        last = describe ? `\n  last seen: ${describe()}` : '';
      } catch {
        /* keep the timeout message */
      }
      finish(reject, new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}`));
    }, timeoutMs);
    subscription = event(check);
    check();
  });
}

/** Impact Lint's diagnostics for `uri` (rule findings and config problems). */
function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a diagnostic: `code` is `{ value, target }` when it has a documentation link. */
function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function describeDiagnostics(uri) {
  const list = ours(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`);
  return list.length ? list.join(', ') : '(none)';
}

/** Waits (on onDidChangeDiagnostics) until `predicate(diagnostics)` holds for `uri`. */
function waitForDiagnostics(uri, predicate, what, timeoutMs = 20_000) {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const list = ours(uri);
      return predicate(list) ? list : undefined;
    },
    `${what} in ${vscode.workspace.asRelativePath(uri)}`,
    { timeoutMs, describe: () => describeDiagnostics(uri) },
  );
}

/** Codes of our diagnostics on a 0-based line. */
function codesOnLine(list, line) {
  return list.filter((d) => d.range.start.line === line).map(codeOf).sort();
}

/** 0-based line of the first line of `document` that contains `text`; throws when there is none. */
function lineOf(document, text) {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line containing ${JSON.stringify(text)} in ${vscode.workspace.asRelativePath(document.uri)}`);
}

/** Opens `uri` in an editor and resolves with the editor once the extension is active. */
async function openAndActivate(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this extension host`);
  const api = await extension.activate();
  return { document, editor, extension, api };
}

/** Resolves once `document` changed (onDidChangeTextDocument) and `predicate(text)` holds. */
function waitForText(document, predicate, what, timeoutMs = 20_000) {
  return waitForEvent(
    vscode.workspace.onDidChangeTextDocument,
    () => (predicate(document.getText()) ? document.getText() : undefined),
    `${what} in ${vscode.workspace.asRelativePath(document.uri)}`,
    { timeoutMs, describe: () => JSON.stringify(document.getText().slice(0, 300)) },
  );
}

module.exports = { EXTENSION_ID, SOURCE, runSuite, waitForEvent, waitForDiagnostics, waitForText, ours, codeOf, codesOnLine, lineOf, openAndActivate, describeDiagnostics };
