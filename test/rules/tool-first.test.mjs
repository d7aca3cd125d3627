// tool-first: bullets that lead with tools or are mostly tool lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

// A bullet that opens with tools opens with no action verb either: with weak-opening on, tool-first gives way to it
// (one finding, the same advice; see "gives way to weak-opening" below). Its own cases run with weak-opening off.
const ALONE = { settings: engine.resolveSettings({ rules: { 'weak-opening': 'off' } }) };

ruleTester('tool-first', {
  valid: [
    'Provisioned 200 VMs in a day with Terraform and Ansible',
    'Cut ticket handoffs by 30% by linking Jira and ServiceNow',
    { name: 'an everyday word that is also a tool name', text: 'Teams of 4 engineers rotated through on-call every week' },
    { name: 'a tool name alone that is an everyday word', text: 'Excel models replaced 3 manual reports' },
    { name: 'lower-case word that names a tool elsewhere', text: 'Ran teams of 4 through 3 releases' },
    { name: 'two tools in a long bullet', text: 'Migrated 1,200 mailboxes to Exchange Online in 10 weeks, coordinating 3 teams with Jira and weekly status reports' },
  ],
  invalid: [
    { text: 'Terraform and Ansible for provisioning 200 VMs', message: /^Leads with tools \("Terraform and Ansible"\): lead with what changed, then say how, e\.g\. "Provisioned 200 VMs with Terraform and Ansible"\.$/, span: 'Terraform and Ansible', output: null, suggestions: ['Provisioned 200 VMs with Terraform and Ansible'], options: ALONE },
    { text: 'Jira, Confluence and ServiceNow for the 12-person service desk', span: 'Jira, Confluence and ServiceNow', output: null, options: ALONE },
    // Regression (a review of varied resumes): "Aruba ClearPass" was cut to "Aruba".
    { name: 'a product word after a known name', text: 'Cisco ISE and Aruba ClearPass for NAC across 3 campuses', span: 'Cisco ISE and Aruba ClearPass', message: /^Leads with tools \("Cisco ISE and Aruba ClearPass"\)/, output: null, options: ALONE },
    // Regression (verification): a count after a tool is no version.
    { name: 'a count after a tool name', text: 'ServiceNow 200 tickets triaged weekly for 3 teams', span: 'ServiceNow', message: /^Leads with a tool \("ServiceNow"\)/, output: null, options: ALONE },
    { text: 'Python scripts that saved the team 10 hours a week', message: /^Leads with a tool \("Python"\)/, suggestions: ['Saved the team 10 hours a week with Python scripts'], options: ALONE },
    { name: 'everyday words as a list of tools', text: 'Teams, Slack and Zoom for 400 remote staff', span: 'Teams, Slack and Zoom', options: ALONE },
    { name: 'mostly a tool list', text: 'Worked with Jira, Confluence, ServiceNow, Slack and Teams', message: /mostly a list of tools \(5 of them\)/, span: 'Jira, Confluence, ServiceNow, Slack and Teams' },
  ],
});

describe('tool-first in context', () => {
  it('a tool added through the lexicon setting counts', () => {
    const settings = engine.resolveSettings({ lexicon: { technologies: { add: ['Backstage'] } }, rules: { 'weak-opening': 'off' } });
    assert.equal(only(resume(['Backstage for 40 service owners'], { settings }), 'tool-first').length, 1);
    assert.equal(only(resume(['Backstage for 40 service owners'], ALONE), 'tool-first').length, 0);
  });

  it('the rewrite suggestion replaces the whole bullet text', () => {
    const text = resumeText(['Terraform and Ansible for provisioning 200 VMs.']);
    const [finding] = only(lintText(text, ALONE).findings, 'tool-first');
    const [a, b] = finding.suggestions[0].edit.range;
    assert.equal(text.slice(a, b), 'Terraform and Ansible for provisioning 200 VMs');
    assert.equal(sourceOf(text, finding), 'Terraform and Ansible');
    assert.equal(finding.severity, 'info');
  });
});

describe('tool-first gives way to weak-opening', () => {
  const bullet = 'Terraform and Ansible for provisioning 200 VMs';

  it('one finding, not two alike: weak-opening, with the same rewrite', () => {
    const findings = resume([bullet]);
    assert.deepEqual(only(findings, 'tool-first'), []);
    const [weak] = only(findings, 'weak-opening');
    assert.match(weak.message, /"Provisioned 200 VMs with Terraform and Ansible"/);
    assert.deepEqual(weak.suggestions.map((s) => s.edit.text), ['Provisioned 200 VMs with Terraform and Ansible']);
  });

  it('weak-opening disabled for the line, or off: tool-first reports it', () => {
    const text = resumeText([bullet]).replace(`- ${bullet}`, `<!-- impact-lint-disable-next-line weak-opening -->\n- ${bullet}`);
    const findings = lintText(text).findings;
    assert.deepEqual(only(findings, 'weak-opening'), []);
    assert.equal(only(findings, 'tool-first').length, 1);
    assert.equal(only(resume([bullet], ALONE), 'tool-first').length, 1);
  });

  it('a bullet that is mostly tools after a verb keeps its own finding', () => {
    const findings = resume(['Worked with Jira, Confluence, ServiceNow, Slack and Teams']);
    assert.equal(only(findings, 'tool-first').length, 1);
    assert.equal(only(findings, 'weak-opening').length, 1);
  });

  it('so does a memo that replays both (the language server while typing)', () => {
    const memo = new engine.LintMemo();
    const text = resumeText([bullet, 'Handled tickets']);
    lintText(text, { memo });
    // A line above moves the bullets: the memo gives their reports again, shifted.
    const again = lintText(text.replace('## Experience\n', '## Experience\n\nAt Acme since 2020.\n'), { memo }).findings;
    assert.deepEqual(only(again, 'tool-first'), []);
    assert.equal(only(again, 'weak-opening').length, 2);
  });
});
