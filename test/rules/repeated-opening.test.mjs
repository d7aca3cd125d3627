// repeated-opening: the same opening verb more than twice in one role.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

const FM = '---\nimpact-lint: resume\n---\n\n## Experience\n\n';

// One bullet can never repeat an opening: these are the single-bullet boundaries.
ruleTester('repeated-opening', {
  valid: ['Led a team of 6 through a 9-month ERP rollout', 'Managed a $300K budget'],
  invalid: [],
});

describe('repeated-opening', () => {
  it('flags the third and later bullets that open with the same verb in one role', () => {
    const text = `${FM}### IT Manager, Northwind (2021 - 2024)\n\n- Managed a team of 6\n- Managed a $300K budget\n- Managed 1,200 mailboxes\n- Managed 4 vendors\n`;
    const found = only(lintText(text).findings, 'repeated-opening');
    assert.deepEqual(found.map((f) => [sourceOf(text, f), f.start.line]), [['Managed', 10], ['Managed', 11]]);
    assert.match(found[0].message, /^"Managed" opens 4 bullets in this role; this is the third\. Vary it, e\.g\. "\w+", "\w+", "\w+"\.$/);
    assert.equal(found[0].severity, 'info');
    assert.ok(found[0].suggestions.length >= 2);
    for (const s of found[0].suggestions) assert.notEqual(s.edit.text, 'Managed');
  });

  it('two are fine', () => {
    assert.deepEqual(only(lintText(resumeText(['Led a team of 6', 'Led a $300K project', 'Migrated 40 servers'])).findings, 'repeated-opening'), []);
  });

  it('forms of one verb count together: Manage, Managed, Managing', () => {
    const text = resumeText(['Managed a team of 6', 'Manage a $300K budget', 'Managing 4 vendors']);
    assert.equal(only(lintText(text).findings, 'repeated-opening').length, 1);
  });

  it('roles are counted apart: headings, job lines with nested bullets, lists between job paragraphs', () => {
    const headings = `${FM}### A (2021 - 2024)\n\n- Led 3 releases\n- Led 2 audits\n\n### B (2017 - 2021)\n\n- Led 4 moves\n- Led 5 upgrades\n`;
    assert.deepEqual(only(lintText(headings).findings, 'repeated-opening'), []);
    const jobLines = `${FM}- **IT Manager**, A (2021 - 2024)\n  - Led 3 releases\n  - Led 2 audits\n- **Analyst**, B (2017 - 2021)\n  - Led 4 moves\n  - Led 5 upgrades\n`;
    assert.deepEqual(only(lintText(jobLines).findings, 'repeated-opening'), []);
    const paragraphs = `${FM}**IT Manager**, A (2021 - 2024)\n\n- Led 3 releases\n- Led 2 audits\n\n**Analyst**, B (2017 - 2021)\n\n- Led 4 moves\n- Led 5 upgrades\n`;
    assert.deepEqual(only(lintText(paragraphs).findings, 'repeated-opening'), []);
  });

  it('weak openings are left to weak-opening', () => {
    const text = resumeText(['Handled 3 upgrades', 'Handled 4 moves', 'Handled 5 audits']);
    assert.deepEqual(only(lintText(text).findings, 'repeated-opening'), []);
    assert.equal(only(lintText(text).findings, 'weak-opening').length, 3);
  });

  // Regression (a review with 8 IT resumes, M3): in a role that is over, "Running", "Directing" contradicted weak-opening,
  // which asks for the past on the same line.
  it('alternatives are in the past in a role that is over', () => {
    const text = '---\nimpact-lint: resume\n---\n\n## Experience\n\n### Lead, Acme (2016 - 2019)\n\n- Managing a team of 6\n- Managing a $300K budget\n- Managing 4 vendors\n';
    const [finding] = only(lintText(text, { today: '2026-11-28' }).findings, 'repeated-opening');
    assert.deepEqual(finding.suggestions.map((s) => s.edit.text), ['Led', 'Ran', 'Directed']);
  });

  it('alternatives keep the form of the verb', () => {
    const text = resumeText(['Managing a team of 6', 'Managing a $300K budget', 'Managing 4 vendors']);
    const [finding] = only(lintText(text).findings, 'repeated-opening');
    assert.ok(finding.suggestions.every((s) => /ing$/.test(s.edit.text)), JSON.stringify(finding.suggestions.map((s) => s.edit.text)));
  });
});
