// undefined-acronym: in status reports and minutes, acronyms are spelled out at their first use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const report = (body) => doc('status-report', `# Status report\n\n${body}\n`);
const NEVER = (token, expansion) => new RegExp(`^"${token}" is never spelled out\\. Not every stakeholder knows it: ${expansion ? `write "${expansion} \\(${token}\\)" the first time` : 'write it in full with the acronym in brackets the first time'}\\.$`);

pmTester('undefined-acronym', {
  valid: [
    // Regression (a review of pasted minutes, L1): the CAB's own minutes were told to spell out CAB; BT is a company.
    { name: 'an acronym the title names, and a company', text: doc('meeting-notes', '# CAB meeting minutes\n\nAttendees: Jo Bell, Sam Reed\n\n- The CAB approved 3 changes.\n- Confirm the WAN (wide area network) circuit date with BT.\n') },
    { name: 'the full name in lower case before, three letters or more', text: report('Our service level agreement review is due; the SLA has 3 tiers.') },
    // Regression (a review of PM documents): a name spelled out before without brackets, JIRA, and a time pattern.
    { name: 'the full name written before, without brackets', text: report('The Change Advisory Board approved it; the CAB meets weekly.') },
    { name: 'JIRA is a product name', text: report('See the JIRA board.') },
    // Regression (a review with realistic minutes): a mail's RE:/FW: mark, a vendor's name, and an acronym inside another's spelling out.
    { name: 'RE: and FW: in a pasted mail header', text: report('Subject: RE: FW: Notes - Intune migration weekly sync') },
    { name: 'SAP and IBM are company names', text: report('The SAP kernel patch and the IBM licence review are deferred.') },
    { name: 'an acronym inside another acronym\'s spelling out', text: report('Decommission the old WLC (wireless LAN controller) by 12 Dec.') },
    { name: '"HH:MM" is a time pattern, not two acronyms', text: report('Meeting at HH:MM to be confirmed.') },
    { name: 'spelled out before the acronym', text: report('User acceptance testing (UAT) starts Monday. UAT needs 12 testers.') },
    // Regression (a review of minutes): owners' initials were acronyms to spell out.
    { name: 'initials in an Owner column, and of people the document names', text: doc('meeting-notes', '# Steerco\n\nPresent: Mark Jensen, Lena Fischer\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Re-plan cycle 3 | LF | 2026-12-01 |\n| Book the room | RP | 2026-12-01 |\n\nMJ to chase the vendor.\n') },
    // Regression: units after a number were reported as acronyms.
    { name: 'units of measure after a number', text: report('We freed 4 TB and moved 200GB over a 10 Gbps link.') },
    // Regression: "GREEN" was reported as an acronym never spelled out.
    { name: 'RAG ratings and statuses in capitals', text: doc('status-report', '# Status\n\n**Overall status:** GREEN\n\n| Workstream | RAG | Status |\n| --- | --- | --- |\n| Network | AMBER | BLOCKED |\n| Desktop | RED | DONE |\n') },
    { name: 'spelled out after the acronym', text: report('UAT (user acceptance testing) starts Monday.') },
    { name: 'plural', text: report('Service level agreements (SLAs) were met. Two SLAs are under review.') },
    { name: 'a glossary section anywhere', text: report('The CAB meets Thursday.\n\n## Glossary\n\n- CAB: Change Advisory Board') },
    { name: 'a glossary table', text: report('The CAB meets Thursday.\n\n## Acronyms\n\n| Term | Meaning |\n| --- | --- |\n| CAB | Change Advisory Board |') },
    { name: 'well-known acronyms', text: report('The CEO asked HR for the KPI and ROI figures by EOD; RAG is Amber. ASAP, FYI, UK, IT.') },
    { name: 'a heading may use it before the body spells it out', text: report('## UAT\n\nUser acceptance testing (UAT) starts Monday.') },
    { name: 'codes with digits are not acronyms', text: report('P1 incidents fell; Q3 and FY26 are on plan; moved to EC2.') },
    { name: 'roman numerals', text: report('Phase II and part IV are done.') },
    // Regression (the review of PM documents as a user, L6): agencies, cloud vendors and regions readers know.
    { name: 'HMRC, AWS, EMEA and APAC are names readers know', text: report('The SME from HMRC joined; the AWS bill for EMEA and APAC is down.').replace('SME', 'expert') },
    { name: 'inside code', text: report('Set `AWS_REGION` and run `make SSO`.') },
    { name: 'shouting is not a set of acronyms', text: report('DO NOT SEND THIS REPORT OUTSIDE THE TEAM.') },
    // Regression (a docs check): a shouted line in the same paragraph as a spelled-out acronym was read word by word.
    { name: 'shouted words of six letters or more', text: report('Lee said the PAYROLL SYSTEM CRASHED again on Friday night.') },
    { name: 'shouting next to an acronym in one paragraph', text: report('UAT (user acceptance testing) starts Monday.\nPLEASE READ THIS BEFORE THE MEETING.') },
    { name: 'the known list can be extended', text: report('The PMO approved it.'), config: { rules: { 'undefined-acronym': ['info', { known: ['PMO'] }] } } },
    { name: 'not checked in a RAID log', text: doc('raid-log', '# RAID\n\nThe CAB meets Thursday.\n') },
  ],
  invalid: [
    // Regression (a review with realistic minutes): common IT acronyms without an expansion got "full name (KB)".
    { name: 'KB and VLAN are offered their expansions', text: report('Publish the KB article. Move the printers to their own VLAN.'), findings: [{ span: 'KB', message: NEVER('KB', 'knowledge base') }, { span: 'VLAN', message: NEVER('VLAN', 'virtual LAN') }] },
    // Regression (a review with realistic minutes): a front matter title, never shown to readers, counted as spelling out.
    { name: 'a spelling out in front matter does not count', text: '---\nimpact-lint: status-report\ntitle: CAB - weekly change advisory board\n---\n\n# Status report\n\nThe CAB approved 3 changes.\n', findings: [{ span: 'CAB', message: NEVER('CAB', 'Change Advisory Board') }] },
    // Regression (a review of that change): brackets after an acronym that do not spell it out are checked as before.
    { name: 'acronyms in brackets that are no spelling out', text: report('Rolled out MFA (Okta, SSO and PAM) to 2,400 staff.'), findings: [{ span: 'MFA', message: NEVER('MFA', 'multi-factor authentication') }, { span: 'SSO', message: NEVER('SSO', 'single sign-on') }, { span: 'PAM', message: NEVER('PAM') }] },
    // The same acronym used on its own later is still a first use.
    { name: 'LAN on its own after a spelling out it was part of', text: report('Decommission the old WLC (wireless LAN controller) by 12 Dec. The LAN switch is down.'), findings: [{ span: 'LAN', message: NEVER('LAN', 'local area network') }] },
    { name: 'two letters need their capitals: "data centre" is no spelling of DC', text: report('The data centre lease ends; the DC contract has notice.'), findings: [{ span: 'DC', message: NEVER('DC') }] },
    { name: 'spelled out later in the same line', text: report('Next: DR test. Disaster recovery (DR) is scheduled.'), findings: [{ span: 'DR', message: /^"DR" is used here but spelled out only later, further on in this line\./ }] },
    { name: 'one long acronym in a run does not make it shouting', text: report('We still run COBOL FORTRAN JCL batch jobs.'), findings: [{ span: 'COBOL', message: /^"COBOL"/ }, { span: 'FORTRAN', message: /^"FORTRAN"/ }, { span: 'JCL', message: /^"JCL"/ }] },
    // Regression (verification of the shouting fix): a run of real acronyms is no shouting.
    { name: 'acronyms in a row', text: report('We will retire SCCM WSUS MDT and move patching to Intune by Q3.'), findings: [{ span: 'SCCM', message: /^"SCCM"/ }, { span: 'WSUS', message: /^"WSUS"/ }, { span: 'MDT', message: /^"MDT"/ }] },
    // Regression (verification): any Title-Case phrase hid the acronym it spells ("Site Reliability Engineering" hid SRE).
    { name: 'a Title-Case phrase outside an attendee line is no one\'s name', text: doc('meeting-notes', '# Steerco\n\nPresent: Mark Jensen\n\nThe SRE team joins in May.\n\n## Notes\n\nSite Reliability Engineering owns the pager.\n'), findings: [{ span: 'SRE', message: NEVER('SRE') }] },
    { name: 'short capitals that are no one\'s initials are still acronyms', text: doc('meeting-notes', '# Steerco\n\nPresent: Mark Jensen\n\nThe QX cut-over moves.\n'), findings: [{ span: 'QX', message: NEVER('QX') }] },
    // Regression: "database (DBs)" for a plural, and the line of the paragraph instead of the spelling-out.
    { name: 'a plural: the expansion is plural too', text: report('We moved 3 DBs to the new cluster.'), findings: [{ span: 'DBs', message: /^"DBs" is never spelled out\. .*write "databases \(DBs\)" the first time\.$/ }] },
    { name: 'spelled out later on another line of the same paragraph: that line', text: report('The CAB meets Tuesday.\nThe Change Advisory Board (CAB) must approve.'), findings: [{ span: 'CAB', message: /spelled out only later, on line 8\./ }] },
    // Changed on purpose (the review of PM documents as a user, L5): at the start of a sentence the spelled-out name takes
    // the capital ("user acceptance testing (UAT) starts Monday" was offered).
    { name: 'never spelled out, with a known expansion', text: report('UAT starts Monday.'), findings: [{ span: 'UAT', message: NEVER('UAT', 'User acceptance testing') }], output: null, suggestions: ['${1:User acceptance testing} (UAT)'] },
    { name: 'never spelled out, inside a sentence', text: report('We start UAT on Monday.'), findings: [{ span: 'UAT', message: NEVER('UAT', 'user acceptance testing') }], output: null, suggestions: ['${1:user acceptance testing} (UAT)'] },
    // Regression (a review of this session's changes, M8): an abbreviation's full stop ends no sentence.
    { name: 'never spelled out, after "e.g."', text: report('Some checks, e.g. UAT needs a week.'), findings: [{ span: 'UAT', message: NEVER('UAT', 'user acceptance testing') }], output: null, suggestions: ['${1:user acceptance testing} (UAT)'] },
    { name: 'never spelled out, after a full stop', text: report('Build 4 is ready. UAT starts Monday.'), findings: [{ span: 'UAT', message: NEVER('UAT', 'User acceptance testing') }], output: null, suggestions: ['${1:User acceptance testing} (UAT)'] },
    { name: 'never spelled out, unknown expansion', text: report('The RCA is due Friday.'), findings: [{ span: 'RCA', message: NEVER('RCA') }], suggestions: ['${1:full name} (RCA)'] },
    // Regression (a review of pasted minutes, L5): "against an service level agreement (SLA)", and "full name (ECAB)" opening an item.
    { name: 'the article goes with the spelling out', text: report('We missed an SLA of 4 h.'), findings: [{ span: 'SLA', message: NEVER('SLA', 'service level agreement') }], output: null, suggestions: ['a ${1:service level agreement} (SLA)'] },
    { name: 'an unknown acronym opening a sentence', text: report('RCA is due Friday.'), findings: [{ span: 'RCA', message: NEVER('RCA') }], suggestions: ['${1:Full name} (RCA)'] },
    { name: 'SAN, PIR and ECAB have their expansions', text: report('We raised a PIR; the SAN failed and the ECAB met.'), findings: [{ span: 'PIR', message: NEVER('PIR', 'post-implementation review') }, { span: 'SAN', message: NEVER('SAN', 'storage area network') }, { span: 'ECAB', message: NEVER('ECAB', 'emergency change advisory board') }], output: null },
    { name: 'only the first use is reported', text: report('UAT starts Monday. UAT ends Friday.\n\nMore UAT next week.'), findings: [{ span: 'UAT' }] },
    { name: 'spelled out later', text: report('The CAB deferred the change.\n\nThe Change Advisory Board (CAB) meets again on 2 Dec.'), findings: [{ span: 'CAB', message: /^"CAB" is used here but spelled out only later, on line 9\. Spell it out at its first use\.$/ }] },
    { name: 'each acronym once', text: report('SIT is done; DR test booked; SIT report sent.'), findings: [{ span: 'SIT' }, { span: 'DR' }] },
    { name: 'in minutes', text: doc('meeting-notes', '# Minutes\n\n- SLA breaches in October\n'), findings: [{ span: 'SLA', message: NEVER('SLA', 'Service level agreement') }] },
    { name: 'in a table cell', text: report('| Risk | Owner |\n| --- | --- |\n| MFA rollout slips | Kim |'), findings: [{ span: 'MFA' }] },
    { name: 'a parenthesis that is not an expansion', text: report('The SLA (99.9%) was met.'), findings: [{ span: 'SLA' }] },
  ],
});

describe('undefined-acronym in context', () => {
  it('is info by default', () => {
    const [finding] = only(lintText(report('UAT starts.'), { today: TODAY }).findings, 'undefined-acronym');
    assert.equal(finding.severity, 'info');
  });
});
