// Growth: lint time at 100 KB, 1 MB and 4 MB of the same shape. Linear work makes
// 4 MB cost about 4x the 1 MB time; a quadratic step shows up as ~16x. The 1 MB and
// 4 MB runs alternate, and the ratio is the median of each round's own ratio, so a
// burst of load on the shared machine hits both sides of a ratio alike.
import { compare, loadEngine, KB, MB, mbPerSecond, median, sizeLabel, target, withSpread } from './common.mjs';
import { logLike, resumeLike } from './generate.mjs';

const engine = loadEngine();

/** "Close to 4x": allows for GC and cache effects at 4 MB, rules out anything quadratic. */
const MAX_GROWTH = 5;

export async function runGrowth() {
  const settings = engine.defaultSettings();
  const rows = [];
  let worst;
  for (const [shape, make] of [['resume', resumeLike], ['project-log', logLike]]) {
    const path = `${shape}.md`;
    const texts = { [100 * KB]: make(100 * KB), [MB]: make(MB), [4 * MB]: make(4 * MB) };
    const lint = (size) => () => engine.lint(texts[size], { settings, path });
    // 100 KB first: it warms the code up for the larger sizes.
    const small = (await compare({ small: lint(100 * KB) }, { runs: 20, warmup: 3, budgetMs: 5_000 })).small;
    const large = await compare({ [MB]: lint(MB), [4 * MB]: lint(4 * MB) }, { runs: 3, warmup: 0, minRuns: 2, budgetMs: 40_000 });
    const growth = median(large[4 * MB].times.map((t, i) => t / large[MB].times[i]));
    if (!worst || growth > worst.growth) worst = { growth, shape };
    for (const [size, t] of [[100 * KB, small], [MB, large[MB]], [4 * MB, large[4 * MB]]]) {
      rows.push({ shape, size: sizeLabel(size), runs: t.n, 'lint ms': withSpread(t, 0), 'MB/s': mbPerSecond(texts[size].length, t.median).toFixed(2) });
    }
    rows.push({ shape, size: '4 MB / 1 MB', 'lint ms': `${growth.toFixed(2)}x per round: ${large[4 * MB].times.map((t, i) => (t / large[MB].times[i]).toFixed(2)).join(', ')} (linear 4x, quadratic 16x)` });
  }
  console.log('\n## Growth: parse+lint time by size (median (min-max) ms; 1 MB and 4 MB alternate)');
  console.table(rows);
  return [target('growth, 4 MB time / 1 MB time (worst shape)', `close to 4x (<= ${MAX_GROWTH}x)`, `${worst.growth.toFixed(2)}x (${worst.shape})`, worst.growth <= MAX_GROWTH)];
}
