// tool-first: bullets that lead with tools or are mostly tool lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

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
    { text: 'Terraform and Ansible for provisioning 200 VMs', message: /^Leads with tools \("Terraform and Ansible"\): lead with what changed, then say how, e\.g\. "Provisioned 200 VMs with Terraform and Ansible"\.$/, span: 'Terraform and Ansible', output: null, suggestions: ['Provisioned 200 VMs with Terraform and Ansible'] },
    { text: 'Jira, Confluence and ServiceNow for the 12-person service desk', span: 'Jira, Confluence and ServiceNow', output: null },
    // Regression (a review of varied resumes): "Aruba ClearPass" was cut to "Aruba".
    { name: 'a product word after a known name', text: 'Cisco ISE and Aruba ClearPass for NAC across 3 campuses', span: 'Cisco ISE and Aruba ClearPass', message: /^Leads with tools \("Cisco ISE and Aruba ClearPass"\)/, output: null },
    // Regression (verification): a count after a tool is no version.
    { name: 'a count after a tool name', text: 'ServiceNow 200 tickets triaged weekly for 3 teams', span: 'ServiceNow', message: /^Leads with a tool \("ServiceNow"\)/, output: null },
    { text: 'Python scripts that saved the team 10 hours a week', message: /^Leads with a tool \("Python"\)/, suggestions: ['Saved the team 10 hours a week with Python scripts'] },
    { name: 'everyday words as a list of tools', text: 'Teams, Slack and Zoom for 400 remote staff', span: 'Teams, Slack and Zoom' },
    { name: 'mostly a tool list', text: 'Worked with Jira, Confluence, ServiceNow, Slack and Teams', message: /mostly a list of tools \(5 of them\)/, span: 'Jira, Confluence, ServiceNow, Slack and Teams' },
  ],
});

describe('tool-first in context', () => {
  it('a tool added through the lexicon setting counts', () => {
    const settings = engine.resolveSettings({ lexicon: { technologies: { add: ['Backstage'] } } });
    assert.equal(only(resume(['Backstage for 40 service owners'], { settings }), 'tool-first').length, 1);
    assert.equal(only(resume(['Backstage for 40 service owners']), 'tool-first').length, 0);
  });

  it('the rewrite suggestion replaces the whole bullet text', () => {
    const text = resumeText(['Terraform and Ansible for provisioning 200 VMs.']);
    const [finding] = only(lintText(text).findings, 'tool-first');
    const [a, b] = finding.suggestions[0].edit.range;
    assert.equal(text.slice(a, b), 'Terraform and Ansible for provisioning 200 VMs');
    assert.equal(sourceOf(text, finding), 'Terraform and Ansible');
    assert.equal(finding.severity, 'info');
  });
});
