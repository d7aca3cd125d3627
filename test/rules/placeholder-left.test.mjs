// placeholder-left: unfilled template placeholders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { engine, lintText, only } from '../helpers.mjs';
import { doc, pmTester, TODAY } from '../pm-helpers.mjs';

const minutes = (body) => doc('meeting-notes', `# Minutes\n\n${body}\n`);
const MESSAGE = (text) => new RegExp(`^"${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is an unfilled placeholder: replace it with the real value or remove it\\.$`);
const flagged = (body, span) => ({ text: minutes(body), findings: [{ span, message: MESSAGE(span) }] });

pmTester('placeholder-left', {
  valid: [
    // Regression (a review with realistic logs): a masked card or ID number, and a sentence naming a date format.
    { name: 'a masked number is no placeholder', text: minutes('Card numbers now log as XXXX-XXXX-XXXX-1234; IDs as XXX-XX-6789.') },
    { name: 'a sentence that names the date format', text: minutes('Dates below use YYYY-MM-DD. Times are in the format HH:MM, written as (DD/MM/YYYY) in the old log.') },
    // Regression (a review of PM documents): Foam / Obsidian wiki links were flagged from inside their double brackets.
    { name: 'wiki links are links', text: minutes('See [[RAID log]] and [[Decisions#D-003|decision 3]].') },
    { name: 'finished text', text: minutes('Approved £4,000 overtime. Owner: Jo Bloggs. Due: 2026-12-01.') },
    // Regression: ticket references in brackets were reported as unfilled placeholders.
    { name: 'ticket and change references in brackets', text: minutes('Fixed the login loop [INC-2041], raised [RFC-2291] and [CHG0012345].') },
    // Regression: RAID ids in brackets were unfilled placeholders.
    { name: 'RAID ids and references in brackets', text: minutes('See [R-01], [I-03], [A-01], [D-02] and [RFC 7231].') },
    { name: 'a cross-reference in brackets', text: minutes('Vendor patch slips [see RAID R-01] and the pilot moves [cf. CHG-204].') },
    // Regression: a code span broken over two lines was prose on its second line.
    { name: 'a code span that crosses a line break', text: minutes('Set the `today` setting, or pass `--today\nYYYY-MM-DD` on the command line.') },
    { name: 'links and reference links', text: minutes('See [the plan](https://example.com/plan) and [the RAID log][raid].\n\n[raid]: https://example.com/raid') },
    { name: 'a shortcut reference link with a definition', text: minutes('See [RAID log].\n\n[RAID log]: https://example.com/raid') },
    { name: 'task boxes', text: minutes('- [ ] Book the room. Owner: Lee. Due: 1 Dec\n- [x] Done') },
    { name: 'GitHub alerts and footnotes', text: minutes('> [!NOTE]\n> Read this.\n\nA claim.[^1]\n\n[^1]: A source.') },
    { name: 'editorial brackets', text: minutes('The vendor said it "will [sic] arrive" soon. [Draft] [WIP]') },
    { name: 'HTML tags', text: minutes('Line one<br>line two and <kbd>Ctrl</kbd>.') },
    { name: 'autolinks and emails', text: minutes('Mail <priya@example.com> or see <https://example.com>.') },
    { name: 'inside code', text: minutes('Dates are written `YYYY-MM-DD` and the list is in `TODO.txt`.\n\n```\nTODO: [Owner] <date>\n```') },
    { name: 'inside an HTML comment', text: minutes('<!-- Replace [Owner] and TBD before sending -->\n\nAll filled in.') },
    { name: 'words that merely contain a marker', text: minutes('Todo lists and TBDs are gone; the XXL shirts arrived.') },
    { name: 'a lower-case "todo" is a word', text: minutes('Nothing left on my todo list.') },
    { name: 'a digits-only bracket', text: minutes('As noted in [3], the scope is fixed.') },
    { name: 'custom words', text: minutes('TBD'), config: { rules: { 'placeholder-left': ['warning', { words: ['PENDING'] }] } } },
    { name: 'brackets can be allowed', text: minutes('[Owner]'), config: { rules: { 'placeholder-left': ['warning', { brackets: false }] } } },
  ],
  invalid: [
    // Regression (a review of the templates): "[Agenda item]: ..." at the start of a line was taken for a link definition, and so was "[Owner]: to confirm" (which then hid every "[Owner]").
    { name: 'a bracketed label and a colon that is no link definition', text: minutes('1. [Agenda item]: [Key points discussed]\n2. [Agenda item]: Budget is on track.\n\n[Owner]: to confirm the date.\n\nAsk [Owner] today.'), findings: [{ span: '[Agenda item]' }, { span: '[Key points discussed]' }, { span: '[Agenda item]' }, { span: '[Owner]' }, { span: '[Owner]' }] },
    { name: 'after a code span that crosses a line break, prose again', text: minutes('Pass `--today\nYYYY-MM-DD` and fill in TBD.'), findings: [{ span: 'TBD' }] },
    // Regression: the templates' hints with ";", "->" or a colon after them were missed.
    { name: 'template hints with a semicolon, an arrow, or a colon after them', text: minutes('- [Option A; option B; doing nothing]\n- **Result:** [Before -> after with a number]\n- **Sponsor:** [Name]: signs off the budget'), findings: [{ span: '[Option A; option B; doing nothing]' }, { span: '[Before -> after with a number]' }, { span: '[Name]' }] },
    { name: 'TBD', ...flagged('Owner: TBD', 'TBD'), output: null },
    { name: 'TBC in a table cell', text: minutes('| Item | Due |\n| --- | --- |\n| Renewal | TBC |'), findings: [{ span: 'TBC', message: MESSAGE('TBC') }] },
    { name: 'TODO in a heading', text: doc('status-report', '# Report\n\n## TODO summary\n'), findings: [{ span: 'TODO', message: MESSAGE('TODO') }] },
    { name: '[Owner]', ...flagged('- [ ] Book the room. Owner: [Owner]. Due: 1 Dec', '[Owner]') },
    { name: 'a long bracketed instruction', ...flagged('[Two or three sentences: where the project stands against the plan]', '[Two or three sentences: where the project stands against the plan]') },
    { name: '<date>', ...flagged('Due: <date>', '<date>') },
    { name: '<Owner name>', ...flagged('Owner: <Owner name>', '<Owner name>') },
    { name: 'YYYY-MM-DD', ...flagged('Due: YYYY-MM-DD', 'YYYY-MM-DD') },
    { name: 'DD/MM/YYYY', ...flagged('Due: DD/MM/YYYY', 'DD/MM/YYYY') },
    { name: 'YYYY-MM', ...flagged('Date: YYYY-MM', 'YYYY-MM') },
    { name: '${...}', ...flagged('Project: ${project}', '${project}') },
    { name: '{{...}}', ...flagged('Project: {{ project_name }}', '{{ project_name }}') },
    { name: 'XX%', ...flagged('Cut costs by XX%', 'XX%') },
    { name: 'a date format as a value to fill', ...flagged('Date: YYYY-MM-DD', 'YYYY-MM-DD') },
    { name: 'X runs joined by a dash, with no digits', ...flagged('Ticket XX-XX', 'XX-XX') },
    // Regression (a review of this change): X runs after a hyphen, and a label ending in "used", were let through.
    { name: 'X runs after a hyphen: a date or a change number to fill', ...flagged('Go-live moved to 2026-12-XX', 'XX') },
    { name: 'a change number to fill', ...flagged('Raised change CHG-XXXX', 'XXXX') },
    // Regression (a third review): after a key that ends in X ("UX-", "TAX-") the run was taken for the rest of a masked number.
    { name: 'a ticket number after a key that ends in X', ...flagged('Raised ticket UX-XXXX', 'XXXX') },
    { name: 'a code after a key that ends in X', ...flagged('Tax code TAX-XXX still to confirm', 'XXX') },
    { name: 'a format after a label that ends in "used"', ...flagged('Date used: YYYY-MM-DD', 'YYYY-MM-DD') },
    { name: '£XX,XXX', ...flagged('Budget: £XX,XXX', '£XX,XXX') },
    { name: '???', ...flagged('Owner: ???', '???') },
    { name: 'lorem ipsum', ...flagged('Lorem ipsum dolor sit amet.', 'Lorem ipsum dolor sit amet') },
    { name: 'FIXME', ...flagged('FIXME: the dates', 'FIXME') },
    { name: 'several on one line, in order', text: minutes('[Action]. Owner: [Owner]. Due: YYYY-MM-DD'), findings: [{ span: '[Action]' }, { span: '[Owner]' }, { span: 'YYYY-MM-DD' }] },
    { name: 'in a resume too', text: doc('resume', '# [Your name]\n\n## Experience\n\n- Led 3 teams\n'), findings: [{ span: '[Your name]' }] },
    { name: 'a marker inside brackets is one finding, not two', text: minutes('Due: [YYYY-MM-DD]. Owner: [TBD]. Then [Action].'), findings: [{ span: 'YYYY-MM-DD' }, { span: 'TBD' }, { span: '[Action]' }] },
  ],
});

describe('placeholder-left in context', () => {
  it('runs on every kind and is a warning', () => {
    for (const kind of ['resume', 'raid-log', 'wbs', 'charter']) {
      const found = only(lintText(doc(kind, '# X\n\nOwner: TBD\n'), { today: TODAY }).findings, 'placeholder-left');
      assert.equal(found.length, 1, kind);
      assert.equal(found[0].severity, 'warning');
    }
  });

  // A TBD owner or date in a RAID row is one problem: raid-missing-field names the item and what it lacks.
  it('gives way to raid-missing-field on the same words, and reports them when that rule is off', () => {
    const raid = doc('raid-log', '# RAID log\n\n| ID | Type | Description | Owner | Due | Response | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| R-02 | Risk | Vendor support ends | TBD | 2027-01-10 | Extend the contract | Open |\n| A-01 | Action | Order the switches | Sam | TBD | - | Open |\n| R-03 | Risk | Kit is late | [Owner] | 2027-01-10 | Order early | Open |\n');
    const at = (findings) => findings.map((f) => `${f.ruleId} ${f.start.line}:${f.start.character} ${raid.slice(f.span.start, f.span.end)}`);
    const both = lintText(raid, { today: TODAY }).findings.filter((f) => ['placeholder-left', 'raid-missing-field'].includes(f.ruleId));
    assert.deepEqual(at(both), ['raid-missing-field 8:38 TBD', 'raid-missing-field 9:45 TBD', 'placeholder-left 10:30 [Owner]']);
    const settings = engine.resolveSettings({ rules: { 'raid-missing-field': 'off' } });
    assert.deepEqual(at(only(lintText(raid, { today: TODAY, settings }).findings, 'placeholder-left')), ['placeholder-left 8:38 TBD', 'placeholder-left 9:45 TBD', 'placeholder-left 10:30 [Owner]']);
  });

  // Regression (a review with realistic RAID logs): in a list item's field sub-bullets, both rules reported "TBD".
  it('gives way to raid-missing-field in a list item\'s sub-bullets too', () => {
    const raid = doc('raid-log', '# RAID\n\n## Risks\n\n- R3: Vendor exits the market\n  - Owner: TBD\n  - Due: 20 Dec 2026\n  - Mitigation: second supplier\n  - Status: Open\n');
    const found = lintText(raid, { today: TODAY }).findings.filter((f) => raid.slice(f.span.start, f.span.end) === 'TBD');
    assert.deepEqual(found.map((f) => f.ruleId), ['raid-missing-field']);
  });

  it('gives way to action-item-owner on a TBD due date in minutes', () => {
    const text = minutes('| Action | Owner | Due |\n| --- | --- | --- |\n| Book the room | Lee | TBD |');
    const found = lintText(text, { today: TODAY }).findings.filter((f) => text.slice(f.span.start, f.span.end) === 'TBD');
    assert.deepEqual(found.map((f) => f.ruleId), ['action-item-owner']);
  });

  // Regression (a review of the change above): an action item that opens with TBD lost the placeholder
  // finding to action-item-owner's, which covers the whole item and does not mention it.
  it('does not give way to a finding that only starts at the same place', () => {
    const text = minutes('- [ ] TBD: book the room for the review');
    const found = lintText(text, { today: TODAY }).findings;
    assert.ok(found.some((f) => f.ruleId === 'action-item-owner'), 'action-item-owner reports the item');
    assert.deepEqual(only(found, 'placeholder-left').map((f) => text.slice(f.span.start, f.span.end)), ['TBD']);
  });

  it('gives no findings on a document with no kind', () => {
    assert.deepEqual(lintText('# README\n\nTODO: write docs\n', { today: TODAY }).findings, []);
  });
});

describe('placeholder-left with an empty word in its words option', () => {
  // Run in a child process with a time limit: the bug this guards against was a lint that never returned.
  it('finishes on a line with an emoji, flags TBD and ignores the empty word', () => {
    const engine = fileURLToPath(new URL('../../dist/engine.js', import.meta.url));
    const script = `
      const engine = require(${JSON.stringify(engine)});
      const settings = engine.resolveSettings({ rules: { 'placeholder-left': ['warning', { words: ['TBD', ''] }] } });
      const text = '---\\nimpact-lint: meeting-notes\\n---\\n\\n# Notes\\n\\nShipped it \\u{1F680} today, TBD.\\n';
      const found = engine.lint(text, { settings, today: '2026-01-01' }).findings.filter((f) => f.ruleId === 'placeholder-left');
      process.stdout.write(JSON.stringify(found.map((f) => text.slice(f.span.start, f.span.end))));
    `;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(child.signal, null, 'the lint returned (it was not killed at the time limit)');
    assert.equal(child.status, 0, child.stderr);
    const spans = JSON.parse(child.stdout);
    assert.deepEqual(spans, ['TBD'], 'TBD is flagged, and the empty word flags nothing');
  });
});

