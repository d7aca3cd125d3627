// status-missing-section: a status report has an overall RAG status and its five sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const SECTIONS = {
  summary: '## Summary\n\nOn plan for the December move.\n',
  done: '## Done this period\n\n- Level 3 fit-out signed off\n',
  next: '## Planned next period\n\n- Install the loan switches\n',
  risks: '## Risks and issues\n\n- R-01 Switch delivery slips. Owner: Sam. Due: 2026-12-01. Mitigation: loan switches. Status: Open\n',
  decisions: '## Decisions needed\n\nNone.\n',
};
const report = (omit = [], status = '**Overall status:** Green') => doc('status-report', `# Office move: status report\n\n${status}\n\n${Object.entries(SECTIONS).filter(([k]) => !omit.includes(k)).map(([, v]) => v).join('\n')}`);

pmTester('status-missing-section', {
  valid: [
    // Regression (the review of PM documents as a user, H3): a heading that is just "Next" was not the plan.
    { name: 'a heading "Next" is the next period', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## Summary\n\nOn plan.\n\n## Done\n\n- Fit-out signed off\n\n## Next\n\n- Loan switches\n\n## Risks and issues\n\nNone open.\n\n## Decisions needed\n\nNone.\n') },
    // Regression (a review of this change, L5): a numbered heading "3. Next" was not the plan.
    { name: 'numbered headings: "3. Next", "4) Risks"', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## 1. Summary\n\nOn plan.\n\n## 2. Done\n\n- Fit-out signed off\n\n## 3. Next\n\n- Loan switches\n\n## 4) Risks and issues\n\nNone open.\n\n## 5. Decisions needed\n\nNone.\n') },
    // Regression (a review of PM documents): the paragraph under the rating is the summary without a heading.
    { name: 'a summary paragraph under the rating, with no heading', text: report(['summary'], '**Overall status:** Green\n\nParallel run 3 matched to the penny for 2,400 employees. Go-live on 1 Dec is confirmed.') },
    // Regression: monthly and fortnightly reports were told they had no done and no next section.
    { name: 'a monthly report: This month / Next month', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## Summary\n\nOn plan.\n\n## This month\n\n- Fit-out signed off\n\n## Next month\n\n- Loan switches\n\n## Risks and issues\n\nNone open.\n\n## Decisions needed\n\nNone.\n') },
    { name: 'a fortnightly report: Last 2 weeks / What\'s next', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## Summary\n\nOn plan.\n\n## Last 2 weeks\n\n- Fit-out signed off\n\n## What\'s next\n\n- Loan switches\n\n## Risks and issues\n\nNone open.\n\n## Decisions needed\n\nNone.\n') },
    { name: 'every section', text: report() },
    { name: 'synonyms: Overview, Accomplishments, Next week, Blockers, Asks', text: doc('status-report', '# Report\n\n**RAG:** Amber/Green\n\n## Overview\n\nFine.\n\n## Accomplishments\n\n- A\n\n## Next week\n\n- B\n\n## Blockers\n\n- None\n\n## Asks\n\n- None\n') },
    { name: 'headings in any case', text: report().replace('## Summary', '## SUMMARY') },
    { name: 'bold labels instead of headings', text: doc('status-report', '# Report\n\n**Overall status:** Green\n\n**Summary:** On plan.\n\n**Done this week:** cabling.\n\n**Next week:** switches.\n\n**Risks:** none open.\n\n**Decisions needed:** none.\n') },
    { name: 'a key-value table', text: doc('status-report', '# Report\n\n| Field | Value |\n| --- | --- |\n| Overall status | On track |\n| Summary | On plan |\n| Done | Cabling |\n| Next period | Switches |\n| Risks | None open |\n| Decisions | None |\n') },
    // Regression (a docs check): the rating as the header row of a table of fields was not read.
    { name: 'a key-value table whose header row is the overall status', text: doc('status-report', '# Report\n\n| Overall status | Green |\n| --- | --- |\n| Summary | On plan |\n| Done | Cabling |\n| Next period | Switches |\n| Risks | None open |\n| Decisions | None |\n') },
    { name: 'a two-column Done/Next table', text: report(['done', 'next']).replace('## Risks', '| Done this month | Planned next month |\n| --- | --- |\n| Cabling | Switches |\n\n## Risks') },
    { name: 'the status as a heading', text: report([], '## Overall status\n\nAmber: switches late. Path to green: loan switches by 1 Dec.') },
    { name: 'a placeholder status is left to placeholder-left', text: report([], '**Overall status:** TBD') },
    { name: 'an empty label list stops requiring the section', text: report(['decisions']), config: { rules: { 'status-missing-section': ['warning', { decisionLabels: [] }] } } },
    { name: 'a custom section name', text: report(['decisions']).replace('## Risks', '## Board asks\n\n- None\n\n## Risks'), config: { rules: { 'status-missing-section': ['warning', { decisionLabels: ['board asks'] }] } } },
    { name: 'not a status report', text: doc('project-log', '# Log\n\n## 2026-11-02 Planning\n\nPlanned 3 moves with facilities over 2 weeks.\n') },
  ],
  invalid: [
    // "Next" names the plan only as the whole heading: not inside another one.
    { name: '"next" inside a heading is no plan', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## Summary\n\nOn plan.\n\n## Done\n\n- Fit-out signed off\n\n## Risks and issues\n\nNone open.\n\n## Decisions needed before next release\n\nNone.\n'), findings: [{ span: 'Status', message: /^No "Planned next period" section\./ }], output: null },
    { name: 'who prepared the report is no summary', text: report(['summary'], '**Overall status:** Green\n\nPrepared by Rahul Mehta for the steering group on behalf of the PMO.'), findings: [{ span: 'Office move: status report', message: /^No "Summary" section\./ }], output: null },
    { name: 'a short line under the rating is no summary', text: report(['summary'], '**Overall status:** Green\n\nSee below.'), findings: [{ span: 'Office move: status report', message: /^No "Summary" section\./ }], output: null },
    {
      name: 'no decisions section: reported on the title, a skeleton offered at the end',
      text: report(['decisions']),
      findings: [{ span: 'Office move: status report', message: /^No "Decisions needed" section\. List the decisions you need, each with who decides and by when, or write "None"\.$/ }],
      output: null,
      suggestions: ['\n## Decisions needed\n\n- ${1:Decision needed, decider and date, or None}\n'],
    },
    {
      name: 'no summary: offered before the first section after it',
      text: report(['summary']),
      findings: [{ span: 'Office move: status report', message: /^No "Summary" section/ }],
      suggestions: ['## Summary\n\n${1:Two or three sentences: where the project stands against the plan}\n\n'],
    },
    {
      name: 'no overall status: a line offered after the title',
      text: report([], 'Weekly update for the board.'),
      findings: [{ span: 'Office move: status report', message: /^No overall RAG status\. Give one near the top: Green, Amber\/Green, Amber, Amber\/Red or Red/ }],
      suggestions: ['\n\n**Overall status:** ${1|Green,Amber/Green,Amber,Amber/Red,Red|}'],
    },
    { name: 'a value that is not a rating', text: report([], '**Overall status:** Good'), findings: [{ span: 'Good', message: /^"Good" is not a RAG rating\. Use Green, Amber\/Green, Amber, Amber\/Red or Red \(or On track, At risk, Off track\)\.$/ }], output: null },
    { name: 'a status heading with no rating under it', text: report([], '## Overall status\n\nSee the summary.'), findings: [{ span: 'Overall status', message: /^No RAG rating under this heading/ }] },
    { name: 'an empty section: reported on its heading', text: report().replace('- Install the loan switches\n', ''), findings: [{ span: 'Planned next period', message: /^This section is empty\. Say what is planned for the next period\.$/ }], output: null },
    {
      name: 'several missing sections, in order',
      text: doc('status-report', '# Report\n\n**Overall status:** Green\n\n## Summary\n\nFine.\n'),
      findings: [{ span: 'Report', message: /"Done this period"/ }, { span: 'Report', message: /"Planned next period"/ }, { span: 'Report', message: /"Risks and issues"/ }, { span: 'Report', message: /"Decisions needed"/ }],
    },
    { name: 'labels only: the skeleton is a label', text: doc('status-report', 'Overall status: Green\n\nSummary: fine.\n\nDone: cabling.\n\nNext week: switches.\n\nRisks: none.\n'), findings: [{ span: 'Overall status: Green', message: /"Decisions needed"/ }], suggestions: ['\n**Decisions needed:** ${1:Decision needed, decider and date, or None}\n'] },
  ],
});

describe('status-missing-section in context', () => {
  /** Applies every suggestion of the rule, snippet placeholders replaced by their first choice or text. */
  const applySuggestions = (text) => {
    const found = only(lintText(text, { today: TODAY }).findings, 'status-missing-section');
    const edits = found.flatMap((f) => f.suggestions ?? []).map((s) => ({ range: s.edit.range, text: s.edit.text.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1') }));
    return engine.applyEdits(text, edits).text;
  };

  it('the inserted skeletons satisfy the rule', () => {
    const filled = applySuggestions(doc('status-report', '# Report\n\nNothing yet.\n'));
    assert.deepEqual(only(lintText(filled, { today: TODAY }).findings, 'status-missing-section'), []);
    assert.match(filled, /^# Report\n\n\*\*Overall status:\*\* Green\n\nNothing yet\.\n\n## Summary\n/m);
  });

  // Regression (a review): the end of a CR-only report was read as no line break, so the section came after three blank lines.
  it('a section added at the end keeps one blank line before it, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = doc('status-report', '# Report\n\n**Overall status:** Green\n\nNothing yet.\n\n').replace(/\n/g, eol);
      const [found] = only(lintText(text, { today: TODAY }).findings, 'status-missing-section').filter((f) => f.suggestions?.length);
      assert.ok(found, JSON.stringify(eol));
      const added = engine.applyEdits(text, [found.suggestions[0].edit]).text;
      assert.doesNotMatch(added, new RegExp(`(?:${eol.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}){3}`), `no two blank lines in a row with ${JSON.stringify(eol)}`);
    }
  });

  it('has no autofix: --fix does not invent sections', () => {
    const text = doc('status-report', '# Report\n\nNothing yet.\n');
    assert.equal(engine.fixText(text, { today: TODAY }).fixed, 0);
  });
});
