#!/usr/bin/env node
// npm run test:e2e: everything that needs a real VS Code, in order:
//   build      esbuild bundles (not minified)
//   suite      test/e2e/suite/index.cjs inside the real extension host, on a temp copy of examples/
//   ui         test/e2e/ui-check.mjs: Chromium session, squiggles + Problems panel, test-results/e2e-ui.png
//   preview    test/e2e/preview-check.mjs: the Markdown preview shows the Gantt chart, test-results/preview-gantt.png
//   try        test/e2e/try-check.mjs: what `npm run try` starts prints a URL that shows the extension working
//   package    npm run package (minified bundles -> .vsix) + test/e2e/package-check.mjs
//   vsix       the .vsix installed into the VS Code server (--install-extension), test/e2e/vsix/index.cjs
// Needs `bash scripts/setup-vscode-server.sh` first (CI's .ci/run does it).
//   node test/e2e/run.mjs [--only suite,ui]   (package/vsix: vsix needs package)
// Artifacts in test-results/: e2e-suite.png, e2e-ui.png, e2e-vsix.png (the workbench when each ended), e2e-logs/<step>/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyExamples, ROOT } from './workspace.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const ALL = ['build', 'suite', 'ui', 'preview', 'try', 'package', 'vsix'];
const only = values.only ? values.only.split(',').map((s) => s.trim()) : ALL;
for (const s of only) if (!ALL.includes(s)) throw new Error(`--only: unknown step ${s} (${ALL.join(', ')})`);

const HARNESS = path.join('test', 'e2e', 'harness', 'run-vscode-server.mjs');
const RESULTS = path.join(ROOT, 'test-results');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = `${pkg.name}-${pkg.version}.vsix`;
const SUMMARY = /^(\w[\w-]*): (\d+) passed, (\d+) failed$/;

/** Runs a command from the repository root, echoing its output; resolves with { code, counts }. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = [];
    let buf = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const m = SUMMARY.exec(buf.slice(0, i).trim());
        if (m) counts.push({ label: m[1], passed: Number(m[2]), failed: Number(m[3]) });
        buf = buf.slice(i + 1);
      }
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), counts }));
  });
}

/** A harness run on a fresh copy of examples/, removed afterwards. */
async function harness(step, args) {
  const workspace = copyExamples();
  try {
    const logs = path.join(RESULTS, 'e2e-logs', step);
    fs.rmSync(logs, { recursive: true, force: true });
    return await run(process.execPath, [HARNESS, ...args, '--workspace', workspace.dir, '--screenshot', path.join(RESULTS, `e2e-${step}.png`), '--logs-dir', logs]);
  } finally {
    workspace.remove();
  }
}

const steps = {
  build: () => run(process.execPath, ['scripts/build.mjs']),
  suite: () => harness('suite', ['--extension', '.', '--tests', 'test/e2e/suite/index.cjs']),
  ui: () => run(process.execPath, ['test/e2e/ui-check.mjs', '--screenshot', path.join(RESULTS, 'e2e-ui.png')]),
  preview: () => run(process.execPath, ['test/e2e/preview-check.mjs', '--screenshot', path.join(RESULTS, 'preview-gantt.png')]),
  try: () => run(process.execPath, ['test/e2e/try-check.mjs']),
  package: async () => {
    fs.rmSync(path.join(ROOT, VSIX), { force: true });
    const built = await run('npm', ['run', '--silent', 'package']);
    if (built.code !== 0) return built;
    return run(process.execPath, ['test/e2e/package-check.mjs', VSIX]);
  },
  vsix: () => {
    if (!fs.existsSync(path.join(ROOT, VSIX))) return { code: 1, counts: [], note: `no ${VSIX}: run the package step first` };
    return harness('vsix', ['--install-vsix', VSIX, '--tests', 'test/e2e/vsix/index.cjs']);
  },
};

fs.mkdirSync(RESULTS, { recursive: true });
const t0 = Date.now();
const report = [];
let failedSteps = 0;
for (const name of ALL.filter((s) => only.includes(s))) {
  const t = Date.now();
  console.log(`\n=== e2e step: ${name} ===`);
  const result = await steps[name]();
  const seconds = (Date.now() - t) / 1000;
  if (result.note) console.log(result.note);
  if (result.code !== 0) failedSteps++;
  report.push({ name, code: result.code, seconds, counts: result.counts });
}

console.log('\n=== e2e summary ===');
let passed = 0;
let failed = 0;
for (const r of report) {
  const c = r.counts.reduce((a, x) => ({ passed: a.passed + x.passed, failed: a.failed + x.failed }), { passed: 0, failed: 0 });
  // A step that exited non-zero without reporting a failed test counts as one failure.
  if (r.code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  console.log(`${r.code === 0 ? 'ok     ' : 'FAILED '} ${r.name.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.counts.length ? `${c.passed} passed, ${c.failed} failed` : r.code === 0 ? '' : `exit ${r.code}`}`);
}
console.log(`(e2e took ${((Date.now() - t0) / 1000).toFixed(1)} s; artifacts in ${path.relative(ROOT, RESULTS)}/)`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failedSteps ? 1 : 0);
