// log-entry-outcome: dated entries say what, with whom, over what timeline, and the result with a number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const log = (body) => doc('project-log', body);
const ENTRY = (result) => `## 2026-10-05 Exchange cut-over\n\n- **What:** Ran the final mailbox batch.\n- **With:** Messaging team (3).\n- **Timeline:** Weekend, planned over 6 weeks.\n- **Result:** ${result}\n`;
const MISSING = (what) => new RegExp(`^This entry does not say ${what}: the raw material a resume bullet needs\\.$`);
const NO_NUMBER = /^The result has no number\. Say what changed and by how much/;

pmTester('log-entry-outcome', {
  valid: [
    // Regression (a second review): a "Time saved" column is the result.
    { name: 'a Time saved column is the result', text: log('# Project log\n\n| Date | What | With | Time saved | Result |\n| --- | --- | --- | --- | --- |\n| 2026-11-02 | Scripted the user offboarding | Service desk | 4 hours a week | Offboarding is now one click |\n') },
    // Regression (a second review): a risk, issue or change table in a log is no record of an entry's parts ("Impact: High").
    { name: 'a risk table inside an entry, and a change log beside the entries', text: log('## 2026-11-23 Content freeze\n\nFroze the content with the comms team over 2 days; 1,300 pages locked.\n\n| ID | Risk | Impact | Owner | Review | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| R-07 | Late edits bypass the freeze | High | Mo Ali | 2026-12-04 | Daily check | Open |\n\n## Change requests\n\n| Date | Change | Description | Impact |\n| --- | --- | --- | --- |\n| 2026-11-15 | CR-04 | Add the Welsh language pages | Medium |\n') },
    // Regression (a review of PM documents): durations as a before/after are a result.
    { name: 'durations compared are a result', text: log('## 2026-11-02 Batch\n\nCut the nightly batch with the DBA team over two weeks from a 6-hour run to a 40-minute run.\n') },
    { name: 'a table under a dated heading says its parts in its columns', text: log('## 2026-11-23 Patch push\n\n| What | With | Timeline | Result |\n| --- | --- | --- | --- |\n| Rebuilt patch rings | Desktop team | Two weeks | Compliance from 71% to 96% |\n') },
    { name: 'a time saved is a result, the time taken is not', text: log('## 2026-10-29 Runbook\n\nRewrote the restore runbook with the DBAs over 2 weeks; restores now take 40 minutes instead of 3 hours.\n') },
    { name: 'labelled entry with a number in the result', text: log(ENTRY('1,200 mailboxes moved; 4 tickets against 40 forecast.')) },
    // Regression: a duration in minutes was no timeline.
    { name: 'a duration in minutes is a timeline', text: log('## 2026-11-10 Risk workshop\n\nFacilitated a 90-minute risk workshop with the network team; we logged 11 risks.\n') },
    { name: 'a percentage', text: log(ENTRY('Compliance went from 71% to 96%.')) },
    // Regression (a review with realistic logs): a rate, out-of-hours units, a month range, an audience and "w/".
    { name: 'a rate is a result', text: log(ENTRY('Admin tickets down from 30/month to 8/month.')) },
    ...['over 2 evenings', 'over 2 shifts', 'over 2 maintenance windows', 'over 4 half-days', 'over 2 mornings', 'from Oct to Dec', 'between March and May'].map((timeline) => ({ name: `"${timeline}" is a timeline`, text: log(`- 2026-10-01: rebuilt the patch rings with the desktop team ${timeline}; compliance from 71% to 96%\n`) })),
    { name: 'an audience is who was involved', text: log('## 2026-11-23 Demo\n\nDemoed the deploy dashboard to 2 squads in a 30-minute session; 5 teams signed up.\n\n## 2026-11-24 CAB\n\nPresented the NX-OS upgrade plan to the CAB in a 20-minute slot; 3 of 3 changes approved.\n') },
    // The head-counts above are blanked in free text only: a Result says what came of the work, and a rollout's users are its scale.
    { name: 'people counted in a result, or reached by a rollout, are a result', text: log(ENTRY('Live with 12 teams.') + '\n## 2026-11-25 Rollout\n\nRolled out the new VPN client to 300 staff with the desktop team over 2 weeks and briefed the leads.\n\n## 2026-11-26 Demo\n\nDemoed the portal to 2 squads over 1 hour; 5 teams signed up.\n') },
    // Regression (a review with realistic logs): a week off was asked for who, a timeline and a result.
    { name: 'a week on holiday or leave has nothing to record', text: log('## Week 36\n\nHoliday \u{1F3D6}\uFE0F <!-- nothing to log -->\n\n## Week 37\n\nAnnual leave (Crete).\n\n## 2026-12-24 Off sick\n') },
    // Regression (a quality pass, this session): time off said with when ("Off all week", "Week off", "Off sick today").
    // Regression (a review of project logs, M2): a person named in brackets or after "Asked", and an all-hands, were no one.
    { name: 'a person in brackets, one asked, an all-hands', text: log('## 2026-11-13 Payments\n\nDecision (Karen, 13 Nov): payments moves to 7 Dec, 3 days later, over 2 weeks.\n\n## 2026-11-16 Numbers\n\nPresented the numbers to the engineering all-hands: builds 40% faster over 3 weeks.\n\n## 2026-11-17 Blocker\n\nAsked Karen to choose between the 2 options within 1 week.\n') },
    // Regression (a review of project logs, M5): a blocker was asked for its result (with a number).
    { name: 'a blocker or a decision it waits on has no result yet', text: log('## 2026-11-09 Payments\n\nPayments squad pushed back on the cut-over date with Karen. Decision needed by Friday, over 1 week.\n\n## 2026-11-10 ExpressRoute\n\nBlocked: the circuit is still slow. Raised with the carrier over 2 days.\n') },
    // Regression (a review of that change, M8): a plan made shorter is a result.
    { name: 'a plan cut from 9 weeks to 5 is a result', text: log('## 2026-11-02 Re-plan\n\nCut the plan with Sam over 2 days: plan is 5 weeks instead of 9.\n') },
    // Regression (a review of project logs, M3): leave said in the heading and again in the body was reported.
    { name: 'leave in the heading and the body', text: log('## 2026-11-16 Holiday\n\nAnnual leave.\n\n## 2026-11-23 Off sick\n\nSick all week.\n') },
    { name: 'time off said with when has nothing to record', text: log('## 2026-11-02\n\nOff all week.\n\n## 2026-11-09\n\nWeek off.\n\n## 2026-11-16\n\nAnnual leave all week (Spain).\n\n## 2026-11-23\n\nOff sick today.\n') },
    // Regression (the same pass): a time against a target, or time gained, is what came of the work.
    ...['Recovered in 3 hours against a 4-hour target.', 'Cut over in 2 days, 3 days ahead of schedule.', 'Restored service within the 4-hour RTO target in 95 minutes.', 'Restored service in 95 minutes, within the 4-hour RTO.'].map((result) => ({ name: `"${result}" states a result`, text: log(`## 2026-11-09 Restore\n\nRestored the payroll database with Priya over one night. ${result}\n`) })),
    // Regression (a review with realistic logs): who signed off or approved took part.
    { name: 'a sign-off or an approval names who was involved', text: log('### 2026-01-26 Wrote the project charter\n\nGot sign-off from Helen (CFO) after two rounds of comments over 3 weeks. Scope: 1,150 laptops, 3 sites.\n\n### 2026-01-27 Plan\n\nPlan approved by Raj over 2 days; 4 risks logged.\n') },
    // Regression (a review of that change): head-counts that are results, and verbs of showing that govern no audience.
    ...[
      'Expanded the on-call rota to 8 engineers with the SRE team over 3 weeks.',
      'Extended the pilot to 40 staff with the desktop team over 2 weeks and met the go-live date.',
      'Handed the service over to 3 squads with the SRE team over 2 weeks after a demo.',
      'Upgraded Jira with the tools team over 2 weeks and handed it to 4 teams; presented it at the town hall.',
      'Onboarded finance and 4 other teams onto Jira with the PMO over a month.',
      'Went live with 12 teams after a 3-week pilot run with the platform squad.',
      'Grew the guild with the DevEx team over 2 months; ended the quarter with 40 members.',
      'Automated the patch run with the SRE team over 3 weeks; removed the need for 3 night shifts a week.',
    ].map((entry, i) => ({ name: `a result stays a result: ${entry}`, text: log(`## 2026-11-${String(i + 1).padStart(2, '0')} Entry\n\n${entry}\n`) })),
    // Regression (a review of the inline Result and list-label changes): text after an inline Result is not its value, a
    // paragraph after a "- With:" list is not who, and the text of an empty "- Result:" may be the paragraph below.
    { name: 'a paragraph after an inline Result', text: log('## 2026-10-05 VPN fix\n\nFixed the VPN concentrator fault. Result: 200 remote staff back online.\n\nWorked with the network team over 2 days to find it.\n') },
    { name: 'an item after an inline Result', text: log('## 2026-10-06 Laptops\n\n- Enrolled the laptops. Result: 82 of 85 enrolled first time.\n- Worked with the service desk over 4 days.\n') },
    { name: 'a paragraph after a With item, with an inline Result', text: log('## 2026-10-07 Mail\n\n- With: Sam\n\nTook 2 weeks. Result: 1,200 mailboxes moved.\n') },
    { name: 'an empty Result item and its text below the list', text: log('## 2026-10-08 Laptops\n\n- What: replaced laptops\n- With: desk team\n- Timeline: 3 weeks\n- Result:\n\n120 laptops replaced, 0 tickets.\n') },
    { name: '"w/" is with', text: log('- 2026-11-02: upgraded pg 12->16 w/ Karen, 2 evenings, p95 180ms -> 95ms\n') },
    // Regression: the title ran into the text ("Mailbox migration Migrated 1,200"), and a
    // capitalised word before a number was read as a name even at the start of a sentence.
    { name: 'a titled entry whose text opens with a verb and a number', text: log('## 2026-10-05 Mailbox migration\n\nMigrated 1,200 mailboxes to Exchange Online with the messaging team over 6 weeks.\n') },
    { name: 'the number in a later sentence', text: log('## 2026-10-06 Mailbox migration\n\nWorked with the messaging team over 6 weeks. Migrated 1,200 mailboxes to Exchange Online.\n') },
    { name: 'money saved', text: log(ENTRY('Saved £12,000 a year in licences.')) },
    { name: 'number words and multipliers count', text: log(ENTRY('Halved the ticket backlog.')) },
    { name: 'free text with who, timeline and a result', text: log('## 12 January 2026 Triage rota\n\nSet up a triage rota with the three team leads. Over the first month, first-response time dropped from 9 hours to 2.\n') },
    { name: 'dated list item in free text', text: log('- 2026-10-01: Automated the capacity report with the BI team over two sprints; prep fell from 6 hours to 20 minutes.\n') },
    { name: 'a "Week 14" heading is dated', text: log('## Week 14\n\nChaired 4 change boards with the change managers for two weeks.\n') },
    { name: 'an ISO week heading is dated too', text: log('## 2026-W42 Change boards\n\nChaired 4 change boards with the change managers for two weeks.\n') },
    { name: 'a month heading groups entries and is not an entry itself', text: log('## October 2026\n\n### 5 Oct: Exchange cut-over\n\n1,200 mailboxes moved over the weekend with the messaging team.\n') },
    { name: 'undated sections are not entries', text: log('## Notes\n\nThings to follow up.\n') },
    { name: 'result table with before and after', text: log('## 2026-10-05 Backup refresh\n\n- **What:** Replaced tapes.\n- **With:** Storage team.\n- **Timeline:** 5 weeks.\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Restore time | 3 days | 4 hours |\n') },
    { name: 'only the parts required by the option', text: log('## 2026-10-05 Cut-over\n\nRan the cut-over; 1,200 mailboxes moved.\n'), config: { rules: { 'log-entry-outcome': ['warning', { require: ['what', 'result'] }] } } },
    { name: 'custom result label', text: log('## 2026-10-05 Cut-over\n\n- **What:** Ran it.\n- **With:** Messaging team.\n- **Timeline:** 1 weekend.\n- **Win:** 1,200 mailboxes moved.\n'), config: { rules: { 'log-entry-outcome': ['warning', { resultLabels: ['win'] }] } } },
    { name: 'not a project log', text: doc('status-report', '## 2026-10-05 Cut-over\n\nRan it.\n') },
  ],
  invalid: [
    // Regression (a review with realistic logs): a status line after the list ran on into an empty "- Result:" above it.
    {
      name: 'an empty Result item, and a status paragraph after the list',
      text: log('## 2026-10-05 Office move planning\n\n- What: drafted the move plan\n- With: Facilities (Jo), network team\n- Timeline: 3 weeks\n- Result:\n\n**RAG: Amber** \u2013 cabling contractor cannot start till 9 Nov.\n'),
      findings: [{ span: '2026-10-05 Office move planning', message: MISSING('the result \\(with a number\\)') }],
    },
    // Regression (a review of the narrowed head-counts): an audience reported or shared to, and co-workers after "and N other".
    ...['Reported progress to 5 directors at the monthly review over 1 hour.', 'Paired with Sam and 2 other devs on the login bug over 3 days.', 'Shared the roadmap with 40 staff over email with comms in 1 day.'].map((entry, i) => ({
      name: `a head-count is no result: ${entry}`,
      text: log(`## 2026-11-${String(i + 10)} Entry\n\n${entry}\n`),
      findings: [{ span: `2026-11-${String(i + 10)} Entry`, message: MISSING('the result \\(with a number\\)') }],
    })),
    // Regression (a review with realistic logs): "Result:" after a sentence, in the same paragraph, was not read as the result.
    {
      name: 'a Result label after a sentence in the same paragraph',
      text: log('## 2026-11-23 Wave 1 pilot\n\nPilot enrolment for 85 devices with Priya over 4 days. Result: went smoothly, users happy.\n\n## 2026-11-24 Wave 2\n\nEnrolled 200 devices with Priya over 2 days. Outcome: 3 tickets, all closed.\n'),
      findings: [{ span: 'went smoothly, users happy', message: NO_NUMBER }],
    },
    // Regression (a review of project logs, H2): "## Week of 9 Nov 2026" was no entry, so it was not checked at all.
    { name: 'a "Week of" heading is an entry', text: log('## Week of 9 Nov 2026\n\nWorked on the workflows.\n\n## w/c 16 Nov\n\nWorked on the workflows.\n'), findings: [{ span: 'Week of 9 Nov 2026', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }, { span: 'w/c 16 Nov', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }] },
    // Regression (a review of project logs, M1): "Plan is 5 weeks" and "the 4 squad leads" were taken for a result.
    { name: 'a plan\'s length and a head-count are no result', text: log('## 2026-10-26 Kick-off\n\nKick-off with the 4 squad leads. Agreed the order. Plan is 5 weeks.\n'), findings: [{ span: '2026-10-26 Kick-off', message: MISSING('the result \\(with a number\\)') }] },
    // (A review of that change, L1: a tool in brackets and a weekday after "Met" are no one.)
    { name: 'a tool in brackets is no one', text: log('## 2026-11-02 Rules\n\nFixed the rules (Azure, 2 days). Cut alerts from 400 to 40 a day.\n'), findings: [{ span: '2026-11-02 Rules', message: MISSING('who was involved') }] },
    // A weekday or a month in brackets is no person.
    { name: 'a weekday in brackets is no one', text: log('## 2026-11-18 Solo\n\nMigrated 40 pipelines over 2 days (Monday).\n'), findings: [{ span: '2026-11-18 Solo', message: MISSING('who was involved') }] },
    // Work done about a holiday is work: only an entry that says nothing but the absence is passed over.
    { name: 'a week away working is work', text: log('## Week 48\n\nOff to Leeds all week for the cut-over.\n'), findings: [{ span: 'Week 48', message: MISSING('who was involved or the result \\(with a number\\)') }] },
    // Regression (a review of that change): a requirement is no result, and "all day-to-day" no timeline.
    { name: 'a time a target sets is no result', text: log('## 2026-10-01 Failover\n\nFailover test with the DBA team this week. Restore must complete within the 4-hour RTO.\n'), findings: [{ span: '2026-10-01 Failover', message: MISSING('the result \\(with a number\\)') }] },
    { name: '"all day-to-day" is no timeline', text: log('## 2026-10-02 Tickets\n\nCleared all day-to-day tickets with the service desk.\n'), findings: [{ span: '2026-10-02 Tickets', message: MISSING('the timeline or the result \\(with a number\\)') }] },
    { name: 'a time without a target is the timeline', text: log('## 2026-11-09 Restore\n\nRestored the payroll database with Priya. Took 3 hours.\n'), findings: [{ span: '2026-11-09 Restore', message: MISSING('the result \\(with a number\\)') }] },
    { name: 'holiday cover is work', text: log('## Week 38\n\nHoliday cover for the service desk.\n'), findings: [{ span: 'Week 38', message: MISSING('the timeline or the result \\(with a number\\)') }] },
    // Regression (a review with realistic logs): the "half" of "half-finished" was the result's number.
    { name: 'a half-finished plan is no result', text: log('## 2026-01-12 Handover\n\nRob moved to the data team. Inherited a half-finished plan and no RAID log.\n'), findings: [{ span: '2026-01-12 Handover', message: MISSING('the timeline or the result \\(with a number\\)') }] },
    // Regression (last stop's list, from a review with realistic logs): how many took part, or were shown the work, is who, not a result.
    {
      name: 'a head-count of who took part or was shown the work is no result',
      text: log('## 2026-11-20 Dashboard demo\n\nDemoed the dashboard to 2 squads over 1 hour. Went well.\n\n## 2026-11-21 Runbook\n\nMet with 3 engineers for 2 hours about the backup runbook. Good chat.\n\n## 2026-11-22 Cut-over\n\nCut over the file shares alongside two DBAs over a weekend. Done.\n'),
      findings: [{ span: '2026-11-20 Dashboard demo', message: MISSING('the result \\(with a number\\)') }, { span: '2026-11-21 Runbook', message: MISSING('the result \\(with a number\\)') }, { span: '2026-11-22 Cut-over', message: MISSING('the result \\(with a number\\)') }],
    },
    // Regression (a review of PM documents): a log kept as one table, a row per entry, was not read at all.
    { name: 'a log kept as a table: each dated row is an entry', text: log('# Project log\n\n| Date | What | With | Timeline | Result |\n| --- | --- | --- | --- | --- |\n| 2026-11-02 | Automated the release pipeline | Dev team | 3 weeks | Release time from 2 days to 4 hours |\n| 2026-11-09 | Ran the DR test | | 2 days | Went fine |\n| 2026-11-16 | Wrote the comms plan | Comms | 1 week | |\n'), findings: [{ span: '2026-11-09', message: MISSING('who was involved') }, { span: 'Went fine', message: NO_NUMBER }, { span: '2026-11-16', message: MISSING('the result \\(with a number\\)') }] },
    // Regression (a review of this change): "40 Windows servers" read as a timeline, "the main board" as who was involved.
    { name: 'Windows servers are no timeline and a main board no one involved', text: log('## 2026-11-02 Server refresh\n\nMigrated 40 Windows servers with the infra team; boot time down by 30%.\n\n## 2026-11-03 Repair\n\nReplaced the main board over 2 evenings; 3 hosts back in service.\n'), findings: [{ span: '2026-11-02 Server refresh', message: MISSING('the timeline') }, { span: '2026-11-03 Repair', message: MISSING('who was involved') }] },
    // Regression (a review of PM documents): an entry heading that opens with a day range or an emoji was no entry.
    { name: 'entry headings with a day range or an emoji', text: log('## 2–6 Nov 2026: Firewall\n\nReviewed rules.\n\n## \u{1F4C5} 2026-11-09 Wi-Fi survey\n\nWalked the site.\n'), findings: [{ span: '2–6 Nov 2026: Firewall', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }, { span: '\u{1F4C5} 2026-11-09 Wi-Fi survey', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }] },
    // Regression (a review of PM documents): how long the work took passed as its result.
    { name: 'a duration is no result: minutes, a glued unit, brackets, a day range', text: log('## 2026-11-02 Vendor call\n\nCall with the vendor for 30 minutes.\n\n## 2026-11-03 Workshop\n\nRan a 2-hour workshop with the PMO.\n\n## 2026-11-04 Workshop\n\nRan the workshop with the PMO (3 days).\n\n## 2026-11-05 Workshop\n\nRan the workshop with the PMO between 3 and 5 Nov.\n'), findings: ['2026-11-02 Vendor call', '2026-11-03 Workshop', '2026-11-04 Workshop', '2026-11-05 Workshop'].map((span) => ({ span, message: MISSING('the result \\(with a number\\)') })) },
    { name: 'a table under a dated heading: the Result cell without a number, not the Timeline', text: log('## 2026-11-23 Patch push\n\n| What | With | Timeline | Result |\n| --- | --- | --- | --- |\n| Rebuilt patch rings | Desktop team | Two weeks | Compliance went up a lot |\n'), findings: [{ span: 'Compliance went up a lot', message: NO_NUMBER }] },
    // Regression: "## 2026-W42" was no entry, so nothing under it was checked.
    { name: 'an entry under an ISO week heading is checked', text: log('## 2026-W42 Patch push\n\nRebuilt the patch rings.\n'), findings: [{ span: '2026-W42 Patch push', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }] },
    // Regression: an empty "Result:" label counted as a result.
    { name: 'an empty Result label', text: log('## 2026-10-26 Shared mailboxes\n\n- **What:** Converted the shared mailboxes.\n- **With:** Service desk.\n- **Timeline:** One week.\n- **Result:**\n'), findings: [{ span: '2026-10-26 Shared mailboxes', message: MISSING('the result \\(with a number\\)') }] },
    // Regression: "Timeline is 8 weeks" and "Spent 3 days" are how long it took, not a result.
    { name: 'a timeline or time spent is no result', text: log('## 2026-10-27 Kick-off\n\nKicked off the release with the payments squad. Timeline is 8 weeks.\n\n## 2026-10-28 Fix\n\nFixed the connector with the vendor. Spent 3 days on it.\n'), findings: [{ span: '2026-10-27 Kick-off', message: MISSING('the result \\(with a number\\)') }, { span: '2026-10-28 Fix', message: MISSING('the result \\(with a number\\)') }] },
    // Regression: "batch 2" and "cycle 1" name a batch, like "phase 2"; they are no result.
    { name: 'a batch number is no result', text: log('## 2026-10-19 Batch 2\n\nRan batch 2 with the messaging team over the weekend. Users were happy.\n'), findings: [{ span: '2026-10-19 Batch 2', message: MISSING('the result \\(with a number\\)') }] },
    { name: 'a result with no number', text: log(ENTRY('Smooth cut-over, users happy.')), findings: [{ span: 'Smooth cut-over, users happy', message: NO_NUMBER }], output: null, suggestions: [' (from ${1:before} to ${2:after})'] },
    { name: 'a date does not count as a number', text: log(ENTRY('Went live on 12 Dec 2026 as planned.')), findings: [{ span: 'Went live on 12 Dec 2026 as planned', message: NO_NUMBER }] },
    { name: 'a labelled entry without a result', text: log('## 2026-11-02 Office move planning\n\n- **What:** Drafted the move plan.\n- **With:** Facilities, network team.\n- **Timeline:** Move weekend is 2026-12-12.\n'), findings: [{ span: '2026-11-02 Office move planning', message: MISSING('the result \\(with a number\\)') }] },
    { name: 'missing who and timeline', text: log('## 2026-11-02 Office move planning\n\n- **What:** Drafted the move plan.\n- **Result:** Plan approved; 3 options costed.\n'), findings: [{ span: '2026-11-02 Office move planning', message: MISSING('who was involved or the timeline') }] },
    { name: 'free text with none of the parts', text: log('## 3 March 2026 — ITIL course\n\nFinished ITIL 4 Foundation.\n'), findings: [{ span: '3 March 2026 — ITIL course', message: MISSING('who was involved, the timeline or the result \\(with a number\\)') }] },
    { name: 'a dated list item: reported on its date', text: log('- 3 Oct 2026: Ran a lunch-and-learn on Terraform.\n- 2026-10-01: Automated the report with the BI team over two sprints; prep fell from 6 hours to 20 minutes.\n'), findings: [{ span: '3 Oct 2026', message: /who was involved, the timeline or the result/ }] },
    { name: 'a duration is not a result', text: log('## 2026-10-05 Cut-over\n\nRan the cut-over with the messaging team over 6 weeks.\n'), findings: [{ span: '2026-10-05 Cut-over', message: MISSING('the result \\(with a number\\)') }] },
    { name: 'labelled sub-items of a dated list item', text: log('- 15/10/2026 – Rewrote the on-call runbook.\n  - With: the SRE team\n  - Timeline: 2 weeks\n  - Result: pages outside hours dropped\n'), findings: [{ span: 'pages outside hours dropped', message: NO_NUMBER }] },
    { name: 'an empty dated heading', text: log('## 2026-11-16\n\n## 2026-11-17 Patching\n\nPatched 40 servers with the desktop team in 2 days.\n'), findings: [{ span: '2026-11-16', message: MISSING('what was done, who was involved, the timeline or the result \\(with a number\\)') }] },
  ],
});

describe('log-entry-outcome in context', () => {
  it('is a warning and runs only on project logs', () => {
    const text = log('## 2026-11-16 Patching\n\nPatched servers.\n');
    const found = only(lintText(text, { today: TODAY }).findings, 'log-entry-outcome');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.deepEqual(only(lintText(text, { today: TODAY, kind: 'resume' }).findings, 'log-entry-outcome'), []);
  });

  it('finds dated entries in a project log detected from its content', () => {
    const text = '# Notes\n\n- 2026-10-01: Ran a workshop.\n- 2026-10-02: Wrote a plan.\n- 2026-10-03: Met the vendor.\n';
    const result = lintText(text, { today: TODAY });
    assert.equal(result.kind.kind, 'project-log');
    assert.equal(only(result.findings, 'log-entry-outcome').length, 3);
  });
});

// Regression (the drafting review, H4): a day's heading with words of its own, then dated items, was read as a group:
// its entry vanished from drafts, the status report and this rule.
describe('a dated heading with its own words, then dated items', () => {
  const text = '---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-04-14 Test data\n\nBuilt a masked test data set so we stop copying prod.\n\n- 2025-04-28: Interviewed 4 candidates for the QA role with HR over 2 weeks, hired 1.\n- 2025-05-12: Moved the release cadence from monthly to fortnightly with the dev leads over 1 sprint.\n\n## Week 42\n\n- 2025-10-13: Patched 40 servers with the Linux team over 2 nights, no downtime.\n';
  it('is an entry up to the first dated item; a week heading is still a group', () => {
    const entries = engine.readLogEntries(engine.parseDocument(text), '2025-07-25');
    assert.deepEqual(entries.map((e) => e.line), [6, 10, 11, 15]);
    const findings = engine.lint(text, { today: '2025-07-25' }).findings.filter((f) => f.ruleId === 'log-entry-outcome');
    assert.deepEqual(findings.map((f) => [f.start.line, f.message]), [[6, 'This entry does not say who was involved, the timeline or the result (with a number): the raw material a resume bullet needs.']]);
    const draft = engine.draftFromLog(text, text.indexOf('## 2025-04-14'), 'bullet', { today: '2025-07-25' }).draft;
    assert.match(draft, /masked test data set/);
    assert.doesNotMatch(draft, /Interviewed/);
  });
});
