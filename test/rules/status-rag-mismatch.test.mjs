// status-rag-mismatch: Green overall while a high-severity item is open or a milestone slipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const RISKS = '| ID | Type | Description | Owner | Probability | Impact | Score | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const MILESTONES = '| Milestone | Baseline | Forecast | Status |\n| --- | --- | --- | --- |\n';
const ISSUES = '| ID | Issue | Priority | Owner | Due | Action | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n';
const report = (status, rest) => doc('status-report', `# Status report\n\n**Overall status:** ${status}\n\n${rest}`);

pmTester('status-rag-mismatch', {
  valid: [
    { name: 'a closed risk "(High/High)" in a list item', text: report('Green', '## Risks and issues\n\n- I-04 VPN drops for remote staff (High/High). Owner: Mo Ali. Due: 2026-12-05. Status: Closed\n') },
    // Regression (a second review): a Status column after the RAG one closes the milestone; last week's row is past.
    { name: 'a milestone rated Red that a Status column says is done', text: report('Green', '| Milestone | Due | RAG | Status |\n| --- | --- | --- | --- |\n| Vendor selected | 2026-09-30 | Red | Done |\n') },
    { name: "last week's Red in a table of areas", text: report('Green', '| | Time | Cost | Scope |\n| --- | --- | --- | --- |\n| Last week | Red | Green | Green |\n| This week | Green | Green | Green |\n') },
    { name: "an area's Red last week, Green this week, row by row", text: report('Green', '| Area | Last week | This week |\n| --- | --- | --- |\n| Schedule | Red | Green |\n| Budget | Amber | Green |\n') },
    { name: 'a milestone rated Red that is done', text: report('Green', '| Milestone | Due | Status |\n| --- | --- | --- |\n| UAT done | 2026-11-20 | Done |\n') },
    { name: 'areas rated Amber and Green under Green', text: report('Green', '| Time | Cost | Scope |\n| --- | --- | --- |\n| Amber | Green | Green |\n') },
    { name: 'an open P3 issue under Green', text: report('Green', `${ISSUES}| I-01 | Typo on the intranet | P3 | Sam | 2026-12-01 | Fix | Open |\n`) },
    { name: 'a Red last week beside an Overall Green this week is history', text: doc('status-report', '# Report\n\n|  | Overall | Last week | Budget |\n| --- | --- | --- | --- |\n| RAG | Green | Red | Amber |\n') },
    { name: 'a Red row last week under "Last week | This week" is history', text: doc('status-report', '# Report\n\n| Area | Last week | This week |\n| --- | --- | --- |\n| Overall | Amber | Green |\n| Schedule | Red | Green |\n') },
    { name: 'an Overall Green row beside Amber rows and a comment that opens with "Red"', text: doc('status-report', '# Report\n\n| Dimension | RAG | Comment |\n| --- | --- | --- |\n| Budget | Amber | Red tape at procurement, 8% over |\n| Overall | Green | |\n') },
    { name: 'a risk with High impact but a Low probability column', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | Low | High |  | Loan | Open |\n`) },
    { name: 'Green with low risks and milestones on time', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | 2 | 3 | 6 | Loan | Open |\n\n${MILESTONES}| Cabling | 2026-11-28 | 2026-11-28 | On track |\n`) },
    { name: 'Amber with a red risk is consistent', text: report('Amber: switches late. Path to green: loan units.', `${RISKS}| R-01 | Risk | Slips | Sam | 4 | 5 | 20 | Loan | Open |\n`) },
    { name: 'a closed red risk', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | 4 | 5 | 20 | Loan | Closed |\n`) },
    { name: 'a milestone forecast earlier than baseline', text: report('Green', `${MILESTONES}| Cabling | 2026-11-28 | 2026-11-21 | On track |\n`) },
    { name: 'a completed late milestone', text: report('Green', `${MILESTONES}| Cabling | 2026-11-10 | 2026-11-14 | Complete |\n`) },
    { name: 'a high-impact risk with low probability', text: report('Green', '| ID | Risk | Probability | Impact | Owner |\n| --- | --- | --- | --- | --- |\n| R-01 | Slips | Low | High | Sam |\n') },
    { name: 'a custom red threshold', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | 4 | 4 | 16 | Loan | Open |\n`), config: { rules: { 'status-rag-mismatch': ['warning', { redFrom: 20 }] } } },
  ],
  invalid: [
    // Regression (a review with realistic status reports): one severity in brackets in a one-line item.
    { name: 'an open risk "(High)" in a top-risks line', text: report('Green', '## Top risks\n\n- R12 – Vendor master data quality (High) – owner: Ken Ito – data cleansing sprint with the AP team, due 4 Dec\n'), findings: [{ span: 'Green', message: /R12 is open with severity High/ }] },
    // Regression (a second review): probability and impact in brackets in a list item.
    { name: 'an open risk "(High/High)" in a list item', text: report('Green', '## Risks and issues\n\n- I-04 VPN drops for remote staff (High/High). Owner: Mo Ali. Due: 2026-12-05. Status: Open\n'), findings: [{ span: 'Green', message: /I-04 is open with High\/High probability and impact\./ }] },
    { name: '"Priority 1" is said as written', text: report('Green', `${ISSUES}| I-02 | Payroll down | Priority 1 | Sam | 2026-12-01 | Fix | Open |\n`), findings: [{ span: 'Green', message: /I-02 is open with Priority 1\./ }] },
    // Regression (a review of PM documents): a forecast moved by striking the old date through, and a milestone rated Red.
    { name: "a forecast struck through with GitHub's single tilde, as raid-overdue reads dates", text: report('Green', `${MILESTONES}| Go-live | 2026-12-12 | ~2026-12-12~ 2027-01-23 | In progress |\n`), findings: [{ span: 'Green', message: /"Go-live" is forecast for 2027-01-23/ }] },
    { name: 'a struck-through forecast: the new date counts', text: report('Green', `${MILESTONES}| Go-live | 2026-12-12 | ~~2026-12-12~~ 2027-01-23 | In progress |\n`), findings: [{ span: 'Green', message: /"Go-live" is forecast for 2027-01-23, after its baseline of 2026-12-12/ }] },
    { name: 'a milestone rated Red', text: report('Green', '| Milestone | Due | RAG |\n| --- | --- | --- |\n| UAT done | 2026-12-20 | Red |\n| Go-live | 2027-01-11 | Green |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but "UAT done" is rated Red\./ }] },
    // Regression (a review of PM documents): the ratings by area in a table of their own, as the template has them.
    { name: 'an area rated Red in a table across', text: report('Green', '| Time | Cost | Scope | Quality | Risk |\n| --- | --- | --- | --- | --- |\n| Red | Green | Green | Amber | Green |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but Time is rated Red\. Rate it Amber or Red/ }] },
    { name: 'areas rated row by row, two reasons said', text: report('Green', '| Area | RAG |\n| --- | --- |\n| Schedule | Red |\n| Budget | Amber/Red |\n| Scope | Green |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but Schedule is rated Red, and Budget is rated Amber\/Red\./ }] },
    // Regression (a review of PM documents): IT writes priority as P1 or Sev 1, or a red circle; "High" was flagged, these were not.
    { name: 'an open P1 issue under Green', text: report('Green', `${ISSUES}| I-01 | Payroll interface down | P1 | Sam Okafor | 2026-12-01 | Vendor fix | Open |\n`), findings: [{ span: 'Green', message: /^The overall status is Green, but I-01 is open with priority P1\./ }] },
    { name: 'an open Sev 1 issue, and a red circle, under Green', text: report('Green', `${ISSUES}| I-01 | Payroll down | Sev 1 | Sam | 2026-12-01 | Fix | Open |\n| I-02 | VPN down | \u{1F534} | Sam | 2026-12-01 | Fix | Open |\n`), findings: [{ span: 'Green', message: /I-01 is open with priority Sev 1/ }] },
    // Regression: a "Last week | This week" table was read from its Last week column.
    { name: 'a Red row this week under an Overall Green this week', text: doc('status-report', '# Report\n\n| Area | Last week | This week |\n| --- | --- | --- |\n| Overall | Amber | Green |\n| Schedule | Green | Red |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but Schedule is rated Red in the same table\./ }] },
    // Regression: a risk rated on one Severity column (the template's) never tripped the rule.
    { name: 'a risk with High in a Severity column and no probability', text: report('Green', '## Risks and issues\n\n| Ref | Risk or issue | Severity | Owner | Status | Response |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Vendor patch slips | High | Mo Ali | Monitoring | Daily calls |\n'), findings: [{ span: 'Green', message: /R-01 is open with severity High/ }] },
    { name: 'a red-scored open risk', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | 4 | 5 | 20 | Loan | Open |\n`), findings: [{ span: 'Green', message: /^The overall status is Green, but R-01 is open with a score of 20\. Rate it Amber or Red, or update what contradicts it\.$/ }], output: null },
    { name: 'probability x impact without a score', text: report('Green', '| ID | Risk | Probability | Impact | Owner | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-02 | Slips | 4 | 4 | Sam | Open |\n'), findings: [{ span: 'Green', message: /R-02 is open with probability x impact of 16/ }] },
    { name: 'an open high-impact issue', text: report('On track', '| ID | Type | Description | Owner | Impact | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| I-07 | Issue | Rota clash | Mo | High | Move | Open |\n'), findings: [{ span: 'On track', message: /^The overall status is On track, but I-07 is open with impact High\./ }] },
    { name: 'a Red rating', text: report('Green', '| ID | Risk | RAG | Owner | Status |\n| --- | --- | --- | --- | --- |\n| R-03 | Slips | 🔴 Red | Sam | Open |\n'), findings: [{ span: 'Green', message: /R-03 is open with a Red rating/ }] },
    { name: 'a slipped milestone', text: report('Green', `${MILESTONES}| All teams live | 15 Dec 2026 | 12 Jan 2027 | Amber |\n`), findings: [{ span: 'Green', message: /but "All teams live" is forecast for 12 Jan 2027, after its baseline of 15 Dec 2026\./ }] },
    { name: 'several reasons are counted', text: report('Green', `${RISKS}| R-01 | Risk | Slips | Sam | 4 | 5 | 20 | Loan | Open |\n\n${MILESTONES}| Cabling | 2026-11-28 | 2026-12-05 | At risk |\n`), findings: [{ span: 'Green', message: /R-01 is open with a score of 20, and "Cabling" is forecast for 2026-12-05, after its baseline of 2026-11-28\. Rate it/ }] },
    { name: 'a RAID list item with a score', text: report('Green', '## Blockers\n\n- R1 vendor rate limits. Score: 20. Owner: Dev.\n'), findings: [{ span: 'Green', message: /R1 is open with a score of 20/ }] },
    // Regression: the watermelon in the report's own RAG table (a review of status reports).
    { name: 'an Overall Green row under a Red row of the same RAG table', text: doc('status-report', '# Report\n\n| Dimension | RAG | Comment |\n| --- | --- | --- |\n| Schedule | Red | Go-live moved 6 weeks |\n| Budget | Amber | 8% over |\n| Overall | Green | |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but Schedule is rated Red in the same table\./ }] },
    { name: 'the same table turned the other way', text: doc('status-report', '# Report\n\n|  | Overall | Schedule | Budget | Scope |\n| --- | --- | --- | --- | --- |\n| RAG | Green | Red | Amber | Green |\n'), findings: [{ span: 'Green', message: /^The overall status is Green, but Schedule is rated Red in the same table\./ }] },
    // Regression: a log records a status a week; only the first was read.
    { name: 'the latest status of a project log is the one checked', text: doc('project-log', `# Log\n\n## 2026-11-09 Weekly note\n\n**Project status:** Amber: switches late.\n\n## 2026-11-16 Weekly note\n\n**Project status:** Green\n\n${RISKS}| R-01 | Risk | Slips | Sam | 5 | 5 | 25 | Loan | Open |\n`), findings: [{ span: 'Green', message: /R-01/ }] },
    { name: 'a project log with an overall status and a red risk', text: doc('project-log', `# Log\n\n**Overall status:** Green\n\n${RISKS}| R-01 | Risk | Slips | Sam | 5 | 5 | 25 | Loan | Open |\n`), findings: [{ span: 'Green', message: /R-01/ }] },
  ],
});

describe('status-rag-mismatch in context', () => {
  it('is a warning', () => {
    const [finding] = only(lintText(report('Green', `${MILESTONES}| A | 2026-11-01 | 2026-11-30 | Late |\n`), { today: TODAY }).findings, 'status-rag-mismatch');
    assert.equal(finding.severity, 'warning');
  });
});
