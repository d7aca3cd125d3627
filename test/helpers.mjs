// Shared test helpers: the bundled engine, a minimal resume wrapper and a rule
// tester in the spirit of ESLint's RuleTester, built on node:test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The bundled engine (`npm run build` writes dist/engine.js). */
export const engine = require('../dist/engine.js');

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A TypeScript module of ours that no bundle exports (Node-only or client code without
 * the vscode API), bundled by esbuild (the build's own tool) and imported from memory.
 */
export async function importTs(entry) {
  const { buildSync } = await import('esbuild');
  const build = (format) => buildSync({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', format, write: false, logLevel: 'warning' }).outputFiles[0].text;
  // A module that bundles CommonJS packages (vscode-languageserver) requires Node's own modules, which an ES module from
  // memory cannot: an entry that names vscode-languageserver itself is bundled as CommonJS and required from a temporary
  // file (one that reaches it only through another module of ours would need the same).
  if (!/\bvscode-languageserver\b/.test(fs.readFileSync(path.join(ROOT, entry), 'utf8'))) return import(`data:text/javascript;base64,${Buffer.from(build('esm')).toString('base64')}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-import-')), 'bundle.cjs');
  fs.writeFileSync(file, build('cjs'));
  try {
    return require(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** The built CLI, spawned as a user runs it (no colours). */
export function runCli(args, { cwd = ROOT, input, env } = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDirs = [];

/** A new temporary folder (its real path) holding `files` (relative name -> text); all are removed when the test process exits. */
export function tempDir(files = {}, prefix = 'impact-lint-test-') {
  if (!tempDirs.length) process.once('exit', () => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The text before the first bullet of every `resume()` document. */
export const RESUME_PREFIX = '---\nimpact-lint: resume\n---\n\n## Experience\n\n';

/** Lints `text` and returns the whole result (findings, problems, kind, bom, text, model). */
export function lintText(text, opts = {}) {
  return engine.lint(text, opts);
}

/**
 * A minimal resume: front matter `impact-lint: resume`, an `## Experience`
 * heading and one `- ` bullet per string. A bullet may hold more lines
 * (continuations, indented sub-bullets); they are kept as written.
 */
export function resumeText(bullets) {
  const list = Array.isArray(bullets) ? bullets : [bullets];
  return RESUME_PREFIX + list.map((bullet) => `- ${bullet}\n`).join('');
}

/** Lints `resumeText(bullets)` and returns its findings. */
export function resume(bullets, opts = {}) {
  return lintText(resumeText(bullets), opts).findings;
}

/** The source text a finding (or any `{span}`/`{start, end}`) covers. */
export function sourceOf(text, finding) {
  const span = finding.span ?? finding;
  return text.slice(span.start, span.end);
}

/** Findings of one rule. */
export function only(findings, ruleId) {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

function caseName(prefix, item) {
  if (item.name) return `${prefix}: ${item.name}`;
  const text = item.text.replace(/\n/g, '\\n');
  return `${prefix}: ${text.length > 70 ? `${text.slice(0, 67)}...` : text}`;
}

function normalize(item) {
  return typeof item === 'string' ? { text: item } : item;
}

/** True when `expected` appears in `actual` in the same relative order. */
function isSubsequence(expected, actual) {
  let at = 0;
  for (const value of actual) if (at < expected.length && value === expected[at]) at++;
  return at === expected.length;
}

/**
 * Table tests for one rule, each case a bullet wrapped by `resumeText`.
 *
 * valid: strings or `{ text, name?, todo?, options? }`: the rule reports nothing.
 * invalid: `{ text, name?, todo?, options?, message?, span?, output?, suggestions? }`:
 *   - exactly one finding of the rule, on that bullet;
 *   - `message` (RegExp) matches its message;
 *   - `span` (string) is the exact source text it covers;
 *   - `output` is the bullet after applying its fix, or null when it must have no fix;
 *   - `suggestions` (strings) appear, in this order, among its suggestions' edit texts;
 *   - the fixed text linted again has no finding of the rule, and `fixText`
 *     reaches the same text (fixes converge).
 * `options` are passed to `lint` (settings, path, kind). `todo` (a reason)
 * marks a known engine gap: the case runs but cannot fail the suite.
 */
export function ruleTester(ruleId, { valid = [], invalid = [] }) {
  const rule = engine.ruleById(ruleId);
  describe(ruleId, () => {
    it('is registered', () => assert.ok(rule, `no rule "${ruleId}" in the registry`));

    describe('valid', () => {
      for (const item of valid.map(normalize)) {
        it(caseName('valid', item), { todo: item.todo }, () => {
          const text = resumeText([item.text]);
          const found = only(lintText(text, item.options).findings, ruleId);
          assert.deepEqual(
            found.map((f) => `${sourceOf(text, f)}: ${f.message}`),
            [],
            `expected no "${ruleId}" finding`,
          );
        });
      }
    });

    describe('invalid', () => {
      for (const item of invalid.map(normalize)) {
        it(caseName('invalid', item), { todo: item.todo }, () => checkInvalid(ruleId, item));
      }
    });
  });
}

function checkInvalid(ruleId, item) {
  const text = resumeText([item.text]);
  const bulletStart = RESUME_PREFIX.length + 2;
  const bulletEnd = text.length - 1;
  const result = lintText(text, item.options);
  assert.deepEqual(result.crashed, [], 'a rule crashed');
  const found = only(result.findings, ruleId);
  assert.equal(found.length, 1, `expected exactly one "${ruleId}" finding, got ${found.length}: ${JSON.stringify(found.map((f) => f.message))}`);
  const [finding] = found;

  assert.ok(finding.span.start >= bulletStart && finding.span.end <= bulletEnd && finding.span.start < finding.span.end, `span ${JSON.stringify(finding.span)} is not inside the bullet`);
  assert.deepEqual(finding.start, result.model.lines.positionAt(finding.span.start), 'start position does not match span.start');
  assert.deepEqual(finding.end, result.model.lines.positionAt(finding.span.end), 'end position does not match span.end');
  assert.ok(!finding.message.includes(ruleId), 'the message repeats the rule id');
  if (item.message) assert.match(finding.message, item.message);
  if (item.span !== undefined) assert.equal(sourceOf(text, finding), item.span);

  if (item.suggestions) {
    const texts = (finding.suggestions ?? []).map((s) => s.edit.text);
    assert.ok(isSubsequence(item.suggestions, texts), `suggestions ${JSON.stringify(texts)} do not include ${JSON.stringify(item.suggestions)} in order`);
  }
  for (const suggestion of finding.suggestions ?? []) {
    const [start, end] = suggestion.edit.range;
    assert.ok(start >= bulletStart && end <= bulletEnd && start <= end, `suggestion "${suggestion.title}" edits outside the bullet`);
  }

  if (item.output === null) {
    assert.equal(finding.fix, undefined, `expected no fix, got ${JSON.stringify(finding.fix)}`);
    return;
  }
  if (item.output === undefined && !finding.fix) return;
  assert.ok(finding.fix, 'expected a fix');
  const fixed = engine.applyEdits(text, [finding.fix]).text;
  assert.equal(fixed.slice(0, bulletStart), text.slice(0, bulletStart), 'the fix changed text before the bullet');
  assert.ok(fixed.endsWith('\n'), 'the fix changed the end of the document');
  if (item.output !== undefined) assert.equal(fixed.slice(bulletStart, -1), item.output);

  const again = only(lintText(fixed, item.options).findings, ruleId);
  assert.deepEqual(again.map((f) => f.message), [], 'the fixed text still has a finding of the rule');
  const fixedAll = engine.fixText(text, item.options).text;
  assert.equal(fixedAll, engine.fixText(fixed, item.options).text, 'fixText does not converge to the same text');
  assert.equal(engine.fixText(fixedAll, item.options).fixed, 0, 'fixText output is not stable');
}

/** `text` after one random edit of a property test: `remove` characters at `at` (wrapped to the text) replaced by `insert`. */
export function applyRandomEdit(text, { at, remove, insert }) {
  const from = at % (text.length + 1);
  return text.slice(0, from) + insert + text.slice(Math.min(text.length, from + remove));
}

/**
 * Checks that `large()` (the same work on `factor` times the input of `small()`) takes less
 * than `bound` times as long: linear, not quadratic. A ratio, never an absolute time. Each
 * round times both back to back (the best of `runs` calls each, after one untimed call of
 * each), so that a busy neighbour or a GC pause slows both or spoils the round, and a small
 * time from a quiet moment is never set against a large one from a busy moment; one round
 * of `rounds` under the bound passes. A real quadratic is over it in every round.
 * Large times under `floorMs` are too short to time on a shared machine and pass. A callback that returns
 * a number gives its own time in ms, for work with untimed setup.
 */
export function assertGrowsLinearly(name, small, large, { bound, runs = 3, rounds = 4, floorMs = 1 }) {
  // A callback that returns a number has timed itself (it leaves untimed setup out); otherwise the call is timed.
  const best = (fn) => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const own = fn();
      min = Math.min(min, typeof own === 'number' ? own : Number(process.hrtime.bigint() - start) / 1e6);
    }
    return min;
  };
  small();
  large();
  const seen = [];
  for (let round = 0; round < rounds; round++) {
    const t1 = best(small);
    const t2 = best(large);
    seen.push(`${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms (${(t2 / t1).toFixed(1)}x)`);
    if (t2 < Math.max(bound * t1, floorMs)) return;
  }
  assert.fail(`${name}: over ${bound}x in every round: ${seen.join('; ')}`);
}
