// Markdown fixtures for the project-log and PM rules (markdownlint's test/*.md):
// each test/fixtures/pm/<type>/<shape>.md is linted with `today` fixed and its
// kind and findings compared exactly with <shape>.expected.json; when it has
// fixes, the fixed text must equal <shape>.fixed.md and lint again without any.
// Resume-only rules are left out of the comparison (they have their own tests).
// UPDATE_FIXTURES=1 rewrites the expectations: review the diff before keeping it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { engine, lintText, sourceOf } from './helpers.mjs';

const TODAY = '2026-11-26';
const root = fileURLToPath(new URL('fixtures/pm/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';
const resumeOnly = new Set(engine.rules.filter((r) => r.meta.kinds.length === 1 && r.meta.kinds[0] === 'resume').map((r) => r.meta.id));
const options = (file) => ({ today: TODAY, path: file });

function findingsOf(text, result) {
  return result.findings.filter((f) => !resumeOnly.has(f.ruleId)).map((f) => ({ line: f.start.line + 1, column: f.start.character + 1, ruleId: f.ruleId, text: sourceOf(text, f) }));
}

/** One finding a line, so a diff shows which finding changed. */
function format({ kind, findings }) {
  const lines = findings.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "kind": ${JSON.stringify(kind)},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

const types = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('PM fixtures', () => {
  it('cover every PM document type in at least three shapes', () => {
    for (const type of ['project-log', 'raid-log', 'status-report', 'star-stories', 'meeting-notes']) {
      const shapes = readdirSync(`${root}${type}`).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'));
      assert.ok(shapes.length >= 3, `${type} has ${shapes.length} shapes`);
      assert.ok(shapes.includes('messy.md'), `${type} has no messy real-world shape`);
    }
  });

  for (const type of types) {
    describe(type, () => {
      for (const name of readdirSync(`${root}${type}`).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort()) {
        const base = `${root}${type}/${name.slice(0, -3)}`;
        it(name, () => {
          const text = readFileSync(`${root}${type}/${name}`, 'utf8');
          const result = lintText(text, options(name));
          assert.deepEqual(result.crashed, [], 'a rule crashed');
          assert.deepEqual(result.problems, []);
          const actual = { kind: result.kind.kind ?? null, findings: findingsOf(text, result) };
          const fixed = engine.fixText(text, options(name));
          if (update) {
            writeFileSync(`${base}.expected.json`, format(actual));
            if (fixed.fixed) writeFileSync(`${base}.fixed.md`, fixed.text);
            else if (existsSync(`${base}.fixed.md`)) unlinkSync(`${base}.fixed.md`);
          }
          assert.deepEqual(actual, JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')));
          if (type !== 'resume') assert.deepEqual(result.findings.filter((f) => resumeOnly.has(f.ruleId)).map((f) => f.ruleId), [], 'a resume rule fired in a PM document');
          for (const f of result.findings) {
            assert.ok(f.span.end > f.span.start, `${f.ruleId} on line ${f.start.line + 1} has an empty span`);
            assert.ok(!f.message.includes(f.ruleId), `${f.ruleId} repeats its id in "${f.message}"`);
          }
          // The same document with CRLF line endings reads the same and keeps CRLF when fixed.
          const crlf = text.replace(/\n/g, '\r\n');
          assert.deepEqual(findingsOf(crlf, lintText(crlf, options(name))), actual.findings, 'CRLF changes the findings');
          assert.equal(engine.fixText(crlf, options(name)).text, fixed.text.replace(/\n/g, '\r\n'), 'fixes differ with CRLF');
          if (!fixed.fixed) {
            assert.ok(!existsSync(`${base}.fixed.md`), 'nothing to fix, but a .fixed.md snapshot exists');
            return;
          }
          assert.equal(fixed.text, readFileSync(`${base}.fixed.md`, 'utf8'), 'the fixed text differs from the snapshot');
          const again = lintText(fixed.text, options(name));
          assert.deepEqual(again.findings.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), [], 'fixes do not converge');
          assert.equal(engine.fixText(fixed.text, options(name)).fixed, 0);
        });
      }
    });
  }
});

describe('PM kind detection from content', () => {
  const kindOf = (text, path) => lintText(text, { today: TODAY, path }).kind;
  const cases = [
    ['a RAID log by its title', '# Project Phoenix: RAID log\n\nReviewed weekly.\n', 'raid-log'],
    ['a RAID log by Risks and Issues headings', '# Phoenix\n\n## Risks\n\n- Vendor slips\n\n## Issues\n\n- Login loop\n', 'raid-log'],
    ['a RAID log by R-/I- items', '# Phoenix\n\n- R-01 Vendor slips. Owner: Dev\n- I-01 Login loop. Owner: Kim\n', 'raid-log'],
    ['a status report by its overall status and sections', '# Phoenix\n\n**Overall status:** Amber\n\n## Summary\n\nLate.\n', 'status-report'],
    ['a status report by its title', '# Weekly status: Phoenix\n\nAll fine.\n', 'status-report'],
    // Regression (a review with realistic documents): a "RAG:" line and This week / Next week headings, or "Week 47 update", were no kind.
    ['a status report by a RAG line and period headings', '# Intune migration: week 47\n\nRAG: Amber – pilot slipped a week.\n\n## This week\n\n- Enrolled 140 devices\n\n## Next week\n\n- Finish the pilot\n', 'status-report'],
    ['a status report by a "Week 47 update" or "Project update" title', '# Week 47 update – Intune migration\n\nOn track.\n', 'status-report'],
    ['a project log of dated updates is no status report', '# Project updates\n\n## 2026-11-02\n\nRAG: Green.\n\n## 2026-11-09\n\nRAG: Amber.\n\n## Next week\n\n- Ship\n', 'project-log'],
    ['minutes by an Attendees line and task items', '# Sync\n\nAttendees: Kim, Dev\n\n- [ ] Kim to renew licences\n', 'meeting-notes'],
    ['STAR stories by plain labels', '# Stories\n\n## Move\n\nSituation: a move.\nAction: I planned.\nResult: 300 moved.\n', 'star-stories'],
    ['a project log by dated list items', '# Notes\n\n- 2026-10-01: A\n- 2026-10-02: B\n- 3 Oct 2026: C\n', 'project-log'],
    ['a project log with a RAID table stays a project log', '# Notes\n\n## 2026-10-01 Kick-off\n\nText.\n\n## 2026-10-08 Planning\n\n| ID | Type | Description | Owner | Impact | Mitigation |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Risk | Slips | Sam | 4 | Loan |\n', 'project-log'],
    ['a resume stays a resume with a Status line and risks', '# Jane\n\n## Experience\n\n- Kept the RAID log: 14 risks\n- Status: Green on 11 of 12 reports\n\n## Education\n\n- BSc\n', 'resume'],
    ['a README is nothing', '# Tool\n\nA CLI.\n\n## Usage\n\n- Run it\n', undefined],
  ];
  for (const [name, text, kind] of cases) it(name, () => assert.equal(kindOf(text).kind, kind));
});
