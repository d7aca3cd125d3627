// missing-summary: a whole resume without a summary before the experience.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, ruleTester, sourceOf } from '../helpers.mjs';

const BULLETS = '- Led a 3-team office move for 400 staff\n- Migrated 1,200 mailboxes in 10 weeks\n- Cut the backlog from 400 to 90\n';
const doc = (top, rest = '## Education\n\n- BSc Computer Science, 2016\n') => `---\nimpact-lint: resume\n---\n\n# Sam Rivera\n\n${top}## Experience\n\n${BULLETS}\n${rest}`;

// A single-bullet document is a fragment: never flagged.
ruleTester('missing-summary', {
  valid: ['Led a 3-team office move for 400 staff'],
  invalid: [],
});

describe('missing-summary', () => {
  it('flags the experience heading of a whole resume with no summary, and offers a skeleton', () => {
    const text = doc('');
    const found = only(lintText(text).findings, 'missing-summary');
    assert.equal(found.length, 1);
    assert.equal(sourceOf(text, found[0]), 'Experience');
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /^No summary before "Experience": add two or three lines on top/);
    assert.equal(found[0].fix, undefined, '--fix does not write text to fill in');
    const [suggestion] = found[0].suggestions;
    assert.equal(suggestion.snippet, true);
    assert.equal(text.slice(suggestion.edit.range[0], suggestion.edit.range[0] + 13), '## Experience');
    const filled = engine.applyEdits(text, [{ range: suggestion.edit.range, text: suggestion.edit.text.replace(/\$\{\d+:([^}]*)\}/g, '$1') }]).text;
    assert.match(filled, /# Sam Rivera\n\n## Summary\n\nCurrent IT role with N years .*\n\n## Experience/);
    assert.deepEqual(only(lintText(filled).findings, 'missing-summary'), []);
  });

  it('a Summary, Profile or About heading before the experience is a summary', () => {
    for (const title of ['Summary', 'Professional Profile', 'About me', 'Career objective']) {
      assert.deepEqual(only(lintText(doc(`## ${title}\n\nInfrastructure engineer moving into PM.\n\n`)).findings, 'missing-summary'), [], title);
    }
  });

  it('an untitled intro paragraph under the name is a summary; a contact line is not', () => {
    assert.deepEqual(only(lintText(doc('Infrastructure engineer with 8 years running Azure for 1,200 users, moving into project management.\n\n')).findings, 'missing-summary'), []);
    assert.equal(only(lintText(doc('Leeds · sam@example.com · +44 7700 900123\n\n')).findings, 'missing-summary').length, 1);
  });

  it('a summary after the experience: move it up', () => {
    const text = doc('', '## Summary\n\nInfrastructure engineer moving into PM.\n\n## Education\n\n- BSc\n');
    const [finding] = only(lintText(text).findings, 'missing-summary');
    assert.equal(sourceOf(text, finding), 'Summary');
    assert.match(finding.message, /comes after the experience: move it above "Experience"/);
  });

  it('drafts and fragments are not flagged: under three bullets, or no other section', () => {
    const two = '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Led 3 moves\n- Led 2 audits\n\n## Education\n\n- BSc\n';
    assert.deepEqual(only(lintText(two).findings, 'missing-summary'), []);
    const onlyExperience = `---\nimpact-lint: resume\n---\n\n# Sam\n\n## Experience\n\n${BULLETS}`;
    assert.deepEqual(only(lintText(onlyExperience).findings, 'missing-summary'), []);
  });

  it('uses the experience heading level and the document line endings', () => {
    const text = doc('').replace('## Experience', '# Experience').replace(/\n/g, '\r\n');
    const [finding] = only(lintText(text).findings, 'missing-summary');
    assert.match(finding.suggestions[0].edit.text, /^# Summary\r\n\r\n/);
  });

  it('non-English resumes are not flagged', () => {
    const text = '---\nimpact-lint: resume\n---\n\n# Ana García\n\n## Experiencia\n\n- Dirigí la migración de 40 servidores a Azure en 6 semanas con un equipo de 4 personas\n- Reduje los tiempos de respuesta de la mesa de ayuda en un 30% para los usuarios de la empresa\n- Coordiné la mudanza de la oficina de Madrid con 3 equipos y los proveedores\n\n## Educación\n\n- Ingeniería Informática, Universidad de Sevilla\n';
    assert.deepEqual(lintText(text).findings.filter((f) => f.ruleId !== 'placeholder-left').map((f) => f.ruleId), []);
  });
});
