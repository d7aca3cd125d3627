// change-missing-field: change requests have a date raised, a requester, an impact and a status;
// once decided, an approver and a decision date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const HEADER = '| CR | Title | Raised | Requester | Impact (scope / schedule / cost) | Status | Approver | Decision date |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n';
const log = (...rows) => doc('change-log', `# Change log\n\n${HEADER}${rows.map((r) => `| ${r.join(' | ')} |\n`).join('')}`);

pmTester('change-missing-field', {
  valid: [
    { name: 'an approved request with its approver and date', text: log(['CR-001', 'Add the Dublin tenant', '2026-09-30', 'Eoin Murphy', '+2 weeks, +£6,500', 'Approved', 'Helen Marsh', '2026-10-07']) },
    { name: 'a request still being assessed needs no approver yet', text: log(['CR-004', 'Move cut-over', '2026-11-02', 'Service desk', 'Schedule +2 weeks', 'Assessing', '', '']) },
    { name: 'a withdrawn request is not asked for more', text: log(['CR-006', 'Extra licences', '', '', '', 'Withdrawn', '', '']) },
    { name: 'impact in several columns: one said is enough', text: doc('change-log', '# Change log\n\n| ID | Title | Date | Requester | Scope impact | Schedule impact | Cost impact | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| CR-001 | Add an interface | 2026-03-02 | Dana Whitfield | | +2 weeks | | Submitted |\n') },
    {
      name: 'the change request form: a Field | Value table, an Impact section and a one-row decision table',
      text: doc('change-log', '# Change request CR-004: Add the pension interface\n\n| Field | Value |\n| --- | --- |\n| ID | CR-004 |\n| Date raised | 2026-03-02 |\n| Requester | Dana Whitfield |\n| Status | Approved |\n\n## Impact\n\n| Dimension | Impact |\n| --- | --- |\n| Schedule | +2 weeks |\n| Cost | 18,000 EUR |\n\n## Decision\n\n| Decision | Approver | Decision date |\n| --- | --- | --- |\n| Approved | Dana Whitfield | 2026-03-05 |\n'),
    },
    { name: 'the decision date said with the approver', text: doc('change-log', '# Change log\n\n### CR-014 Add contractor onboarding\n\n- **Requested by:** Head of Talent\n- **Date raised:** 02/10/2026\n- **Impact:** +3 weeks, +£18,000\n- **Status:** Approved\n- **Approved by:** Programme board, 14/10/2026\n') },
    { name: 'a detail section adds to its row', text: `${log(['CR-002', 'Teams chat history', '2026-10-12', 'Legal', '', 'Pending decision', '', ''])}\n## CR-002 detail\n\n**Impact:** +3 weeks, 1.1 TB more.\n` },
    { name: 'a table that is no change register', text: doc('change-log', '# Change log\n\n| Version | Date | Notes |\n| --- | --- | --- |\n| 1.2 | | Typos |\n') },
    // Regressions (a review of the new rules as a user, /tmp/rv16): H6, H7, M1, M4, M5, L2.
    { name: 'not yet approved is not approved', text: log(['CR-008', 'Extra licences', '2026-11-20', 'Eoin Murphy', '+£4,800', 'Submitted, not yet approved', '', '']) },
    { name: 'an impact assessment in sub-sections', text: doc('change-log', '# Change Request CR-014: Extend the licence\n\n- **Requested by:** Mo Ali\n- **Date raised:** 2026-11-02\n- **Status:** Assessing\n\n## Impact assessment\n\n### Schedule\n\n+2 weeks.\n\n### Cost\n\n£3,000.\n') },
    { name: 'a ServiceNow export: Opened is the date raised, a planned start is not', text: doc('change-log', '# Change requests\n\n| Number | Short description | Requested by | Opened | State | Impact | Planned start date |\n| --- | --- | --- | --- | --- | --- | --- |\n| CHG1 | Swap switch | Tom Reyes | 2026-10-01 | New | 3 - Low | |\n') },
    { name: 'who decided and when, said with the outcome', text: doc('change-log', '# Change log\n\n### CR-021 Move the cut-over\n\n- **Requested by:** Head of Talent\n- **Date raised:** 2026-10-02\n- **Impact:** +2 weeks\n- **Decision:** Rejected by Programme Board on 10 Nov 2026\n') },
    // Regression (rv16 M4): when and by whom it was raised, and who approved it when, said in a sentence.
    { name: 'a request told in one sentence', text: doc('change-log', '# Change log\n\n## CR-026 Add 2 extra training sessions\n\nRaised 24 Nov 2026 by Sarah Lee. Impact: £1,500, no schedule change. Status: Approved by Sarah Lee, 25 Nov.\n') },
    { name: 'an impact of None was assessed', text: log(['CR-009', 'Rename the tenant', '2026-10-01', 'Eoin Murphy', 'None', 'Submitted', '', '']) },
    { name: 'a ServiceNow Risk column makes no RAID table', text: doc('change-log', '# Change requests\n\n| Number | Short description | Requested by | Opened | State | Risk | Impact |\n| --- | --- | --- | --- | --- | --- | --- |\n| CHG0031201 | Replace core switch | Tom Reyes | 2026-10-01 | New | High | 1 - High |\n') },
    // Regressions (a review of this change, /tmp/rv17/REVIEW.md): H3, M4.
    { name: 'a RAID table in a change log is no change register', text: doc('change-log', '# Change log\n\n## Risks\n\n| ID | Risk | Impact | Owner | Status |\n| --- | --- | --- | --- | --- |\n| R-1 | Vendor slips | High | Tom Reyes | Open |\n') },
    { name: 'an assessment complete is no decision', text: log(['CR-02', 'Add a site', '2026-11-02', 'Mo Ali', '+1 week', 'Impact assessment complete', '', ''], ['CR-03', 'Add MFA', '2026-11-02', 'Mo Ali', '+1 week', 'Analysis done, awaiting CAB', '', '']) },
  ],
  invalid: [
    {
      name: 'approved, with no approver and no decision date',
      text: log(['CR-003', 'Drop the public-folder migration', '2026-10-20', 'Dariusz Kowalczyk', '-1 week, -£2,000', 'Approved', '', '']),
      findings: [
        { span: '  ', message: /^CR-003 \(approved\) has no approver: name who decided it\.$/ },
        { span: '  ', message: /^CR-003 \(approved\) has no decision date: say when it was decided\.$/ },
      ],
      output: null,
    },
    {
      name: 'a submitted request with nothing but a title',
      text: log(['CR-005', 'Extra licences for contractors', '', '', '', 'Submitted', '', '']),
      findings: [
        { span: '  ', message: /^CR-005 has no date raised: say when it was raised\.$/ },
        { span: '  ', message: /^CR-005 has no requester: name who asked for it\.$/ },
        { span: '  ', message: /^CR-005 has no impact: say what it does to scope, schedule and cost\.$/ },
      ],
    },
    {
      name: 'a heading entry lacking fields, said on its heading',
      text: doc('change-log', '# Change log\n\n### CR-016 Move go-live to 1 Feb\n\n- **Requested by:** Mo Ali\n- **Date raised:** 2026-11-02\n- **Status:** Rejected\n'),
      findings: [{ span: 'CR-016 Move go-live to 1 Feb', message: /^CR-016 \(rejected\) has no impact, no approver and no decision date: say what it does to scope, schedule and cost; name who decided it; say when it was decided\.$/ }],
    },
    {
      name: 'a table without a requester column, and a decided request without an approver column',
      text: doc('change-log', '# Change log\n\n| ID | Title | Date | Impact | Status |\n| --- | --- | --- | --- | --- |\n| CR-1 | Add a site | 2026-10-01 | +1 week | Approved |\n'),
      findings: [{ span: '| ID | Title | Date | Impact | Status |', message: /^This change log has no requester, no approver and no decision date column: name who asked for it; name who decided it; say when it was decided\.$/ }],
    },
    {
      name: 'a decision date that is no date',
      text: log(['CR-007', 'Add MFA for contractors', '2026-10-01', 'Security', 'None on the schedule', 'Approved', 'Helen Marsh', 'TBC']),
      findings: [{ span: 'TBC', message: /^CR-007 \(approved\) has no decision date \("TBC" is no date\)/ }],
    },
    {
      // Regression (rv16 L2): "(approved) has no status" asked a recorded decision where it stands.
      name: 'a recorded decision is where the request stands',
      text: doc('change-log', '# Change log\n\n### CR-031 Add a site\n\n- **Requested by:** Mo Ali\n- **Date raised:** 2026-10-02\n- **Impact:** +1 week\n- **Decision:** Approved\n'),
      findings: [{ span: 'CR-031 Add a site', message: /^CR-031 \(approved\) has no approver and no decision date: name who decided it; say when it was decided\.$/ }],
    },
    {
      // Regression (rv16 L4): a date raised of "sprint 14" names no day.
      name: 'a date raised that names no day or month',
      text: log(['CR-08', 'Add a site', 'sprint 14', 'Mo Ali', '+1 week', 'Submitted', '', '']),
      findings: [{ span: 'sprint 14', message: /^CR-08 has no date raised \("sprint 14" is no date\)/ }],
    },
    {
      // Regression (rv17 H4): a planned start date later in the row was taken for the decision date.
      name: 'a planned start in the row is not the decision date',
      text: doc('change-log', '# Change log\n\n| CR | Title | Raised | Requester | Impact | Approver | Decision date | Status | Planned start |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n| CR-01 | Add a site | 2026-10-01 | Mo Ali | +1 week | Helen Marsh | | Approved | 2026-12-01 |\n'),
      findings: [{ span: ' ', message: /^CR-01 \(approved\) has no decision date/ }],
    },
  ],
});

describe('change-missing-field in context', () => {
  // Regression (rv16 M2): raid-missing-field read a ServiceNow change table with a Risk column as a RAID table.
  it('a change register that rates its risk is no RAID table', () => {
    const text = doc('change-log', '# Change requests\n\n| Number | Short description | Requested by | Opened | State | Risk | Impact |\n| --- | --- | --- | --- | --- | --- | --- |\n| CHG0031201 | Replace core switch | Tom Reyes | 2026-10-01 | New | High | 1 - High |\n');
    assert.deepEqual(only(lintText(text, { today: TODAY }).findings, 'raid-missing-field').map((f) => f.message), []);
  });

  // Regression (rv17 H2): one D-01 row (a dependency) made a RAID table in a change log disappear.
  it('a RAID table with a dependency keeps its findings in a change log', () => {
    const text = doc('change-log', '# Change log\n\n## Risks and dependencies\n\n| ID | Description | Owner | Due | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Vendor slips | | 2026-11-01 | Weekly call | Open |\n| D-01 | Needs the new firewall | Tom Reyes | 2026-12-20 | Chase | Open |\n');
    const found = lintText(text, { today: TODAY }).findings.filter((f) => f.ruleId.startsWith('raid-'));
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['raid-missing-field', 'raid-overdue']);
  });

  it('reads only change logs', () => {
    const text = doc('status-report', `# Status\n\n${HEADER}| CR-001 | x | | | | Approved | | |\n`);
    assert.deepEqual(only(lintText(text, { today: TODAY }).findings, 'change-missing-field'), []);
  });
});
