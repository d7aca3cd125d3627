// Impact Lint against peers on the same input, in one process, through each peer's
// own Node API: write-good(text), textlint's TextlintKernel with textlint-rule-write-good
// and the Markdown plugin, markdownlint's sync API, and alex.markdown().
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { compare, engine, FULL, KB, MB, mbPerSecond, since, sizeLabel, target } from './common.mjs';
import { logLike, resumeLike } from './generate.mjs';

const require = createRequire(import.meta.url);
const MIN_SPEEDUP_OVER_WRITE_GOOD = 10;
/** Without --full, a peer whose 100 KB time projects past this at 1 MB is not run at 1 MB (write-good always is). */
const PEER_CAP_MS = 20_000;

async function loadPeers() {
  const writeGood = require('write-good');
  const { TextlintKernel } = require('@textlint/kernel');
  const markdownPlugin = require('@textlint/textlint-plugin-markdown').default;
  const writeGoodRule = require('textlint-rule-write-good').default;
  // ESM-only packages.
  const { lint: markdownlint } = await import('markdownlint/sync');
  const alex = await import('alex');
  const kernel = new TextlintKernel();
  const textlintOptions = { ext: '.md', filePath: 'bench.md', plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }], rules: [{ ruleId: 'write-good', rule: writeGoodRule }] };
  const md = new MarkdownIt('default', { html: true });
  const settings = engine.defaultSettings();
  /** name -> (text, path) => work; each returns its findings so the count can be shown. */
  return {
    'impact-lint': (text, path) => engine.lint(text, { settings, path }).findings,
    'write-good': (text) => writeGood(text),
    'textlint + write-good': (text) => kernel.lintText(text, textlintOptions).then((r) => r.messages),
    markdownlint: (text) => markdownlint({ strings: { doc: text } }).doc,
    alex: (text) => alex.markdown(text).messages,
    'markdown-it parse (floor)': (text) => md.parse(text, {}),
  };
}

export async function runPeers() {
  const peers = await loadPeers();
  const names = Object.keys(peers);
  const speed = Object.fromEntries(names.map((n) => [n, { tool: n }]));
  const ratio = Object.fromEntries(names.filter((n) => n !== 'impact-lint').map((n) => [n, { peer: n }]));
  const findings = Object.fromEntries(names.map((n) => [n, { tool: n }]));
  const notes = [];
  let worstWriteGood;
  for (const [shape, make] of [['resume', resumeLike], ['project-log', logLike]]) {
    const path = `${shape}.md`;
    let at100;
    for (const size of [100 * KB, MB]) {
      const text = make(size);
      const column = `${shape} ${sizeLabel(size)}`;
      const run = names.filter((n) => size < MB || FULL || n === 'impact-lint' || n === 'write-good' || at100[n].median * (MB / (100 * KB)) <= PEER_CAP_MS);
      for (const n of names.filter((x) => !run.includes(x))) notes.push(`${n} not run on ${column}: its 100 KB time projects to ${((at100[n].median * 10.24) / 1000).toFixed(0)} s or more (linear), over the ${PEER_CAP_MS / 1000} s default cap; --full runs it.`);
      // Each subject keeps its last output, for the findings table.
      const output = {};
      const keep = (n, out) => (output[n] = out);
      const subjects = Object.fromEntries(run.map((n) => [n, () => {
        const out = peers[n](text, path);
        return typeof out.then === 'function' ? out.then((o) => keep(n, o)) : keep(n, out);
      }]));
      // Warm each subject up on the 100 KB file, untimed: up to 3 calls, or fewer once one takes over a second (the slow peers).
      if (size < MB) {
        for (const fn of Object.values(subjects)) {
          for (let i = 0, start = process.hrtime.bigint(); i < 3 && (i === 0 || since(start) < 1_000); i++) await fn();
        }
      }
      const t = await compare(subjects, size >= MB ? { runs: 1, warmup: 0, minRuns: 1 } : { runs: 5, warmup: 0, minRuns: 1, budgetMs: 15_000 });
      if (size < MB) at100 = t;
      for (const n of run) findings[n][column] = output[n].length;
      const ours = t['impact-lint'].median;
      for (const n of names) {
        speed[n][column] = t[n] ? `${mbPerSecond(text.length, t[n].median).toFixed(2)}${t[n].n > 1 ? ` (n=${t[n].n})` : ''}` : 'not run';
        if (n !== 'impact-lint') ratio[n][column] = t[n] ? (t[n].median / ours).toFixed(2) : 'not run';
      }
      const wg = t['write-good'].median / ours;
      if (!worstWriteGood || wg < worstWriteGood.ratio) worstWriteGood = { ratio: wg, where: column };
    }
  }
  console.log('\n## Peers: MB/s on the same input (median of n alternating runs; 1 MB runs once each)');
  console.table(Object.values(speed));
  console.log('## Peers: peer time / impact-lint time (above 1: impact-lint is faster; markdown-it row: below 0.67 means over the 1.5x target)');
  console.table(Object.values(ratio));
  console.log('## Peers: findings on each file (markdown-it: tokens)');
  console.table(Object.values(findings));
  for (const note of notes) console.log(`note: ${note}`);
  return [target('full rule set vs write-good (worst file)', `>= ${MIN_SPEEDUP_OVER_WRITE_GOOD}x faster`, `${worstWriteGood.ratio.toFixed(2)}x (${worstWriteGood.where})`, worstWriteGood.ratio >= MIN_SPEEDUP_OVER_WRITE_GOOD)];
}
