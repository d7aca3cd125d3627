// Real-world-shaped resumes (test/fixtures/resumes/*.md): each lints without an
// exception, keeps every range inside the document, has fixes that converge and
// keep line endings and BOM, and gets the findings its sidecar
// <name>.expected.json lists:
//   "expect": ["rule-id:line", ...]  must be reported (1-based line of the finding's start)
//   "absent": ["rule-id" | "rule-id:line" | "*", ...]  must not be ("*": no resume-rule finding at all)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { engine } from './helpers.mjs';

const dir = new URL('./fixtures/resumes/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const RESUME_RULES = new Set(['weak-opening', 'missing-metric', 'vague-wording', 'buzzword', 'personal-pronoun', 'passive-voice', 'tool-first', 'repeated-opening', 'long-bullet', 'missing-summary']);

function checkRanges(result) {
  const length = result.text.length;
  assert.deepEqual(result.crashed, [], 'no rule threw');
  for (const f of result.findings) {
    assert.ok(f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= length, `${f.ruleId}: span ${JSON.stringify(f.span)} inside the document`);
    assert.deepEqual(f.start, result.model.lines.positionAt(f.span.start), `${f.ruleId}: start matches span`);
    assert.deepEqual(f.end, result.model.lines.positionAt(f.span.end), `${f.ruleId}: end matches span`);
    assert.ok(!f.message.includes(f.ruleId), `${f.ruleId}: the message repeats the id`);
    if (f.fix) assert.ok(f.fix.range[0] >= f.span.start && f.fix.range[1] <= f.span.end, `${f.ruleId}: fix inside its finding`);
    for (const s of f.suggestions ?? []) assert.ok(s.edit.range[0] >= 0 && s.edit.range[1] <= length && s.edit.range[0] <= s.edit.range[1], `${f.ruleId}: suggestion inside the document`);
  }
}

describe('resume fixtures', () => {
  it('there are 30 of them, each with its expectations', () => {
    assert.equal(files.length, 30);
    for (const file of files) assert.doesNotThrow(() => readFileSync(new URL(file.replace(/\.md$/, '.expected.json'), dir)), file);
  });

  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(file.replace(/\.md$/, '.expected.json'), dir), 'utf8'));
    describe(`${file}: ${expected.shape}`, () => {
      const result = engine.lint(text, { path: file });
      const found = result.findings.filter((f) => RESUME_RULES.has(f.ruleId));
      const keys = new Set(found.map((f) => `${f.ruleId}:${f.start.line + 1}`));

      it('is a resume, lints without an exception and keeps every range inside the document', () => {
        assert.equal(result.kind.kind, 'resume');
        checkRanges(result);
      });

      it('has the expected findings', () => {
        for (const key of expected.expect) assert.ok(keys.has(key), `expected ${key}; got ${[...keys].join(', ')}`);
        for (const key of expected.absent) {
          if (key === '*') assert.deepEqual([...keys], [], 'no resume-rule finding');
          else if (key.includes(':')) assert.ok(!keys.has(key), `unexpected ${key}`);
          else assert.ok(!found.some((f) => f.ruleId === key), `unexpected ${key}`);
        }
      });

      it('fixes converge and keep line endings and BOM', () => {
        const once = engine.fixText(text, { path: file });
        const twice = engine.fixText(once.text, { path: file });
        assert.equal(twice.fixed, 0, 'a second pass has nothing left to fix');
        assert.equal(twice.text, once.text);
        const relinted = engine.lint(once.text, { path: file });
        checkRanges(relinted);
        assert.deepEqual(relinted.findings.filter((f) => f.fix).map((f) => f.ruleId), []);
        assert.equal(once.text.charCodeAt(0) === 0xfeff, text.charCodeAt(0) === 0xfeff, 'BOM kept');
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(once.text), 'CRLF kept');
      });
    });
  }

  it('the same resume with CRLF and a BOM gets the same findings at the same positions', () => {
    const lf = readFileSync(new URL('01-atx-classic.md', dir), 'utf8');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const shape = (result) => result.findings.map((f) => [f.ruleId, f.start.line, f.start.character, f.end.line, f.message]);
    assert.deepEqual(shape(engine.lint(crlf, { path: 'cv.md' })), shape(engine.lint(lf, { path: 'cv.md' })));
  });
});
