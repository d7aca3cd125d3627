// Text that a fix or suggestion adds after a bullet, a result or a RAID item goes after
// the markup that closes it, not inside it. Regression: raid-missing-field's fix wrote
// "`terraform apply. Status: Open`" and "[the plan. Status: Open](url)".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only } from './helpers.mjs';
import { doc, TODAY } from './pm-helpers.mjs';

/** `text` with the first suggestion of the first `ruleId` finding applied (snippet text as is). */
function suggested(text, ruleId) {
  const [finding] = only(lintText(text, { today: TODAY }).findings, ruleId);
  assert.ok(finding, `${ruleId} reports on the text`);
  const edit = finding.suggestions[0].edit;
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

const RESUME = (bullet) => `---\nimpact-lint: resume\n---\n\n## Experience\n\n- ${bullet}\n`;

describe('InlineText.after: where text added after a plain position goes in the source', () => {
  const at = (source, end) => {
    const { model } = engine.lint(source, { kind: 'resume' });
    const item = model.items[0];
    return source.slice(0, item.text.after(source, end ?? item.text.plain.length));
  };
  for (const [source, before] of [
    ['- Cut costs by **40%**\n', '- Cut costs by **40%**'],
    ['- Ran `terraform apply`\n', '- Ran `terraform apply`'],
    ['- See [the plan](https://x.y/a_(b))\n', '- See [the plan](https://x.y/a_(b))'],
    ['- See [the plan][plan]\n\n[plan]: https://x.y\n', '- See [the plan][plan]'],
    ['- Quote <b>now</b>\n', '- Quote <b>now</b>'],
    ['- Quote ~~never~~ now <!-- ask -->\n', '- Quote ~~never~~ now'],
    ['- Plain text\n', '- Plain text'],
    ['- See <https://itsm.example.com/CHG0042>\n', '- See <https://itsm.example.com/CHG0042>'],
    ['- Mail <ops@example.com>\n', '- Mail <ops@example.com>'],
    ['- See <https://x.y/a>.\n', '- See <https://x.y/a>.'],
    ['- Mail `<ops@example.com>`\n', '- Mail `<ops@example.com>`'],
    ['- See **<https://x.y/a>**\n', '- See **<https://x.y/a>**'],
  ]) {
    it(JSON.stringify(source.split('\n')[0]), () => assert.equal(at(source, engine.lint(source, { kind: 'resume' }).model.items[0].text.plain.trimEnd().length), before));
  }
  it('in the middle of the text: past the closing markup, not into the next word', () => {
    assert.equal(at('- **Cut** costs\n', 3), '- **Cut**');
    assert.equal(at('- **Cut**costs\n', 3), '- **Cut**');
    assert.equal(at('- See <https://x.y> now\n', 'See https://x.y'.length), '- See <https://x.y>');
  });
  it('a ">" that closes no autolink is text: nothing is skipped', () => {
    assert.equal(at('- Rated x>y now\n', 'Rated x'.length), '- Rated x');
    assert.equal(at('- Rated a < b > c\n', 'Rated a < b'.length), '- Rated a < b');
  });
});

describe('suggestions and fixes that add text at the end', () => {
  it('action-item-owner: after an autolink, not inside it', () => {
    const text = doc('meeting-notes', '# Minutes: CAB\n\n## Actions\n\n- Update the runbook at <https://wiki.example.com/rb>\n');
    assert.match(suggested(text, 'action-item-owner'), /<https:\/\/wiki\.example\.com\/rb> \(Owner: \$\{1:name\}, due \$\{2:date\}\)\n/);
  });
  it('decision-missing-field: after an autolink, not inside it', () => {
    const text = doc('status-report', '# Status report: Firewall\n\n**Overall status:** Green\n\n## Decisions needed\n\n- Approve the firewall change see <https://itsm.example.com/CHG0042>\n');
    assert.match(suggested(text, 'decision-missing-field'), /<https:\/\/itsm\.example\.com\/CHG0042> \(Decider: \$\{1:name\}, by \$\{2:date\}\)\n/);
  });
  it('missing-metric: after bold', () => {
    assert.match(suggested(RESUME('Upgraded the **file servers**'), 'missing-metric'), /- Upgraded the \*\*file servers\*\* for \$\{1:N\}/);
  });
  it('missing-metric: after a link, before the full stop', () => {
    assert.match(suggested(RESUME('Upgraded the [file servers](https://x.y).'), 'missing-metric'), /- Upgraded the \[file servers\]\(https:\/\/x\.y\) for \$\{1:N\}[^\n]*\.\n/);
  });
  it('log-entry-outcome: after a bold result', () => {
    const text = doc('project-log', '## 2026-10-19 Patch push\n\n- **What:** Rebuilt the patch rings.\n- **With:** Desktop team.\n- **Timeline:** Two weeks.\n- **Result:** Compliance went up **a lot**.\n');
    assert.match(suggested(text, 'log-entry-outcome'), /Compliance went up \*\*a lot\*\* \(from \$\{1:before\} to \$\{2:after\}\)\.\n/);
  });
  it('star-result-metric: after code', () => {
    const text = doc('star-stories', '## Story\n\n**Situation:** Nightly jobs failed.\n\n**Task:** I owned the fix.\n\n**Action:** I rewrote the scheduler.\n\n**Result:** Jobs now run on `cron`.\n');
    assert.match(suggested(text, 'star-result-metric'), /Jobs now run on `cron`, from \$\{1:before\} to \$\{2:after\}\.\n/);
  });
  it('status-rag-reason: after a bold rating', () => {
    const text = doc('status-report', '# Status report: Office move\n\n**Overall status:** **Amber**\n\n## Summary\n\nWork goes on.\n');
    assert.match(suggested(text, 'status-rag-reason'), /\*\*Overall status:\*\* \*\*Amber\*\*: \$\{1:reason\}/);
  });
  it('action-item-owner: after code', () => {
    const text = doc('meeting-notes', '# Weekly sync\n\n## Actions\n\n- [ ] Send the floor plan to `facilities`\n');
    assert.match(suggested(text, 'action-item-owner'), /- \[ \] Send the floor plan to `facilities` \(Owner: /);
  });
  it('raid-missing-field: the status fix after a link, through --fix', () => {
    const text = doc('raid-log', '## Risks\n\n- R-14: Refresh. Owner: Ana. Due: 2026-12-01. Mitigation: see [the plan](https://x.y/plan)\n');
    const fixed = engine.applyEdits(text, only(lintText(text, { today: TODAY }).findings, 'raid-missing-field').flatMap((f) => (f.fix ? [f.fix] : []))).text;
    assert.match(fixed, /see \[the plan\]\(https:\/\/x\.y\/plan\)\. Status: Open\n/);
  });
});
