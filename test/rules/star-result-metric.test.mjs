// star-result-metric: the Result of a STAR story carries a number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const story = (result, label = '**Result:**') => doc('star-stories', `# Stories\n\n## Move\n\n**Situation:** A move.\n**Task:** I led it.\n**Action:** I planned the waves.\n${label} ${result}\n`);
const NO_NUMBER = /^The Result has no number\. Quantify it: before and after, %, hours or money saved, users or systems affected\.$/;

pmTester('star-result-metric', {
  valid: [
    // Regression (the review of PM documents as a user, L4): "TBD" was reported twice, here and by placeholder-left.
    { name: 'a Result that opens with a placeholder is placeholder-left\'s', text: story('TBD – need to get numbers from HR') },
    // Regression (the review of PM documents as a user, L8): "No P1 incidents since go-live" had no number, while
    // "Zero downtime" had one; a zero count of what a reviewer counts is a number.
    { name: '"No" before a P1 code and incidents', text: story('No P1 incidents since go-live.') },
    { name: '"No" before rollbacks', text: story('No rollbacks in the first quarter.') },
    // Regression: "Zero P1 incidents" had no number.
    { name: '"Zero" before a code with a digit', text: story('Zero P1 incidents in the following quarter.') },
    { name: 'a count', text: story('300 staff moved in one weekend.') },
    { name: 'before and after', text: story('Tickets fell from 40 forecast to 4.') },
    { name: 'a percentage', text: story('Adoption rose to 90%.') },
    { name: 'money', text: story('Saved £60,000 a year.') },
    // Regression (a review of the list-label change): an empty "- **Result:**" item and its text in the paragraph below.
    { name: 'an empty Result item and its text below the list', text: doc('star-stories', '# Stories\n\n## Exit\n\n- **Situation:** lease ending.\n- **Task:** plan the exit.\n- **Action:** I split the estate into 6 waves.\n- **Result:**\n\nWe exited 3 weeks early, under budget by \u00a390k.\n') },
    // Regression (a review of PM documents): "£4k" and "£8k" were taken for the 4K and 8K resolutions.
    { name: 'money in thousands after a currency sign', text: story('Closed the gap with £4k to spare and no scope cut.') },
    { name: 'number words', text: story('Halved the backlog.') },
    { name: 'Outcome is a Result synonym', text: story('Cut costs by 30%.', '**Outcome:**') },
    { name: 'the number in a list under the label', text: doc('star-stories', '# Stories\n\n## Move\n\n**Situation:** A move.\n**Action:** I planned.\n**Result:**\n\n- 300 staff moved\n') },
    { name: 'an empty Result is left to star-missing-part', text: doc('star-stories', '# Stories\n\n## Move\n\n### Situation\n\nA move.\n\n### Result\n') },
  ],
  invalid: [
    // Regression (a review with realistic PM documents): in a list of stories the Result ran on into the next story's
    // title, and its fix went after that title.
    {
      name: 'a Result in a list of stories ends with its story',
      text: doc('star-stories', '# Story bank\n\n- **Service desk re-org**\n  - Situation: two desks with different tools\n  - Task: merge them into one desk\n  - Action: I picked one tool and trained everyone on it\n  - Result: one desk, one queue, customers noticed the difference\n\n- **Major incident (2022)**\n  - Situation: EDR flagged encryption on a file server\n  - Task: contain it\n  - Action: I isolated the server and ran the bridge\n  - Result: contained in 5 hours, 0 data lost\n'),
      findings: [{ span: 'one desk, one queue, customers noticed the difference', message: NO_NUMBER }],
      output: null,
    },
    // (A review of that change, L4: a zero before a noun that it describes is no count.)
    { name: '"no rollback plan" is no zero', text: story('No rollback plan, so we wrote one.'), findings: [{ span: 'No rollback plan, so we wrote one', message: NO_NUMBER }] },
    // "No complaints" and "no issues" say too little to count as zero.
    { name: '"no complaints" is no number', text: story('No complaints from the business.'), findings: [{ span: 'No complaints from the business', message: NO_NUMBER }] },
    // Regression: a time of day counted as a number.
    { name: 'a time of day is no number', text: story('Go-live happened at 2 a.m. on Sunday.'), findings: [{ span: 'Go-live happened at 2 a.m. on Sunday', message: NO_NUMBER }] },
    { name: 'nor is "11pm"', text: story('The cut-over finished by 11pm.'), findings: [{ span: 'The cut-over finished by 11pm', message: NO_NUMBER }] },
    { name: 'nor "6 o\'clock", "half past 2" or "0600"', text: doc('star-stories', '# Stories\n\n## A\n\n**Situation:** A move.\n**Task:** I led it.\n**Action:** I planned the waves.\n**Result:** Went live at 6 o\'clock on Monday.\n\n## B\n\n**Situation:** A move.\n**Task:** I led it.\n**Action:** I planned the waves.\n**Result:** Went live at half past 2.\n\n## C\n\n**Situation:** A move.\n**Task:** I led it.\n**Action:** I planned the waves.\n**Result:** Live by 0600 Sunday.\n'), findings: [{ span: "Went live at 6 o'clock on Monday", message: NO_NUMBER }, { span: 'Went live at half past 2', message: NO_NUMBER }, { span: 'Live by 0600 Sunday', message: NO_NUMBER }] },
    { name: 'no number', text: story('The migration went well and users were happy.'), findings: [{ span: 'The migration went well and users were happy', message: NO_NUMBER }], output: null, suggestions: [', from ${1:before} to ${2:after}'] },
    { name: 'a date is not a number', text: story('Went live on 1 July 2025 as planned.'), findings: [{ span: 'Went live on 1 July 2025 as planned', message: NO_NUMBER }] },
    { name: 'a version is not a number', text: story('Everyone is on Windows 11 now.'), findings: [{ span: 'Everyone is on Windows 11 now', message: NO_NUMBER }] },
    { name: 'a heading Result', text: doc('star-stories', '# Stories\n\n## Move\n\n### Situation\n\nA move.\n\n### Action\n\nI planned.\n\n### Result\n\nThe board was pleased.\n'), findings: [{ span: 'The board was pleased', message: NO_NUMBER }] },
    { name: 'a table Result', text: doc('star-stories', '# Stories\n\n## Move\n\n| Part | Detail |\n| --- | --- |\n| Situation | A move |\n| Action | I planned |\n| Result | Went fine |\n'), findings: [{ span: 'Went fine', message: NO_NUMBER }] },
  ],
});

describe('star-result-metric in context', () => {
  it('gives way to placeholder-left only where the placeholder opens the Result', () => {
    const rules = (result) => lintText(story(result), { today: TODAY }).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(rules('TBD – need to get numbers from HR'), ['placeholder-left']);
    assert.deepEqual(rules('Users were happier, TBD'), ['placeholder-left', 'star-result-metric']);
  });

  it('is a warning', () => {
    const [finding] = only(lintText(story('It went well.'), { today: TODAY }).findings, 'star-result-metric');
    assert.equal(finding.severity, 'warning');
  });
});
