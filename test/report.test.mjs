// The status report built from a RAID log (engine/report.ts): the right open,
// overdue and due-next items, the RAG it suggests with its reason, the
// status-report template's sections, and no finding but placeholder-left.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { engine, lintText } from './helpers.mjs';

const TODAY = '2026-11-26';
const read = (file) => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const RAID = read('test/fixtures/drafting/raid-log.md');
const LOG = read('examples/project-log.md');

/** Findings other than placeholder-left, which marks what only the user can fill in. */
function findingsBesidesPlaceholders(markdown, today = TODAY) {
  const result = lintText(markdown, { today });
  assert.equal(result.kind.kind, 'status-report');
  assert.deepEqual(result.crashed, []);
  return result.findings.filter((f) => f.ruleId !== 'placeholder-left').map((f) => `${f.ruleId} line ${f.start.line}: ${f.message}`);
}

const raid = (rows) =>
  `---\nimpact-lint: raid-log\n---\n\n# RAID log\n\n| ID | Type | Description | Owner | Status | Review date | Probability | Impact | Score | Response |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;

describe('status report from a RAID log', () => {
  const report = engine.statusReport({ raid: RAID, log: LOG, today: TODAY });

  it('counts open items by severity, overdue and due next period, and decisions', () => {
    assert.deepEqual(report.open.map((i) => [i.id, i.severity ?? null]), [
      ['R-01', 'High'],
      ['R-03', 'High'],
      ['R-02', 'Medium'],
      ['I-01', null],
      ['A-01', null],
      ['I-02', null],
      ['D-01', null],
    ]);
    assert.deepEqual(report.overdue.map((i) => [i.id, i.overdueDays]), [['I-01', 6], ['A-01', 2]]);
    assert.deepEqual(report.dueNext.map((i) => i.id), ['R-01', 'R-03', 'I-02']);
    assert.deepEqual(report.decisions.map((i) => i.id), ['I-01']);
    assert.ok(!report.open.some((i) => i.id === 'R-04'), 'a closed risk is not open');
  });

  it('suggests Amber and says why', () => {
    assert.equal(report.rag, 'Amber');
    assert.equal(report.reason, 'Amber: 2 high risks open, 1 overdue issue, 1 overdue assumption');
    assert.match(report.markdown, /^\*\*Overall status:\*\* Amber$/m);
    assert.match(report.markdown, /^\*\*Reason:\*\* 2 high risks open, 1 overdue issue, 1 overdue assumption\.$/m);
    assert.match(report.markdown, /^\*\*Path to green:\*\* Agree new dates for I-01 and A-01; carry out the responses to R-01 and R-03 by 2026-12-03\.$/m);
  });

  it("has the template's sections and lints clean except placeholder-left", () => {
    for (const heading of ['## Summary', '## Done this period', '## Planned next period', '## Risks and issues', '## Decisions needed']) assert.ok(report.markdown.includes(`\n${heading}\n`), heading);
    assert.match(report.markdown, /^# Status report: Leeds office move$/m);
    assert.deepEqual(findingsBesidesPlaceholders(report.markdown), []);
  });

  it('asks for a new date instead of repeating an overdue one', () => {
    const row = report.markdown.split('\n').find((l) => l.startsWith('| I-01 '));
    assert.equal(row, '| I-01 | Floor plan for level 3 not signed off | Not rated | Priya Natarajan | Open, overdue since 2026-11-20 | Escalate to the sponsor for sign-off | YYYY-MM-DD |');
    assert.match(report.markdown, /\| Escalate to the sponsor for sign-off: floor plan for level 3 not signed off \(I-01\) \| The sponsor \| 2026-12-03 \|/);
  });

  it('is deterministic', () => {
    assert.equal(engine.statusReport({ raid: RAID, log: LOG, today: TODAY }).markdown, report.markdown);
  });
});

describe('the suggested RAG', () => {
  it('Red when a high-priority issue is overdue', () => {
    const text = raid([['I-09', 'Issue', 'Core switch failed', 'Sam Okafor', 'Open', '2026-11-20', '-', 'High', '-', 'Replace it']]);
    const report = engine.statusReport({ raid: text, today: TODAY });
    assert.equal(report.reason, 'Red: 1 high issue open, 1 overdue issue');
    assert.deepEqual(findingsBesidesPlaceholders(report.markdown), []);
  });

  it('Green with nothing high or overdue, and then nothing to fill in', () => {
    const text = raid([['R-01', 'Risk', 'Because of leave, testing may slip', 'Lee Chan', 'Open', '2026-12-20', '2', '3', '6', 'Reduce: book cover']]);
    const report = engine.statusReport({ raid: text, today: TODAY });
    assert.equal(report.rag, 'Green');
    assert.equal(report.reason, 'Green: no high risks or issues open and nothing overdue');
    assert.deepEqual(lintText(report.markdown, { today: TODAY }).findings.map((f) => `${f.ruleId}: ${f.message}`), []);
  });

  it('the RAID table inside examples/project-log.md: two overdue items, a missing owner left to fill', () => {
    const report = engine.statusReport({ raid: LOG, log: LOG, today: TODAY });
    assert.equal(report.reason, 'Amber: 1 overdue issue, 1 overdue risk');
    assert.match(report.markdown, /\| I-02 \| Floor plan for level 3 not signed off \| Not rated \| \[Owner\] \|/);
    assert.deepEqual(findingsBesidesPlaceholders(report.markdown), []);
  });
});

describe('done this period', () => {
  it('lists the project-log entries dated in the period', () => {
    const report = engine.statusReport({ raid: RAID, log: LOG, today: '2026-10-08' });
    assert.match(report.markdown, /## Done this period\n\n- Exchange Online cut-over: 1,200 mailboxes moved; 4 support tickets on Monday against 40 forecast \(2026-10-05\)\n/);
    const longer = engine.statusReport({ raid: RAID, log: LOG, today: '2026-10-20', periodDays: 14 });
    assert.match(longer.markdown, /- Patch compliance push: Patch compliance went up a lot \(2026-10-19\)/);
    assert.doesNotMatch(longer.markdown, /Exchange Online cut-over/);
  });

  it('says so when the log has nothing for the period', () => {
    assert.match(engine.statusReport({ raid: RAID, today: TODAY }).markdown, /- Nothing recorded in the project log from 2026-11-20 to 2026-11-26\./);
  });
});

describe('severity and dates read as the RAID table writes them', () => {
  it('rates an item with an impact of 5 alone as high, as the preview does', () => {
    const text = raid([['R-05', 'Risk', 'Because the DC lease ends, the racks may have to move early', 'Sam Okafor', 'Open', '2026-12-20', '', '5', '', 'Reduce: agree an extension']]);
    const [item] = engine.statusReport({ raid: text, today: TODAY }).open;
    assert.equal(item.severity, 'High');
  });

  // Regression: a typed score that disagrees with probability x impact rated the item (4 x 5 typed as 12: Medium, report Green).
  it('rates by probability x impact, not a typed score that disagrees with them', () => {
    const report = engine.statusReport({ raid: raid([['R-01', 'Risk', 'Network not ready on floor 3', 'Ana Souza', 'Open', '2026-12-20', '4', '5', '12', 'Chase the contractor']]), today: TODAY });
    assert.equal(report.open.find((i) => i.id === 'R-01').severity, 'High');
    assert.notEqual(report.rag, 'Green');
  });

  it('treats an assumption marked Validated as closed, as the preview does', () => {
    const text = raid([['A-02', 'Assumption', 'Facilities provide a lift engineer', 'Lee Chan', 'Validated', '2026-11-10', '-', '-', '-', 'Confirmed in writing']]);
    const report = engine.statusReport({ raid: text, today: TODAY });
    assert.deepEqual(report.open, []);
    assert.deepEqual(report.overdue, []);
    assert.equal(report.rag, 'Green');
  });

  it('reads a 1-3 scale from the header: three 3 x 3 risks are high and the report Red', () => {
    const rows = [['R-01', 'Risk', 'Because of stock, switches may slip', 'Sam Okafor', 'Open', '2026-12-20', '3', '3', '9', 'Reduce: loan switches'], ['R-02', 'Risk', 'Because the lift is booked, furniture may be late', 'Lee Chan', 'Open', '2026-12-20', '3', '3', '9', 'Reduce: book a second slot'], ['R-03', 'Risk', 'Because of leave, the survey may be thin', 'Lee Chan', 'Open', '2026-12-20', '3', '3', '9', 'Reduce: bring in a contractor']];
    const stated = raid(rows).replace('| Probability | Impact |', '| Probability (1-3) | Impact (1-3) |');
    const report = engine.statusReport({ raid: stated, today: TODAY });
    assert.deepEqual(report.open.map((i) => i.severity), ['High', 'High', 'High']);
    assert.equal(report.rag, 'Red');
    assert.equal(report.reason, 'Red: 3 high risks open');
    assert.deepEqual(findingsBesidesPlaceholders(report.markdown), []);
    // Without the header, the values (all 1-3, one at the top) say the same.
    assert.equal(engine.statusReport({ raid: raid(rows), today: TODAY }).rag, 'Red');
    // A 1-5 table keeps its bands: 3 x 3 = 9 is medium.
    const five = raid([...rows, ['R-04', 'Risk', 'Because of the audit, the change freeze may move', 'Sam Okafor', 'Open', '2026-12-20', '2', '4', '8', 'Accept']]);
    assert.deepEqual(engine.statusReport({ raid: five, today: TODAY }).open.map((i) => i.severity), ['Medium', 'Medium', 'Medium', 'Low']);
  });

  it('settles an ambiguous 01/11/2026 by the day-first dates in the same table', () => {
    const text = raid([
      ['I-03', 'Issue', 'Two desks short on level 2', 'Lee Chan', 'Open', '13/11/2026', '-', 'Low', '-', 'Order two desks'],
      ['I-04', 'Issue', 'Badge readers not installed', 'Priya Natarajan', 'Open', '01/11/2026', '-', 'Low', '-', 'Chase the installer'],
    ]);
    const report = engine.statusReport({ raid: text, today: TODAY });
    assert.deepEqual(report.overdue.map((i) => [i.id, i.due, i.overdueDays]), [['I-04', '2026-11-01', 25], ['I-03', '2026-11-13', 13]]);
  });

  it('keeps an ambiguous date as written when nothing settles it, instead of a placeholder', () => {
    const text = raid([['I-05', 'Issue', 'Badge readers not installed', 'Priya Natarajan', 'Open', '01/12/2026', '-', 'Low', '-', 'Chase the installer']]);
    const report = engine.statusReport({ raid: text, today: TODAY });
    assert.equal(report.open[0].due, undefined);
    assert.match(report.markdown, /\| I-05 \| Badge readers not installed \| Low \| Priya Natarajan \| Open \| Chase the installer \| 01\/12\/2026 \|/);
  });

  it('three overdue low assumptions make the report Amber, not Red', () => {
    const rows = ['A-01', 'A-02', 'A-03'].map((id, n) => [id, 'Assumption', `Supplier ${n + 1} confirms the delivery slot`, 'Lee Chan', 'Open', `2026-11-1${n}`, '-', 'Low', '-', 'Confirm in writing']);
    const report = engine.statusReport({ raid: raid(rows), today: TODAY });
    assert.equal(report.overdue.length, 3);
    assert.equal(report.rag, 'Amber');
    assert.equal(report.reason, 'Amber: 3 overdue assumptions');
  });
});

// Regression (the drafting review, M8): a project log given as the RAID log was reported "Green: no high risks or issues open".
describe('statusReport without a RAID table', () => {
  it('rates nothing and says why, and the status is left to fill in', () => {
    const log = '---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2026-11-20 Cut-over\n\nRan the cut-over with Sam. 1,200 mailboxes moved.\n';
    const report = engine.statusReport({ raid: log, log, today: TODAY });
    assert.equal(report.rag, undefined);
    assert.match(report.reason, /^No risks, issues or RAID table found/);
    assert.match(report.markdown, /\*\*Overall status:\*\* \[Green, Amber or Red\]\n/);
    assert.match(report.markdown, /\*\*Reason:\*\* No risks, issues or RAID table found in the file the report was built from: rate the status yourself\.\n/);
  });
});
