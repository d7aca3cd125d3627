// wbs-owner: every work package in a WBS table with an owner column has one named owner.
import { doc, pmTester } from '../pm-helpers.mjs';

const HEADER = '| Code | Name | Deliverable | Owner |\n| --- | --- | --- | --- |\n';
const table = (...rows) => doc('wbs', `# WBS\n\n${HEADER}${rows.map((r) => `| ${r.join(' | ')} |\n`).join('')}`);

pmTester('wbs-owner', {
  valid: [
    { name: 'every work package owned', text: table(['3', 'Migration', '64 VMs', ''], ['3.1', 'Wave 1', '20 VMs', 'Dariusz Kowalczyk'], ['3.2', 'Wave 2', '31 VMs', 'Anita Rao']) },
    { name: 'an element with packages under it needs no owner of its own', text: table(['2', 'Discovery', 'Inventory', ''], ['2.1', 'Interviews', 'Notes', 'Anita Rao']) },
    { name: 'a team owns a package', text: table(['4', 'Decommission', 'Racks', 'Facilities']) },
    { name: 'a template placeholder is for placeholder-left', text: table(['1.1.1', 'Work package', 'x', '[Owner]']) },
    { name: 'a table without an owner column', text: doc('wbs', '# WBS\n\n| Code | Name |\n| --- | --- |\n| 1 | Plan |\n| 1.1 | Schedule |\n') },
    { name: 'an outline list has no owners to check', text: doc('wbs', '# WBS\n\n- 1 Exit\n  - 1.1 Inventory\n  - 1.2 Migrated VMs\n') },
    { name: 'the parent in the outline, the package in the dictionary', text: doc('wbs', `# WBS\n\n- 1 Exit\n  - 1.1 Inventory\n\n## Dictionary\n\n${HEADER}| 1.1 | Inventory | App list | Anita Rao |\n`) },
  ],
  invalid: [
    {
      name: 'an empty owner and a TBD owner',
      text: table(['3', 'Migration', '64 VMs', 'Tom Reyes'], ['3.1', 'Wave 1', '20 VMs', ''], ['3.2', 'Wave 2', '31 VMs', 'TBD']),
      findings: [
        { span: '  ', message: /^Work package 3\.1 has no owner: name the one person accountable for delivering it\.$/ },
        { span: 'TBD', message: /^Work package 3\.2 has no owner \("TBD" is no one\)/ },
      ],
      output: null,
    },
    {
      name: 'two owners',
      text: table(['4', 'Decommission', 'Racks', 'Facilities'], ['4.1', 'Wiped disks', 'Certificates', 'Mark / Sam']),
      findings: [{ span: 'Mark / Sam', message: /^Work package 4\.1 has two owners \(Mark and Sam\)/ }],
    },
    {
      name: 'an Assignee column and codes before the names',
      text: doc('wbs', '# WBS\n\n| WBS element | Assignee |\n| --- | --- |\n| 1 PM | Jo Bloggs |\n| 1.1 Init | |\n| 1.2 Plan | Jo Bloggs |\n'),
      findings: [{ span: ' ', message: /^Work package 1\.1 has no owner/ }],
    },
  ],
});
