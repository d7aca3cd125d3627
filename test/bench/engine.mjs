// Engine cost against markdown-it's own parse of the same file, in one process:
// the parse is the floor every Markdown linter pays, so the ratio says what the rules add.
import MarkdownIt from 'markdown-it';
import { compare, loadEngine, KB, MB, mbPerSecond, median, sizeLabel, target, withSpread } from './common.mjs';
import { logLike, resumeLike } from './generate.mjs';

const engine = loadEngine();

const MAX_RATIO = 1.5;

export async function runEngine() {
  const md = new MarkdownIt('default', { html: true });
  const settings = engine.defaultSettings();
  const rows = [];
  let worst;
  for (const [shape, make] of [['resume', resumeLike], ['project-log', logLike]]) {
    for (const size of [100 * KB, MB]) {
      const text = make(size);
      const path = `${shape}.md`;
      const findings = engine.lint(text, { settings, path }).findings.length;
      const t = await compare(
        {
          markdownIt: () => md.parse(text, {}),
          impactLint: () => engine.lint(text, { settings, path }),
        },
        // The 100 KB runs of the same shape have warmed the code up for 1 MB.
        size >= MB ? { runs: 15, warmup: 0, minRuns: 2, budgetMs: 12_000 } : { runs: 40, budgetMs: 6_000 },
      );
      const ratio = t.impactLint.median / t.markdownIt.median;
      if (!worst || ratio > worst.ratio) worst = { ratio, where: `${shape} ${sizeLabel(size)}` };
      rows.push({
        shape,
        size: sizeLabel(size),
        findings,
        runs: t.impactLint.n,
        'markdown-it parse ms': withSpread(t.markdownIt),
        'impact-lint parse+lint ms': withSpread(t.impactLint),
        'impact-lint MB/s': mbPerSecond(text.length, t.impactLint.median).toFixed(2),
        [`ratio (target <= ${MAX_RATIO})`]: ratio.toFixed(2),
      });
    }
  }
  console.log(`\n## Engine: parse+lint against markdown-it's parse (node ${process.version}, ${engine.rules.length} rules; ms are median (min-max))`);
  console.table(rows);
  const targets = [target('full rule set vs markdown-it parse (worst file)', `<= ${MAX_RATIO}x`, `${worst.ratio.toFixed(2)}x (${worst.where})`, worst.ratio <= MAX_RATIO)];
  try {
    breakdown(md, settings, resumeLike(MB), 'resume.md');
  } catch (error) {
    // The breakdown only explains the figures above; it must not lose them.
    console.log(`(the breakdown failed: ${error instanceof Error ? error.message : String(error)})`);
  }
  return targets;
}

const BREAKDOWN_RUNS = 8;

/**
 * Where the time of the resume 1 MB goes (the file furthest over the target in every
 * run so far): markdown-it's parse, our own parse and the resume reading timed alone,
 * then one lint with each rule's check timed. Runs
 * alternate, medians are printed. A rule's time includes what it is the first to ask
 * for (the first resume rule reads every bullet), so the reading is also timed alone.
 */
function breakdown(md, settings, text, path) {
  const lexicon = engine.buildLexicon(settings.lexicon);
  const times = new Map();
  const add = (name, ms) => (times.get(name) ?? times.set(name, []).get(name)).push(ms);
  const timed = (name, fn) => {
    const start = process.hrtime.bigint();
    const value = fn();
    add(name, Number(process.hrtime.bigint() - start) / 1e6);
    return value;
  };
  const checks = engine.rules.map((rule) => [rule, rule.check]);
  try {
    for (const [rule, check] of checks) rule.check = (ctx) => timed(`rule ${rule.meta.id}`, () => check.call(rule, ctx));
    for (let i = 0; i < BREAKDOWN_RUNS; i++) {
      timed('markdown-it parse', () => md.parse(text, {}));
      timed('markdown-it block parse only', () => md.block.parse(text, md, {}, []));
      const doc = timed('engine parse: its own block parse (faster token objects) and the document model (parseDocument)', () => engine.parseDocument(text));
      timed('resume reading: inline text, words and opening of every bullet (resumeDocument)', () => engine.resumeDocument(doc, lexicon));
      timed('lint, all of it', () => engine.lint(text, { settings, path }));
    }
  } finally {
    for (const [rule, check] of checks) rule.check = check;
  }
  const floor = median(times.get('markdown-it parse'));
  const rows = [...times]
    .map(([phase, ms]) => ({ phase, ms: median(ms) }))
    .filter(({ phase, ms }) => !phase.startsWith('rule ') || ms >= floor / 100)
    .map(({ phase, ms }) => ({ phase, 'median ms': ms.toFixed(1), 'x markdown-it parse': (ms / floor).toFixed(2) }));
  console.log(`\n## Engine: where the time goes on the resume 1 MB (${BREAKDOWN_RUNS} runs; rules under 1% of the parse left out; the first resume rule's time includes the reading)`);
  console.table(rows);
}
