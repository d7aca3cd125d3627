// star-missing-part: STAR stories have Situation, Task, Action and Result (CAR/PAR: Challenge/Problem, Action, Result).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const S = '**Situation:** 1,200 mailboxes on an unsupported server.';
const T = '**Task:** I owned the migration plan.';
const A = '**Action:** I split the users into 6 waves.';
const R = '**Result:** All 1,200 moved in 9 weeks.';
const story = (...parts) => doc('star-stories', `# Stories\n\n## Exchange migration\n\n${parts.join('\n')}\n`);

pmTester('star-missing-part', {
  valid: [
    { name: 'a "Q:" and "A:" under a whole story is no story', text: doc('star-stories', '# Stories\n\n## Vendor\n\n**Situation:** The vendor missed two dates.\n**Task:** I owned the go-live.\n**Action:** I set weekly checkpoints.\n**Result:** Live a week early, 0 P1s.\n\n### Follow-up questions\n\nQ: What would you do differently?\nA: Agree the penalties at signature.\n') },
    { name: '"A:" outside a STAR file is no Action', text: doc('meeting-notes', '# Minutes\n\n## Q&A\n\nQ: When is the cut-over?\nA: 12 December.\n') },
    // Regression: "Label - value" lines without blank lines between them were read as one Situation.
    { name: '"Situation - ..." labels on consecutive lines', text: story('Situation - Our licence renewal came in 35% higher.', 'Task - I had to bring it inside budget.', 'Action - I benchmarked two vendors.', 'Result – Cut the renewal by 20%.') },
    // Regression: a combined label was "no Situation or Task".
    { name: 'a combined "Situation & Task" label', text: story('**Situation & Task:** 1,200 mailboxes on an unsupported server; I owned the plan.', A, R) },
    { name: 'bold labels', text: story(S, T, A, R) },
    { name: 'STAR-L with a Learning', text: story(S, T, A, R, '**Learning:** Pilot earlier.') },
    { name: 'headings', text: doc('star-stories', '# Stories\n\n## Move\n\n### Situation\n\nA move.\n\n### Task\n\nI led it.\n\n### Action\n\nI planned 4 waves.\n\n### Result\n\n300 staff moved.\n') },
    { name: 'plain "Label:" lines in one paragraph', text: doc('star-stories', '# Stories\n\n## Move\n\nSituation: a move.\nTask: I led it.\nAction: I planned 4 waves.\nResult: 300 staff moved.\n') },
    { name: 'list items', text: doc('star-stories', '# Stories\n\n## Move\n\n- **Situation:** a move.\n- **Task:** I led it.\n- **Action:** I planned 4 waves.\n- **Result:** 300 staff moved.\n') },
    { name: 'bold label on its own line', text: doc('star-stories', '# Stories\n\n## Move\n\n__Situation__\nA move.\n\n__Task__ — I led it.\n\n__Actions taken__\n- I planned 4 waves\n\n__Result__\n300 staff moved.\n') },
    { name: 'a two-column table', text: doc('star-stories', '# Stories\n\n## Move\n\n| Part | What happened |\n| --- | --- |\n| Situation | A move |\n| Task | I led it |\n| Action | I planned 4 waves |\n| Result | 300 staff moved |\n') },
    { name: 'CAR: no Task needed', text: story('**Challenge:** Deployments failed one time in five.', A, R) },
    { name: 'PAR: no Task needed', text: story('**Problem:** The backlog grew to 900 tickets.', A, R) },
    { name: 'Task can be made optional', text: story(S, A, R), config: { rules: { 'star-missing-part': ['warning', { requireTask: false }] } } },
    { name: 'sections without labels are not stories', text: doc('star-stories', '# Stories\n\n## Tips\n\nKeep each story under two minutes.\n') },
    { name: 'a resume without a STAR section', text: doc('resume', '## Experience\n\n- Led 3 teams through a move\n\n## Education\n\n- BSc\n') },
    { name: 'a project log is not checked', text: doc('project-log', '## 2026-11-02 Move\n\n**Situation:** x\n**Action:** y\n**Result:** 3 moved\n') },
  ],
  invalid: [
    // Regression: "**S:**", "**A:**", "**R:**" stories in a STAR file were not read at all (no finding, exit 0).
    { name: 'the S/T/A/R shorthand in a STAR file', text: doc('star-stories', '# Stories\n\n## Rooms\n\n**S:** The meeting rooms ran three different conferencing systems.\n**A:** I surveyed the 40 rooms.\n**R:** One system in every room.\n'), findings: [{ span: 'Rooms', message: /^This story has no Task:/ }] },
    { name: 'no Task: reported on the story heading', text: story(S, A, R), findings: [{ span: 'Exchange migration', message: /^This story has no Task: say what you were responsible for and what success looked like\.$/ }], output: null, suggestions: ['\n**Task:** ${1:say what you were responsible for and what success looked like}'] },
    { name: 'no Result', text: story(S, T, A), findings: [{ span: 'Exchange migration', message: /^This story has no Result: say what changed, with a number\.$/ }] },
    { name: 'several parts missing', text: story(S), findings: [{ span: 'Exchange migration', message: /^This story has no Task, Action or Result: / }] },
    { name: 'CAR without an Action', text: story('**Context:** Two people covered on-call.', R), findings: [{ span: 'Exchange migration', message: /^This story has no Action/ }] },
    { name: 'an empty part: reported on its label', text: doc('star-stories', '# Stories\n\n## Dispute\n\n### Situation\n\nA vendor missed dates.\n\n### Task\n\nI owned the contract.\n\n### Action\n\nI escalated.\n\n### Result\n'), findings: [{ span: 'Result', message: /^The Result is empty: say what changed, with a number\.$/ }] },
    { name: 'two stories under one heading split at the repeated label', text: story(S, T, A, R, '**Situation:** A second story.', A, R), findings: [{ span: 'Situation', message: /no Task/ }] },
    { name: 'a STAR section in a resume', text: doc('resume', '## Experience\n\n- Led 3 teams\n\n## Education\n\n- BSc\n\n## Interview stories\n\n### Move\n\n**Situation:** 300 staff.\n**Action:** I planned 4 waves.\n**Result:** 300 moved.\n'), findings: [{ span: 'Move', message: /no Task/ }] },
    { name: 'custom labels', text: story('**Context setting:** x', A, R), config: { rules: { 'star-missing-part': ['warning', { situationLabels: ['context setting'] }] } }, findings: [{ span: 'Exchange migration', message: /no Task/ }] },
  ],
});

describe('star-missing-part in context', () => {
  // Regression: the part was always inserted as a paragraph, which cut a table-style story's
  // table in two and a list-style story's list, so the parts after it were lost.
  const ask = 'say what you were responsible for and what success looked like';
  const fixed = (body) => {
    const text = doc('star-stories', `# Stories\n\n## CAB\n\n${body}`);
    const [finding] = only(lintText(text, { today: TODAY }).findings, 'star-missing-part');
    assert.match(finding.message, /^This story has no Task:/);
    const { edit } = finding.suggestions[0];
    const out = text.slice(0, edit.range[0]) + edit.text.replace(/\$\{1:([^}]*)\}/, '$1') + text.slice(edit.range[1]);
    assert.deepEqual(only(lintText(out, { today: TODAY }).findings, 'star-missing-part'), [], 'the story is whole after the fix');
    return out.split('## CAB\n\n')[1];
  };
  it('inserts a row into a table-style story', () => {
    assert.equal(fixed('| Part | Story |\n| --- | --- |\n| Situation | The CAB met monthly. |\n| Action | I moved it to weekly. |\n| Result | Lead time fell from 28 to 6 days. |\n'), `| Part | Story |\n| --- | --- |\n| Situation | The CAB met monthly. |\n| Task | ${ask} |\n| Action | I moved it to weekly. |\n| Result | Lead time fell from 28 to 6 days. |\n`);
  });
  it('inserts an item into a list-style story', () => {
    assert.equal(fixed('1. **Situation:** The CAB met monthly.\n2. **Action:** I moved it to weekly.\n3. **Result:** Lead time fell from 28 to 6 days.\n'), `1. **Situation:** The CAB met monthly.\n2. **Task:** ${ask}\n2. **Action:** I moved it to weekly.\n3. **Result:** Lead time fell from 28 to 6 days.\n`);
    assert.equal(fixed('- **Situation:** The CAB met monthly.\n- **Action:** I moved it to weekly.\n- **Result:** Lead time fell from 28 to 6 days.\n'), `- **Situation:** The CAB met monthly.\n- **Task:** ${ask}\n- **Action:** I moved it to weekly.\n- **Result:** Lead time fell from 28 to 6 days.\n`);
  });
  it('inserts a line into a story of "Label - value" lines', () => {
    assert.equal(fixed('Situation - The CAB met monthly.\nAction - I moved it to weekly.\nResult - Lead time fell from 28 to 6 days.\n'), `Situation - The CAB met monthly.\nTask - ${ask}\nAction - I moved it to weekly.\nResult - Lead time fell from 28 to 6 days.\n`);
  });

  it('inserts a missing heading part in the heading style, after the part it follows', () => {
    const text = doc('star-stories', '# Stories\n\n## Move\n\n### Situation\n\nA move.\n\n### Action\n\nI planned.\n\n### Result\n\n3 moved.\n');
    const [finding] = only(lintText(text, { today: TODAY }).findings, 'star-missing-part');
    const [suggestion] = finding.suggestions;
    assert.equal(suggestion.snippet, true);
    assert.equal(suggestion.edit.text, '\n\n### Task\n\n${1:say what you were responsible for and what success looked like}');
    assert.equal(text.slice(0, suggestion.edit.range[0]).split('\n').pop(), 'A move.');
    assert.equal(finding.severity, 'warning');
  });
});
