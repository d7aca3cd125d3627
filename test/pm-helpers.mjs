// A rule tester for the project-log and PM rules, in the spirit of ESLint's
// RuleTester: each case is a whole Markdown document (PM rules read tables,
// sections and stories, not single bullets), linted with `today` fixed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, sourceOf } from './helpers.mjs';

export const TODAY = '2026-11-26';

/** A document of `kind` (front matter) with `body` below it. */
export function doc(kind, body) {
  return `---\nimpact-lint: ${kind}\n---\n\n${body.replace(/^\n/, '')}${body.endsWith('\n') ? '' : '\n'}`;
}

function lintOptions(item) {
  const settings = item.config ? engine.resolveSettings(item.config) : undefined;
  return { today: item.today ?? TODAY, ...(settings ? { settings } : {}), ...(item.kind ? { kind: item.kind } : {}) };
}

function caseName(prefix, item) {
  if (item.name) return `${prefix}: ${item.name}`;
  const body = item.text.replace(/^---\n[\s\S]*?\n---\n\n/, '').replace(/\n/g, '\\n');
  return `${prefix}: ${body.length > 70 ? `${body.slice(0, 67)}...` : body}`;
}

/**
 * valid: `{ text, name?, config?, today?, kind?, todo? }`: the rule reports nothing.
 * invalid: the same plus
 *   - `findings`: `[{ span, message? }]`, every finding of the rule in order, `span` the exact
 *     source text it covers and `message` a RegExp;
 *   - `output`: the document after applying the rule's fixes, or null when none may have a fix;
 *   - `suggestions`: edit texts that must appear, in order, among the first finding's suggestions.
 * `config` is a config object (`{ rules: { id: [severity, options] } }`); `todo` marks a known gap.
 */
export function pmTester(ruleId, { valid = [], invalid = [] }) {
  describe(ruleId, () => {
    it('is registered', () => assert.ok(engine.ruleById(ruleId), `no rule "${ruleId}"`));
    describe('valid', () => {
      for (const item of valid) {
        it(caseName('valid', item), { todo: item.todo }, () => {
          const result = lintText(item.text, lintOptions(item));
          assert.deepEqual(result.crashed, []);
          assert.deepEqual(only(result.findings, ruleId).map((f) => `${sourceOf(item.text, f)}: ${f.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const item of invalid) it(caseName('invalid', item), { todo: item.todo }, () => checkInvalid(ruleId, item));
    });
  });
}

function checkInvalid(ruleId, item) {
  const options = lintOptions(item);
  const result = lintText(item.text, options);
  assert.deepEqual(result.crashed, [], 'a rule crashed');
  const found = only(result.findings, ruleId);
  const described = found.map((f) => `${sourceOf(item.text, f)}: ${f.message}`);
  assert.equal(found.length, item.findings.length, `expected ${item.findings.length} finding(s), got ${JSON.stringify(described, null, 1)}`);
  item.findings.forEach((expected, index) => {
    const finding = found[index];
    assert.ok(finding.span.end > finding.span.start, 'empty span');
    assert.deepEqual(finding.start, result.model.lines.positionAt(finding.span.start));
    assert.deepEqual(finding.end, result.model.lines.positionAt(finding.span.end));
    assert.ok(!finding.message.includes(ruleId), 'the message repeats the rule id');
    if (finding.fix) assert.ok(finding.fix.range[0] >= finding.span.start && finding.fix.range[1] <= finding.span.end, 'the fix edits outside its finding');
    for (const s of finding.suggestions ?? []) assert.ok(s.edit.range[0] >= 0 && s.edit.range[0] <= s.edit.range[1] && s.edit.range[1] <= item.text.length, `suggestion "${s.title}" edits outside the document`);
    assert.equal(sourceOf(item.text, finding), expected.span, `finding ${index + 1}: ${finding.message}`);
    if (expected.message) assert.match(finding.message, expected.message);
  });
  if (item.suggestions) {
    const texts = (found[0].suggestions ?? []).map((s) => s.edit.text);
    let at = 0;
    for (const text of texts) if (text === item.suggestions[at]) at++;
    assert.equal(at, item.suggestions.length, `suggestions ${JSON.stringify(texts)} lack ${JSON.stringify(item.suggestions)}`);
  }
  const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
  if (item.output === null || item.output === undefined) {
    if (item.output === null) assert.deepEqual(fixes, [], 'expected no fix');
    return;
  }
  assert.ok(fixes.length, 'expected a fix');
  const fixed = engine.applyEdits(item.text, fixes).text;
  assert.equal(fixed, item.output);
  const again = only(lintText(fixed, options).findings, ruleId).filter((f) => f.fix);
  assert.deepEqual(again.map((f) => f.message), [], 'the fixed text still has a fixable finding');
  assert.equal(engine.fixText(engine.fixText(item.text, options).text, options).fixed, 0, 'fixText does not converge');
}
