// Shared helpers for the benchmark parts: the engine under test, timing, budgets, formatting.
// Timings on a shared machine are figures, never assertions.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const KB = 1024;
export const MB = 1024 * 1024;

/**
 * The built engine (dist/engine.js; `npm run bench` builds it first), loaded on first
 * use: a peer timed in its own process (peer-child.mjs) must not hold it.
 */
export function loadEngine() {
  return require('../../dist/engine.js');
}

/** `--full` lifts every time budget: all runs, all edits, every peer at 1 MB. */
export const FULL = process.argv.includes('--full');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Milliseconds since `start` (a process.hrtime.bigint()). */
export function since(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Calls `fn` and awaits it only when it returns a promise (textlint is async, the others are
 * not); resolves with [ms, what it returned]. No forced GC between calls: a full GC drops
 * V8's compiled regular expressions and tripled the engine's time (100 -> 260 ms on 100 KB),
 * which no editor session sees.
 */
export async function timeOne(fn) {
  const start = process.hrtime.bigint();
  let output = fn();
  if (output && typeof output.then === 'function') output = await output;
  return [since(start), output];
}

/**
 * Times `subjects` (name -> function) in alternating rounds so that they share the
 * machine's noise. Runs `warmup` untimed rounds, then timed rounds until `runs`
 * are done or `budgetMs` is spent (always at least `minRuns`; `--full` ignores the
 * budget). Returns name -> { median, min, max, n, times } in ms (times in round order).
 */
export async function compare(subjects, { runs, warmup = 3, budgetMs = Infinity, minRuns = 3 }) {
  const budget = FULL ? Infinity : budgetMs;
  const start = process.hrtime.bigint();
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(subjects)) await timeOne(fn);
  const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (let i = 0; i < runs && (i < minRuns || since(start) < budget); i++) {
    for (const [name, fn] of Object.entries(subjects)) times[name].push((await timeOne(fn))[0]);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length, times: v }]));
}

/** "12.3 (11.9-14.0)": median and the range over the runs. */
export function withSpread({ median: m, min, max, n }, digits = 1) {
  return n > 1 ? `${m.toFixed(digits)} (${min.toFixed(digits)}-${max.toFixed(digits)})` : m.toFixed(digits);
}

export function mbPerSecond(chars, ms) {
  return chars / MB / (ms / 1000);
}

export function sizeLabel(bytes) {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB` : `${Math.round(bytes / KB)} KB`;
}

/**
 * One line of the closing summary: what is measured, the goal, the figure, and
 * whether the figure meets it (`met` undefined when it could not be measured).
 */
export function target(name, goal, actual, met) {
  return { target: name, goal, actual, met: met === undefined ? 'n/a' : met ? 'yes' : 'NO' };
}
