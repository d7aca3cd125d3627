// star-ownership: the Action says what "I" did more than what "we" did.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const story = (action, label = '**Action:**') => doc('star-stories', `# Stories\n\n## Move\n\n**Situation:** We had 300 staff to move and our lease was ending.\n**Task:** I led it.\n${label} ${action}\n**Result:** 300 moved; we celebrated.\n`);

pmTester('star-ownership', {
  valid: [
    { name: 'all "I"', text: story('I planned 4 waves and I chaired the go/no-go calls.') },
    { name: 'as many "I" as "we"', text: story('I planned the waves; we ran them.') },
    { name: '"we" outside the Action does not count', text: story('I planned 4 waves.') },
    { name: '"me" and "my" count as "I"', text: story('My plan had 4 waves; the team trusted me; we ran it.') },
    { name: 'no pronouns at all', text: story('Planned 4 waves and chaired the calls.') },
    { name: '"US" (the country) is not "us"', text: story('I moved the US team first.') },
  ],
  invalid: [
    // Regression: with "Label - value" lines the Action was not found, so "we" went unseen.
    { name: '"Action - ..." on the line after the Task', text: doc('star-stories', '# Stories\n\n## Vendor\n\nSituation - Our renewal came in 35% higher.\nTask - I had to bring it inside budget.\nAction - We benchmarked two vendors and we went back to the incumbent.\nResult - Cut the renewal by 20%.\n'), findings: [{ span: 'Action', message: /"we" twice and "I" never/ }] },
    { name: 'mostly "we"', text: story('We rebuilt the patch rings and we chased the stragglers. We reported weekly.'), findings: [{ span: 'Action', message: /^The Action says "we" 3 times and "I" never\. Interviewers want your own part: say what you did, with "I"\.$/ }], output: null },
    { name: '"our" and "us" count as "we"', text: story('I joined our vendor call and the vendor gave us a date; our team agreed.'), findings: [{ span: 'Action', message: /"we" 3 times and "I" once/ }] },
    { name: 'Actions under a heading', text: doc('star-stories', '# Stories\n\n## Move\n\n### Situation\n\nA move.\n\n### Actions\n\n- We planned\n- We ran it\n\n### Result\n\n3 moved.\n'), findings: [{ span: 'Actions', message: /"we" twice and "I" never/ }] },
  ],
});

describe('star-ownership in context', () => {
  it('is info by default', () => {
    const [finding] = only(lintText(story('We did it all.'), { today: TODAY }).findings, 'star-ownership');
    assert.equal(finding.severity, 'info');
  });
});
