// npm run eval: recall and false-positive rate of the resume rules on labeled sets.
// Usage: node scripts/eval.mjs [file.jsonl ...] [--show]
// Default: test/eval/bullets.jsonl (the tuning set) and test/eval/holdout.jsonl
// (written after tuning and never tuned on), each reported on its own.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const engine = createRequire(import.meta.url)('../dist/engine.js');
const args = process.argv.slice(2);
const show = args.includes('--show');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files.push(...['test/eval/bullets.jsonl', 'test/eval/holdout.jsonl'].filter((f) => existsSync(f)));

// Each rule: which label makes a bullet a positive (the rule should fire).
const RULES = {
  'weak-opening': (c) => c.opening === 'weak',
  'missing-metric': (c) => c.metric === false,
};
const TARGET = { recall: 0.95, falsePositiveRate: 0.03 };

function evaluate(file) {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  const counts = Object.fromEntries(Object.keys(RULES).map((id) => [id, { tp: 0, fn: 0, fp: 0, tn: 0, misses: [], false: [] }]));
  for (const c of cases) {
    // The bullet sits under a role heading in an experience section, as in a real resume. A current role: the
    // labels judge each bullet on its own, and a present tense is right there ("Lead a team of 5"); in a role that
    // is over weak-opening asks for the past tense, which the labels do not cover.
    const doc = `---\nimpact-lint: resume\n---\n\n## Experience\n\n### Engineer, Acme (2020 - Present)\n\n- ${c.text}\n`;
    const fired = new Set(engine.lint(doc, { path: 'resume.md' }).findings.map((f) => f.ruleId));
    for (const [id, positive] of Object.entries(RULES)) {
      const n = counts[id];
      if (positive(c)) fired.has(id) ? n.tp++ : (n.fn++, n.misses.push(c.text));
      else fired.has(id) ? (n.fp++, n.false.push(c.text)) : n.tn++;
    }
  }
  console.log(`\n${cases.length} bullets from ${file}`);
  console.table(
    Object.entries(counts).map(([id, n]) => {
      const recall = n.tp / Math.max(1, n.tp + n.fn);
      const fpRate = n.fp / Math.max(1, n.fp + n.tn);
      return {
        rule: id,
        positives: n.tp + n.fn,
        negatives: n.fp + n.tn,
        recall: recall.toFixed(3),
        'false-positive rate': fpRate.toFixed(3),
        'target met': recall >= TARGET.recall && fpRate <= TARGET.falsePositiveRate ? 'yes' : 'no',
      };
    }),
  );
  if (show) {
    for (const [id, n] of Object.entries(counts)) {
      console.log(`\n${id}: missed (${n.misses.length})`);
      n.misses.forEach((t) => console.log(`  - ${t}`));
      console.log(`${id}: false positives (${n.false.length})`);
      n.false.forEach((t) => console.log(`  + ${t}`));
    }
  }
}

console.log(`Target: recall >= ${TARGET.recall} and false-positive rate <= ${TARGET.falsePositiveRate} per rule.`);
for (const file of files) evaluate(file);
