// vague-wording: the word list's own examples, then fixes, boundaries and context.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

const data = JSON.parse(readFileSync(new URL('../../server/src/engine/lexicon/fillers.json', import.meta.url), 'utf8'));

// The examples kept beside the word list (lexicon/fillers.json): one finding each, or none.
ruleTester('vague-wording', {
  valid: data.examples.passed.map((text) => ({ name: `fillers.json passed: ${text}`, text })),
  invalid: data.examples.flagged.map((text) => ({ name: `fillers.json flagged: ${text}`, text })),
});

const DELETE = /adds nothing a reader can check: delete it/;
const COUNT = /how many\? Give the number/;
const DEGREE = /by how much\? Give the number/;

ruleTester('vague-wording', {
  valid: [
    'Migrated 40 servers to Azure in 6 weeks',
    'Reduced P1 incidents by 40% in 6 months',
    { name: 'boundary: "Somerset" is not "some"', text: 'Opened the Somerset office for 40 staff' },
    { name: 'boundary: "Germany" is not "many"', text: 'Rolled out SD-WAN to 12 sites in Germany' },
    { name: 'boundary: "multi-site" is not "multiple"', text: 'Ran a multi-site DR test across 3 data centres' },
    { name: 'an estimate with its number', text: 'Patched some 400 servers in 48 hours' },
    { name: '"as many as" with a number', text: 'Onboarded as many as 30 contractors a month' },
  ],
  invalid: [
    // Intensifiers: deleted by --fix, the next word capitalised at the start.
    { text: 'Successfully migrated 40 servers to Azure', message: DELETE, span: 'Successfully migrated', output: 'Migrated 40 servers to Azure' },
    { text: 'Delivered a very complex migration for 1,200 users', message: DELETE, span: 'very complex', output: 'Delivered a complex migration for 1,200 users' },
    { text: 'Led a really tight cutover for 9 branches', output: 'Led a tight cutover for 9 branches' },
    { name: 'lower-case bullet stays lower-case', text: 'successfully migrated 40 servers', output: 'migrated 40 servers' },
    { name: 'inside bold: no fix that would break the bold', text: 'Delivered a **very** complex migration for 1,200 users', span: 'very', output: null },
    // Regression (a robustness review): "Successfully and effectively helped" was fixed to "And effectively helped".
    { name: 'a conjunction after it goes with it', text: 'Successfully and effectively trained 3 teams on Teams', span: 'Successfully and effectively', output: 'Effectively trained 3 teams on Teams' },
    { name: 'a conjunction after it goes with it, mid-bullet', text: 'Delivered 4 releases quietly, successfully and efficiently', span: 'successfully and efficiently', output: 'Delivered 4 releases quietly, efficiently' },
    // Regression (a review of the change above): "and" or "but" before a second clause stays.
    { name: 'a conjunction that starts a second clause stays', text: 'Migrated 40 services successfully and reduced hosting costs by 30%', span: 'successfully and', output: 'Migrated 40 services and reduced hosting costs by 30%' },
    { name: '"but" starts a clause', text: 'Led 12 engineers successfully but missed the Q3 deadline by 2 weeks', span: 'successfully but', output: 'Led 12 engineers but missed the Q3 deadline by 2 weeks' },
    { name: 'at the start, before a conjunction that stays: no deletion', text: 'Successfully or not, shipped the billing API to 12 banks', span: 'Successfully', output: null, suggestions: [] },
    { name: 'at the end of a clause, the conjunction before it goes (offered, not applied)', text: 'Migrated 40 servers quickly and successfully.', span: 'successfully', output: null, suggestions: [''] },
    // Vague quantities: a number placeholder or a deletion, no autofix.
    { text: 'Fixed various bugs in the 3 billing apps', message: /^"various bugs": how many\?/, span: 'various', output: null, suggestions: ['${1:N}', ''] },
    // Regression (a review of varied resumes): the quote ran on past the noun, and "dozens of" was given 4 as an example.
    { text: 'Resolved various issues along the 3 supply routes', message: /^"various issues": how many\? Give the number, e\.g\. "4 issues"\.$/, span: 'various', output: null },
    // Regression (verification): "hundreds of thousands" got "400 thousands" and a second finding; "several hundred" got "4 hundred".
    { text: 'Migrated hundreds of thousands of records to Dynamics', message: /^"hundreds of thousands of records": how many\? Give the number, e\.g\. "400,000 records"\.$/, span: 'hundreds of', output: null },
    // Regression (a review of varied resumes): the example was "4 desktop" for "Various desktop and server support contracts".
    { text: 'Won various desktop and server support contracts in the South West', message: /^"various desktop and server support contracts": how many\? Give the number, e\.g\. "4 desktop and server support contracts"\.$/, output: null },
    { text: 'Ran various workshops and training sessions for 3 teams', message: /^"various workshops and training sessions": how many\?/, output: null },
    // Regression (verification): a plural modifier ("sales") did not go on; a second clause is not the noun.
    { text: 'Supported various sales and marketing teams at 4 sites', message: /^"various sales and marketing teams": how many\? Give the number, e\.g\. "4 sales and marketing teams"\.$/, output: null },
    { text: 'Fixed various bugs and improved performance by 20%', message: /^"various bugs": how many\?/, output: null },
    { text: 'Supported many thousands of users across 3 sites', message: /^"many thousands of users": how many\? Give the number, e\.g\. "4,000 users"\.$/, span: 'many', output: null },
    { text: 'Retired several hundred legacy servers', message: /^"several hundred legacy servers": how many\? Give the number, e\.g\. "400 legacy servers"\.$/, span: 'several', output: null },
    { text: 'Ran dozens of phishing investigations per month for 2 banks', message: /^"dozens of phishing investigations": how many\? Give the number, e\.g\. "36 phishing investigations"\.$/, span: 'dozens of', output: null },
    { text: 'Supported several teams during the 2-week cutover', message: COUNT, output: null },
    { text: 'Closed a lot of tickets for 3 offices', span: 'a lot of', output: null },
    { text: 'Resolved numerous P1 incidents for 900 users', output: null },
    // Degrees: "by N%" or delete.
    { text: 'Reduced costs significantly across 4 sites', message: DEGREE, span: 'significantly', output: null, suggestions: ['by ${1:N}%'] },
    { name: 'degree at the start: delete only', text: 'Significantly reduced ticket volume for 4 teams', span: 'Significantly', output: null, suggestions: ['R'] },
    // List tails: close the list with "and".
    { text: 'Wrote runbooks, checklists, etc. for 12 services', message: /leaves the reader to guess/, span: 'etc', output: null, suggestions: [' and checklists'] },
    { text: 'Automated backups, patching and so on for 300 VMs', span: 'and so on', output: null },
    // Vague nouns: no fix.
    { text: 'Cleaned up stuff in the 2 legacy file shares', message: /"stuff" is vague: name what it was/, output: null },
  ],
});

describe('vague-wording in context', () => {
  it('after a comma and "and", the filler at the end of a clause is offered alone: no "on time,."', () => {
    const text = resumeText(['Delivered 4 releases on time, and successfully.']);
    const [found] = only(lintText(text).findings, 'vague-wording');
    for (const suggestion of found.suggestions) assert.doesNotMatch(engine.applyEdits(text, [suggestion.edit]).text, /,\./);
  });

  it('a filler that ends a clause after "and" is offered with the "and": "quickly and successfully." -> "quickly."', () => {
    const text = resumeText(['Migrated 40 servers quickly and successfully.']);
    const [found] = only(lintText(text).findings, 'vague-wording');
    assert.equal(found.fix, undefined, 'offered, not applied');
    const [suggestion] = found.suggestions;
    assert.equal(suggestion.title, 'Delete "and successfully"');
    assert.equal(engine.applyEdits(text, [suggestion.edit]).text, resumeText(['Migrated 40 servers quickly.']));
  });

  // Regression: --fix left "Led a really, big team of 12".
  it('a repeated intensifier: --fix deletes both, comma and all', () => {
    const fixed = engine.fixText(resumeText(['Led a really, really big team of 12']));
    assert.equal(fixed.text, resumeText(['Led a big team of 12']));
    assert.equal(engine.fixText(fixed.text).fixed, 0, 'converges');
  });

  it('reports each filler once, in order, with its own span', () => {
    const text = resumeText(['Fixed various bugs and several crashes for 3 apps']);
    const found = only(lintText(text).findings, 'vague-wording');
    assert.deepEqual(found.map((f) => sourceOf(text, f)), ['various', 'several']);
  });

  it('ignores Skills and Education sections', () => {
    const text = '---\nimpact-lint: resume\n---\n\n## Skills\n\n- Various scripting languages\n\n## Education\n\n- Several courses\n';
    assert.deepEqual(only(lintText(text).findings, 'vague-wording'), []);
  });

  it('leaves the adverb to vague-wording and judges the verb in weak-opening', () => {
    const findings = resume(['Successfully delivered 4 releases on schedule']);
    assert.deepEqual(findings.map((f) => f.ruleId), ['vague-wording']);
  });

  it('does not fix "Successfully" before a weak opening (weak-opening rewrites first), and converges', () => {
    // (Was "Successfully helped migrate": a rewrite after help is offered, not applied, since a review of realistic resumes.)
    const text = resumeText(['Successfully worked on migrating 40 servers']);
    const vague = only(lintText(text).findings, 'vague-wording');
    assert.equal(vague.length, 1);
    assert.equal(vague[0].fix, undefined);
    assert.equal(engine.fixText(text).text, resumeText(['Migrated 40 servers']));
  });

  it('the list can be extended and trimmed through the lexicon setting', () => {
    const settings = engine.resolveSettings({ lexicon: { fillers: { add: ['a handful of'], remove: ['various'] } } });
    const found = only(resume(['Fixed various bugs and a handful of crashes in 3 apps'], { settings }), 'vague-wording');
    assert.deepEqual(found.map((f) => f.message.slice(0, 14)), ['"a handful of"']);
    assert.equal(found[0].fix, undefined, 'an added word has no automatic fix');
  });

  it('is a warning by default', () => {
    assert.equal(only(resume(['Fixed various bugs in 3 apps']), 'vague-wording')[0].severity, 'warning');
  });
});
