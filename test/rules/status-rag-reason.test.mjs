// status-rag-reason: an overall Amber or Red status gives a reason and a path to green.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const report = (status, rest = '') => doc('status-report', `# Office move: status report\n\n${status}\n\n## Summary\n\nCabling is 80% done.\n${rest}`);
const BOTH = /^(Amber|Red|Amber\/Red|Amber\/Green) with no reason and no path to green\. Say what is driving it, and what will bring it back to Green by when\.$/;

pmTester('status-rag-reason', {
  valid: [
    { name: '"Status: A new vendor was chosen" holds no rating', text: doc('status-report', '# Status report\n\n**Overall status:** Green\n\nStatus: A new vendor was chosen.\n') },
    // Regression (a review of PM documents): a cause under a "**Summary:**" label was not read; a Summary heading was.
    { name: 'a cause in a Summary label', text: doc('status-report', '# Weekly status report\n\n**Overall status:** Amber\n\n**Summary:** Go-live is behind because the test environment was down for 3 days.\n\n**Path to green:** fixes by 2 Dec.\n') },
    // Regression: "Why amber:" and "Reason for amber:" were not reasons.
    { name: '"Reason for amber:" under the rating', text: report('**Overall status:** Amber\n\n**Reason for amber:** the content freeze slipped 2 weeks. We expect to be back to green by 4 Dec.') },
    { name: '"Why amber:"', text: report('**Overall status:** Amber\n\n**Why amber:** two engineers left.\n\n**Path to green:** contractors start 1 Dec.') },
    { name: 'Green needs no reason', text: report('**Overall status:** Green') },
    { name: 'reason and path on the same line', text: report('**Overall status:** Amber: the switch delivery slipped a week. Path to green: loan switches by 1 Dec.') },
    { name: 'reason and "back to green" in prose', text: report('**Overall status:** Red\n\nThe vendor went into administration, so we are sourcing a new one and expect to be back to green by 15 Dec.') },
    { name: 'Reason and Path to green labels', text: report('**Overall status:** Amber · **Trend:** Worsening\n\n**Reason:** switch delivery slipped.\n\n**Path to green:** loan switches by 1 Dec.') },
    { name: 'a Recovery plan section', text: report('## Overall status\n\nAmber: supplier delay on the switches.', '\n## Recovery plan\n\n- Loan switches by 1 Dec\n') },
    { name: 'a table row with a reason and a path', text: doc('status-report', '# Report\n\n| Field | Value | Comment |\n| --- | --- | --- |\n| Overall status | At risk | Switches late; path to green: loan units by 1 Dec |\n') },
    { name: 'a RAG status in a project log', text: doc('project-log', '# Log\n\n**Overall status:** Amber: switches late. Recovery plan: loan units by 1 Dec.\n') },
    // Regression (a review of realistic status reports): a reason or path to green in these places was not read.
    { name: 'Reason and Path to green rows of a key-value table', text: doc('status-report', '# Report\n\n| Item | Value |\n| --- | --- |\n| Overall RAG | Amber |\n| Reason | Vendor test environment was down for 6 days |\n| Path to green | Second environment by 4 Dec 2026 |\n') },
    { name: 'Reason and Path to green columns beside the rating', text: doc('status-report', '# Report\n\n| Overall RAG | Reason | Path to green |\n| --- | --- | --- |\n| Amber | Vendor env down 6 days | Second environment by 4 Dec 2026 |\n') },
    { name: 'a RAG table whose Schedule row says why and "back to green by"', text: doc('status-report', '# Report\n\n| Dimension | RAG | Comment |\n| --- | --- | --- |\n| Overall | Amber | |\n| Schedule | Amber | Go-live moved 2 weeks because the vendor environment was down; back to green by 4 Dec 2026 |\n') },
    { name: '"Path to green:" in the middle of a Summary paragraph that gives the cause', text: doc('status-report', '# Report\n\n**Overall status:** Amber\n\n## Summary\n\nTesting is two weeks behind because the vendor test environment was down. Path to green: a second environment by 4 Dec 2026.\n') },
    // Regression: a "Last week | This week" table was read from its Last week column.
    { name: 'an Amber last week is history when this week is Green', text: doc('status-report', '# Report\n\n| Area | Last week | This week |\n| --- | --- | --- |\n| Overall | Amber | Green |\n| Schedule | Amber | Green |\n') },
    { name: 'a bare "Status: Red" outside a status report is not the overall status', text: doc('project-log', '# Log\n\n- Status: Red\n') },
  ],
  invalid: [
    // Regression (a review of that change, M3): a longer field label after the rating is still no reason.
    { name: 'a field line with a long label is no reason', text: doc('status-report', '# Weekly status report\n\n**Overall status:** Amber\n\nNext steering committee meeting: 4 Dec\n\n## Summary\n\nOn plan.\n'), findings: [{ span: 'Amber', message: BOTH }] },
    // Regression (a review of project logs, M7): "### Mon 9 Nov – RAG: Amber" was the log's only rating, and it was not read;
    // and "Payments squad pushed back: they want ..." was taken for a field ("Sponsor: Jo"), not the reason.
    {
      name: 'a rating in a part of a dated heading, and a reason with a colon in it',
      text: doc('project-log', '# CI/CD move\n\n### Mon 9 Nov \u2013 RAG: Amber\n\nPayments squad pushed back: they want a 2-week freeze before Black Friday.\n\n### Tue 10 Nov\n\nMigrated 40 pipelines with Ahmed over 2 days.\n'),
      findings: [{ span: 'Amber', message: /^Amber with no path to green\. Say what will bring it back to Green, and by when\.$/ }],
    },
    {
      name: 'a rating in a part of a dated heading',
      text: doc('project-log', '# CI/CD move\n\n### Mon 9 Nov \u2013 RAG: Amber\n\nPayments squad pushed back on the cut-over date. Asked Karen to decide by Friday.\n\n### Tue 10 Nov\n\nMigrated 40 pipelines with Ahmed over 2 days.\n'),
      findings: [{ span: 'Amber', message: /^Amber with no path to green\. Say what will bring it back to Green, and by when\.$/ }],
    },
    // Regression (a second review): "No change.", "See below." and "Nothing to report." under the rating are no reason.
    { name: '"See below." and "No change." under the rating are no reason', text: doc('status-report', '# Weekly status report\n\n**Overall status:** Amber\n\nSee below.\n\nNo change this week.\n'), findings: [{ span: 'Amber', message: BOTH }] },
    // Regression (a review of PM documents): the short form R/A/G after a status label was not read ("No overall RAG
    // status", '"R" is not a RAG rating').
    { name: 'RAG: A', text: report('RAG: A'), findings: [{ span: 'A', message: BOTH }] },
    { name: 'Overall status: R - with what follows it as the reason', text: report('**Overall status:** R - the vendor slipped a week'), findings: [{ span: 'R', message: /^Red with no path to green\./ }] },
    // Regression (a review of PM documents): "(was Green last week)" and who prepared the report were taken for the reason;
    // in a project log, so was the entry itself.
    { name: '"(was Green last week)" under the rating is no reason', text: doc('status-report', '# Weekly status report\n\n**Overall status:** Amber\n\n(was Green last week)\n\nPrepared by Rahul Mehta for the steering group.\n'), findings: [{ span: 'Amber', message: BOTH }] },
    // Regression (the review of PM documents as a user, M3): "Amber with no reason" when the entry said why just above.
    { name: 'a project-log entry gives its cause above the rating', text: doc('project-log', '# Project log\n\n## 2026-11-16 Leeds done\n\nEverything was delayed by the vendor.\n\n## 2026-11-23 Sheffield\n\nLandlord still hasn\'t signed off ceiling access. Escalated to the facilities manager.\n\n**Overall status:** Amber\n'), findings: [{ span: 'Amber', message: /^Amber with no path to green\./ }] },
    // Regression (a review of this session's changes, M2): good news is no cause.
    { name: 'good news above the rating is no reason', text: doc('project-log', '# Project log\n\n## 2026-11-23 Sheffield\n\nStill no blockers this week. Budget has not changed.\n\n**Overall status:** Amber\n'), findings: [{ span: 'Amber', message: BOTH }] },
    // Only its own entry: another week's cause is not this week's reason.
    { name: 'an earlier entry\'s cause is not this one\'s reason', text: doc('project-log', '# Project log\n\n## 2026-11-16 Leeds\n\nEverything was delayed by the vendor.\n\n## 2026-11-23 Sheffield\n\nInstalled 22 APs.\n\n**Overall status:** Amber\n'), findings: [{ span: 'Amber', message: BOTH }] },
    { name: 'a project-log entry under its rating is no reason', text: doc('project-log', '# Project log\n\n## 2026-11-25 Weekly status\n\n**Overall status:** Amber\n\nBuilt the test plan with QA over 3 days; 120 test cases written.\n'), findings: [{ span: 'Amber', message: BOTH }] },
    { name: 'the This week column of a "Last week | This week" table is the status now', text: doc('status-report', '# Report\n\n| Area | Last week | This week |\n| --- | --- | --- |\n| Overall | Green | Amber |\n| Schedule | Green | Amber |\n'), findings: [{ span: 'Amber', message: BOTH }] },
    { name: 'the latest status of a newest-first project log is the one checked', text: doc('project-log', '# Log\n\n## 2026-11-23 Week 48\n\nOverall status: Red. Parallel run failed.\n\n## 2026-11-16 Week 47\n\nOverall status: Amber because UAT slipped. Path to green: defect blitz by 2026-11-20.\n'), findings: [{ span: 'Red', message: /^Red with no path to green\./ }] },
    // Regression: a log records a status a week; only the first was read.
    { name: 'the latest status of a project log is the one checked', text: doc('project-log', '# Log\n\n## 2026-11-09 Weekly note\n\nOverall status: Amber: switches late. Path to green: loan units by 1 Dec.\n\n## 2026-11-16 Weekly note\n\nOverall status: Red\n'), findings: [{ span: 'Red', message: /^Red with no reason and no path to green\./ }] },
    // Regression: the suggestion added a reason slot when only the path to green was missing.
    { name: 'a cause in the Summary, no path to green', text: doc('status-report', '# Report\n\n**Overall status:** Amber\n\n## Summary\n\nData migration from the old tool slipped a week.\n'), findings: [{ span: 'Amber', message: /^Amber with no path to green\./ }], output: null, suggestions: ['. Path to green: ${1:action} by ${2:date}.'] },
    { name: 'a Summary without a cause is no reason', text: doc('status-report', '# Report\n\n**Overall status:** Amber\n\n## Summary\n\nGood week. Back to green by 4 Dec.\n'), findings: [{ span: 'Amber', message: /^Amber with no reason\./ }], output: null, suggestions: [': ${1:reason}.'] },
    // Regression: the status report template's hints counted as a reason and a path to green.
    { name: 'the template\'s bracketed hints are no reason and no path', text: report('**Overall status:** Amber · **Trend:** Worsening\n\n**Reason:** [When Amber or Red: what is driving it; None when Green]\n\n**Path to green:** [When Amber or Red: the actions and the date that bring it back; None when Green]'), findings: [{ span: 'Amber', message: BOTH }] },
    // Regression (a review of PM documents): words after the rating took the suggestion away; it goes after them now.
    { name: 'Amber with words after it', text: report('**Overall status: AMBER** (was Green)'), findings: [{ span: 'AMBER', message: BOTH }], output: null, suggestions: [' \u2013 ${1:reason}. Path to green: ${2:action} by ${3:date}.'] },
    // Regression (a review of project logs, L5): "... submitted late. – Path to green: ..." after a full stop.
    { name: 'a reason that ends with a full stop', text: report('**Overall status:** Red \u2013 CAB slot missed because the change was submitted late.'), findings: [{ span: 'Red', message: /^Red with no path to green\./ }], output: null, suggestions: [' Path to green: ${1:action} by ${2:date}.'] },
    { name: 'Amber alone', text: report('**Overall status:** Amber'), findings: [{ span: 'Amber', message: BOTH }], output: null, suggestions: [': ${1:reason}. Path to green: ${2:action} by ${3:date}.'] },
    { name: 'Amber/Red under a heading', text: report('## Overall status\n\nAmber/Red'), findings: [{ span: 'Amber/Red', message: BOTH }] },
    // Regression: "back to green by 24 April" in the Summary was not seen, so the finding said "no path to green" too.
    { name: 'a path to green in the Summary: only the reason is missing', text: report('**Overall status:** Amber', '\nWe expect to be back to green by 24 April once the loan switches arrive.\n'), findings: [{ span: 'Amber', message: /^Amber with no reason\. Say what is driving it\.$/ }] },
    // Changed on purpose (the review of PM documents as a user, L2): the rating is named as the user wrote it, then as read
    // ("Amber with no reason" renamed "At risk").
    { name: 'At risk reads as Amber', text: report('**Status:** At risk'), findings: [{ span: 'At risk', message: /^"At risk" \(Amber\) with no reason/ }] },
    { name: 'Off track reads as Red', text: report('**Project status:** 🔴 Off track'), findings: [{ span: 'Off track', message: /^"Off track" \(Red\) with no reason/ }] },
    { name: 'a reason but no path', text: report('**Overall status:** Amber: the switch delivery slipped a week because of a stock shortage.'), findings: [{ span: 'Amber', message: /^Amber with no path to green\. Say what will bring it back to Green, and by when\.$/ }] },
    { name: 'a path but no reason', text: report('**Overall status:** Red\n\n**Path to green:** new vendor by 15 Dec.'), findings: [{ span: 'Red', message: /^Red with no reason\. Say what is driving it\.$/ }] },
    { name: '"Reason: None" is no reason', text: report('**Overall status:** Amber\n\n**Reason:** None\n\n**Path to green:** loan switches by 1 Dec.'), findings: [{ span: 'Amber', message: /^Amber with no reason/ }] },
    { name: 'a trend is not a reason', text: report('**Overall status:** Amber (was Green) · **Trend:** Worsening since last week'), findings: [{ span: 'Amber', message: BOTH }] },
    { name: 'Amber/Green is not Green', text: report('**RAG:** Amber/Green'), findings: [{ span: 'Amber/Green', message: BOTH }] },
    { name: 'in a key-value table', text: doc('status-report', '# Report\n\n| Field | Value |\n| --- | --- |\n| Overall status | Red |\n'), findings: [{ span: 'Red', message: /^Red with no reason and no path/ }] },
  ],
});

describe('status-rag-reason in context', () => {
  it('is a warning, reported on the rating', () => {
    const text = report('**Overall status:** Amber');
    const [finding] = only(lintText(text, { today: TODAY }).findings, 'status-rag-reason');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.start.line, 6);
  });
});
