// The per-bullet memo (server/src/engine/memo.ts) that the language server keeps per
// document: linting with it, through any sequence of edits, must give exactly the
// findings of linting without it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdit, engine } from './helpers.mjs';

const { lint, LintMemo, defaultSettings, resolveSettings, resumeBullets, buildLexicon } = engine;
const RESUME = fs.readFileSync(new URL('../examples/resume.md', import.meta.url), 'utf8');

/** Findings as plain data, with fixes and suggestions. */
const plain = (result) => JSON.parse(JSON.stringify(result.findings));

function same(text, memo, options = {}) {
  const withMemo = lint(text, { ...options, memo });
  const without = lint(text, options);
  assert.deepEqual(plain(withMemo), plain(without));
  return withMemo;
}

const FRAGMENTS = ['Responsible for ', 'Helped ', 'Led ', 'Reduced ', 'by 40%', '1,200 users', '\n- ', '\n  - ', '\n\n', '**', '`', 'was migrated', 'I ', 'various ', 'synergy ', 'x', ' ', '\n### Engineer, Acme (2020 - 2024)\n', '<!-- impact-lint-disable-next-line weak-opening -->\n', '\t', '😀', '\r\n', '[Owner]', 'TBD', '<date>', 'YYYY-MM-DD', '\n\n[owner]: https://example.com\n'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })) });

describe('lint with a per-bullet memo', () => {
  it('gives the same findings as without, through random edits of the example resume', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const memo = new LintMemo();
        let text = RESUME;
        same(text, memo, { path: 'resume.md' });
        for (const e of edits) {
          text = applyRandomEdit(text, e);
          same(text, memo, { path: 'resume.md' });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('typing a new bullet character by character: same findings at every key, and the fix is still one of the suggestions', () => {
    const memo = new LintMemo();
    const at = RESUME.indexOf('- Led the migration');
    const typed = '- Responsible for the printer fleet\n';
    for (let i = 0; i <= typed.length; i++) {
      const text = RESUME.slice(0, at) + typed.slice(0, i) + RESUME.slice(at);
      const result = same(text, memo, { path: 'resume.md' });
      for (const f of result.findings) if (f.fix && f.suggestions?.length) assert.ok(f.suggestions.some((s) => s.edit === f.fix), `${f.ruleId}: the fix is one of its suggestions (code actions rely on it)`);
    }
    assert.ok(memo.size > 0, 'the memo holds bullets');
  });

  it('a change of settings is not served from the memo', () => {
    const memo = new LintMemo();
    same(RESUME, memo, { path: 'resume.md' });
    const settings = defaultSettings();
    settings.rules['long-bullet'] = { ...settings.rules['long-bullet'], options: { ...settings.rules['long-bullet'].options, maxWords: 5 } };
    const result = same(RESUME, memo, { path: 'resume.md', settings });
    assert.ok(result.findings.some((f) => f.ruleId === 'long-bullet'), 'maxWords 5 flags long bullets, not the remembered result');
  });

  it('keeps only the bullets of the last lint', () => {
    const memo = new LintMemo();
    const doc = (bullets) => `---\nimpact-lint: resume\n---\n\n## Experience\n\n${bullets.map((b) => `- ${b}\n`).join('')}`;
    lint(doc(['Handled upgrades', 'Helped migrate servers', 'Reduced backlog']), { memo });
    const three = memo.size;
    lint(doc(['Handled upgrades']), { memo });
    assert.ok(memo.size < three, `${three} -> ${memo.size}`);
  });

  it('lets go of the document after the lint: its model read with another lexicon gets that lexicon\'s openings', () => {
    const settings = resolveSettings({ lexicon: { weakPhrases: { add: { led: ['Directed'] } } } });
    const result = lint(RESUME, { path: 'resume.md', settings, memo: new LintMemo() });
    const own = resumeBullets(result.model, buildLexicon(settings.lexicon)).find((b) => /^Led\b/.test(b.plain));
    assert.equal(own?.opening?.kind, 'weak', 'with "led" added as weak, "Led ..." opens weakly');
    const plain = resumeBullets(result.model, buildLexicon()).find((b) => /^Led\b/.test(b.plain));
    assert.equal(plain?.opening?.kind, 'verb', 'with the default lexicon, "Led ..." opens with a verb');
  });
});
