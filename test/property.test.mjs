// Property tests over the engine: arbitrary Markdown-ish text never throws, every
// range lies inside the document, fixes stay inside their finding and never
// overlap, and applying fixes converges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { engine, importTs } from './helpers.mjs';

const { lint, fixText, KINDS, complete, draftFromLog, statusReport, compareJob, scoreResume } = engine;

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

/** Inline text from the same fragments, without the block-breaking ones. */
const inline = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\n\r]/.test(f))), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((parts) => parts.join(''));
const NL = fc.constantFrom('\n', '\r\n');

/**
 * Document shapes the rules read, with hostile inline text in every slot: random
 * fragments alone rarely build an experience section or a RAID table, so the
 * rules behind them would seldom run.
 */
const shaped = fc.oneof(
  fc.tuple(fc.array(inline, { minLength: 1, maxLength: 8 }), NL).map(([bullets, nl]) => ['---', 'impact-lint: resume', '---', '', '## Summary', '', bullets[0], '', '## Experience', '', '### Engineer, Acme (2020 - 2024)', '', ...bullets.map((b, i) => `${i % 3 === 2 ? '  ' : ''}- ${b}`), ''].join(nl)),
  fc.tuple(fc.array(fc.tuple(inline, inline, inline, inline), { minLength: 1, maxLength: 6 }), NL).map(([rows, nl]) => ['# RAID log', '', '| ID | Type | Description | Owner | Due | Status | Probability | Impact |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows.map(([a, b, c, d], i) => `| R-${i} | ${a} | ${b} | ${c} | ${d} | ${b} | ${c} | ${a} |`), ''].join(nl)),
  fc.tuple(fc.array(fc.tuple(inline, inline, inline), { minLength: 1, maxLength: 5 }), NL).map(([entries, nl]) => ['---', 'impact-lint: project-log', '---', '', ...entries.flatMap(([a, b, c], i) => [`## 2026-0${1 + (i % 9)}-1${i % 10} ${a}`, '', `- **What:** ${b}`, `- **With:** ${a}`, `- **Result:** ${c}`, `- [ ] ${c} (owner: ${a}, due ${b})`, '']), ''].join(nl)),
  fc.tuple(inline, inline, inline, inline, NL).map(([s, t, a, r, nl]) => ['---', 'impact-lint: star-stories', '---', '', `## ${s}`, '', `**Situation:** ${s}`, '', `**Task:** ${t}`, '', `**Action:** ${a}`, '', `**Result:** ${r}`, ''].join(nl)),
  fc.tuple(inline, inline, inline, NL).map(([rag, why, item, nl]) => ['---', 'impact-lint: status-report', '---', '', '# Status report', '', `**Overall status:** ${rag} ${why}`, '', '## Achievements', '', `- ${item}`, '', '## Risks and issues', '', `- ${why}`, '', '## Next steps', '', `- ${item}`, ''].join(nl)),
);

const options = fc.record({ kind: fc.constantFrom(undefined, ...KINDS), path: fc.constantFrom(undefined, 'resume.md', 'notes/raid-log.md', 'README.md') });

function checkResult(text, result) {
  const length = result.text.length;
  assert.equal(result.text, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const fixes = [];
  for (const finding of result.findings) {
    const { start, end } = finding.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length, `span inside the document: ${JSON.stringify(finding.span)} of ${length}`);
    assert.ok(finding.start.line <= finding.end.line, 'start before end');
    // Messages do not name their rule; one may quote the document, which can (a directive in a code span).
    assert.ok(finding.message && (!finding.message.includes(finding.ruleId) || result.text.includes(finding.ruleId)), 'a message without the rule id');
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

  it('holds on document shapes the rules read (resume, RAID log, project log, STAR, status report)', () => {
    fc.assert(
      fc.property(shaped, (text) => {
        const result = lint(text, {});
        assert.ok(result.kind.kind, 'the shape has a kind');
        checkResult(text, result);
        const fixed = fixText(text, {}, 3).text;
        assert.deepEqual(lint(fixed, {}).findings.filter((f) => f.fix).map((f) => f.ruleId), [], 'fixes converge');
      }),
      { numRuns: 400 },
    );
  });

  it('the helpers behind completion, drafting, the status report, tailoring and the score never throw', () => {
    fc.assert(
      fc.property(fc.oneof(shaped, markdownish), fc.oneof(shaped, markdownish), fc.nat(), (text, other, at) => {
        const offset = text.length ? at % (text.length + 1) : 0;
        const completions = complete(text, offset, {});
        for (const item of completions.items) {
          const [a, b] = item.range;
          assert.ok(a >= 0 && a <= b && b <= text.length, `completion range ${a}-${b} inside ${text.length}`);
        }
        for (const shape of ['bullet', 'star']) {
          const draft = draftFromLog(text, offset, shape, { today: '2026-11-27' });
          if (draft) assert.equal(typeof draft.draft, 'string');
        }
        const report = statusReport({ raid: text, log: other, today: '2026-11-27' });
        assert.match(report.markdown, /Status report/);
        const comparison = compareJob(other, text);
        assert.ok(comparison.percent >= 0 && comparison.percent <= 100, `coverage ${comparison.percent}`);
        const score = scoreResume(lint(text, { kind: 'resume' }));
        if (score) assert.ok(score.score >= 0 && score.score <= 100 && Number.isInteger(score.score), `score ${score.score}`);
      }),
      { numRuns: 300 },
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

describe('normalize (table headers, labels, statuses)', () => {
  // Letters, digits and every character one of its steps treats specially, in runs:
  // normal text must come out as it went in, the rest as every step makes it.
  const CHARS = ['a', 'Z', 'r', '0', '7', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '(', ')', '&', '-', '\u2013', '\u2014', '.', ',', ':', ';', "'", '\u2019', '/', '+', '*', '_', '#', '?', '!', '\u00a9', '\u203c', '\u2705', '\u26a0', '\ufe0f', '\u212a', '\u0130', '\u00df', '\u03a3', '\u00e9', 'x1'];
  const text = fc.array(fc.oneof(fc.constantFrom(...CHARS), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

  it('its shortcut for text that is normal already gives what every step gives', async () => {
    const { normalize, normalizeLower } = await importTs('server/src/engine/pm/fields.ts');
    for (const sample of ['Owner', 'Due date', 'R-12', '2026-03-14 Cut-over', 'Open ⚠️', 'Mitigation (plan)', 'Q&A', ' Status: ', 'Done.', 'a  b']) {
      assert.equal(normalize(sample), normalizeLower(sample.toLowerCase()), sample);
    }
    fc.assert(
      fc.property(text, (sample) => {
        assert.equal(normalize(sample), normalizeLower(sample.toLowerCase()));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('scanners that replaced regular expressions quadratic in a run of spaces', () => {
  // Runs of spaces and tabs, the characters each pattern turned on, and other text.
  const CHARS = ['a', 'Z', '7', ' ', '  ', '\t', '\u00a0', '#', '##', '/', '|', '(', ')', ' / ', ' | ', ' (', ')  ', '-', '\u2013', 'é'];
  const text = fc.array(fc.oneof(fc.constantFrom(...CHARS), fc.string({ maxLength: 3 })), { maxLength: 14 }).map((parts) => parts.join(''));

  it('headingHalves splits a title as /^(.+?)\\s+[/|]\\s+(.+)$/, else /^([^()]+?)\\s*\\(([^()]+)\\)\\s*$/, did', async () => {
    const { headingHalves } = await importTs('server/src/engine/text.ts');
    const old = (title) => {
      const halves = /^(.+?)\s+[/|]\s+(.+)$/.exec(title) ?? /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(title);
      return halves ? [halves[1].trim(), halves[2].trim()] : undefined;
    };
    for (const sample of ['Education / Ausbildung', 'Compétences | Skills', 'Formation (Education)', 'Skills (2) (3)', 'a /', ' / b', 'x (y) z', '(y)', 'a ( )']) assert.deepEqual(headingHalves(sample), old(sample), sample);
    fc.assert(
      fc.property(text, (title) => {
        if (/[\n\r\u2028\u2029]/.test(title)) return; // a title is one line
        assert.deepEqual(headingHalves(title), old(title));
      }),
      { numRuns: 20_000 },
    );
  });

  it('normalizeLower gives what its chain of replaces gave', async () => {
    const { normalizeLower } = await importTs('server/src/engine/pm/fields.ts');
    const old = (lower) =>
      lower
        .replace(/\([^)]*\)/g, ' ')
        .replace(/&/g, ' and ')
        .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^[\s:*_#\-–—.]+|[\s:*_\-–—.?]+$/g, '')
        .trim();
    const PARTS = [...CHARS, ':', '?', '.', '*', '_', '\u2013', '\u2014', '&', '\u2705', '\ufe0f', ' - ', '((', '))', 'result: '];
    const label = fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 3 })), { maxLength: 16 }).map((parts) => parts.join('').toLowerCase());
    for (const sample of ['owner (primary)', 'result: - - x -?', '((a)', '#?', ' :due date:. ', 'a ( b ) ( c']) assert.equal(normalizeLower(sample), old(sample), sample);
    fc.assert(
      fc.property(label, (lower) => {
        assert.equal(normalizeLower(lower), old(lower));
      }),
      { numRuns: 20_000 },
    );
  });

  it("a heading's text ends where /(?:[ \\t]+#+)?[ \\t]*$/ said", () => {
    const old = (content) => content.slice(0, /(?:[ \t]+#+)?[ \t]*$/.exec(content).index);
    const headingText = (content) => {
      const source = `## ${content}\n`;
      const [heading] = engine.parseDocument(source).headings;
      return heading ? source.slice(heading.span.start, heading.span.end) : '';
    };
    for (const [sample, want] of [['Risks ##', 'Risks'], ['Risks ## ##  ', 'Risks ##'], ['C#', 'C#'], ['Title # #\t', 'Title #'], ['a\t#', 'a'], ['x  y  ', 'x  y']]) {
      assert.equal(old(sample), want, sample);
      assert.equal(headingText(sample), want, sample);
    }
    fc.assert(
      fc.property(text, (content) => {
        // Content that opens the heading's text: not a space (the opening's spaces), not only hashes (an empty heading).
        if (/[\n\r]/.test(content) || /^[ \t]/.test(content) || /^#+[ \t]*$/.test(content)) return;
        assert.equal(headingText(content), old(content));
      }),
      { numRuns: 5_000 },
    );
  });
});
