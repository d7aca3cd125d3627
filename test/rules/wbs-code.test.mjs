// wbs-code: every element of a WBS has its own code, and every code has its parent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const HEADER = '| Code | Name | Deliverable | Owner |\n| --- | --- | --- | --- |\n';
const table = (...rows) => doc('wbs', `# WBS\n\n${HEADER}${rows.map(([code, name]) => `| ${code} | ${name} | x | Tom Reyes |\n`).join('')}`);

pmTester('wbs-code', {
  valid: [
    { name: 'a table of codes with every parent', text: table(['1', 'Project management'], ['1.1', 'Plan'], ['1.2', 'Reports'], ['2', 'Discovery'], ['2.1', 'Inventory'], ['2.1.1', 'App list']) },
    { name: 'an outline list and a dictionary that repeats its codes', text: doc('wbs', '# WBS\n\n- 1 Data centre exit\n  - 1.1 Inventory\n    - 1.1.1 App list\n  - 1.2 Migrated VMs\n\n## WBS dictionary\n\n| Code | Work package | Owner |\n| --- | --- | --- |\n| 1.1.1 | App list | Anita Rao |\n| 1.2 | Migrated VMs | Tom Reyes |\n') },
    { name: 'top-level elements written 1.0 and 2.0', text: table(['1.0', 'Plan'], ['1.1', 'Schedule'], ['2.0', 'Build'], ['2.1', 'Servers']) },
    { name: 'a WBS of headings', text: doc('wbs', '# WBS\n\n## 1 Migration\n\n### 1.1 Wave 1\n\n### 1.2 Wave 2\n') },
    { name: 'codes with a closing dot', text: table(['1.', 'Plan'], ['1.1.', 'Schedule']) },
    // Quantities in a plain list are not codes: without dotted codes around them there is no outline.
    { name: 'a list of quantities is no outline', text: doc('wbs', '# WBS\n\n## Scope\n\n- 20 VMs in Azure\n- 20 VMs in AWS\n- 3.5 TB of file shares\n') },
    { name: 'ordered list numbers are markers, not codes', text: doc('wbs', '# WBS\n\n1. Plan\n2. Build\n1. Plan again\n') },
    { name: 'a table without a code column', text: doc('wbs', '# WBS\n\n| Name | Owner |\n| --- | --- |\n| 3.1 | Tom |\n| 3.1 | Sam |\n') },
    { name: 'the same code in two tables (an outline and its dictionary)', text: doc('wbs', `# WBS\n\n${HEADER}| 1 | Plan | x | Tom |\n| 1.1 | Schedule | x | Tom |\n\n## Dictionary\n\n${HEADER}| 1.1 | Schedule | x | Tom |\n`) },
    // Regression (a review of the new rules as a user, H1): quantities were read as codes once two items opened with "n.n".
    { name: 'a sizing list of quantities', text: doc('wbs', '# WBS\n\n## Sizing\n\n1. 2.5 FTE for build\n2. 10.4 release notes reviewed\n3. 3.1 GB knowledge base to migrate\n\n## Notes\n\n- 1.2 million archived emails\n- 1.3 TB of file shares\n') },
    // Regression (the same review, H2): "## 1. Purpose" numbers the document's sections, not WBS elements.
    { name: 'numbered document sections above a WBS of headings', text: doc('wbs', '# WBS\n\n## 1. Scope\n\nText.\n\n## 2. Breakdown\n\n### 1 Project management\n\n#### 1.1 Governance\n\n#### 1.2 Reporting\n\n### 2 Build\n\n#### 2.1 Servers\n\n## 3. Assumptions\n') },
    // Regression (the same review, H3): a second list under its own heading may repeat the outline's codes.
    { name: 'a list of package owners repeats the outline\'s codes', text: doc('wbs', '# WBS\n\n- 3 Migration\n  - 3.1 Wave 1\n  - 3.2 Wave 2\n\n## Package owners\n\n- 3.1 Wave 1 - Dariusz Kowalczyk\n- 3.2 Wave 2 - Anita Rao\n') },
    { name: 'dotted section numbers without a parent are no outline', text: doc('wbs', '# WBS\n\n## 1.1 Overview\n\n## 1.2 Goals\n') },
    { name: 'items that open with the article "A" are no letter codes', text: doc('wbs', '# WBS\n\n- 1 Exit\n  - 1.1 Inventory\n  - 1.2 Migrated VMs\n- A new rack in DC2\n- A spare core switch\n') },
    // Regressions (a review of this change, /tmp/rv17/REVIEW.md, M6, L1): a Number column, tables that refer to
    // elements (milestones, a RACI), and an appendix's lettered sub-sections are no breakdown.
    { name: 'tables that refer to elements', text: doc('wbs', '# WBS\n\n- 1 Project management\n  - 1.1 Initiation\n- 2 Fit-out\n  - 2.1 Floor 3\n\n## Resourcing\n\n| Role | Number | Days |\n| --- | --- | --- |\n| Fitter | 2 | 10 |\n| Electrician | 2 | 5 |\n\n## Milestones\n\n| Milestone | Date | WBS |\n| --- | --- | --- |\n| Floor 3 handed over | 2026-12-01 | 2.1 |\n| Floor 3 snags closed | 2026-12-15 | 2.1 |\n\n## RACI\n\n| Ref | Work package | R |\n| --- | --- | --- |\n| 2.1 | Floor 3 | Anita Rao |\n| 2.1 | Floor 3 cabling | Sam Okafor |\n') },
    { name: 'an appendix\'s lettered sub-sections', text: doc('wbs', '# WBS\n\n## 1 Project management\n\n### 1.1 Initiation\n\n### 1.2 Planning\n\n## Appendix A \u2013 Glossary\n\n### A.1 Terms\n\n### A.2 Acronyms\n') },
    { name: 'a code header the option names', text: doc('wbs', '# WBS\n\n| Element | Name |\n| --- | --- |\n| 1 | Plan |\n| 1.1 | Schedule |\n'), config: { rules: { 'wbs-code': ['warning', { codeHeaders: ['element'] }] } } },
  ],
  invalid: [
    {
      name: 'a code given twice in one table',
      text: table(['3', 'Migration'], ['3.1', 'Wave 1'], ['3.2', 'Wave 2'], ['3.2', 'Wave 3']),
      findings: [{ span: '3.2', message: /^WBS code 3\.2 is also on line 11: give each element its own code\.$/ }],
      output: null,
    },
    {
      name: 'children without their parent, said once on the first',
      text: table(['1', 'Plan'], ['3.1', 'Wave 1'], ['3.2', 'Wave 2']),
      findings: [{ span: '3.1', message: /^No element 3 holds 3\.1 and 3\.2: add 3, or renumber them under an element that exists\.$/ }],
    },
    {
      name: 'a missing parent two levels down',
      text: table(['4', 'Decommission'], ['4.1.1', 'Wiped disks']),
      findings: [{ span: '4.1.1', message: /^No element 4\.1 holds 4\.1\.1: add 4\.1, or renumber it/ }],
    },
    {
      name: 'a duplicate in an outline list',
      text: doc('wbs', '# WBS\n\n- 1 Exit\n  - 1.1 Inventory\n  - 1.1 Migrated VMs\n'),
      findings: [{ span: '1.1', message: /^WBS code 1\.1 is also on line 8/ }],
    },
    {
      name: 'a parent missing from an outline of headings',
      text: doc('wbs', '# WBS\n\n## 1 Migration\n\n### 1.1 Wave 1\n\n### 2.1 Cut-over\n'),
      findings: [{ span: '2.1', message: /^No element 2 holds 2\.1/ }],
    },
    {
      name: 'a parent in the outline list counts for the dictionary table',
      text: doc('wbs', '# WBS\n\n- 1 Exit\n  - 1.1 Inventory\n  - 1.2 Migrated VMs\n\n| Code | Work package |\n| --- | --- |\n| 1.1 | Inventory |\n| 1.3.1 | Wave 3 |\n'),
      findings: [{ span: '1.3.1', message: /^No element 1\.3 holds 1\.3\.1/ }],
    },
    {
      name: 'bold codes in a table',
      text: doc('wbs', '# WBS\n\n| Code | Name |\n| --- | --- |\n| **2** | Build |\n| **2.1** | Servers |\n| **2.1** | Storage |\n'),
      findings: [{ span: '2.1', message: /^WBS code 2\.1 is also on line 10/ }],
    },
    {
      // Regression (the same review, M9): a bold line as the parent ("**1.0 Project Management**") was not read.
      name: 'bold one-line paragraphs hold their list items',
      text: doc('wbs', '# WBS\n\n**1.0 Project Management**\n\n- 1.1 Initiation\n- 1.2 Planning\n\n**2.0 Build**\n\n- 2.1 Configure\n- 2.1 Test\n'),
      findings: [{ span: '2.1', message: /^WBS code 2\.1 is also on line 14/ }],
    },
    {
      // Regression (rv16 L7, L8): letter codes and codes written before the name in a "WBS element" column were not read.
      name: 'letter codes',
      text: doc('wbs', '# WBS\n\n- A. Project management\n  - A.1 Governance\n- B. Tool build\n  - B.1 Configuration\n  - B.1 Integrations\n'),
      findings: [{ span: 'B.1', message: /^WBS code B\.1 is also on line 10/ }],
    },
    {
      name: 'codes before the names in a WBS element column',
      text: doc('wbs', '# WBS\n\n| WBS element | Owner |\n| --- | --- |\n| 1 PM | Jo |\n| 1.1 Init | Jo |\n| 1.1 Plan | Jo |\n| 3.1 Build | Jo |\n'),
      findings: [{ span: '1.1', message: /^WBS code 1\.1 is also on line 10/ }, { span: '3.1', message: /^No element 3 holds 3\.1/ }],
    },
    {
      name: 'an orphan under numbered document sections',
      text: doc('wbs', '# WBS\n\n## 1. Purpose\n\n## 2. Work breakdown\n\n### 1 Project management\n\n#### 1.1 Governance\n\n### 2 Training\n\n#### 5.1 E-learning\n'),
      findings: [{ span: '5.1', message: /^No element 5 holds 5\.1/ }],
    },
  ],
});

describe('wbs-code in context', () => {
  it('reads only WBS documents: a project log numbers its own tables', () => {
    const text = doc('project-log', `# Project log\n\n## 2026-11-02 Planning\n\n${HEADER}| 3.1 | Wave 1 | x | Tom |\n| 3.1 | Wave 2 | x | Tom |\n`);
    assert.deepEqual(only(lintText(text, { today: TODAY }).findings, 'wbs-code'), []);
  });
});
