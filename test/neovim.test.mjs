// Neovim as a second, independent LSP client: runs test/neovim/check.lua in
// headless Neovim (0.7+, Debian's `neovim` package) against the BUILT server
// (`node dist/cli.js --stdio`) and checks what it printed. Run `npm run build` first.
//
// Without `nvim` on PATH this FAILS (install it: apt-get install -y neovim), unless
// IMPACT_LINT_SKIP_NVIM=1 is set, in which case it is skipped.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'test', 'neovim', 'check.lua');
const FIXTURE = path.join(ROOT, 'test', 'neovim', 'resume.md');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const NVIM_TIMEOUT_MS = 20_000;

const nvimVersion = (() => {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return undefined;
  return probe.stdout.split('\n')[0].trim();
})();
const skipReason = !nvimVersion && process.env.IMPACT_LINT_SKIP_NVIM === '1' ? 'nvim is not installed and IMPACT_LINT_SKIP_NVIM=1' : false;

function requireNvim() {
  assert.ok(
    nvimVersion,
    'nvim is not installed (no `nvim` on PATH). Install it with `apt-get install -y neovim` (Debian 0.7.2 is enough), or set IMPACT_LINT_SKIP_NVIM=1 to skip the Neovim tests.',
  );
  assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` before these tests.');
}

const tempDirs = [];
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder (outside the repository, so no config file of ours applies) holding `files`. */
function workspace(files) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-nvim-')));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

// Neovim 0.7 answers window/showMessageRequest with a blocking inputlist() prompt.
const PROMPT = /Type number and <Enter>/;

/**
 * Runs check.lua on `file`; resolves with its output. Kills Neovim (and the server it
 * started) after the timeout, or at once when it shows a prompt that would wait forever.
 */
function runCheck(file, env = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`, file], {
      cwd: path.dirname(file),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let prompted = false;
    const kill = () => {
      // Neovim and the server it started form one process group.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const watch = () => {
      if (!prompted && PROMPT.test(stdout + stderr)) {
        prompted = true;
        kill();
      }
    };
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      watch();
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      watch();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, NVIM_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, prompted, ms: Date.now() - started });
    });
  });
}

function parse(stdout) {
  const lines = stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
  return {
    published: Number(lines.find((l) => l[0] === 'published')?.[1] ?? 0),
    diagnostics: lines.filter((l) => l[0] === 'diagnostic').map(([, line, col, code, message]) => ({ line: Number(line), col: Number(col), code, message })),
    actions: lines.filter((l) => l[0] === 'action').map(([, title]) => title),
    ok: lines.some((l) => l[0] === 'ok'),
    failures: lines.filter((l) => l[0] === 'FAIL').map((l) => l.slice(1).join(' ')),
  };
}

function describeRun(run) {
  return `exit ${run.code}${run.signal ? ` (${run.signal})` : ''}${run.timedOut ? `, killed after ${NVIM_TIMEOUT_MS} ms` : ''}${run.prompted ? ', killed at a blocking prompt' : ''}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}

describe(`headless Neovim (${nvimVersion ?? 'not installed'}) against dist/cli.js --stdio`, () => {
  test('a resume: diagnostics with rule codes on the right lines, and code actions for a weak opening', { skip: skipReason }, async () => {
    requireNvim();
    const dir = workspace({ 'resume.md': fs.readFileSync(FIXTURE, 'utf8') });
    const run = await runCheck(path.join(dir, 'resume.md'));
    const result = parse(run.stdout);
    assert.ok(!run.timedOut && !run.prompted && run.code === 0 && result.ok, `check.lua failed: ${result.failures.join('; ')}\n${describeRun(run)}`);

    assert.deepEqual(
      result.diagnostics.map((d) => [d.line, d.col, d.code]),
      [
        [7, 3, 'missing-metric'],
        [7, 3, 'weak-opening'],
        [9, 3, 'missing-metric'],
        [9, 3, 'weak-opening'],
        [10, 3, 'missing-metric'],
      ],
    );
    for (const d of result.diagnostics) assert.ok(d.message && !d.message.includes(d.code), `message of ${d.code}: ${d.message}`);
    assert.match(result.diagnostics.find((d) => d.code === 'weak-opening').message, /Responsible for/);

    // The first weak opening is line 7, "Responsible for managing the server upgrade".
    assert.equal(result.actions[0], 'Replace "Responsible for managing" with "Managed" (preferred)', result.actions.join('\n'));
    assert.equal(result.actions.filter((t) => t.endsWith('(preferred)')).length, 1, result.actions.join('\n'));
    // The derived verb is the one rewrite: "Led managing the server upgrade" is not English.
    assert.ok(!result.actions.some((t) => /^Replace "Responsible for" with /.test(t)), `no phrase-only alternative in:\n${result.actions.join('\n')}`);
    for (const title of ['Fix all weak-opening problems (2)', 'Disable weak-opening for this line', 'Show documentation for weak-opening']) {
      assert.ok(result.actions.includes(title), `"${title}" in:\n${result.actions.join('\n')}`);
    }
  });

  test('a README: one empty publish, and Neovim and the server still answer', { skip: skipReason }, async () => {
    requireNvim();
    const readme = ['# my-tool', '', 'A small CLI that formats logs.', '', '## Install', '', '- Run `npm install -g my-tool`', '- Responsible for managing nothing', ''].join('\n');
    const dir = workspace({ 'README.md': readme });
    const run = await runCheck(path.join(dir, 'README.md'), { IMPACT_LINT_EXPECT: 'none' });
    const result = parse(run.stdout);
    assert.ok(!run.timedOut && run.code === 0 && result.ok, `check.lua failed: ${result.failures.join('; ')}\n${describeRun(run)}`);
    assert.ok(result.published >= 1);
    assert.deepEqual(result.diagnostics, []);
  });

  test('a resume over maxFileSize: no diagnostics, and no prompt that blocks the editor', { skip: skipReason }, async () => {
    requireNvim();
    const dir = workspace({ 'resume.md': fs.readFileSync(FIXTURE, 'utf8'), '.impact-lint.json': JSON.stringify({ maxFileSize: 100 }) });
    const run = await runCheck(path.join(dir, 'resume.md'), { IMPACT_LINT_EXPECT: 'none' });
    const result = parse(run.stdout);
    assert.ok(
      !run.prompted,
      `Neovim is stuck in an inputlist() prompt: the server sent window/showMessageRequest (a request that waits for the user) instead of the window/showMessage notification\n${describeRun(run)}`,
    );
    assert.ok(!run.timedOut && run.code === 0 && result.ok, `check.lua failed: ${result.failures.join('; ')}\n${describeRun(run)}`);
    assert.deepEqual(result.diagnostics, []);
  });
});
