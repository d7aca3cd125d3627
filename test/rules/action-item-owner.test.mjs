// action-item-owner: meeting actions have an owner and a due date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const minutes = (...items) => doc('meeting-notes', `# Minutes\n\n## Actions\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n`);
const BOTH = /^This action has no owner or due date\. Name one person and a date, e.g\. "Owner: Sam, due 1 Dec"\.$/;
const NO_OWNER = /^This action has no owner\. Name the one person who will do it, e.g\. "Owner: Sam" or "@sam"\.$/;
const NO_DUE = /^This action has no due date\. Say when it will be done, e.g\. "due 1 Dec"\.$/;

pmTester('action-item-owner', {
  valid: [
    // Regression (a review of that change, M5): two groups are one owner each.
    { name: 'two groups in an Owner cell', text: doc('meeting-notes', '# Sync\n\n## Actions\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Publish the notes | Platform / Network | 2026-12-25 |\n') },
    // Regression (a review of pasted minutes, H3): three-word names and names in scripts without capitals were no owner.
    { name: 'three-word, particle and non-Latin names', text: minutes('Mary Ann Smith to schedule the test, due 2026-12-08', '田中 健 to schedule the DR test, due 2026-12-08', 'Book the room (Siobhán Ní Bhriain), due 2026-12-08', 'Jan van Dijk to chase Dell, due 2026-12-08', '김민준 to fix the VPN, due 2026-12-08') },
    // A paragraph that mentions actions is no label for the list after it.
    { name: 'a sentence about actions before a list', text: doc('meeting-notes', '# Infra sync\n\nAttendees: Ben Cole, Chloe Park\n\nWe reviewed the actions from last week:\n\n- The DR test went well\n\n## Actions\n\n- [ ] Chloe to write up the upgrade steps by 4 Dec\n') },
    // Regression (a review of this session's change): a check mark alone in the Status column is done, as before.
    { name: 'a row whose status is a check mark is done', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Book room | | 2026-11-05 | \u2705 |\n') },
    // Regression (a review of PM documents): the owner first, then the task and the date, each after a dash.
    { name: 'Name, task and date after dashes, the names among the attendees', text: doc('meeting-notes', '# Ops sync\n\nAttendees: Priya Natarajan, Mo Ali, Sam\n\n## Actions\n\n- Sam — tune the alert thresholds — 3 Dec\n- Mo Ali - tune the thresholds - 3 Dec\n- **Priya** – send the slides – 4/12\n') },
    { name: 'a first and last name first, when the document lists no one', text: minutes('Mo Ali — tune the alert thresholds — 3 Dec') },
    { name: 'the owner before a due date that is no calendar date', text: minutes('Write the DR plan — Priya — end of month', 'Write the DR plan — Priya — Q1', 'Write the DR plan — Priya — w/c 7/12') },
    { name: 'Owner: and Due: labels', text: minutes('Order loan switches. Owner: Sam Okafor. Due: 2026-12-01') },
    { name: 'Assignee and Deadline synonyms', text: minutes('Order switches. Assignee: Sam. Deadline: 1 Dec 2026') },
    { name: '@mention and "by Dec 1"', text: minutes('@kim renew the licences by Dec 1') },
    { name: '"Name:" at the start and "due 27 Nov"', text: minutes('Dev: write the rollback plan, due 27 Nov') },
    { name: '"Name to ..." and a weekday', text: minutes('Mo to book the test slot by Friday') },
    { name: 'a group owns an action, and names ending in s are names', text: minutes('CAB to approve the change by Friday', 'James to book the room by Friday', 'Service Desk to brief the floor by 1 Dec') },
    // Regression: a leading "ACTION:" or "AP1:" hid the owner that follows it.
    { name: 'an action label before "Name to ..."', text: minutes('ACTION: Priya to update the RAID log by Friday', 'AP1: Priya to update the RAID log by Friday', '**Action 3:** Mo to book the test slot by Friday') },
    { name: 'a name in brackets and a relative date', text: minutes('Send the pack (Priya, EOW)') },
    // Regression: a due date after the bracketed name hid the name.
    { name: 'a name in brackets, then the due date', text: minutes('Send the pack (Priya) by 11/12') },
    { name: '"-> Name" and a day/month date', text: minutes('New escalation contacts -> Lee by 30/11') },
    { name: '"assigned to" and an ISO date', text: minutes('Book the room, assigned to Lee, 2026-12-03') },
    { name: 'bold name with a colon', text: minutes('**Sam:** chase the vendor (Dec 4)') },
    { name: 'a done task is not checked', text: doc('meeting-notes', '# Minutes\n\n- [x] Circulate the floor plan\n') },
    // Regression (a docs check): a list item with a Done status was still asked for a date.
    // Regression (a second verification): a Status field after a comma, a dash or in brackets, or as a sub-item.
    { name: 'a Status field after a comma, a dash, "=" or as a sub-item', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- Book the training rooms — Owner: Sam, Status: Done\n- Order 40 docking stations – Status: Closed\n- Update the risk log\n  - Owner: Lee\n  - Status: Done\n- Lee to fix the printer, status = done\n') },
    { name: 'a list item with "Status: Done"', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- Book the hall. Owner: Sam. Status: Done\n- Done: order the chairs (Sam)\n- Order the projector (Sam) (done)\n') },
    { name: 'a labelled action with "Status: Closed"', text: doc('meeting-notes', '# Minutes\n\nACTION: Raj to confirm the firmware. Status: Closed\n') },
    { name: 'fields on a sub-bullet', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- Book the room\n  - Owner: Lee\n  - Due: 2026-12-03\n') },
    { name: 'a table with Owner and Due columns', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| # | Action | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n| 1 | Share the charter | Priya | 2026-11-27 | Open |\n| 2 | Send the deck | | | Done |\n') },
    // Regression: a heading that only mentions actions or tasks made its items actions.
    { name: 'a heading that mentions "Actions" or "tasks" is no actions section', text: doc('project-log', '# CI migration: Jenkins to GitHub Actions\n\n- 2026-10-01: Moved 3 repos with the platform team over 2 days\n\n## 2026-10-12 Migrated repos to GitHub Actions\n\n- **What:** Migrated 9 repos.\n- **Result:** Build time from 14 to 6 min.\n\n## Cleaned up Planner tasks\n\n- Removed 40 stale tasks\n\n## 2026-10-20 Corrective actions after the outage\n\n- Added a second DNS forwarder\n') },
    { name: 'notes that are not actions', text: doc('meeting-notes', '# Minutes\n\n## Notes\n\n- Backup failures down to 2\n') },
    { name: 'an agenda is not a list of actions', text: doc('meeting-notes', '# Minutes\n\n## Agenda\n\n1. Scope\n2. Risks\n') },
    { name: 'task items outside minutes are not actions', text: doc('project-log', '# Log\n\n## Notes\n\n- [ ] Write up the cut-over\n') },
    { name: '"Send to the team" is an instruction, not an owner', text: minutes('Send to the team. Owner: Priya. Due: 2026-12-01') },
    { name: 'a custom action heading', text: doc('lessons-learned', '# Retro\n\n## We will\n\n- Pilot earlier. Owner: Sam. Due: 2027-01-15\n'), config: { rules: { 'action-item-owner': ['warning', { actionHeadings: ['we will'] }] } } },
    // Regression (a review of realistic minutes): an owner before a date after a comma or a dash was not read.
    { name: 'an owner in brackets or between dashes, then the date', text: minutes('Check licence count (Chris), 1 Dec', 'Check licence count (Chris) - before 1 Dec', 'Check licence count - Chris - 1 Dec', 'Check licence count — Chris — 1 Dec') },
    { name: 'labelled action lines with an owner and a date', text: doc('meeting-notes', '# CAB\n\n## 1. Firewall change\n\nApproved.\n\nACTION: Tom to raise the window by Friday\nAP1: Dana to send the plan, 2 Dec\nAP: Raj – confirm the firmware by 3 Dec\n') },
    // Regression (verification): "AI:" as an agenda topic, "Action: none", "AP: n/a" and "Next meeting:" were actions without owners.
    { name: 'no-action labels, an "AI:" topic and the next meeting\'s date', text: doc('meeting-notes', '# CAB\n\n## 1. Innovation\n\nAI: Copilot pilot feedback was positive.\n\n## 2. Previous actions\n\nAction: none outstanding.\n\nAP: n/a\n\n- Action - none required this month.\n\n## Next steps\n\n- Next meeting: Thursday 4 Dec 2026, 10:00\n') },
    { name: '"Next steps" in a status report is its plan, not actions', text: doc('status-report', '# Report\n\n## Next steps\n\n- Finish wave 2\n') },
    { name: 'an "Action:" label outside minutes is no action item', text: doc('project-log', '# Log\n\n## 2026-11-02 Outage\n\nAction: restarted the cluster.\n') },
    // Regression (second verification): an owner in brackets before a due phrase that is not a date ("by end of week").
    { name: 'an owner in brackets before "by end of week", "by COB Thursday", "by end of sprint"', text: minutes('Send the runbook to the desk (Dana) by end of week', 'Raise the PO (Dana) by COB Thursday', 'Quarantine the flaky suites (Sam) by end of sprint') },
    // Regression (third verification): no-action lines with more words, an owner in a second clause, a date after "on".
    { name: '"AP: none for Lena", "No actions from the review", an owner after a dash, "on 20/11 with the sponsor"', text: doc('meeting-notes', '# CAB\n\n## 1. Review\n\nAP: none for Lena\n\n## Actions\n\n- No actions from the security review\n- None of the laptops have the patch – Tom to chase Dell by 3 Dec\n- Sam to agree the scope on 20/11 with the sponsor\n') },
  ],
  invalid: [
    // Regression (rv20 H3, a shared check with decision-missing-field): round the clock is no day and month.
    { name: 'a closing "24/7" is no due date', text: minutes('Sam to staff the bridge \u2014 24/7'), findings: [{ span: 'Sam to staff the bridge \u2014 24/7', message: NO_DUE }] },
    // Regression (a review of that change, M5): Title-Case work became an owner ("Security Patch Deployment to complete").
    { name: 'three capitalised words that name work are no owner', text: minutes('Security Patch Deployment to complete by 2026-11-30', 'New Laptop Rollout to start by 2026-12-01'), findings: [{ span: 'Security Patch Deployment to complete by 2026-11-30', message: NO_OWNER }, { span: 'New Laptop Rollout to start by 2026-12-01', message: NO_OWNER }] },
    // Regression (a review of PM documents, L2): "Ravi / Jo" as an action's owner passed, while raid-missing-field reported it.
    {
      name: 'two people as the owner, in a cell or a label',
      text: doc('meeting-notes', '# Sync\n\nAttendees: Ravi Shah, Jo Bell\n\n## Actions\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Review on-call runbook | Ravi / Jo | 2026-12-13 | In progress |\n| Book the room | Sales and Marketing | 2026-12-13 | Open |\n\n- [ ] Update the wiki. Owner: Ravi / Jo. Due: 2026-12-13\n'),
      findings: [{ span: 'Ravi / Jo', message: /^This action has two owners \(Ravi and Jo\): name the one person accountable for it\.$/ }, { span: 'Update the wiki. Owner: Ravi / Jo. Due: 2026-12-13', message: /^This action has two owners \(Ravi and Jo\)\. Name the one person accountable for it, e\.g\. "Owner: Ravi"\.$/ }],
    },
    // Regression (a review with realistic minutes): two people named first were told the action had no owner.
    // Only people the minutes list: "Sales and Marketing" names no one (a review of that change).
    // Regression (the review of PM documents as a user, M4): "Lee is going to ..." had no owner, and "Jo and Sam agreed to
    // ..." no owner rather than two.
    { name: 'a future with "going to", and two people who agreed', text: doc('meeting-notes', '# Minutes\n\nAttendees: Lee Chan, Jo Bloggs, Sam Okafor\n\n## Actions\n\n- Lee is going to check the Grafana licences by 4 Dec\n- Jo and Sam agreed to draft the comms plan by 5 Dec\n- Sam has offered to book the room by 2 Dec\n'), findings: [{ span: 'Jo and Sam agreed to draft the comms plan by 5 Dec', message: /^This action has two owners \(Jo and Sam\)\. Name the one person accountable for it, e\.g\. "Owner: Jo"\.$/ }], output: null },
    // Regression (a review of this session's changes, M3): "Aim is to ..." named "Aim" the owner.
    { name: 'an aim is no owner', text: doc('meeting-notes', '# Minutes\n\nAttendees: Lee Chan\n\n## Actions\n\n- Aim is to close the audit by 1 Dec\n'), findings: [{ span: 'Aim is to close the audit by 1 Dec', message: NO_OWNER }], output: null },
    { name: 'two owners named first', text: doc('meeting-notes', '# Minutes\n\nAttendees: Tom Reed, Aisha Bello\n\n## Actions\n\n- [ ] Tom and Aisha - joint FAQ for the intranet by 4 Dec\n- [ ] Tom & Aisha: update the wiki\n- [ ] Sales and Marketing - agree the launch date by 4 Dec\n'), findings: [{ span: 'Tom and Aisha - joint FAQ for the intranet by 4 Dec', message: /^This action has two owners \(Tom and Aisha\)\. Name the one person accountable for it, e\.g\. "Owner: Tom"\.$/ }, { span: 'Tom & Aisha: update the wiki', message: /^This action has two owners \(Tom and Aisha\) and no due date\. Name the one person accountable for it and a date/ }, { span: 'Sales and Marketing - agree the launch date by 4 Dec', message: NO_OWNER }], output: null },
    // Regression (a review with realistic minutes): actions under "**Actions**" or "Next steps:" on a line of their own
    // (minutes pasted from mail or chat) were not read; only a Markdown heading opened an actions list.
    { name: 'a list right after "**Actions**", "Actions:" or "Next steps:" is a list of actions, up to the next paragraph', text: doc('meeting-notes', '# Infra sync\n\nAttendees: Ben Cole, Chloe Park\n\n- Chloe: Vault upgrade done in staging\n\n**Actions**\n\n- Book the DR test window\n- Chloe to write up the upgrade steps by Friday\n\nNext steps:\n- Renew the wildcard certificate\n\nActions:\n\n- Order the spare switch\n\nOther notes\n\n- Canteen closed on Friday\n'), findings: [{ span: 'Book the DR test window', message: BOTH }, { span: 'Renew the wildcard certificate', message: BOTH }, { span: 'Order the spare switch', message: BOTH }] },
    // Regression (a second review): any capitalised word before a dash was an owner ("Firewall —", "Printer —").
    { name: 'a thing before the dash is no owner', text: doc('meeting-notes', '# Ops sync\n\nAttendees: Priya Natarajan, Mo Ali\n\n## Actions\n\n- Firewall — replace the core switch — 3 Dec\n- Security review — book a slot — Friday\n- Priya Natarajan — draft the comms plan\n'), findings: [{ span: 'Firewall — replace the core switch — 3 Dec', message: NO_OWNER }, { span: 'Security review — book a slot — Friday', message: NO_OWNER }, { span: 'Priya Natarajan — draft the comms plan', message: NO_DUE }] },
    { name: 'one word before the dash, and no one listed: no owner', text: minutes('Printer — replace the toner — 1 Dec'), findings: [{ span: 'Printer — replace the toner — 1 Dec', message: NO_OWNER }] },
    { name: 'a name and a dash first, with no dated part after, is no owner', text: minutes('Sam — tune the alert thresholds'), findings: [{ span: 'Sam — tune the alert thresholds', message: BOTH }] },
    // Regression (a review of PM documents): "ASAP", "Ongoing" and "Soon" in a Due column passed as dates.
    { name: 'a Due cell that sets no date', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| # | Action | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n| 1 | Book room | Rahul | ASAP | Open |\n| 2 | Book room | Rahul | Ongoing | Open |\n'), findings: [{ span: 'ASAP', message: /^"ASAP" sets no due date: say when it will be done, e\.g\. "1 Dec"\.$/ }, { span: 'Ongoing', message: /^"Ongoing" sets no due date/ }] },
    { name: 'a "Due: soon" label sets no date either', text: minutes('Book the room. Owner: Rahul. Due: soon'), findings: [{ span: 'Book the room. Owner: Rahul. Due: soon', message: NO_DUE }] },
    { name: 'a list item whose status is not done', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- Send the agenda. Owner: Sam. Status: not done\n'), findings: [{ span: 'Send the agenda. Owner: Sam. Status: not done', message: /no due date/ }] },
    // Regression (verification of the above): "done" read from text that does not say the action is done.
    { name: 'a status word inside the action, a done sub-step, "Complete:" as an order, "Done by Friday"', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- Sam to share the weekly status: completed work, blockers and next steps\n- Lee to move the finance team to the new tenant\n  - Mailboxes migrated (done)\n- Complete: DPIA for the new CRM (Mo)\n- Book the hall. Owner: Sam. Status: Done by Friday\n'), findings: [{ span: 'Sam to share the weekly status: completed work, blockers and next steps', message: /no due date/ }, { span: 'Lee to move the finance team to the new tenant', message: /no due date/ }, { span: 'Complete: DPIA for the new CRM (Mo)', message: /no due date/ }] },
    { name: 'a tool in brackets before "by hand" or "due to" is no owner', text: minutes('Restore the share (Veeam) by hand', 'Check the backup jobs (Veeam) due to the failures last week'), findings: [{ span: 'Restore the share (Veeam) by hand', message: BOTH }, { span: 'Check the backup jobs (Veeam) due to the failures last week', message: BOTH }] },
    { name: 'counts in brackets or after a colon are no due dates; "None of ..." is an action', text: minutes('Sam to re-run the suites (7/15 so far)', 'Dee to chase: 5/16 vendors', 'None of the printers are mapped yet'), findings: [{ span: 'Sam to re-run the suites (7/15 so far)', message: NO_DUE }, { span: 'Dee to chase: 5/16 vendors', message: NO_DUE }, { span: 'None of the printers are mapped yet', message: BOTH }] },
    // Regression (verification of the owner and date readings): a tool or team in brackets mid-sentence is no owner, and a count is no date.
    { name: 'a bracketed tool with more sentence after it is no owner', text: minutes('Check the backup job (Veeam) and report findings', 'Move the DR test to the next window - Finance - sign-off pending'), findings: [{ span: 'Check the backup job (Veeam) and report findings', message: BOTH }, { span: 'Move the DR test to the next window - Finance - sign-off pending', message: BOTH }] },
    { name: 'a count like "12/13" or "5/16 vendors" is no due date', text: minutes('Sam to fix the 12/13 failing smoke tests', 'Dee to chase the 5/16 vendors'), findings: [{ span: 'Sam to fix the 12/13 failing smoke tests', message: NO_DUE }, { span: 'Dee to chase the 5/16 vendors', message: NO_DUE }] },
    // Regression: "ACTION:" / "AP:" lines under an agenda heading, and paragraphs of them under Actions, were not read.
    { name: 'labelled action lines anywhere in minutes', text: doc('meeting-notes', '# CAB\n\n## 1. Firewall change\n\nApproved.\n\nACTION: Update the change calendar\nAP: Raj to confirm the firmware\n\n- ACTION - Marek: get the advisory\n'), findings: [{ span: 'ACTION: Update the change calendar', message: BOTH }, { span: 'AP: Raj to confirm the firmware', message: NO_DUE }, { span: 'ACTION - Marek: get the advisory', message: NO_DUE }] },
    // Regression: minutes' actions under "Next steps" were not read.
    { name: 'items under "Next steps" in minutes', text: doc('meeting-notes', '# Sync\n\n## Next steps\n\n- Chase Apple Business Manager with procurement\n'), findings: [{ span: 'Chase Apple Business Manager with procurement', message: BOTH }] },
    // Regression: "Budget to be approved" took "Budget" for the owner, "TBD:" took "TBD".
    { name: '"X to be <done>" names no owner', text: minutes('Budget to be approved by 1 Dec'), findings: [{ span: 'Budget to be approved by 1 Dec', message: NO_OWNER }] },
    // Regression: "Slides to go to ..." took the slides for the owner.
    { name: 'a thing "to go" is no owner', text: minutes('Slides to go to the steering group by Friday', 'Laptops to ship by 1 Dec'), findings: [{ span: 'Slides to go to the steering group by Friday', message: NO_OWNER }, { span: 'Laptops to ship by 1 Dec', message: NO_OWNER }] },
    { name: '"TBD:" is no owner', text: minutes('TBD: agree the freeze window by Friday'), findings: [{ span: 'TBD: agree the freeze window by Friday', message: NO_OWNER }] },
    { name: 'neither', text: minutes('Update the RAID log with the new move date'), findings: [{ span: 'Update the RAID log with the new move date', message: BOTH }], output: null, suggestions: [' (Owner: ${1:name}, due ${2:date})'] },
    { name: 'an owner but no date', text: minutes('Mo to book the test slot'), findings: [{ span: 'Mo to book the test slot', message: NO_DUE }], suggestions: [' (due ${1:date})'] },
    { name: 'a date but no owner', text: minutes('Chase the vendor by 1 Dec'), findings: [{ span: 'Chase the vendor by 1 Dec', message: NO_OWNER }], suggestions: [' (Owner: ${1:name})'] },
    { name: '"ASAP" is not a date', text: minutes('Fix the backups. Owner: Kim. Due: ASAP'), findings: [{ span: 'Fix the backups. Owner: Kim. Due: ASAP', message: NO_DUE }] },
    { name: 'an instruction verb is not a name', text: minutes('Send to finance by Friday'), findings: [{ span: 'Send to finance by Friday', message: NO_OWNER }] },
    { name: 'an empty Owner cell in an actions table', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| # | Action | Owner | Due |\n| --- | --- | --- | --- |\n| 3 | Collect risks | | Dec 4 |\n'), findings: [{ span: ' ', message: /^This action has no owner: name the one person who will do it\.$/ }] },
    { name: 'an empty Due cell', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Book the dates | Jo | |\n'), findings: [{ span: ' ', message: /^This action has no due date: say when it will be done\.$/ }] },
    { name: 'a table without an Owner column: read from the text', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| Action | Due |\n| --- | --- |\n| Sam to chase the vendor | 2026-12-01 |\n| Chase the lift engineer | 2026-12-02 |\n'), findings: [{ span: '| Chase the lift engineer | 2026-12-02 |', message: /no owner/ }] },
    { name: 'a task item anywhere in minutes', text: doc('meeting-notes', '# Minutes\n\nDiscussed:\n- [ ] agree next review date\n'), findings: [{ span: 'agree next review date', message: BOTH }] },
    { name: 'headings that name an actions section', text: doc('meeting-notes', '# Minutes\n\n## CAB actions\n\n- Chase the vendor\n\n## Action items from the CAB\n\n- Send the pack\n\n## 3. Next actions\n\n- Book the room\n'), findings: [{ span: 'Chase the vendor', message: BOTH }, { span: 'Send the pack', message: BOTH }, { span: 'Book the room', message: BOTH }] },
    { name: 'an Actions heading with a date after it', text: doc('meeting-notes', '# Board minutes\n\n## Actions – 20 Nov 2026\n\n- Send the revised plan\n'), findings: [{ span: 'Send the revised plan', message: BOTH }] },
    { name: 'actions in a lessons-learned document', text: doc('lessons-learned', '# Retro\n\n## Actions\n\n- Pilot the runbook earlier\n'), findings: [{ span: 'Pilot the runbook earlier', message: BOTH }] },
  ],
});

describe('action-item-owner in context', () => {
  it('is a warning, and silent on resumes', () => {
    const text = minutes('Update the RAID log');
    assert.equal(only(lintText(text, { today: TODAY }).findings, 'action-item-owner')[0].severity, 'warning');
    assert.deepEqual(only(lintText(text, { today: TODAY, kind: 'resume' }).findings, 'action-item-owner'), []);
  });
});
