// Completion while typing a resume bullet (engine/complete.ts): verbs at the start
// of a bullet, grouped and ranked by the rest of the line; metric snippets after
// an opening like "Reduced"; nothing in prose, other sections or other kinds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESUME_PREFIX, engine, lintText, only } from './helpers.mjs';

const GROUPS = ['Leading', 'Delivering', 'Improving', 'Saving', 'Stakeholders'];

/** Completions where `|` marks the cursor in `marked`. */
function at(marked, options = {}) {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, ...engine.complete(text, offset, options) };
}

/** A resume whose experience ends with `line` (holding the `|` cursor). */
const resumeAt = (line, before = ['Led 4 engineers through a 9-month ERP rollout']) => RESUME_PREFIX + before.map((b) => `- ${b}\n`).join('') + `${line}\n`;

const labels = (result) => [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);

/** The text after accepting `item`, snippet placeholders expanded to their defaults. */
function accept(result, item) {
  const inserted = item.isSnippet ? item.insertText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\\$/g, '$') : item.insertText;
  return result.text.slice(0, item.range[0]) + inserted + result.text.slice(item.range[1]);
}

describe('complete: verbs at the start of a bullet', () => {
  it('an empty bullet offers strong verbs from every group, and asks again as the user types', () => {
    const result = at(resumeAt('- |'));
    assert.ok(result.items.length >= 20 && result.items.length <= 60, `a short list, got ${result.items.length}`);
    assert.equal(result.isIncomplete, true, 'the list grows with the prefix, so the client must ask again');
    for (const group of GROUPS) assert.ok(result.items.some((i) => i.group === group), `a verb of the ${group} group`);
    for (const item of result.items) {
      assert.equal(item.kind, 'verb');
      assert.equal(item.isSnippet, false);
      assert.deepEqual(item.range, [result.offset, result.offset], 'nothing typed, nothing replaced');
      assert.match(item.label, /^\p{Lu}/u);
      assert.ok(item.detail.startsWith(item.group), item.detail);
    }
    assert.ok(labels(result).indexOf('Led') < 5, 'Led is near the top');
  });

  it('emphasis before the first word: "- **|", "- _|" and an auto-closed "- **|**" offer the same verbs as "- |"', () => {
    const plain = labels(at(resumeAt('- |')));
    for (const line of ['- **|', '- _|', '- **|**', '- __|__']) {
      const result = at(resumeAt(line));
      assert.deepEqual(labels(result), plain, line);
      for (const item of result.items) assert.deepEqual(item.range, [result.offset, result.offset], `${line}: nothing replaced`);
      const led = result.items.find((i) => i.label === 'Led');
      assert.equal(accept(result, led).split('\n').at(-2), line.replace('|', 'Led'), `${line}: no stray space before the closing markup`);
    }
    assert.ok(at(resumeAt('- **Le|')).items.some((i) => i.label === 'Led'), 'and a typed prefix after the emphasis narrows them');
  });

  it('groups map the lexicon categories: Led leading, Delivered delivering, Streamlined improving, Reduced saving, Negotiated stakeholders', () => {
    const groupOf = (prefix, label) => at(resumeAt(`- ${prefix}|`)).items.find((i) => i.label === label)?.group;
    assert.equal(groupOf('Le', 'Led'), 'Leading');
    assert.equal(groupOf('Mento', 'Mentored'), 'Leading', 'lead');
    assert.equal(groupOf('Onb', 'Onboarded'), 'Leading', 'team');
    assert.equal(groupOf('Deli', 'Delivered'), 'Delivering');
    assert.equal(groupOf('Sched', 'Scheduled'), 'Delivering', 'plan');
    assert.equal(groupOf('Strea', 'Streamlined'), 'Improving');
    assert.equal(groupOf('Remed', 'Remediated'), 'Improving', 'control');
    assert.equal(groupOf('Redu', 'Reduced'), 'Saving');
    assert.equal(groupOf('Nego', 'Negotiated'), 'Stakeholders');
  });

  it('a typed prefix narrows to verbs that start with it and is the range replaced', () => {
    const result = at(resumeAt('- Red|'));
    assert.ok(result.items.some((i) => i.label === 'Reduced'));
    for (const item of result.items) {
      assert.match(item.label, /^Red/);
      assert.deepEqual(item.range, [result.offset - 3, result.offset]);
    }
    const lower = at(resumeAt('- stre|'));
    assert.ok(lower.items.some((i) => i.label === 'Streamlined'), 'a lower-case prefix still matches, and the verb is inserted capitalised');
  });

  it('weak heads are never offered: Handled, Supported, Helped', () => {
    for (const prefix of ['Hand', 'Supp', 'Hel', 'Assis']) {
      const found = at(resumeAt(`- ${prefix}|`)).items.map((i) => i.label);
      assert.ok(!found.some((l) => /^(Handled|Supported|Helped|Assisted)$/.test(l)), `${prefix}: ${found.join(', ')}`);
    }
  });

  it('ranks by the rest of the line: server upgrades -> Delivered or Coordinated first', () => {
    const result = at(resumeAt('- |server upgrades across 3 sites'));
    assert.ok(['Delivered', 'Coordinated'].includes(labels(result)[0]), labels(result).slice(0, 6).join(', '));
    const top = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.match(top.detail, /fits "server upgrades/);
    assert.equal(top.insertText, `${top.label} `, 'a space separates the verb from the text after the cursor');
    const fixed = accept(result, top);
    assert.deepEqual(only(lintText(fixed).findings, 'weak-opening'), [], 'the accepted bullet opens with an action verb');
  });

  it('ranks by the rest of the line: vendors -> Negotiated, engineers -> Led, incidents -> Resolved', () => {
    assert.equal(labels(at(resumeAt('- |vendor contracts for the service desk')))[0], 'Negotiated');
    assert.ok(['Led', 'Managed', 'Mentored'].includes(labels(at(resumeAt('- |a team of 4 junior engineers')))[0]));
    assert.ok(['Resolved', 'Triaged'].includes(labels(at(resumeAt('- |P1 incidents within SLA')))[0]));
  });

  it('the rest of the line changes the order, not just the detail', () => {
    const vendors = labels(at(resumeAt('- |vendor contracts')));
    const incidents = labels(at(resumeAt('- |P1 incidents')));
    assert.notDeepEqual(vendors.slice(0, 3), incidents.slice(0, 3));
  });

  it('a weak phrase after the cursor is replaced by the chosen verb', () => {
    const result = at(resumeAt('- |Handled server upgrades and patching'));
    const top = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.equal(result.text.slice(top.range[0], top.range[1]), 'Handled');
    assert.match(top.detail, /replaces "Handled"/);
    assert.ok(['Coordinated', 'Delivered'].includes(top.label), top.label);
    assert.match(accept(result, top), new RegExp(`- ${top.label} server upgrades and patching\\n$`));
  });

  it('a bullet that already opens with an action verb gets nothing at its start', () => {
    assert.deepEqual(at(resumeAt('- |Migrated 40 servers')).items, []);
  });

  it('works in a nested bullet, an ordered list, after bold markers, with CRLF and a BOM', () => {
    assert.ok(at(resumeAt('  - |', ['Led the Azure migration'])).items.length > 0, 'nested bullet');
    assert.ok(at(resumeAt('1. |', [])).items.length > 0, 'ordered list');
    assert.ok(at(resumeAt('- **Le|')).items.some((i) => i.label === 'Led'), 'after **');
    const crlf = at(resumeAt('- Red|').replace(/\n/g, '\r\n'));
    assert.ok(crlf.items.some((i) => i.label === 'Reduced'), 'CRLF');
    // Regression (a review): lines ending in a lone CR were one line to completion, so nothing was offered.
    const cr = at(resumeAt('- Red|').replace(/\n/g, '\r'));
    const found = cr.items.find((i) => i.label === 'Reduced');
    assert.ok(found, 'lone CR');
    assert.equal(cr.text.slice(found.range[0], found.range[1]), 'Red');
    const bom = at(`\uFEFF${resumeAt('- Red|')}`);
    const reduced = bom.items.find((i) => i.label === 'Reduced');
    assert.equal(bom.text.slice(reduced.range[0], reduced.range[1]), 'Red', 'ranges count the BOM like the editor text does');
  });
});

describe('complete: metric snippets after a verb that promises a change', () => {
  const SHAPES = ['by N%', 'from before to after'];

  it('right after "Reduced ": by N%, from before to after, hours, money', () => {
    const result = at(resumeAt('- Reduced |'));
    const found = labels(result);
    for (const shape of [...SHAPES, 'by N hours per week', 'saving $N per year']) assert.ok(found.includes(shape), `${shape} in ${found.join(', ')}`);
    for (const item of result.items) {
      assert.equal(item.kind, 'metric');
      assert.equal(item.group, 'Metric');
      assert.equal(item.isSnippet, true);
      assert.match(item.insertText, /\$\{1:[^}]+\}/, 'a tab stop to type the number in');
    }
    const byPercent = result.items.find((i) => i.label === 'by N%');
    assert.equal(byPercent.insertText, 'by ${1:N}%');
    const saving = result.items.find((i) => i.label === 'saving $N per year');
    assert.match(accept(result, saving), /- Reduced saving \$N per year\n$/, 'the dollar sign is escaped in the snippet');
  });

  // Regression (a quality pass, this session): a resume in pounds was offered "saving $N per year".
  it("offers money in the resume's own currency", () => {
    const result = at(resumeAt('- Reduced |', ['Cut licence spend by £40k a year across 3 sites']));
    const saving = result.items.find((i) => i.label === 'saving £N per year');
    assert.ok(saving, labels(result).join(', '));
    assert.equal(saving.insertText, 'saving £${1:N} per year');
  });

  it('after "Reduced X ": the object typed, the metric comes next, and the result has a metric', () => {
    const result = at(resumeAt('- Reduced ticket backlog |'));
    assert.deepEqual(labels(result).slice(0, 2), SHAPES);
    const filled = accept(result, result.items.find((i) => i.label === 'by N%')).replace('by N%', 'by 40%');
    assert.deepEqual(only(lintText(filled).findings, 'missing-metric'), [], 'the filled snippet satisfies missing-metric');
  });

  it('a typed "b" is the replaced prefix', () => {
    const result = at(resumeAt('- Cut cloud spend b|'));
    assert.ok(result.items.length > 0);
    for (const item of result.items) assert.deepEqual(item.range, [result.offset - 1, result.offset]);
  });

  for (const verb of ['Cut', 'Improved', 'Raised', 'Increased', 'Decreased', 'Lowered']) {
    it(`after "${verb}"`, () => assert.ok(labels(at(resumeAt(`- ${verb} |`))).includes('by N%')));
  }

  it('"Saved" offers the amount itself', () => {
    const found = labels(at(resumeAt('- Saved |')));
    assert.ok(found.includes('$N per year') && found.includes('N hours per week'), found.join(', '));
  });

  it('nothing after a function word, once a metric is there, after other verbs, or mid-line', () => {
    assert.deepEqual(at(resumeAt('- Reduced the |')).items, [], 'after "the"');
    assert.deepEqual(at(resumeAt('- Reduced ticket backlog by |')).items, [], 'after "by"');
    assert.deepEqual(at(resumeAt('- Reduced costs by 30% |')).items, [], 'already quantified');
    assert.deepEqual(at(resumeAt('- Led the migration |')).items, [], 'Led promises no change');
    assert.deepEqual(at(resumeAt('- Reduced | ticket backlog')).items, [], 'text after the cursor');
  });

  it('a typed space stops offering late in a long bullet; asking (Ctrl+Space) still offers', () => {
    const line = '- Reduced the time the service desk spends on password resets and account unlocks for staff |';
    assert.deepEqual(at(resumeAt(line), { trigger: 'character' }).items, []);
    assert.ok(at(resumeAt(line), { trigger: 'invoked' }).items.length > 0);
    assert.ok(at(resumeAt('- Reduced ticket backlog |'), { trigger: 'character' }).items.length > 0, 'early on a space offers');
  });
});

describe('complete: nothing outside resume bullets', () => {
  const cases = {
    'prose in the summary': `---\nimpact-lint: resume\n---\n\n## Summary\n\nInfrastructure engineer |\n\n## Experience\n\n- Led 4 engineers\n`,
    'a paragraph under Experience': `${RESUME_PREFIX}Some words |\n`,
    'a list under Education': `---\nimpact-lint: resume\n---\n\n## Experience\n\n- Led 4 engineers\n\n## Education\n\n- |\n`,
    'a list under Skills': `---\nimpact-lint: resume\n---\n\n## Experience\n\n- Led 4 engineers\n\n## Skills\n\n- Red|\n`,
    'a README list (no kind)': `# my-tool\n\n## Install\n\n- |\n`,
    'a project log': `---\nimpact-lint: project-log\n---\n\n## 2024-03-04 Office move\n\n- |\n`,
    'a status report': `---\nimpact-lint: status-report\n---\n\n## Done this period\n\n- Red|\n`,
    'a code block under Experience': `${RESUME_PREFIX}\`\`\`\n- |\n\`\`\`\n`,
    'a task item': `${RESUME_PREFIX}- [ ] |\n`,
    'the middle of a word': `${RESUME_PREFIX}- Mig|rated 40 servers\n`,
    'the list marker itself': `${RESUME_PREFIX}-|\n`,
    'front matter': `---\nimpact-lint: resume\ntags:\n  - |\n---\n\n## Experience\n\n- Led 4 engineers\n`,
  };
  for (const [name, marked] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(at(marked).items, []));
  }

  it('a README list gets verbs once the kind is forced to resume (the kind decides, not the words)', () => {
    assert.ok(at('# Jane\n\n## Experience\n\n- |\n', { kind: 'resume' }).items.length > 0);
  });

  it('an out-of-range offset is not an error', () => {
    assert.deepEqual(engine.complete('- x', 99).items, []);
    assert.deepEqual(engine.complete('', 0).items, []);
  });
});
