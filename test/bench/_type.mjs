import { createRequire } from 'node:module';
import { resumeLikeLines } from './generate.mjs';
const engine = createRequire(import.meta.url)('../../dist/engine.js');
const settings = engine.defaultSettings();
const text = resumeLikeLines(2000);
const lines = text.split('\n'); let line = 1000; while (!lines[line].startsWith('- ')) line++;
let offset = lines.slice(0, line + 1).join('\n').length;
const keys = 'Cut costs by 12% across 40 sites\b\b\b\b\b\bfor the team '.repeat(8).slice(0, 200);
const texts = []; let t = text;
for (const key of keys) { if (key === '\b') { t = t.slice(0, offset - 1) + t.slice(offset); offset--; } else { t = t.slice(0, offset) + key + t.slice(offset); offset++; } texts.push(t); }
const memo = new engine.LintMemo();
const ROUNDS = +process.env.R || 1;
engine.lint(text, { settings, path: 'typing.md', memo });
const ms = [];
for (let r = 0; r < ROUNDS; r++) for (const tt of texts) { const s = performance.now(); engine.lint(tt, { settings, path: 'typing.md', memo }); ms.push(performance.now() - s); }
ms.sort((a, b) => a - b);
console.log('n', ms.length, 'p50', ms[ms.length >> 1].toFixed(2), 'p95', ms[Math.floor(ms.length * 0.95)].toFixed(2), 'max', ms.at(-1).toFixed(2));
// breakdown
const times = new Map(); const add = (k, v) => (times.get(k) ?? times.set(k, []).get(k)).push(v);
for (const rule of engine.rules) { const c = rule.check; rule.check = function (ctx) { const s = performance.now(); const r = c.call(this, ctx); add(rule.meta.id, performance.now() - s); return r; }; }
const pd = engine.parseDocument;
for (const tt of texts) { const s = performance.now(); engine.lint(tt, { settings, path: 'typing.md', memo }); add('LINT', performance.now() - s); }
const rows = [...times].map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / texts.length]).sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, 14)) console.log(v.toFixed(2).padStart(7), k);
