// npm run bench: speed figures for Impact Lint, printed, never asserted (timings on a
// shared machine are not tests). Parts: engine (against markdown-it's parse), peers
// (write-good, textlint, markdownlint, alex), lsp (editor latency, cold start, memory),
// growth (100 KB / 1 MB / 4 MB). Ends with a summary of every target.
//
//   node test/bench/bench.mjs [engine|peers|lsp|growth|typing ...] [--full]
//
// typing is the typing figures of the lsp part alone (about 15 seconds), for trying a change.
// Each part runs in its own Node process, so that one part's heap and JIT state
// (the peers leave hundreds of MB behind) do not slow the next. --full lifts the
// time budgets that keep the default run near five minutes. To profile the server
// under the LSP part: BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR'.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS = {
  engine: async () => (await import('./engine.mjs')).runEngine(),
  peers: async () => (await import('./peers.mjs')).runPeers(),
  lsp: async () => (await import('./lsp-latency.mjs')).runLsp(),
  growth: async () => (await import('./growth.mjs')).runGrowth(),
  // Not in the default run: the typing figures of the lsp part alone, about 15 seconds.
  typing: async () => (await import('./lsp-latency.mjs')).runTyping(),
};
const DEFAULT_PARTS = ['engine', 'peers', 'lsp', 'growth'];
const TARGETS_FLAG = '--targets-file=';

const args = process.argv.slice(2);
const targetsFile = args.find((a) => a.startsWith(TARGETS_FLAG))?.slice(TARGETS_FLAG.length);
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !(a in PARTS));
if (unknown.length) {
  console.error(`unknown part(s): ${unknown.join(', ')}; choose from ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

if (targetsFile) {
  // A child: run one part, hand its targets back through the file.
  fs.writeFileSync(targetsFile, JSON.stringify(await PARTS[asked[0]]()));
} else {
  const chosen = asked.length ? asked : DEFAULT_PARTS;
  const flags = args.filter((a) => a.startsWith('--'));
  const started = Date.now();
  console.log(`impact-lint bench: ${chosen.join(', ')}${flags.length ? ` (${flags.join(' ')})` : ''}; node ${process.version}, ${os.cpus().length} cores, load average ${load()}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-bench-targets-'));
  const targets = [];
  try {
    for (const part of chosen) {
      const partStart = Date.now();
      const file = path.join(dir, `${part}.json`);
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), part, ...flags, `${TARGETS_FLAG}${file}`], { stdio: 'inherit' });
      if (child.status !== 0 || !fs.existsSync(file)) {
        console.error(`bench part ${part} failed (exit ${child.status ?? child.signal})`);
        process.exitCode = 1;
        targets.push({ target: `${part} (part failed)`, goal: '', actual: '', met: 'n/a' });
        continue;
      }
      targets.push(...JSON.parse(fs.readFileSync(file, 'utf8')));
      console.log(`(${part}: ${((Date.now() - partStart) / 1000).toFixed(0)} s)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n## Summary (${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${load()}; figures from a shared machine: compare runs, not single numbers)`);
  console.table(targets);
}
