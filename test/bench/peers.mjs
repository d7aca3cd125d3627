// Impact Lint against peers on the same input, each through its own Node API:
// write-good(text), textlint's TextlintKernel with textlint-rule-write-good and the
// Markdown plugin, markdownlint's sync API, alex.markdown(), and markdown-it's parse.
//
// Each tool is timed in a Node process of its own (peer-child.mjs), one after the
// other, on the same generated input. In one shared process the slow peers left
// hundreds of MB of garbage whose collection landed in whichever tool ran next:
// Impact Lint measured 0.57 MB/s there against 1.41 MB/s alone on the same file.
// To share the machine's drift, the 100 KB columns run twice, in opposite orders
// (the second time only for the tools that take under a second a call).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FULL, KB, MB, mbPerSecond, median, sizeLabel, target } from './common.mjs';
import { TOOLS } from './peer-child.mjs';

const CHILD = fileURLToPath(new URL('./peer-child.mjs', import.meta.url));
const MIN_SPEEDUP_OVER_WRITE_GOOD = 10;
/** Without --full, a peer whose 100 KB time projects past this at 1 MB is not run at 1 MB (write-good always is). */
const PEER_CAP_MS = 20_000;
/** Per tool and pass on a 100 KB file: up to this many timed calls within the budget. */
const RUNS_100KB = 3;
const BUDGET_100KB_MS = 5_000;
const SECOND_PASS_UNDER_MS = 1_000;
/** 1 MB over 100 KB: how a linear tool's 100 KB time projects to 1 MB. */
const TO_1MB = MB / (100 * KB);

/** Times `tool` in a new Node process (the parent only waits); returns { times, findings, chars }. */
function timeInChild(tool, shape, bytes, runs, budgetMs) {
  const child = spawnSync(process.execPath, [CHILD, tool, shape, String(bytes), String(runs), String(FULL ? Infinity : budgetMs)], { encoding: 'utf8', maxBuffer: 64 * MB });
  const failed = (why) => new Error(`${tool} on ${shape} ${sizeLabel(bytes)} ${why}: ${child.stderr?.slice(-2000) ?? child.error}`);
  if (child.status !== 0) throw failed(`exited ${child.status ?? child.signal}`);
  // The result is the last line: a tool may print to stdout before it.
  try {
    return JSON.parse(child.stdout.trim().split('\n').pop());
  } catch {
    throw failed(`printed no result (stdout ends: ${JSON.stringify(child.stdout.slice(-200))})`);
  }
}

export async function runPeers() {
  const names = Object.keys(TOOLS);
  const speed = Object.fromEntries(names.map((n) => [n, { tool: n }]));
  const ratio = Object.fromEntries(names.filter((n) => n !== 'impact-lint').map((n) => [n, { peer: n }]));
  const findings = Object.fromEntries(names.map((n) => [n, { tool: n }]));
  const notes = [];
  let worstWriteGood;
  for (const shape of ['resume', 'project-log']) {
    let at100;
    for (const size of [100 * KB, MB]) {
      const column = `${shape} ${sizeLabel(size)}`;
      const run = names.filter((n) => size < MB || FULL || n === 'impact-lint' || n === 'write-good' || at100[n] * TO_1MB <= PEER_CAP_MS);
      for (const n of names.filter((x) => !run.includes(x))) notes.push(`${n} not run on ${column}: its 100 KB time projects to ${((at100[n] * TO_1MB) / 1000).toFixed(0)} s or more (linear), over the ${PEER_CAP_MS / 1000} s default cap; --full runs it.`);
      const times = Object.fromEntries(run.map((n) => [n, []]));
      let chars = size;
      const pass = (order) => {
        for (const n of order) {
          const got = timeInChild(n, shape, size, size < MB ? RUNS_100KB : 1, BUDGET_100KB_MS);
          times[n].push(...got.times);
          findings[n][column] = got.findings;
          chars = got.chars;
        }
      };
      pass(run);
      // The second pass, in reverse order, for the tools under a second a call (alex and textlint take 1.5-4 s).
      if (size < MB) pass(run.filter((n) => FULL || median(times[n]) < SECOND_PASS_UNDER_MS).reverse());
      const med = Object.fromEntries(run.map((n) => [n, median(times[n])]));
      if (size < MB) at100 = med;
      const ours = med['impact-lint'];
      for (const n of names) {
        speed[n][column] = n in med ? `${mbPerSecond(chars, med[n]).toFixed(2)}${times[n].length > 1 ? ` (n=${times[n].length})` : ''}` : 'not run';
        if (n !== 'impact-lint') ratio[n][column] = n in med ? (med[n] / ours).toFixed(2) : 'not run';
      }
      const wg = med['write-good'] / ours;
      if (!worstWriteGood || wg < worstWriteGood.ratio) worstWriteGood = { ratio: wg, where: column };
    }
  }
  console.log('\n## Peers: MB/s on the same input (each tool in its own process after a warm-up; median of n calls; 100 KB in two passes of opposite order, the slow peers once; 1 MB once)');
  console.table(Object.values(speed));
  console.log('## Peers: peer time / impact-lint time (above 1: impact-lint is faster; markdown-it row: below 0.67 means over the 1.5x target)');
  console.table(Object.values(ratio));
  console.log('## Peers: findings on each file (markdown-it: tokens)');
  console.table(Object.values(findings));
  for (const note of notes) console.log(`note: ${note}`);
  return [target('full rule set vs write-good (worst file)', `>= ${MIN_SPEEDUP_OVER_WRITE_GOOD}x faster`, `${worstWriteGood.ratio.toFixed(2)}x (${worstWriteGood.where})`, worstWriteGood.ratio >= MIN_SPEEDUP_OVER_WRITE_GOOD)];
}
