// raid-score: score = probability x impact on the configured scale; RAG ratings match the score band.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const HEADER = '| ID | Risk | Owner | Probability | Impact | Score | RAG | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n';
const row = (p, i, score, rag = '') => doc('raid-log', `${HEADER}| R-01 | Supplier slips | Sam | ${p} | ${i} | ${score} | ${rag} | Open |\n`);

pmTester('raid-score', {
  valid: [
    { name: 'score is P x I', text: row(4, 5, 20, 'Red') },
    // Regression (the review of PM documents as a user, M2): a "(1-3)" header was ignored: "a score of 9 is Amber (9-15)".
    // Regression (a review of this session's changes, H2): "Proximity (1-3)" is another column's scale.
    { name: 'only the probability and impact headers state the scale', text: doc('raid-log', '| ID | Risk | Owner | Likelihood | Impact | Proximity (1-3) | Score | RAG | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n| R-01 | a | Jo | 4 | 5 | 2 | 20 | Red | Open |\n| R-02 | b | Jo | 3 | 3 | 1 | 9 | Amber | Open |\n') },
    { name: 'a scale stated in the header scales the bands', text: doc('raid-log', '| ID | Risk | Owner | Likelihood (1-3) | Impact (1-3) | Score | RAG | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| R-01 | a | Jo | 3 | 3 | 9 | Red | Open |\n| R-02 | b | Jo | 2 | 2 | 4 | Amber | Open |\n| R-03 | c | Jo | 1 | 2 | 2 | Green | Open |\n| R-04 | d | Jo | 3 | 2 | 6 | Red | Open |\n') },
    // Regression (a review with realistic RAID logs): a closed risk was re-rated ("rated Green, but a score of 10 is Amber").
    { name: 'a closed item is not scored or rated again', text: doc('raid-log', `${HEADER}| R-01 | Budget cut in Q1 | Sam | 2 | 5 | 10 | Green | Closed - no further action |\n| R-02 | Vendor exits | Sam | 3 | 3 | 8 | Green | Closed |\n`) },
    { name: 'bands: 8 is Green', text: row(2, 4, 8, 'Green') },
    { name: 'bands: 9 is Amber', text: row(3, 3, 9, 'Amber') },
    { name: 'bands: 15 is Amber', text: row(3, 5, 15, 'Amber') },
    { name: 'bands: 16 is Red', text: row(4, 4, 16, 'Red') },
    { name: 'emoji ratings', text: row(4, 4, 16, '🔴 Red') },
    { name: 'G/A/R letters', text: row(1, 2, 2, 'G') },
    { name: 'a value with its word', text: row('4 (High)', '5 (Very high)', 20) },
    { name: 'words are not checked', text: row('High', 'Medium', 'Amber') },
    { name: 'empty values are not checked', text: row('-', '', '') },
    { name: 'percentages are not scale values', text: row('40%', 3, '') },
    { name: 'a template placeholder score', text: row(1, 1, '[P x I]') },
    { name: 'a 1-10 scale', text: row(8, 9, 72, 'Red'), config: { rules: { 'raid-score': ['info', { scaleMax: 10, amberFrom: 30, redFrom: 60 }] } } },
    { name: 'custom bands', text: row(3, 4, 12, 'Red'), config: { rules: { 'raid-score': ['info', { amberFrom: 6, redFrom: 12 }] } } },
    { name: 'synonyms: Likelihood, Severity, P x I, Rating', text: doc('raid-log', '## Risks\n\n| Ref | Risk | Likelihood | Severity | P x I | Rating | Owner |\n| --- | --- | --- | --- | --- | --- | --- |\n| 1 | Slips | 3 | 4 | 12 | Amber | Sam |\n') },
    { name: 'a list item with labels', text: doc('raid-log', '## Risks\n\n- R-01: Slips. Owner: Sam. Probability: 4. Impact: 5. Score: 20\n') },
  ],
  invalid: [
    { name: 'a mismatch on a stated 1-3 scale names its bands', text: doc('raid-log', '| ID | Risk | Owner | Likelihood (1-3) | Impact (1-3) | Score | RAG | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| R-01 | a | Jo | 3 | 1 | 3 | Red | Open |\n'), findings: [{ span: 'Red', message: /^R-01 is rated Red, but a score of 3 is Amber \(3-5\)\.$/ }], output: null },
    { name: 'a rating in brackets after the score in a list item', text: doc('raid-log', '# Risk register\n\n- R-05: Vendor late. Probability: 4. Impact: 5. Score: 20 (Amber). Owner: Sam Okafor. Due: 2026-12-20. Mitigation: x. Status: Open\n'), findings: [{ span: 'Amber', message: /^R-05 is rated Amber, but a score of 20 is Red \(16 and above\)\.$/ }] },
    // Regression (a review of PM documents): a rating after the number in the Score cell was read only in brackets;
    // "2.5" was called outside a 1-5 scale.
    { name: 'a rating after the score in its cell', text: row(3, 4, '12 Red'), findings: [{ span: 'Red', message: /^R-01 is rated Red, but a score of 12 is Amber \(9-15\)\.$/ }] },
    { name: 'a coloured circle after the score', text: row(5, 5, '25 \u{1F7E2}'), findings: [{ span: '\u{1F7E2}', message: /^R-01 is rated Green, but a score of 25 is Red/ }] },
    { name: 'a value between the points of the scale', text: row(2.5, 4, 10), findings: [{ span: '2.5', message: /^R-01 has a probability of 2\.5, not a whole number on the 1-5 scale used for scoring\.$/ }] },
    { name: 'a score that is not P x I', text: row(3, 5, 12), findings: [{ span: '12', message: /^R-01 has a score of 12, but probability x impact is 3 x 5 = 15\.$/ }], output: null, suggestions: ['15'] },
    // Regression: a rating written in the Score cell ("8 (Amber)") was not checked.
    { name: 'a rating in the Score cell after the number', text: row(2, 4, '8 (Amber)'), findings: [{ span: 'Amber', message: /^R-01 is rated Amber, but a score of 8 is Green \(below 9\)\.$/ }], suggestions: ['Green'] },
    // Regression: a "P×I" header without spaces was not read as the score.
    { name: 'a P×I header without spaces', text: doc('raid-log', '| ID | Risk | Owner | P | I | P×I | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| R-01 | Slips | Sam | 4 | 4 | 12 | Open |\n'), findings: [{ span: '12', message: /4 x 4 = 16/ }] },
    { name: 'a rating outside its band', text: row(4, 4, 16, 'Amber'), findings: [{ span: 'Amber', message: /^R-01 is rated Amber, but a score of 16 is Red \(16 and above\)\.$/ }], suggestions: ['Red'] },
    { name: 'Green for an Amber score', text: row(3, 3, 9, 'Green'), findings: [{ span: 'Green', message: /a score of 9 is Amber \(9-15\)/ }] },
    { name: 'Red for a Green score', text: row(2, 2, 4, 'Red'), findings: [{ span: 'Red', message: /a score of 4 is Green \(below 9\)/ }] },
    { name: 'a probability above the scale', text: row(6, 4, 24), findings: [{ span: '6', message: /^R-01 has a probability of 6, outside the 1-5 scale used for scoring\.$/ }] },
    { name: 'an impact of 0', text: row(3, 0, 0), findings: [{ span: '0', message: /^R-01 has an impact of 0, outside the 1-5 scale used for scoring\.$/ }, { span: '0', message: /^R-01 has a score of 0, outside the 1-25 range of a 1-5 scale\.$/ }] },
    { name: 'a score word that disagrees with P x I', text: doc('raid-log', '| ID | Risk | Probability | Impact | Score | Owner |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Slips | 4 | 5 | Amber | Sam |\n'), findings: [{ span: 'Amber', message: /a score of 20 is Red/ }] },
    { name: 'a list item', text: doc('raid-log', '## Risks\n\n- R-01: Slips. Owner: Sam. P: 4, I: 5, Score: 16\n'), findings: [{ span: '16', message: /4 x 5 = 20/ }] },
    { name: 'a risk table in a status report', text: doc('status-report', `## Risks\n\n${HEADER}| R-01 | Slips | Sam | 2 | 5 | 12 | Amber | Open |\n`), findings: [{ span: '12', message: /2 x 5 = 10/ }] },
  ],
});

describe('raid-score in context', () => {
  it('is info by default', () => {
    const [finding] = only(lintText(row(3, 5, 12), { today: TODAY }).findings, 'raid-score');
    assert.equal(finding.severity, 'info');
  });
});
