// Property tests over the engine: arbitrary Markdown-ish text never throws, every
// range lies inside the document, fixes stay inside their finding and never
// overlap, and applying fixes converges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { engine } from './helpers.mjs';

const { lint, fixText, KINDS } = engine;

const FRAGMENTS = [
  '- ', '* ', '1. ', '  - ', '\t- ', '- [ ] ', '- [x] ', '> ', '> - ',
  '# ', '## Experience', '### Engineer, Acme (2020 - 2024)', '## Education', '## Summary', 'Setext\n===', '---',
  '| a | b |', '|---|---|', '| R-01 | Risk |', '|', '||',
  '<div>', '</div>', '<!-- impact-lint-disable -->', '<!-- impact-lint-disable-next-line weak-opening -->', '<!-- impact-lint-enable weak-opening -->', '<!--', '-->', '<br>',
  '```', '```mermaid', '~~~', '    code',
  '**', '__', '*', '_', '`', '``', '[', ']', '(', ')', '![', '](http://x.y/1)', '<http://a.b/2>', '\\', '&amp;',
  'Responsible for managing', 'Helped migrate', 'Handled', 'Supported', 'Led', 'Reduced', 'the', 'servers', 'Backup monitoring',
  '40%', '$300K', '1,200 users', 'three teams', 'halved', 'Windows 11', 'SOC 2', '2024', 'Q3', '802.1X', 'from 9 days to 3',
  '\n', '\r\n', '\r', '\t', ' ', '  ', '\n\n',
  'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', // lexicon lookups must not reach Object.prototype
  '😀', '日本語', 'Überprüfung', '\uD800', '\uDC00', '\u0000', '\uFEFF', '\u2028',
];

const markdownish = fc
  .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }))
  .map(([frontMatter, parts]) => (frontMatter ? '---\nimpact-lint: resume\n---\n' : '') + parts.join(''));

const options = fc.record({ kind: fc.constantFrom(undefined, ...KINDS), path: fc.constantFrom(undefined, 'resume.md', 'notes/raid-log.md', 'README.md') });

function checkResult(text, result) {
  const length = result.text.length;
  assert.equal(result.text, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const fixes = [];
  for (const finding of result.findings) {
    const { start, end } = finding.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length, `span inside the document: ${JSON.stringify(finding.span)} of ${length}`);
    assert.ok(finding.start.line <= finding.end.line, 'start before end');
    assert.ok(finding.message && !finding.message.includes(finding.ruleId), 'a message without the rule id');
    if (finding.fix) {
      const [a, b] = finding.fix.range;
      assert.ok(a >= start && b <= end && a <= b, `fix ${a}-${b} inside its finding ${start}-${end}`);
      fixes.push([a, b]);
    }
    for (const s of finding.suggestions ?? []) {
      const [a, b] = s.edit.range;
      assert.ok(a >= 0 && a <= b && b <= length, 'suggestion inside the document');
    }
  }
  fixes.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < fixes.length; i++) assert.ok(fixes[i][0] >= fixes[i - 1][1], `fixes overlap: ${JSON.stringify(fixes)}`);
  for (const problem of result.problems) if (problem.span) assert.ok(problem.span.start >= 0 && problem.span.end <= length, 'problem span inside the document');
  assert.deepEqual(result.crashed, [], 'no rule threw');
}

describe('engine properties', () => {
  it('never throws, keeps every range inside the document and fixes apart', () => {
    fc.assert(
      fc.property(markdownish, options, (text, opts) => {
        checkResult(text, lint(text, opts));
      }),
      { numRuns: 600 },
    );
  });

  it('converges: applying all fixes three times leaves nothing to fix', () => {
    fc.assert(
      fc.property(markdownish, options, (text, opts) => {
        const fixed = fixText(text, opts, 3).text;
        const again = lint(fixed, opts);
        assert.deepEqual(again.findings.filter((f) => f.fix).map((f) => f.ruleId), []);
        if (text.charCodeAt(0) === 0xfeff) assert.equal(fixed.charCodeAt(0), 0xfeff, 'BOM kept');
      }),
      { numRuns: 300 },
    );
  });

  it('a fix replaces only the text inside its finding', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const result = lint(text, { kind: 'resume' });
        for (const finding of result.findings.filter((f) => f.fix)) {
          const [a, b] = finding.fix.range;
          const applied = result.text.slice(0, a) + finding.fix.text + result.text.slice(b);
          assert.equal(applied.slice(0, finding.span.start), result.text.slice(0, finding.span.start));
          assert.equal(applied.slice(applied.length - (result.text.length - finding.span.end)), result.text.slice(finding.span.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
