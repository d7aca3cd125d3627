// Engine cost against markdown-it's own parse of the same file, in one process:
// the parse is the floor every Markdown linter pays, so the ratio says what the rules add.
import MarkdownIt from 'markdown-it';
import { compare, loadEngine, KB, MB, mbPerSecond, sizeLabel, target, withSpread } from './common.mjs';
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
  return [target('full rule set vs markdown-it parse (worst file)', `<= ${MAX_RATIO}x`, `${worst.ratio.toFixed(2)}x (${worst.where})`, worst.ratio <= MAX_RATIO)];
}
