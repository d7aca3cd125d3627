// The per-bullet (and per-log-entry) memo (server/src/engine/memo.ts) that the language
// server keeps per document: linting with it, through any sequence of edits, must give
// exactly the findings of linting without it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdit, engine } from './helpers.mjs';

const { lint, LintMemo, defaultSettings, resolveSettings, resumeBullets, buildLexicon } = engine;
const RESUME = fs.readFileSync(new URL('../examples/resume.md', import.meta.url), 'utf8');
const LOG = fs.readFileSync(new URL('../examples/project-log.md', import.meta.url), 'utf8');

/** Findings as plain data, with fixes and suggestions. */
const plain = (result) => JSON.parse(JSON.stringify(result.findings));

function same(text, memo, options = {}) {
  const withMemo = lint(text, { ...options, memo });
  const without = lint(text, options);
  assert.deepEqual(plain(withMemo), plain(without));
  return withMemo;
}

const FRAGMENTS = ['Responsible for ', 'Challenge: ', 'Result: ', 'Helped ', 'Led ', 'Reduced ', 'by 40%', '1,200 users', '\n- ', '\n  - ', '\n\n', '**', '`', 'was migrated', 'I ', 'various ', 'synergy ', 'x', ' ', '\n### Engineer, Acme (2020 - 2024)\n', 'Monitor 40 servers ', 'Managing ', ' - Present', '(2019 - 2023)', '\n*Jan 2020 – Mar 2022*\n\n', '<!-- impact-lint-disable-next-line weak-opening -->\n', '\t', '😀', '\r\n', '[Owner]', 'TBD', '<date>', 'YYYY-MM-DD', '\n\n[owner]: https://example.com\n'];
const LOG_FRAGMENTS = ['\n## 2026-12-01 Printer fleet refresh\n', '\n## Week 49\n', '\n- 3 Dec: ', '\n### Notes\n', '**What:** ', '**With:** ', '**Result:** ', 'Result: ', 'Timeline: ', 'with the desktop team ', 'over two weeks ', 'from 71% to 96%', '40 servers', '\n\n', '\n', '\n| Result | 40% |\n| --- | --- |\n| Before | 10 |\n', '- [ ] ', '| R-09 | Risk | Late parts | | 2026-11-01 | | Open |\n', '**', '`', '<!-- impact-lint-disable-next-line log-entry-outcome -->\n', '\r\n', '\t', 'TBD'];
const TODAY = '2026-11-27';
const logEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...LOG_FRAGMENTS), fc.string({ maxLength: 4 })) });
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })) });

describe('lint with a per-bullet memo', () => {
  it('a bullet whose role ends (its heading changes, its lines do not) is linted again', () => {
    const memo = new LintMemo();
    const text = (dates) => `---\nimpact-lint: resume\n---\n\n## Experience\n\n### Engineer, Acme (${dates})\n\n- Monitor 40 servers across 3 sites\n`;
    const tense = (result) => result.findings.filter((f) => f.ruleId === 'weak-opening').length;
    assert.equal(tense(same(text('2024 - Present'), memo, { today: TODAY })), 0);
    assert.equal(tense(same(text('2019 - 2023'), memo, { today: TODAY })), 1);
    assert.equal(tense(same(text('2024 - Present'), memo, { today: TODAY })), 0);
    // The date decides too: the same text a year on.
    assert.equal(tense(same(text('2024 - 2026'), memo, { today: TODAY })), 0);
    assert.equal(tense(same(text('2024 - 2026'), memo, { today: '2027-01-04' })), 1);
  });

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

  it('gives the same findings as without, through random edits of the example project log', () => {
    fc.assert(
      fc.property(fc.array(logEdit, { minLength: 1, maxLength: 12 }), (edits) => {
        const memo = new LintMemo();
        let text = LOG;
        same(text, memo, { path: 'log.md', today: TODAY });
        for (const e of edits) {
          text = applyRandomEdit(text, e);
          same(text, memo, { path: 'log.md', today: TODAY });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('typing a log entry character by character: same findings at every key', () => {
    const memo = new LintMemo();
    const at = LOG.indexOf('## 2026-11-23');
    const typed = '## 2026-11-16 Backup restore test\n\nRestored the file server with the storage team over 2 days.\n\n- **Result:** Restores went faster.\n\n';
    let flagged = false;
    for (let i = 0; i <= typed.length; i++) {
      const text = LOG.slice(0, at) + typed.slice(0, i) + LOG.slice(at);
      const result = same(text, memo, { path: 'log.md', today: TODAY });
      flagged ||= result.findings.some((f) => f.ruleId === 'log-entry-outcome' && f.start.line === LOG.slice(0, at).split('\n').length + 3);
    }
    assert.ok(flagged, 'the typed entry\'s result without a number is flagged while typing');
  });

  it('a log entry linted on another date is not served from the memo', () => {
    // "29 Feb" is a date (the timeline) only when a leap year is near today.
    const memo = new LintMemo();
    const text = `---\nimpact-lint: project-log\n---\n\n## 2027-11-02 Office move\n\nMoved 40 desks with facilities on 29 Feb.\n`;
    const before = same(text, memo, { path: 'log.md', today: '2026-11-27' });
    const after = same(text, memo, { path: 'log.md', today: '2028-02-20' });
    assert.notDeepEqual(plain(before), plain(after), 'the findings differ by date (else this test proves nothing)');
  });

  it('a log heading that is a date on one day and not on another is read anew when the date changes', () => {
    // "29 Feb" opens an entry only when a leap year is near today; the memo keeps what opens an entry by date.
    const memo = new LintMemo();
    const text = `---\nimpact-lint: project-log\n---\n\n## 29 Feb Office move\n\nMoved 40 desks.\n\n## 2026-11-02 Printer refresh\n\n- **What:** Replaced 12 printers.\n`;
    const runs = ['2026-11-27', '2028-02-20', '2026-11-27', '2028-02-20'].map((today) => plain(same(text, memo, { path: 'log.md', today })));
    assert.notDeepEqual(runs[0], runs[1], 'the findings differ by date (else this test proves nothing)');
    assert.deepEqual(runs[2], runs[0]);
    assert.deepEqual(runs[3], runs[1]);
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

  it('a sub-bullet whose parent changes is judged again, though its own lines did not change', () => {
    const memo = new LintMemo();
    const doc = (parent) => `---\nimpact-lint: resume\n---\n\n## Experience\n\n- ${parent}\n  - two were promoted to mid-level within a year\n`;
    const detail = same(doc('Mentored 3 junior developers over 18 months'), memo, { path: 'resume.md' });
    assert.ok(!detail.findings.some((f) => f.ruleId === 'weak-opening' && f.start.line === 7), 'a detail of a verb bullet');
    const own = same(doc('Mentoring scheme for 3 junior developers'), memo, { path: 'resume.md' });
    assert.ok(own.findings.some((f) => f.ruleId === 'weak-opening' && f.start.line === 7), 'an achievement of its own under a noun line');
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

describe('what the memo keeps', () => {
  // Regression: entries kept strings sliced from the text they were made from, and V8's slices
  // keep their whole parent string: each bullet edited kept one more version of the document
  // (editing 84 bullets of a 2,000-line resume kept 29 MB).
  it('editing many different bullets does not keep a copy of the document per edit', async () => {
    const v8 = await import('node:v8');
    const vm = await import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    const { resumeLikeLines } = await import('./bench/generate.mjs');
    const settings = defaultSettings();
    const lines = resumeLikeLines(2000).split('\n');
    const bytes = lines.join('\n').length * 2;
    const memo = new LintMemo();
    lint(lines.join('\n'), { settings, path: 'resume.md', memo });
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // The first edits compile code and grow V8's own tables (a megabyte or two, counted in heapUsed):
    // measured from after 40, so that what is left is what the edits keep. After 10, the old space
    // still grew by up to 3 MB in one run of this file in four (after its other tests, not alone):
    // over the bound, which a copy of the text kept per edit exceeds sixfold (10.6 MB, planted).
    for (let at = 11, warm = 0; at < lines.length && warm < 40; at += 17) {
      if (!lines[at].startsWith('- ')) continue;
      lines[at] += ' w';
      lint(lines.join('\n'), { settings, path: 'resume.md', memo });
      warm++;
    }
    const before = heap();
    let edited = 0;
    for (let at = 10; at < lines.length && edited < 60; at += 17) {
      if (!lines[at].startsWith('- ')) continue;
      lines[at] += ' x';
      lint(lines.join('\n'), { settings, path: 'resume.md', memo });
      edited++;
    }
    const grown = heap() - before;
    assert.equal(edited, 60);
    // 60 versions kept would be 60 x the text; what changed is 60 short bullets.
    assert.ok(grown < 10 * bytes, `the heap grew by ${(grown / 1e6).toFixed(1)} MB after 60 edits; one version of the text is ${(bytes / 1e6).toFixed(2)} MB`);
  });
});
