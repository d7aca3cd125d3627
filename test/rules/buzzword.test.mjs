// buzzword: the phrase list's own examples, then the summary, fixes and boundaries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume, ruleTester, sourceOf } from '../helpers.mjs';

const data = JSON.parse(readFileSync(new URL('../../server/src/engine/lexicon/buzzwords.json', import.meta.url), 'utf8'));

// The examples kept beside the phrase list (lexicon/buzzwords.json).
ruleTester('buzzword', {
  valid: data.examples.passed.map((text) => ({ name: `buzzwords.json passed: ${text}`, text })),
  invalid: data.examples.flagged.map((text) => ({ name: `buzzwords.json flagged: ${text}`, text })),
});

ruleTester('buzzword', {
  valid: [
    'Led a team of 6 through a 9-month ERP rollout',
    { name: 'boundary: "dynamically" is not "dynamic"', text: 'Dynamically scaled 40 nodes during the sale' },
    { name: 'boundary: "player" alone', text: 'Rolled out a media player to 300 kiosks' },
  ],
  invalid: [
    { text: 'Led a dynamic team of 6 through a 9-month ERP rollout', message: /^"dynamic" is a cliche a reviewer skims past: let "6" make the point\.$/, span: 'dynamic', output: null, suggestions: [''] },
    // Regression: the message quoted a bare "11" from "11 years".
    { name: 'a number is quoted with the plural it counts', text: 'Results-driven engineer who ran 11 releases for 40 stores', message: /let "11 releases" make the point\.$/ },
    // Regression (a docs check): the evidence quoted the cliché itself ("let "3 world-class" make the point").
    { name: 'a cliché between the number and its plural is left out', text: 'Built 3 world-class dashboards for the NOC', message: /^"world-class" is a cliche a reviewer skims past: let "3 dashboards" make the point\.$/ },
    { name: 'adjective at the start: deleted with the next word capitalised', text: 'Passionate mentor to 4 junior engineers', suggestions: ['M'], output: null },
    // Regression (a review with realistic resumes): after a full stop the next word was left in lower case.
    { name: 'adjective opening a later sentence: the next word capitalised too', text: 'Ran 40 servers for 9 years. Detail-oriented engineer moving into PM', span: 'Detail-oriented', suggestions: ['E'], output: null },
    { name: 'a noun has no deletion', text: 'Worked as a team player across 3 squads', span: 'team player', output: null },
    // Regression (a review with realistic resumes): "passionate" was flagged, "a passion for" was not.
    { name: 'a passion for', text: 'Sysadmin with a passion for delivery across 40 sites', span: 'a passion for', output: null },
    // Changed on purpose (a review with 8 IT resumes, L1): the made-up example "cut costs by 20%" went.
    { name: 'no number in the bullet: the message asks for a result', text: 'Proven track record in ERP delivery', message: /show it with a result instead: what you did and what changed, with a number\.$/, output: null },
    // Regression (the same review): years of service were quoted as the proof of a quality.
    { name: 'years of service are no result', text: 'Results-driven engineer with 12 years in infrastructure', message: /show it with a result instead/, output: null },
  ],
});

describe('buzzword in context', () => {
  it('reads the summary as well as the bullets', () => {
    const text = '---\nimpact-lint: resume\n---\n\n# Sam\n\n## Summary\n\nResults-driven engineer and team player moving into project management.\n\n## Experience\n\n- Led a team of 6 through 3 releases\n';
    const found = only(lintText(text).findings, 'buzzword');
    assert.deepEqual(found.map((f) => sourceOf(text, f)), ['Results-driven', 'team player']);
  });

  it('reads an untitled intro paragraph under the name', () => {
    const text = '---\nimpact-lint: resume\n---\n\n# Sam\n\nHard-working infrastructure engineer with 8 years of Azure and Windows operations, moving into project management.\n\n## Experience\n\n- Led a team of 6 through 3 releases\n';
    assert.deepEqual(only(lintText(text).findings, 'buzzword').map((f) => sourceOf(text, f)), ['Hard-working']);
  });

  it('ignores Skills and Education', () => {
    const text = '---\nimpact-lint: resume\n---\n\n## Skills\n\n- Team player, detail-oriented\n\n## Experience\n\n- Led 3 releases\n';
    assert.deepEqual(only(lintText(text).findings, 'buzzword'), []);
  });

  it('is info by default, and the list can be trimmed', () => {
    assert.equal(only(resume(['Led a dynamic team of 6']), 'buzzword')[0].severity, 'info');
    const settings = engine.resolveSettings({ lexicon: { buzzwords: { remove: ['dynamic'] } } });
    assert.deepEqual(only(resume(['Led a dynamic team of 6'], { settings }), 'buzzword'), []);
  });
});
