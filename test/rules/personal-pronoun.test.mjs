// personal-pronoun: I, me, my, we, our in resume bullets; roman numerals and "US" are not pronouns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

ruleTester('personal-pronoun', {
  valid: [
    'Migrated 40 servers to Azure in 6 weeks',
    { name: 'roman numeral after Type', text: 'Passed the SOC 2 Type I audit with zero findings' },
    { name: 'roman numeral after Phase', text: 'Delivered Phase I of the ERP programme to 600 users' },
    { name: 'I/O is not a pronoun', text: 'Cut I/O wait on 12 database hosts by 40%' },
    { name: 'US in capitals is the country', text: 'Opened 3 US offices in 6 months' },
    { name: 'boundary: "mentor" contains "me"', text: 'Mentored 4 engineers through 2 promotions' },
    { name: 'boundary: "useful" contains "us"', text: 'Published 12 useful runbooks for the service desk' },
  ],
  invalid: [
    { text: 'I migrated 40 servers to Azure in 6 weeks', message: /^"I" is implied in a resume: start with the verb\.$/, span: 'I migrated', output: 'Migrated 40 servers to Azure in 6 weeks' },
    { name: 'lower-case start after the fix keeps the verb', text: 'I led a team of 5 through 3 releases', output: 'Led a team of 5 through 3 releases' },
    { text: 'We cut the ticket backlog by 40%', message: /^"We" hides your share of the work/, span: 'We', output: null, suggestions: ['C'] },
    // Regression: contractions were missed, and weak-opening suggested "Led I've 3 releases".
    { text: "I've led 3 releases for 40 users", message: /^"I've" is implied in a resume: start with the verb\.$/, span: "I've led", output: 'Led 3 releases for 40 users' },
    { text: 'I’m leading a team of 5 engineers', span: 'I’m leading', output: 'Leading a team of 5 engineers' },
    { text: "We've cut the backlog by 40%", message: /^"We've" hides your share of the work/, span: "We've", output: null, suggestions: ['C'] },
    { text: 'Led my team of 5 through 3 releases', message: /^"my" reads as narrative: say "the"/, span: 'my', output: null, suggestions: ['the'] },
    { text: 'Rebuilt our CI pipeline for 40 services', message: /^"our" blurs what was yours/, span: 'our', output: null, suggestions: ['the'] },
    { name: 'a pronoun mid-bullet: no fix', text: 'Migrated 40 servers, which I then patched in 2 days', span: 'I', output: null },
    { name: '"I" before a weak phrase: weak-opening rewrites first', text: 'I was responsible for 40 servers', span: 'I', output: null },
    { text: 'Helped us ship 12 releases on time', span: 'us', output: null },
  ],
});

describe('personal-pronoun in context', () => {
  it('reports every pronoun in a bullet', () => {
    const text = resumeText(['We rebuilt our pipeline for 40 services']);
    assert.deepEqual(only(lintText(text).findings, 'personal-pronoun').map((f) => sourceOf(text, f)), ['We', 'our']);
  });

  it('"I was responsible for managing X" converges to "Managed X" over two passes', () => {
    assert.equal(engine.fixText(resumeText(['I was responsible for managing 40 servers'])).text, resumeText(['Managed 40 servers']));
  });

  it('does not run on STAR stories, where "I" is wanted', () => {
    const text = '---\nimpact-lint: star-stories\n---\n\n## Action\n\n- I migrated 40 servers\n';
    assert.deepEqual(only(lintText(text).findings, 'personal-pronoun'), []);
  });

  it('is info by default', () => {
    assert.equal(only(resume(['I migrated 40 servers']), 'personal-pronoun')[0].severity, 'info');
  });
});
