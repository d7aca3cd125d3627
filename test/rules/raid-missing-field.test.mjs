// raid-missing-field: open RAID items have an owner, a due or review date, a response and a status.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const HEADER = '| ID | Type | Description | Owner | Due | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n';
const raid = (rows) => doc('raid-log', `# RAID log\n\n${HEADER}${rows.join('\n')}\n`);
const ROW = '| R-01 | Risk | Switch delivery slips | Sam Okafor | 2026-12-01 | Loan switches | Open |';

pmTester('raid-missing-field', {
  valid: [
    // Regression (the review of PM documents as a user, L3): "Review: monthly" was "no due or review date" while
    // "Due: monthly" and a "Monthly" cell passed; a review cadence is a review date.
    { name: 'a review cadence is a review date', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R15: Card fees rise. Owner: Ana Ruiz. Review: monthly. Status: Open. Response: Accept, report to steering.\n- R16: Card fees rise. Owner: Ana Ruiz. Review: at each CAB. Status: Open. Response: Accept.\n- R17: Card fees rise. Owner: Ana Ruiz. Review: at each steering committee meeting. Status: Open. Response: Accept.\n') },
    // (A review of that change, L3: "in every way possible" is no cadence.)
    // A date relative to the meeting is fine in minutes: only a register outlives the week.
    { name: 'a relative date outside a RAID log', text: doc('meeting-notes', '# Ops sync\n\n## Risks\n\n- R-01: Vendor late. Owner: Jo Bell. Due: next Friday. Response: chase. Status: Open\n') },
    // Not two people: two groups, and one person written surname first.
    { name: 'a pair of groups, or a surname first, is one owner', text: raid(['| R-04 | Risk | Vendor slips | Sales and Marketing | 2026-12-01 | Loan switches | Open |', '| R-05 | Risk | Vendor slips | Smith, John | 2026-12-01 | Loan switches | Open |']) },
    // Regression (the review of PM documents as a user, M1): outside a RAID log a labelled list item under a risks heading
    // was a RAID item ("This risk has no status"), while the bare one beside it was not; the rule page says ids decide.
    { name: 'a charter\'s high-level risks without ids are a list', text: doc('charter', '# Charter\n\n## High-level risks\n\n- Supplier lead times slip past Feb because of chip shortages. Owner: PM. Due: 2026-12-18\n- Users hoard data on local drives\n') },
    // Regression (the review of PM documents as a user, H1): "I-01 has no status" on "... – Closed", "... – status open", and
    // --fix appended ". Status: Open" to them (re-opening a closed item); "reinstall" and "2026-12-10" were not read either.
    // Regression (a review of this session's changes, M6): "– Closed (2026-11-01)", "– Done ✅", "– merged into I-04" and
    // "– Closed, see I-09" still got "Status: Open" from --fix.
    { name: 'a status part with a date, a bracket, an emoji or a pointer after it', text: doc('raid-log', '## Issues\n\n- I-01 \u2013 a \u2013 owner: Jo \u2013 reinstall \u2013 2026-11-01 \u2013 merged into I-04\n- I-02 \u2013 a \u2013 owner: Jo \u2013 reinstall \u2013 2026-11-01 \u2013 closed 2026-11-01\n- I-03 \u2013 a \u2013 owner: Jo \u2013 reinstall \u2013 2026-11-01 \u2013 Closed (2026-11-01)\n- I-04 \u2013 a \u2013 owner: Jo \u2013 reinstall \u2013 2026-11-01 \u2013 Closed, see I-09\n- I-05 \u2013 a \u2013 owner: Jo \u2013 reinstall \u2013 2026-11-01 \u2013 Done \u2705\n') },
    { name: 'a status, a date and a one-word response as unlabelled parts', text: doc('raid-log', '## Issues\n\n- I-01 – Printer driver broken – owner: Jo – reinstall – 2026-12-10 – Closed\n- I-02: Printer queue stuck; Owner: Jo; Action: restart spooler; Due: 2026-12-01; Resolved\n- A-01: No legal hold on old mailboxes – owner Marek – validate by 30/12/2026 – status open\n- I-07 – Teams chat history will not migrate – owner: Raj – buy a third-party tool – 2026-12-10 – open\n') },
    // Regression (a review with realistic status reports): "R12 has no status", "R12 has no response" on a top-risks line
    // that says what is being done after its owner, without a label.
    { name: 'a status report\'s top-risks list: open by definition, the response unlabelled after the owner', text: doc('status-report', '# ERP upgrade – weekly status\n\n**Overall status:** Amber – SIT slipped a week; back to Green when cycle 3 passes on 4 Dec.\n\n## Top risks and issues\n\n- R12 – Vendor master data quality (High) – owner: Ken Ito – data cleansing sprint with the AP team, due 4 Dec\n- I7 – 4 P1 defects in the posting interface – owner: Jo Alvarez – vendor fix due 2 Dec\n') },
    { name: 'a D- id in a log titled "Risks, Actions, Issues, Decisions" is a decision', text: doc('raid-log', '# RAID log (Risks, Actions, Issues, Decisions)\n\n| ID | Description | Owner | Due | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Vendor late | Sam Okafor | 2026-12-20 | Weekly call | Open |\n| D-01 | Use Azure as the primary cloud | Ingrid Solberg | 2026-10-01 | | Agreed |\n') },
    // Regression (a review of PM documents): where D is Decisions (Risks, Actions, Issues, Decisions), a decision row and
    // a Decisions table were asked for a mitigation, a due date and an owner column.
    { name: 'a Decision row needs no mitigation', text: raid([ROW, '| D-09 | Decision | Use Azure as the primary cloud | Ingrid Solberg | 2026-10-01 | | Agreed |']) },
    { name: 'a Decisions table in a RAID log is no RAID table', text: doc('raid-log', `# RAID log\n\n${HEADER}${ROW}\n\n## Decisions\n\n| ID | Decision | Decided by | Date | Status |\n| --- | --- | --- | --- | --- |\n| D-01 | Go-live moves to 18 Jan | Steering group | 2026-11-14 | Approved |\n\n- D-02: Keep the old VPN until March. Status: Agreed\n`) },
    { name: 'a complete row', text: raid([ROW]) },
    { name: 'a closed item needs nothing more', text: raid(['| I-02 | Issue | Floor plan not signed off | | | | Closed |']) },
    { name: '"n/a" is a deliberate answer', text: raid(['| D-01 | Dependency | Lease signed | Jo Bloggs | 2026-12-01 | n/a | Open |']) },
    { name: 'an assumption needs no response', text: raid(['| A-01 | Assumption | Lift engineer available | Lee Chan | 2026-12-01 | | Open |']) },
    { name: 'a table of assumptions needs no Response column', text: doc('raid-log', '## Assumptions\n\n| Ref | Assumption | Owner | Validate by | Status |\n| --- | --- | --- | --- | --- |\n| 1 | Network team has capacity | Kim Lee | 2026-11-30 | Open |\n') },
    { name: 'synonyms: Assignee, Target date, Mitigation plan, State', text: doc('raid-log', '## Risks\n\n| Ref | Risk | Assignee | Target date | Mitigation plan | State |\n| --- | --- | --- | --- | --- | --- |\n| 1 | Data window too short | Dev Patel | 1 Dec 2026 | Pre-seed disks | Open |\n') },
    { name: 'headers in any case', text: doc('raid-log', '| id | TYPE | description | OWNER | due date | MITIGATION | status |\n| --- | --- | --- | --- | --- | --- | --- |\n| R-01 | risk | Slips | Sam | 2026-12-01 | Loan | open |\n') },
    { name: 'a complete list item', text: doc('raid-log', '## Risks\n\n- R-01: Content freeze slips. Owner: Ana Ruiz. Due: 2026-12-01. Mitigation: agree cover. Status: Open\n') },
    { name: 'fields as sub-bullets', text: doc('raid-log', '## Risks\n\n- R-03: Agency capacity drops\n  - Owner: Ana Ruiz\n  - Due: 2027-01-10\n  - Mitigation: book a second agency\n  - Status: Open\n') },
    { name: 'a done task item is closed', text: doc('raid-log', '## Issues\n\n- [x] I-02: Preview login broken. Owner: Tom Price.\n') },
    { name: '"due 1 Dec" without a colon', text: doc('raid-log', '## Risks\n\n- R-01: Slips (Owner: Sam, due 1 Dec, Mitigation: loan switches, Status: Open)\n') },
    { name: 'a table that is not a RAID table', text: doc('raid-log', '| Version | Date | Author | Change |\n| --- | --- | --- | --- |\n| 0.3 | 2026-11-24 | PN | Added I2 |\n') },
    { name: 'a scoring key is not a RAID table', text: doc('raid-log', '| Score | RAG |\n| --- | --- |\n| 1-8 | Green |\n') },
    { name: 'plain list items outside RAID sections', text: doc('raid-log', '## Work\n\n- Handled upgrades\n') },
    { name: 'a decision log: D- ids are decisions, not dependencies', text: doc('decision-log', '| ID | Decision | Owner | Date | Status |\n| --- | --- | --- | --- | --- |\n| D-01 | Move go-live to 8 Dec | Jo Bloggs | 2026-11-20 | Accepted |\n') },
    { name: 'only the required fields', text: raid(['| R-01 | Risk | Slips | Sam | | | Open |']), config: { rules: { 'raid-missing-field': ['warning', { required: ['owner', 'status'] }] } } },
    { name: 'a custom owner header', text: doc('raid-log', '| ID | Risk | Accountable person | Due | Response | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Slips | Sam | 2026-12-01 | Loan | Open |\n'), config: { rules: { 'raid-missing-field': ['warning', { ownerHeaders: ['accountable person'] }] } } },
    { name: 'not on a resume', text: doc('resume', `## Experience\n\n${HEADER}| R-01 | Risk | Slips | | | | |\n`) },
    // Regression (verification): "Review:" opening a note in minutes made it a RAID item (and --fix wrote a status into it).
    { name: 'a "Review:" note with no date is no RAID field', text: doc('meeting-notes', '# Minutes\n\n## Risks and issues\n\n- Review: Sam walked through the open risks; no new ones.\n') },
    // Regression: a "Review" column or "Review:" label was no due or review date.
    { name: 'a "Review" column and a "Review:" label are the review date', text: doc('raid-log', '| ID | Risk | Owner | Mitigation | Review | Status |\n| --- | --- | --- | --- | --- | --- |\n| R1 | Slips | Sam | Loan | 2026-12-20 | Open |\n\n## Issues\n\n- I-01: Floor plan late. Owner: Sam. Review: 2026-12-15. Mitigation: escalate. Status: Open\n') },
  ],
  invalid: [
    { name: 'no cadence: "in every way possible"', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R15: Card fees rise. Owner: Ana Ruiz. Review: in every way possible. Status: Open. Response: Accept.\n'), findings: [{ span: 'R15: Card fees rise. Owner: Ana Ruiz. Review: in every way possible. Status: Open. Response: Accept.', message: /^R15 has no due or review date/ }] },
    // Regression (the review of PM documents as a user, M6): "next Friday" in a RAID log was accepted as a due date, and
    // an item due "next Friday" can never be overdue.
    { name: 'a date relative to when it was written, in a RAID log', text: raid(['| R-04 | Risk | Vendor slips | Sam Okafor | next Friday | Loan switches | Open |', '| R-05 | Risk | Vendor slips | Sam Okafor | EOW | Loan switches | Open |']), findings: [{ span: 'next Friday', message: /^R-04 has no fixed due date: "next Friday" moves with the day the log is read\. Write the date itself, e\.g\. "4 Dec"\.$/ }, { span: 'EOW', message: /^R-05 has no fixed due date: "EOW"/ }] },
    // Regression (the review of PM documents as a user, its misses): "Mark / Sam" as the owner passed; one person acts.
    { name: 'two people as the owner', text: raid(['| R-04 | Risk | Vendor slips | Mark / Sam | 2026-12-01 | Loan switches | Open |']), findings: [{ span: 'Mark / Sam', message: /^R-04 has two owners \(Mark and Sam\): name the one person accountable for it\.$/ }] },
    // Regression (the review of PM documents as a user, M5): "owner ???" left the item unlabelled, so its date, response
    // and status were missed too: "I7 has no owner, no due or review date and no response or mitigation".
    // Regression (a review of this session's changes, M4): "none" is no response.
    { name: 'a one-word response that says nothing', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R-01 \u2013 Vendor late \u2013 owner: Jo \u2013 due: 2026-12-01 \u2013 none \u2013 Open\n'), findings: [{ span: 'R-01 \u2013 Vendor late \u2013 owner: Jo \u2013 due: 2026-12-01 \u2013 none \u2013 Open', message: /^R-01 has no response or mitigation/ }] },
    { name: 'an owner label with no one after it', text: doc('raid-log', '# RAID\n\n## Issues\n\n- I7: Teams chat history will not migrate \u2013 owner TBD \u2013 buy a third-party tool \u2013 2026-12-10 \u2013 open\n'), findings: [{ span: 'TBD', message: /^I7 has no owner \("TBD" is no one\): name the one person who will act on it\.$/ }] },
    // Regression (a review with realistic RAID logs): an owner written without a colon was read as the response, so the
    // item had "no owner" and its missing response went unsaid; "Owner - Helen Carter" left the name as the response.
    ...['owner Helen Carter', 'Owner - Helen Carter', 'owned by Helen Carter', 'assigned to Helen Carter'].map((owner, i) => {
      const line = `- D${i + 1}: Finance approve the PO (needed by 1 Dec) \u2013 ${owner} \u2013 status: open`;
      return { name: `an owner without a colon: ${owner}`, text: doc('raid-log', `# RAID\n\n## Dependencies\n\n${line}\n`), findings: [{ span: line.slice(2), message: new RegExp(`^D${i + 1} has no response or mitigation`) }] };
    }),
    // Regression (a third review): a rating or a status after the owner was taken for the response.
    { name: 'a rating or a status after the owner is no response', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R-02 – Vendor may slip – Owner: Sam – Due: 2026-12-04 – Very High – Status: Open\n- R-03 – Data late – Owner: Kim – Due: 2026-12-05 – In progress – Status: Open\n'), findings: [{ span: 'R-02 – Vendor may slip – Owner: Sam – Due: 2026-12-04 – Very High – Status: Open', message: /^R-02 has no response or mitigation/ }, { span: 'R-03 – Data late – Owner: Kim – Due: 2026-12-05 – In progress – Status: Open', message: /^R-03 has no response or mitigation/ }] },
    // The part after the owner is the response only when it says something: a date or a rating alone is not one.
    { name: 'a one-line item whose parts after the owner are a date and a rating', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R12 – Vendor data quality – owner: Ken Ito – due 4 Dec – (High) – status: open\n'), findings: [{ span: 'R12 – Vendor data quality – owner: Ken Ito – due 4 Dec – (High) – status: open', message: /^R12 has no response or mitigation/ }] },
    { name: 'a D- id where D stands for Dependencies is a dependency', text: doc('raid-log', '# RAID log\n\n| ID | Description | Owner | Due | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- |\n| D-01 | Power to the comms room | Ingrid Solberg | 2026-12-10 | | Open |\n'), findings: [{ span: ' ', message: /^D-01 has no response or mitigation/ }] },
    { name: 'an empty Owner cell', text: raid(['| I-02 | Issue | Floor plan not signed off | | 2026-12-01 | Escalate | Open |']), findings: [{ span: ' ', message: /^I-02 has no owner: name the one person who will act on it\.$/ }], output: null },
    { name: 'a dash is empty', text: raid(['| R-01 | Risk | Slips | - | 2026-12-01 | Loan | Open |']), findings: [{ span: '-', message: /^R-01 has no owner/ }] },
    // Regression (a review of RAID logs): an owner "TBD" counted as one, while a due "TBD" was no date.
    { name: 'an owner "TBD" or "TBC" names no one', text: raid(['| R-01 | Risk | Slips | TBD | 2026-12-01 | Loan | Open |', '| R-02 | Risk | Slips | TBC | 2026-12-01 | Loan | Open |']), findings: [{ span: 'TBD', message: /^R-01 has no owner \("TBD" is no one\): name the one person/ }, { span: 'TBC', message: /^R-02 has no owner \("TBC" is no one\)/ }] },
    { name: '"none" and "unassigned" are empty', text: raid(['| R-01 | Risk | Slips | Unassigned | 2026-12-01 | None | Open |']), findings: [{ span: 'Unassigned', message: /no owner/ }, { span: 'None', message: /no response or mitigation/ }] },
    { name: 'an empty Status is filled with "Open"', text: raid(['| R-03 | Risk | Contractor unavailable | Sam | 2026-12-05 | Standby contractor | |']), findings: [{ span: ' ', message: /^R-03 has no status/ }], output: raid(['| R-03 | Risk | Contractor unavailable | Sam | 2026-12-05 | Standby contractor | Open |']) },
    { name: 'an empty Status without spaces', text: raid(['| R-03 | Risk | Contractor unavailable | Sam | 2026-12-05 | Standby ||']), findings: [{ span: '||', message: /no status/ }], output: raid(['| R-03 | Risk | Contractor unavailable | Sam | 2026-12-05 | Standby | Open |']) },
    { name: 'each empty cell is its own finding', text: raid(['| D-02 | Dependency | Security sign-off | | | | Open |']), findings: [{ span: ' ', message: /no owner/ }, { span: ' ', message: /no due or review date/ }, { span: ' ', message: /no response or mitigation/ }] },
    // Regression (a review with realistic RAID logs): the message said assumptions need a response column, which they do not.
    { name: 'a missing response column is asked of risks, issues and dependencies, not assumptions', text: doc('raid-log', '## Dependencies\n\n| ID | Description | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n| D-01 | Firewall change from the network team | Sam | 2026-12-01 | Open |\n'), findings: [{ span: '| ID | Description | Owner | Due | Status |', message: /^This RAID table has no response or mitigation column\. Every open risk, issue and dependency needs one\.$/ }] },
    { name: 'a missing column: one finding on the header', text: doc('raid-log', '| ID | Type | Description | Owner | Due | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Risk | Slips | Sam | 2026-12-01 | Open |\n'), findings: [{ span: '| ID | Type | Description | Owner | Due | Status |', message: /^This RAID table has no response or mitigation column\./ }] },
    { name: 'a numeric id names its type', text: doc('raid-log', '## Issues\n\n| Ref | Issue | Owner | Action | Target date | State |\n| --- | --- | --- | --- | --- | --- |\n| 1 | Firewall change rejected | | Resubmit | 2026-12-01 | Open |\n'), findings: [{ span: ' ', message: /^Issue 1 has no owner/ }] },
    { name: 'a RAID table inside a project log', text: doc('project-log', `## 2026-11-02 Office move\n\n### RAID\n\n${HEADER}| I-02 | Issue | Floor plan | | 2026-12-01 | Escalate | Open |\n`), findings: [{ span: ' ', message: /I-02 has no owner/ }] },
    // Regression (a review of RAID logs): the added status ignored the item's own separators and label style.
    // Regression (the review of PM documents as a user, L7): ". Status: Open" after items set apart by dashes or semicolons.
    { name: 'the status is added in the item\'s style: dashes, or semicolons', text: doc('raid-log', '## Issues\n\n- I-07 \u2013 Chat history \u2013 owner: Raj \u2013 buy a tool, due 2026-12-20\n- I-08: Queue stuck; Owner: Jo; Due: 2026-12-20; Action: restart\n'), findings: [{ span: 'I-07 \u2013 Chat history \u2013 owner: Raj \u2013 buy a tool, due 2026-12-20', message: /^I-07 has no status/ }, { span: 'I-08: Queue stuck; Owner: Jo; Due: 2026-12-20; Action: restart', message: /^I-08 has no status/ }], output: doc('raid-log', '## Issues\n\n- I-07 \u2013 Chat history \u2013 owner: Raj \u2013 buy a tool, due 2026-12-20 \u2013 Status: Open\n- I-08: Queue stuck; Owner: Jo; Due: 2026-12-20; Action: restart; Status: Open\n') },
    { name: 'the status is added in the item\'s style: pipes, or italic labels', text: doc('raid-log', '## Issues\n\n- I-04: Trays missing. Owner: Tom | Due: 2026-12-10 | Response: order trays\n- I-05: Leads short. _Owner:_ Tom. _Due:_ 2026-12-10. _Response:_ order 20 leads.\n'), findings: [{ span: 'I-04: Trays missing. Owner: Tom | Due: 2026-12-10 | Response: order trays', message: /^I-04 has no status/ }, { span: 'I-05: Leads short. _Owner:_ Tom. _Due:_ 2026-12-10. _Response:_ order 20 leads.', message: /^I-05 has no status/ }], output: doc('raid-log', '## Issues\n\n- I-04: Trays missing. Owner: Tom | Due: 2026-12-10 | Response: order trays | Status: Open\n- I-05: Leads short. _Owner:_ Tom. _Due:_ 2026-12-10. _Response:_ order 20 leads. _Status:_ Open.\n') },
    { name: 'a list item: missing fields in one finding, status in another with a fix', text: doc('raid-log', '## Risks\n\n- R-02: Licence renewal late. Due: 2026-12-20.\n'), findings: [{ span: 'R-02: Licence renewal late. Due: 2026-12-20.', message: /^R-02 has no owner and no response or mitigation: name the one person who will act on it; say what is being done about it\.$/ }, { span: 'R-02: Licence renewal late. Due: 2026-12-20.', message: /^R-02 has no status/ }], output: doc('raid-log', '## Risks\n\n- R-02: Licence renewal late. Due: 2026-12-20. Status: Open.\n') },
    // Regression: "ASAP", "Soon" and "Ongoing" passed for due dates.
    { name: 'a due value that names no date', text: raid(['| R-01 | Risk | Slips | Sam | ASAP | Loan | Open |', '| R-02 | Risk | Slips | Sam | Ongoing | Loan | Open |']), findings: [{ span: 'ASAP', message: /^R-01 has no due or review date \("ASAP" is no date\): / }, { span: 'Ongoing', message: /^R-02 has no due or review date \("Ongoing" is no date\)/ }], output: null },
    // Changed on purpose (a review with realistic RAID logs): a vague value in a list item is said on the value, with the
    // words a table's cell gets, so that placeholder-left's finding on "TBD" gives way as it does in a table.
    { name: 'a list item due "soon"', text: doc('raid-log', '## Risks\n\n- R-03: Late parts. Owner: Ana. Due: soon. Mitigation: reorder. Status: Open\n'), findings: [{ span: 'soon', message: /^R-03 has no due or review date \("soon" is no date\): / }], output: null },
    // Regression (a review with realistic RAID logs): "Owner: TBD" in a sub-bullet was reported twice, here and by placeholder-left.
    { name: 'a TBD owner in a sub-bullet is reported once', text: doc('raid-log', '# RAID\n\n## Risks\n\n- R3: Vendor exits the market\n  - Owner: TBD\n  - Due: 20 Dec 2026\n  - Mitigation: second supplier\n  - Status: Open\n'), findings: [{ span: 'TBD', message: /^R3 has no owner \("TBD" is no one\): / }], output: null },
    // Regression: the status went inside the closing markup ("`terraform apply. Status: Open`").
    { name: 'a list item ending in code, a link or bold: the status goes after the markup', text: doc('raid-log', '## Risks\n\n- R-13: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: run `terraform apply`\n- R-14: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: see [the plan](https://x.y/plan_(v2))\n- R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote **now.**\n'), findings: [{ span: 'R-13: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: run `terraform apply`', message: /no status/ }, { span: 'R-14: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: see [the plan](https://x.y/plan_(v2))', message: /no status/ }, { span: 'R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote **now.**', message: /no status/ }], output: doc('raid-log', '## Risks\n\n- R-13: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: run `terraform apply`. Status: Open\n- R-14: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: see [the plan](https://x.y/plan_(v2)). Status: Open\n- R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote **now.** Status: Open.\n') },
    { name: 'a list item ending in a comment: the status goes before it', text: doc('raid-log', '## Risks\n\n- R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote now <!-- ask Mo -->\n'), findings: [{ span: 'R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote now ', message: /no status/ }], output: doc('raid-log', '## Risks\n\n- R-15: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: quote now. Status: Open <!-- ask Mo -->\n') },
    { name: 'a list item without a full stop', text: doc('raid-log', '## Risks\n\n- R-02: Late. Owner: Sam. Due: 2026-12-20. Mitigation: interim order\n'), findings: [{ span: 'R-02: Late. Owner: Sam. Due: 2026-12-20. Mitigation: interim order', message: /no status/ }], output: doc('raid-log', '## Risks\n\n- R-02: Late. Owner: Sam. Due: 2026-12-20. Mitigation: interim order. Status: Open\n') },
    { name: 'field sub-bullets: the status is added as a sub-bullet, and the finding covers them', text: doc('raid-log', '## Risks\n\n- R-03: Agency capacity drops\n  - **Owner:** Ana Ruiz\n  - **Due:** 2027-01-10\n  - **Mitigation:** second agency\n'), findings: [{ span: 'R-03: Agency capacity drops\n  - **Owner:** Ana Ruiz\n  - **Due:** 2027-01-10\n  - **Mitigation:** second agency', message: /no status/ }], output: doc('raid-log', '## Risks\n\n- R-03: Agency capacity drops\n  - **Owner:** Ana Ruiz\n  - **Due:** 2027-01-10\n  - **Mitigation:** second agency\n  - **Status:** Open\n') },
    { name: 'an empty "Status:" label is filled', text: doc('raid-log', '## Risks\n\n- R-01: Slips. Owner: Sam. Due: 2026-12-01. Mitigation: loan. Status:\n'), findings: [{ span: 'Status:', message: /no status/ }], output: doc('raid-log', '## Risks\n\n- R-01: Slips. Owner: Sam. Due: 2026-12-01. Mitigation: loan. Status: Open\n') },
    // Changed on purpose (a review with realistic status reports): this was a status report's "Top risks" list, whose
    // items now need no status (the list is of open items). R- ids are still RAID items in the other PM documents.
    { name: 'R- ids are RAID items in any PM document', text: doc('meeting-notes', '## Top risks\n\n- R-04 Payroll cut-off clashes with go-live. Owner: Finance lead. Due: 2026-12-05. Mitigation: move go-live.\n'), findings: [{ span: 'R-04 Payroll cut-off clashes with go-live. Owner: Finance lead. Due: 2026-12-05. Mitigation: move go-live.', message: /no status/ }], output: doc('meeting-notes', '## Top risks\n\n- R-04 Payroll cut-off clashes with go-live. Owner: Finance lead. Due: 2026-12-05. Mitigation: move go-live. Status: Open.\n') },
    { name: 'a short row lacks the cell', text: raid(['| R-01 | Risk | Slips | Sam | 2026-12-01 | Loan |']), findings: [{ span: '|', message: /no status/ }], output: null },
    { name: 'an assumption: the date, not a response', text: raid(['| A-03 | Assumption | Lift engineer | Facilities | | | Open |']), findings: [{ span: ' ', message: /^A-03 has no due or review date/ }] },
  ],
});

describe('raid-missing-field in context', () => {
  it('fixes every empty Status in one pass and converges', () => {
    const text = raid(['| R-01 | Risk | A | Sam | 2026-12-01 | B | |', '| R-02 | Risk | C | Sam | 2026-12-01 | D | |']);
    const once = engine.fixText(text, { today: TODAY });
    assert.equal(once.text, raid(['| R-01 | Risk | A | Sam | 2026-12-01 | B | Open |', '| R-02 | Risk | C | Sam | 2026-12-01 | D | Open |']));
    assert.equal(engine.fixText(once.text, { today: TODAY }).fixed, 0);
  });

  it('keeps CRLF line endings when adding a status sub-bullet', () => {
    const text = doc('raid-log', '## Risks\n\n- R-03: Drops\n  - Owner: Ana\n  - Due: 2027-01-10\n  - Mitigation: agency\n').replace(/\n/g, '\r\n');
    const fixed = engine.fixText(text, { today: TODAY }).text;
    assert.ok(fixed.includes('  - Mitigation: agency\r\n  - Status: Open\r\n'), JSON.stringify(fixed));
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was added');
  });

  it('is a warning, and silent on the same table in a resume', () => {
    const text = raid(['| I-02 | Issue | X | | 2026-12-01 | Y | Open |']);
    const [finding] = only(lintText(text, { today: TODAY }).findings, 'raid-missing-field');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(only(lintText(text, { today: TODAY, kind: 'resume' }).findings, 'raid-missing-field'), []);
  });
});
