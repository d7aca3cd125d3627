// npm run eval: recall and false-positive rate of the resume rules on a labeled set.
// Usage: node scripts/eval.mjs [file.jsonl ...] [--show]  (default test/eval/bullets.jsonl)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const engine = createRequire(import.meta.url)('../dist/engine.js');
const args = process.argv.slice(2);
const show = args.includes('--show');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files.push('test/eval/bullets.jsonl');

const cases = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line)),
);

// Each rule: which label makes a bullet a positive (the rule should fire).
const RULES = {
  'weak-opening': (c) => c.opening === 'weak',
  'missing-metric': (c) => c.metric === false,
};

const counts = Object.fromEntries(Object.keys(RULES).map((id) => [id, { tp: 0, fn: 0, fp: 0, tn: 0, misses: [], false: [] }]));
for (const c of cases) {
  const doc = `---\nimpact-lint: resume\n---\n\n## Experience\n\n### Engineer, Acme (2020 - 2024)\n\n- ${c.text}\n`;
  const fired = new Set(engine.lint(doc, { path: 'resume.md' }).findings.map((f) => f.ruleId));
  for (const [id, positive] of Object.entries(RULES)) {
    const n = counts[id];
    if (positive(c)) fired.has(id) ? n.tp++ : (n.fn++, n.misses.push(c.text));
    else fired.has(id) ? (n.fp++, n.false.push(c.text)) : n.tn++;
  }
}

console.log(`${cases.length} bullets from ${files.join(', ')}`);
const rows = Object.entries(counts).map(([id, n]) => ({
  rule: id,
  positives: n.tp + n.fn,
  negatives: n.fp + n.tn,
  recall: (n.tp / Math.max(1, n.tp + n.fn)).toFixed(3),
  'false-positive rate': (n.fp / Math.max(1, n.fp + n.tn)).toFixed(3),
  'target met': n.tp / Math.max(1, n.tp + n.fn) >= 0.95 && n.fp / Math.max(1, n.fp + n.tn) <= 0.03 ? 'yes' : 'no',
}));
console.table(rows);
if (show) {
  for (const [id, n] of Object.entries(counts)) {
    console.log(`\n${id}: missed (${n.misses.length})`);
    n.misses.forEach((t) => console.log(`  - ${t}`));
    console.log(`${id}: false positives (${n.false.length})`);
    n.false.forEach((t) => console.log(`  + ${t}`));
  }
}
