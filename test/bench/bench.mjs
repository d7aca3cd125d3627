// npm run bench: engine speed as ratios against markdown-it's own parse, in one process.
// Prints figures; asserts nothing (timings on a shared machine are not tests).
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { logLike, resumeLike } from './generate.mjs';

const require = createRequire(import.meta.url);
const engine = require('../../dist/engine.js');
const md = new MarkdownIt('default', { html: true });
const settings = engine.defaultSettings();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median ms of `runs` calls after `warmup` calls, alternating the subjects to share noise. */
function compare(subjects, runs, warmup = 3) {
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(subjects)) fn();
  const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(subjects)) {
      const start = process.hrtime.bigint();
      fn();
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

const MB = 1024 * 1024;
const rows = [];
for (const [shape, make] of [['resume', resumeLike], ['project-log', logLike]]) {
  for (const size of [100 * 1024, MB]) {
    const text = make(size);
    const findings = engine.lint(text, { settings, path: `${shape}.md` }).findings.length;
    const t = compare(
      {
        markdownIt: () => md.parse(text, {}),
        impactLint: () => engine.lint(text, { settings, path: `${shape}.md` }),
      },
      size >= MB ? 15 : 40,
    );
    rows.push({ shape, size: `${Math.round(text.length / 1024)} KB`, findings, 'markdown-it parse ms': t.markdownIt.toFixed(2), 'impact-lint parse+lint ms': t.impactLint.toFixed(2), 'impact-lint MB/s': (text.length / MB / (t.impactLint / 1000)).toFixed(1), 'ratio (target <= 1.5)': (t.impactLint / t.markdownIt).toFixed(2) });
  }
}
console.log(`node ${process.version}, ${engine.rules.length} rules`);
console.table(rows);
