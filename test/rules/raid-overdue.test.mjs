// raid-overdue: open RAID items whose due or review date is before today.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const HEADER = '| ID | Type | Description | Owner | Due | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n';
const row = (due, status = 'Open') => doc('raid-log', `${HEADER}| R-01 | Risk | Switch delivery slips | Sam Okafor | ${due} | Loan switches | ${status} |\n`);
const list = (line) => doc('raid-log', `## Risks\n\n- ${line}\n`);

pmTester('raid-overdue', {
  valid: [
    // "Week 3" is as often a project's week as the year's: no date.
    { name: 'a week number without "W", "Wk" or a year is no date', text: row('Week 3') },
    // Regression (the review of PM documents as a user, H2): everyday closed words were overdue ("I-04 is still fixed but ...").
    ...['Fixed', 'Solved', 'Finished', 'Implemented', 'Obsolete', 'Transferred to BAU', 'Merged into R-02', 'Fixed 20/11', 'Implemented by Sam'].map((status) => ({ name: `"${status}" closes an item`, text: row('2026-11-01', status) })),
    { name: '"Closed, see I-09" is closed', text: row('2026-11-01', 'Closed, see I-09') },
    // "Confirmed" settles an assumption (a risk confirmed has happened; an issue confirmed is reproduced: both open).
    { name: '"Confirmed" closes an assumption', text: doc('raid-log', `${HEADER}| A-01 | Assumption | Legal hold not needed | Sam Okafor | 2026-11-01 | Check with legal | Confirmed |\n`) },
    // Regression (the same review, H1): a status as a part of its own, without a label, was not read.
    { name: 'a list item whose last part is its status', text: doc('raid-log', '## Issues\n\n- I-01 – Printer driver broken – owner: Jo – reinstall – 2026-11-01 – Closed\n- I-02: Printer queue stuck; Owner: Jo; Action: restart spooler; Due: 2026-11-01; Resolved\n- I-03: Label printer incompatible (owner Jana, due 15.11.2026) – solved\n') },
    // Regression (a review with realistic RAID logs): a risk realised and moved to the issue log was overdue as a risk.
    { name: 'a realised risk moved to the issue log', text: row('2026-11-01', 'Realised – see I-04') },
    // Regression (a second review of PM documents): the words action trackers close an action with.
    { name: 'actions finished in the words of action trackers', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| # | Action | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n| 1 | Book room | Rahul | 2026-11-05 | Actioned |\n| 2 | Send slides | Rahul | 2026-11-05 | Sent |\n| 3 | Approve plan | Ingrid | 2026-11-05 | Approved |\n| 4 | Draft charter | Rahul | 2026-11-05 | N/A |\n| 5 | Book venue | Rahul | 2026-11-05 | Dropped |\n| 6 | Write comms | Ingrid | 2026-11-05 | 100% |\n\n## Actions from last meeting\n\n| Action | Owner | Due | Done? |\n| --- | --- | --- | --- |\n| Circulate the plan | Rahul | 2026-10-20 | Yes |\n') },
    { name: 'a decision is not overdue', text: doc('raid-log', `${HEADER}| D-09 | Decision | Use Azure | Ingrid | 2026-10-01 | | Agreed |\n`) },
    { name: 'due today is not overdue', text: row('2026-11-26') },
    { name: 'due in the future', text: row('2026-12-01') },
    { name: 'closed items are never overdue', text: row('2026-11-01', 'Closed') },
    { name: 'done, complete, resolved, cancelled, mitigated', text: doc('raid-log', `${HEADER}${['Done', 'Complete', 'Resolved', 'Cancelled', 'Mitigated', '✅ Done'].map((s, i) => `| R-0${i} | Risk | X | Sam | 2026-11-01 | Y | ${s} |`).join('\n')}\n`) },
    { name: 'a check mark alone is done', text: doc('raid-log', `${HEADER}${['✅', '✔️', '✔', '☑️', '☑'].map((s, i) => `| R-0${i} | Risk | X | Sam | 2026-11-01 | Y | ${s} |`).join('\n')}\n`) },
    { name: 'a checked task item is done', text: list('[x] R-01: Slips. Owner: Sam. Due: 2026-11-01.') },
    { name: 'a month means its last day', text: row('Nov 2026') },
    { name: 'a quarter means its last day', text: row('Q4 2026') },
    // 11 Dec or 12 Nov: one reading passed, one to come; not compared. (03/04/2026, both past, is overdue: see invalid.)
    { name: 'an ambiguous day/month order with one reading still to come is not compared', text: row('11/12/2026') },
    { name: '"end of Dec" is the last day of December', text: row('end of Dec') },
    { name: 'no date at all', text: row('when the vendor confirms') },
    // Regression (a review of RAID logs): a date moved with an arrow was read as the old one.
    { name: 'a date moved with an arrow or "moved to"', text: doc('raid-log', `${HEADER}| R-01 | Risk | X | Sam | 20 Nov → 10 Dec | Y | Open |\n| R-02 | Risk | X | Sam | 2026-11-20, moved to 2026-12-15 | Y | Open |\n`) },
    { name: '"24/7" and "03/04" without a year are no dates', text: row('24/7 cover, review 03/04') },
    // Regression (second verification): a move to an early-month day/month ("1/12") kept the old, passed date.
    { name: 'a move to a day/month that could be either order still supersedes the old date', text: doc('raid-log', `${HEADER}| R-01 | Risk | X | Sam | 20/11 → 1/12 | Y | Open |\n| R-02 | Risk | X | Sam | 20/11 → Fri 5/12 | Y | Open |\n`) },
    // Regression (verification of the above): "now" or an arrow with no date after it hid the date before it; a count is no date.
    { name: 'a count like "12/13" is no year-less date', text: row('fix the 12/13 failing tests first') },
    // Regression: the RAID templates' own statuses for assumptions and dependencies read as open.
    { name: 'Validated, Invalid and Met close assumptions and dependencies', text: doc('raid-log', `${HEADER}${['Validated', 'Invalid', 'Met'].map((s, i) => `| A-0${i} | Assumption | X | Sam | 2026-11-01 | Y | ${s} |`).join('\n')}\n`) },
    { name: 'a closing word first or last closes, whatever follows it', text: doc('raid-log', `${HEADER}${['Closed - no further action', 'Risk retired', 'No longer relevant', 'Resolved (not needed)'].map((s, i) => `| R-0${i} | Risk | X | Sam | 2026-11-01 | Y | ${s} |`).join('\n')}\n`) },
    { name: 'a custom closed status', text: row('2026-11-01', 'Parked'), config: { rules: { 'raid-overdue': ['warning', { closedStatuses: ['parked'] }] } } },
    { name: 'today from the options', text: row('2026-11-20'), today: '2026-11-19' },
    // Regression: the struck-through old date was read ("passed 26 days ago").
    { name: 'a struck-through old date: the new one counts', text: row('~~2026-11-01~~ 2026-12-15') },
    { name: 'a struck-through old date in HTML', text: row('<del>1 Nov</del> 15 Dec 2026') },
    // Regression: in a list item the value starts after the "~~", which hid the strike-through.
    { name: 'a struck-through old date in a list item', text: list('R-03 Supplier late. Owner: Kim Lo. Due: ~~2026-11-20~~ 2026-12-20. Mitigation: chase. Status: Open') },
    { name: 'a struck-through old date in HTML in a list item', text: list('R-05 Supplier late. Owner: Kim Lo. Due: <del>20 Nov</del> 20 Dec 2026. Mitigation: chase. Status: Open') },
    { name: "GitHub's single-tilde strike-through", text: doc('raid-log', '## Risks\n\n- R-02 Supplier late.\n  - Owner: Kim Lo\n  - Due: ~2026-11-20~ 2026-12-20\n  - Mitigation: chase\n  - Status: Open\n') },
    { name: 'a struck-through old date on a field sub-bullet', text: doc('raid-log', '## Risks\n\n- R-04 Supplier late.\n  - Owner: Kim Lo\n  - Due: ~~2026-11-20~~ 2026-12-20\n  - Mitigation: chase\n  - Status: Open\n') },
    { name: 'a date in the description is not the due date', text: doc('raid-log', `${HEADER}| R-01 | Risk | Lease ended 2026-01-01 | Sam | 2026-12-01 | Y | Open |\n`) },
    // Actions (the A of RAID): compared only when known to be open.
    { name: 'an action with no status and no task box may be done since: not compared', text: doc('meeting-notes', '# Minutes, 1 Oct 2026\n\n## Actions\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Send the PO to vendor B | Tom | 2026-10-15 |\n\n- Ana to book the site survey by 2026-10-20\n') },
    { name: 'a done action row and a ticked task are not overdue', text: doc('meeting-notes', '# Minutes, 1 Oct 2026\n\n## Actions\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Send the PO to vendor B | Tom | 2026-10-15 | Done |\n\n- [x] Priya to confirm the cutover window by 2026-10-10\n') },
    { name: 'an open action due later', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- [ ] Priya to confirm the cutover window by 2026-12-10\n') },
  ],
  invalid: [
    // A closing word must stand as a word: "Unresolved" ends with "resolved" but is open (a review of closingWord's rewrite).
    { name: '"Unresolved" and "Unmitigated" are open', text: doc('raid-log', `${HEADER}| I-01 | Issue | X | Sam | 2026-11-01 | Y | Unresolved |\n| R-01 | Risk | X | Sam | 2026-11-01 | Y | Unmitigated |\n`), findings: [{ span: '2026-11-01', message: /^I-01 is marked "Unresolved" but its due date/ }, { span: '2026-11-01', message: /^R-01 is marked "Unmitigated" but its due date/ }], output: null },
    { name: '"No" in a "Done?" column: not done', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n| Action | Owner | Due | Done? |\n| --- | --- | --- | --- |\n| Chase the quote | Ingrid | 2026-10-20 | No |\n'), findings: [{ span: '2026-10-20', message: /^This action is not done but its due date \(2026-10-20\) passed 37 days ago\./ }], output: null },
    // Regression (a review of PM documents): "31 Sept 2026" was read as "Sept 2026", and "2026-02-30" gave nothing.
    { name: 'a month that does not exist, and "End Oct"', text: doc('raid-log', `${HEADER}| R-15 | Risk | X | Sam | 2026-13-01 | Y | Open |\n| R-16 | Risk | X | Sam | End Oct | Y | Open |\n`), findings: [{ span: '2026-13-01', message: /^R-15's due date \(2026-13-01\) is not a day of the calendar\./ }, { span: 'End Oct', message: /^R-16 is still open but its due date \(End Oct\) passed 26 days ago/ }], output: null },
    { name: 'a day the month does not have', text: doc('raid-log', `${HEADER}| R-03 | Risk | X | Sam | 31 Sept 2026 | Y | Open |\n| R-04 | Risk | X | Sam | 2026-02-30 | Y | Open |\n`), findings: [{ span: '31 Sept 2026', message: /^R-03's due date \(31 Sept 2026\) is not a day of the calendar\. Give the date meant\.$/ }, { span: '2026-02-30', message: /^R-04's due date \(2026-02-30\) is not a day of the calendar/ }], output: null },
    // Regression (a review of PM documents): 3 April or 4 March, both long past, was skipped as ambiguous; "end of Oct" was no date.
    { name: 'an ambiguous date whose readings have both passed', text: row('3/4/2026'), findings: [{ span: '3/4/2026', message: /^R-01 is still open but its due date \(3\/4\/2026\) passed at least 237 days ago\./ }], output: null },
    { name: '"end of Oct" is the last day of October', text: row('end of Oct'), findings: [{ span: 'end of Oct', message: /its due date \(end of Oct\) passed 26 days ago/ }], output: null },
    // Regression (a review of PM documents): "is still closed? but", "is still will be closed next week but".
    { name: 'a status that is no plain word is quoted', text: doc('raid-log', `${HEADER}| I-05 | Issue | X | Sam | 2026-11-20 | Y | Closed? |\n| I-06 | Issue | X | Sam | 2026-11-20 | Y | Will be closed next week |\n`), findings: [{ span: '2026-11-20', message: /^I-05 is marked "Closed\?" but its due date/ }, { span: '2026-11-20', message: /^I-06 is marked "Will be closed next week" but/ }], output: null },
    // Actions (the A of RAID): an open Status or an unticked task box, and the due date passed.
    { name: 'an open action row in minutes', text: doc('meeting-notes', '# Minutes, 1 Oct 2026\n\n## Actions\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Send the PO to vendor B | Tom | 2026-10-15 | Open |\n| Book the site survey | Ana | 20 Oct | |\n'), findings: [{ span: '2026-10-15', message: /^This action is still open but its due date \(2026-10-15\) passed 42 days ago\. Act on it, agree a new date, or close it\.$/ }, { span: '20 Oct', message: /^This action is still open but its due date \(20 Oct\) passed 37 days ago\./ }], output: null },
    { name: 'an unticked task item with a past due date', text: doc('meeting-notes', '# Minutes\n\n## Actions\n\n- [ ] Priya to confirm the cutover window by 2026-10-10\n'), findings: [{ span: '2026-10-10', message: /^This action is still open but its due date \(2026-10-10\) passed 47 days ago\./ }], output: null },
    { name: 'a RAID item that is also a task is reported once', text: list('[ ] R-01: Slips. Owner: Sam. Due: 2026-11-20. Mitigation: loan units.'), findings: [{ span: '2026-11-20', message: /^R-01 is still open/ }], output: null },
    // Regression (a docs check): with closedStatuses set to ["parked"], a Closed item read "is still closed ... or close it".
    // Regression (verification): the advice named the whole status text ("completed 2025-04-20"), not the closing word.
    { name: 'the closing word inside a longer status', text: row('2026-11-01', 'Completed 2026-10-20'), config: { rules: { 'raid-overdue': ['warning', { closedStatuses: ['parked'] }] } }, findings: [{ span: '2026-11-01', message: /Add "completed" to closedStatuses if it means the item is finished\.$/ }], output: null },
    { name: 'a default closed word left out of a configured closedStatuses', text: row('2026-11-01', 'Closed'), config: { rules: { 'raid-overdue': ['warning', { closedStatuses: ['parked'] }] } }, findings: [{ span: '2026-11-01', message: /^R-01 is marked "Closed", which is not one of this rule's closedStatuses, and its due date \(2026-11-01\) passed 25 days ago\. Add "closed" to closedStatuses if it means the item is finished\.$/ }], output: null },
    // Regression (a review of this session's changes, M1): with the charter fix, a status report's labelled risk with a
    // status and a due date of its own lost its overdue finding; an id is not the only sign of a tracked item.
    { name: 'a labelled risk with a status and a due date under a risks heading', text: doc('status-report', '# Status\n\n**Overall status:** Green\n\n## Risks and issues\n\n- Risk: data migration slips. Owner: Sam. Due: 2026-11-01. Status: Open\n'), findings: [{ span: '2026-11-01', message: /^This \w+ is still open but its due date \(2026-11-01\) passed 25 days ago\./ }], output: null },
    // Regression (the review of PM documents as a user, M6): ISO weeks, "mid-Nov" and "20.11." were no dates, so nothing was overdue.
    { name: 'an ISO week is its Sunday', text: row('2026-W46'), findings: [{ span: '2026-W46', message: /^R-01 is still open but its due date \(2026-W46\) passed 11 days ago\./ }], output: null },
    { name: '"Wk 46" in a due cell', text: row('Wk 46'), findings: [{ span: 'Wk 46', message: /^R-01 is still open but its due date \(Wk 46\) passed 11 days ago\./ }], output: null },
    { name: '"mid-Nov" is the 15th', text: row('mid-Nov'), findings: [{ span: 'mid-Nov', message: /^R-01 is still open but its due date \(mid-Nov\) passed 11 days ago\./ }], output: null },
    { name: 'the German short form "20.11."', text: row('20.11.'), findings: [{ span: '20.11.', message: /^R-01 is still open but its due date \(20\.11\.\) passed 6 days ago\./ }], output: null },
    { name: 'ISO date in the past', text: row('2026-11-20'), findings: [{ span: '2026-11-20', message: /^R-01 is still open but its due date \(2026-11-20\) passed 6 days ago\. Act on it, agree a new date, or close it\.$/ }], output: null },
    // Regression (a review of realistic RAID logs): a "Review" column was no date column, so its overdue items were missed.
    { name: 'a "Review" column is the review date', text: doc('raid-log', '| ID | Risk | Owner | Mitigation | Review | Status |\n| --- | --- | --- | --- | --- | --- |\n| R1 | No crew over Christmas | Sam Okafor | Standby contractor | 20 Nov | Open |\n'), findings: [{ span: '20 Nov', message: /^R1 is still open but its review date \(20 Nov\) passed 6 days ago\./ }] },
    { name: 'a "Review:" label in a list item', text: list('R-01: Slips. Owner: Sam. Review: 2026-11-20. Mitigation: loan units. Status: Open'), findings: [{ span: '2026-11-20', message: /its review date \(2026-11-20\)/ }] },
    // Regression: "is still not yet resolved", "is still partially met", "its validate by (...)" ("validate" holds "date").
    { name: 'the status and the date label read as English', text: doc('raid-log', '| ID | Type | Description | Owner | Validate by | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| A-01 | Assumption | Power live | Sam | 2026-11-20 | Check | Not yet resolved |\n| D-02 | Dependency | Circuit | Sam | 2026-11-20 | Chase | Partially met |\n'), findings: [{ span: '2026-11-20', message: /^A-01 is not yet resolved but its validate-by date \(2026-11-20\) passed/ }, { span: '2026-11-20', message: /^D-02 is only partially met but its validate-by date/ }] },
    { name: 'yesterday', text: row('2026-11-25'), findings: [{ span: '2026-11-25', message: /passed yesterday/ }] },
    { name: '"1 Nov 2026"', text: row('1 Nov 2026'), findings: [{ span: '1 Nov 2026', message: /passed 25 days ago/ }] },
    { name: '"Nov 20" takes the nearest year', text: row('Nov 20'), findings: [{ span: 'Nov 20', message: /passed 6 days ago/ }] },
    { name: '"20th November"', text: row('20th November'), findings: [{ span: '20th November', message: /passed 6 days ago/ }] },
    { name: '"20/11/2026" (day first, unambiguous)', text: row('20/11/2026'), findings: [{ span: '20/11/2026', message: /passed 6 days ago/ }] },
    // Regression: "20/11" without a year was no date.
    { name: '"20/11" without a year, day first', text: row('20/11'), findings: [{ span: '20/11', message: /its due date \(20\/11\) passed 6 days ago/ }] },
    // Regression (third verification): a version or a count after the arrow is no new date.
    { name: 'a version or a count after an arrow keeps the old date', text: doc('raid-log', `${HEADER}| R-01 | Risk | X | Sam | 2026-11-20 → v1.3 fix pending | Y | Open |\n| R-02 | Risk | X | Sam | 14 Nov → 3/4 loads fixed | Y | Open |\n`), findings: [{ span: '2026-11-20 → v1.3 fix pending', message: /its due date \(2026-11-20\) passed/ }, { span: '14 Nov → 3/4 loads fixed', message: /its due date \(14 Nov\) passed/ }] },
    { name: 'an arrow or "now" with no date after it keeps the date before it', text: doc('raid-log', `${HEADER}| R-01 | Risk | X | Sam | 10 Nov -> awaiting PO | Y | Open |\n| R-02 | Risk | X | Sam | 14 Nov (supplier now engaged) | Y | Open |\n`), findings: [{ span: '10 Nov -> awaiting PO', message: /its due date \(10 Nov\) passed 16 days ago/ }, { span: '14 Nov (supplier now engaged)', message: /its due date \(14 Nov\) passed 12 days ago/ }] },
    { name: 'a status other than closed is named', text: row('2026-11-20', 'In progress'), findings: [{ span: '2026-11-20', message: /^R-01 is still in progress/ }] },
    // Regression (the review of PM documents as a user, L1 and H2): "is still awaiting cab", "is still approved", "is still yes".
    // Regression (a review of this session's changes, H3 and H8): closing words as a prefix kept open items from being
    // overdue, "Confirmed" closed an issue, and "OPEN" read "is still oPEN".
    { name: 'a closing word with more after it is not closed', text: doc('raid-log', `${HEADER}| I-02 | Issue | Login loop | Sam Okafor | 2026-11-20 | Patch | Fixed in next release |\n| I-03 | Issue | Login loop | Sam Okafor | 2026-11-20 | Patch | Confirmed |\n| I-04 | Issue | Login loop | Sam Okafor | 2026-11-20 | Patch | OPEN |\n| I-05 | Issue | Login loop | Sam Okafor | 2026-11-20 | Patch | In Progress |\n`), findings: [{ span: '2026-11-20', message: /^I-02 is marked "Fixed in next release" but/ }, { span: '2026-11-20', message: /^I-03 is marked "Confirmed" but/ }, { span: '2026-11-20', message: /^I-04 is still open but/ }, { span: '2026-11-20', message: /^I-05 is still in progress but/ }], output: null },
    { name: 'a status keeps its capitals', text: row('2026-11-20', 'Awaiting CAB'), findings: [{ span: '2026-11-20', message: /^R-01 is still awaiting CAB but its/ }] },
    { name: 'a status that is not an open one is quoted', text: row('2026-11-20', 'Approved'), findings: [{ span: '2026-11-20', message: /^R-01 is marked "Approved" but its/ }] },
    // Regression (a review with realistic RAID logs): "R-06 is still monitoring", "R-02 is still accepted".
    { name: 'an -ing status is quoted, and an accepted risk is still open', text: row('2026-11-20', 'Monitoring'), findings: [{ span: '2026-11-20', message: /^R-01 is marked "Monitoring" but its/ }] },
    { name: 'an accepted risk is still open', text: row('2026-11-20', 'Accepted'), findings: [{ span: '2026-11-20', message: /^R-01 is still open \(accepted\) but its/ }] },
    // Regression: "Not yet resolved" and "Partially mitigated" ended with a closing word and read as closed.
    { name: 'negated, partial, pending and questioned statuses are open', text: doc('raid-log', `${HEADER}${['Not yet resolved', 'Partially mitigated', 'Not closed', 'Not done', 'Done?', 'Closure pending', 'Yet to be resolved', 'Reopened', 'Mostly complete'].map((s, i) => `| R-0${i} | Risk | X | Sam | 2026-11-20 | Y | ${s} |`).join('\n')}\n`), findings: Array.from({ length: 9 }, () => ({ span: '2026-11-20', message: /passed 6 days ago/ })) },
    { name: 'a struck-through date moved to one that passed too', text: row('~~2026-11-01~~ **2026-11-20**'), findings: [{ span: '~~2026-11-01~~ **2026-11-20**', message: /\(2026-11-20\) passed 6 days ago/ }] },
    { name: 'no status means open', text: row('2026-11-20', ''), findings: [{ span: '2026-11-20', message: /still open/ }] },
    { name: 'an emoji with a variation selector is not a check mark', text: row('2026-11-20', 'Open ⚠️'), findings: [{ span: '2026-11-20', message: /^R-01 is still open/ }] },
    { name: 'a review date', text: doc('raid-log', '| ID | Risk | Owner | Review date | Status |\n| --- | --- | --- | --- | --- |\n| R-01 | Slips | Sam | 2026-11-23 | Open |\n'), findings: [{ span: '2026-11-23', message: /its review date \(2026-11-23\)/ }] },
    { name: 'a list item', text: list('R-02: Licence renewal late. Owner: @tom. Due: 20 Nov. Mitigation: interim order.'), findings: [{ span: '20 Nov', message: /^R-02 is still open but its due date \(20 Nov\) passed 6 days ago/ }] },
    { name: '"due 18 Nov" without a colon', text: list('I1 Login loop on Safari (owner: Kim, due 18 Nov)'), findings: [{ span: '18 Nov', message: /^I1 is still open/ }] },
    { name: 'a RAID table in a status report', text: doc('status-report', `## Risks and issues\n\n${HEADER}| I-01 | Issue | Floor plan | Priya | 2026-11-18 | Escalate | Open |\n`), findings: [{ span: '2026-11-18', message: /I-01/ }] },
    { name: 'a date with a weekday: the whole cell', text: row('Fri 20 Nov 2026'), findings: [{ span: 'Fri 20 Nov 2026', message: /\(20 Nov 2026\) passed 6 days ago/ }] },
  ],
});

describe('raid-overdue in context', () => {
  it('uses settings.today when no today is given, and the clock otherwise', () => {
    const settings = engine.resolveSettings({ today: '2026-11-19' });
    assert.deepEqual(only(lintText(row('2026-11-20'), { settings }).findings, 'raid-overdue'), []);
    assert.equal(only(lintText(row('2000-01-01')).findings, 'raid-overdue').length, 1, 'the clock is after 2000');
  });

  it('is a warning', () => {
    assert.equal(only(lintText(row('2026-11-20'), { today: TODAY }).findings, 'raid-overdue')[0].severity, 'warning');
  });
});

describe('dates in short forms', () => {
  it('reads a week or a dotted day only where a date is expected', () => {
    const found = (text) => engine.findDates(text, TODAY).map((d) => [d.text, d.iso]);
    assert.deepEqual(found('Due: Wk 46'), [['Wk 46', '2026-11-15']]);
    assert.deepEqual(found('by W53 2026 and 2020-W53'), [['W53 2026', '2027-01-03'], ['2020-W53', '2021-01-03']]);
    assert.deepEqual(found('Deployed the W46 build to 3 sites'), []);
    assert.deepEqual(found('Released 1.2. today'), []);
    assert.deepEqual(found('by 20.11.'), [['20.11.', '2026-11-20']]);
    assert.deepEqual(found('a mid-level engineer by mid November 2026'), [['mid November 2026', '2026-11-15']]);
    assert.deepEqual(found('2026-W54'), []);
    // Regression (a review of this session's changes, H1 and M7): "Wk 2" in late November is next January's, and a 53rd
    // week in a year of 52 is no date (not "W53" of this year).
    assert.deepEqual(found('by Wk 2'), [['Wk 2', '2027-01-17']]);
    assert.deepEqual(found('2025-W53'), []);
    // Regression (a review of this session's changes, L2 and L3): "W10 2019" and "Score: 3.5." are no dates.
    assert.deepEqual(found('Windows W10 2019 licences'), []);
    assert.deepEqual(found('Score: 3.5.'), []);
    assert.deepEqual(found('Due: W46 2026'), [['W46 2026', '2026-11-15']]);
  });
});
