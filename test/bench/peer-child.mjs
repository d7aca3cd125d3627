// One tool of the peers benchmark, timed in a process of its own (see peers.mjs):
//
//   node test/bench/peer-child.mjs <tool> <shape> <bytes> <runs> <budgetMs>
//
// Makes the input (generate.mjs is deterministic), warms the tool up on 100 KB of the
// same shape (see below), then times up to <runs> calls, stopping once <budgetMs> is spent (always
// at least one). Prints one JSON line: { times: [ms...], findings, chars }.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { KB, loadEngine, since, timeOne } from './common.mjs';
import { logLike, resumeLike } from './generate.mjs';

const require = createRequire(import.meta.url);

/**
 * name -> loads the tool (only the one timed is loaded in each process) and gives a
 * function of (text, path) returning its findings (a promise for textlint).
 */
export const TOOLS = {
  'impact-lint': async () => {
    const engine = loadEngine();
    const settings = engine.defaultSettings();
    return (text, path) => engine.lint(text, { settings, path }).findings;
  },
  'write-good': async () => require('write-good'),
  'textlint + write-good': async () => {
    const { TextlintKernel } = require('@textlint/kernel');
    const plugin = require('@textlint/textlint-plugin-markdown').default;
    const rule = require('textlint-rule-write-good').default;
    const kernel = new TextlintKernel();
    const options = { ext: '.md', filePath: 'bench.md', plugins: [{ pluginId: 'markdown', plugin }], rules: [{ ruleId: 'write-good', rule }] };
    return (text) => kernel.lintText(text, options).then((r) => r.messages);
  },
  markdownlint: async () => {
    // ESM-only.
    const { lint } = await import('markdownlint/sync');
    return (text) => lint({ strings: { doc: text } }).doc;
  },
  alex: async () => {
    const alex = await import('alex');
    return (text) => alex.markdown(text).messages;
  },
  'markdown-it parse (floor)': async () => {
    const MarkdownIt = require('markdown-it');
    const md = new MarkdownIt('default', { html: true });
    return (text) => md.parse(text, {});
  },
};

async function main() {
  const [tool, shape, bytes, runs, budgetMs] = process.argv.slice(2);
  if (!(tool in TOOLS) || !['resume', 'project-log'].includes(shape)) {
    console.error(`usage: peer-child.mjs <${Object.keys(TOOLS).join('|')}> <resume|project-log> <bytes> <runs> <budgetMs>`);
    process.exit(2);
  }
  const make = shape === 'resume' ? resumeLike : logLike;
  const run = await TOOLS[tool]();
  const path = `${shape}.md`;
  // Warm-up, untimed, on 100 KB: calls until 1.5 s are spent (at least one, at most 20).
  // Three calls left Impact Lint's JIT half warm (155, 103, then 65 ms on the next calls).
  const warm = make(100 * KB);
  for (let i = 0, start = process.hrtime.bigint(); i < 20 && (i === 0 || since(start) < 1_500); i++) await timeOne(() => run(warm, path));
  const text = make(Number(bytes));
  const times = [];
  let findings = 0;
  for (let i = 0, start = process.hrtime.bigint(); i < Number(runs) && (i === 0 || since(start) < Number(budgetMs)); i++) {
    const [ms, output] = await timeOne(() => run(text, path));
    times.push(ms);
    findings = output.length;
  }
  process.stdout.write(`${JSON.stringify({ times, findings, chars: text.length })}\n`);
}

// Imported by peers.mjs for the tool names; run as a script, it times one tool.
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
