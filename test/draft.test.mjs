// Drafting from the project log (engine/draft.ts, engine/roles.ts): every entry
// with a number drafts a resume bullet and a STAR story that lint clean with the
// real engine and every rule, the output is deterministic, and a resume's roles
// say where a new bullet goes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { engine, lintText } from './helpers.mjs';

const TODAY = '2026-11-26';
const read = (file) => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const LOGS = { 'examples/project-log.md': read('examples/project-log.md'), 'test/fixtures/drafting/project-log.md': read('test/fixtures/drafting/project-log.md') };
const RESUME = read('examples/resume.md');

/** Every dated entry of a log, by the offset of its anchor. */
function entries(text) {
  return engine.readLogEntries(engine.parseDocument(text), TODAY).map((entry) => ({ offset: entry.anchor.start, title: text.slice(entry.anchor.start, entry.anchor.end) }));
}

const describeFindings = (findings, text) => findings.map((f) => `${f.ruleId} "${text.slice(f.span.start, f.span.end)}": ${f.message}`);

/** The resume with `bullet` added to its first role, and the inserted line. */
function resumeWith(bullet) {
  const [role] = engine.resumeRoles(RESUME);
  const edit = engine.bulletInsertion(role, bullet);
  const text = RESUME.slice(0, edit.range[0]) + edit.text + RESUME.slice(edit.range[1]);
  return { text, line: role.position.line + 1 };
}

describe('resume bullets drafted from log entries', () => {
  for (const [file, log] of Object.entries(LOGS)) {
    for (const { offset, title } of entries(log)) {
      it(`${file} ${title}: lints clean in a resume when the entry had a number`, () => {
        const draft = engine.draftFromLog(log, offset, 'bullet', { today: TODAY });
        assert.ok(draft, 'no draft');
        assert.doesNotMatch(draft.draft, /\n|^\s|\s$/, 'one trimmed line');
        if (!draft.hasNumber) {
          // No number in the entry: the draft asks for one instead of pretending.
          assert.ok(draft.draft.includes(engine.RESULT_PLACEHOLDER), draft.draft);
          assert.equal(draft.clean, false);
          return;
        }
        assert.equal(draft.clean, true, draft.draft);
        // The real resume: no finding of any rule on the inserted bullet's line.
        const { text, line } = resumeWith(draft.draft);
        assert.equal(text.split('\n')[line], `- ${draft.draft}`);
        const result = lintText(text, { today: TODAY });
        assert.deepEqual(result.crashed, []);
        assert.deepEqual(describeFindings(result.findings.filter((f) => f.start.line === line), text), [], draft.draft);
        // And a resume holding only the draft (plus a summary) is clean as a whole.
        const alone = `---\nimpact-lint: resume\n---\n\n# Jo Smith\n\n## Summary\n\nSystems engineer moving into IT project management after eight years of delivery.\n\n## Experience\n\n### Systems Engineer, Example Ltd (2020 – present)\n\n- ${draft.draft}\n`;
        assert.deepEqual(describeFindings(lintText(alone, { today: TODAY }).findings, alone), []);
      });
    }
  }

  it('turns "we did X with three teams" into the X-Y-Z shape, durations from the dates', () => {
    const log = LOGS['test/fixtures/drafting/project-log.md'];
    const draft = engine.draftFromLog(log, log.indexOf('## 2026-03-02'), 'bullet', { today: TODAY });
    assert.equal(draft.draft, 'Coordinated the patch rollout to every branch laptop across three teams over six weeks, raising patch compliance from 62% to 97%');
    assert.equal(draft.entryTitle, 'Patch compliance push');
  });

  it('keeps the numbers of examples/project-log.md and opens with its own strong verb', () => {
    const log = LOGS['examples/project-log.md'];
    const draft = engine.draftFromLog(log, log.indexOf('## 2026-10-05') + 10, 'bullet', { today: TODAY });
    assert.equal(draft.draft, 'Ran the final mailbox batch and the MX record switch across two teams and vendor Fabrikam over 6 weeks, moving 1,200 mailboxes with 4 support tickets on Monday against 40 forecast');
  });

  it('rewrites weak and nominal openings into a past-tense action verb', () => {
    const log = LOGS['test/fixtures/drafting/project-log.md'];
    const at = (heading) => engine.draftFromLog(log, log.indexOf(heading), 'bullet', { today: TODAY }).draft;
    assert.match(at('## 2026-04-20'), /^Rewrote the triage runbook /); // "I was responsible for rewriting"
    assert.match(at('## 2026-05-11'), /^Consolidated the backup jobs /); // "Consolidation of"
    assert.match(at('## 2026-06-08'), /^Onboarded new starters /); // "Helped with onboarding"
    assert.match(at('## 2026-06-08'), /halving first-week tickets$/);
    assert.match(at('- 2026-09-14'), /^Migrated 40 file servers to Azure Files with the storage team over 6 weeks, with storage costs down 30%$/);
  });

  it('reads the direction of a result without a verb from its numbers', () => {
    const log = (result) => `---\nimpact-lint: project-log\n---\n\n## 2026-10-05 Patch rings\n\n- **What:** Rebuilt the patch rings\n- **With:** desktop team\n- **Timeline:** 2 weeks\n- **Result:** ${result}\n`;
    const draft = (result) => engine.draftFromLog(log(result), log(result).indexOf('What'), 'bullet', { today: TODAY }).draft;
    assert.equal(draft('Patch compliance from 62% to 97%'), 'Rebuilt the patch rings with the desktop team over 2 weeks, raising patch compliance from 62% to 97%');
    assert.equal(draft('MTTR from 4h to 30m'), 'Rebuilt the patch rings with the desktop team over 2 weeks, cutting MTTR from 4h to 30m');
    // A verb of its own keeps its word; places are not amounts.
    assert.match(draft('Reduced ticket time from 9 hours to 3'), /, reducing ticket time from 9 hours to 3$/);
    assert.doesNotMatch(draft('Staff from London to Leeds'), /raising|cutting/);
  });

  it('asks for the amount when the result has none, and drops the hedge', () => {
    const log = LOGS['examples/project-log.md'];
    const draft = engine.draftFromLog(log, log.indexOf('## 2026-10-19'), 'bullet', { today: TODAY });
    assert.equal(draft.hasNumber, false);
    assert.doesNotMatch(draft.draft, /a lot/);
    assert.match(draft.draft, /raising patch compliance \[how much: from N to N\]$/);
  });

  it('is deterministic', () => {
    const log = LOGS['test/fixtures/drafting/project-log.md'];
    const all = () => entries(log).map(({ offset }) => [engine.draftFromLog(log, offset, 'bullet', { today: TODAY }).draft, engine.draftFromLog(log, offset, 'star', { today: TODAY }).draft]);
    assert.deepEqual(all(), all());
  });

  it('finds no entry outside the entries', () => {
    const log = LOGS['examples/project-log.md'];
    assert.equal(engine.draftFromLog(log, 5, 'bullet', { today: TODAY }), undefined);
    assert.equal(engine.draftFromLog(log, log.indexOf('A dated record'), 'star', { today: TODAY }), undefined);
  });
});

describe('STAR stories drafted from log entries', () => {
  for (const [file, log] of Object.entries(LOGS)) {
    for (const { offset, title } of entries(log)) {
      it(`${file} ${title}: Situation, Task, Action, Result; clean when the entry had a number`, () => {
        const draft = engine.draftFromLog(log, offset, 'star', { today: TODAY });
        const text = `---\nimpact-lint: star-stories\n---\n\n# STAR stories\n\n${draft.draft}`;
        const [story, ...more] = engine.readStories(engine.parseDocument(text), 'star-stories');
        assert.equal(more.length, 0);
        assert.deepEqual(story.parts.map((p) => p.key), ['situation', 'task', 'action', 'result']);
        assert.match(draft.draft, /\*\*Action:\*\*\n\n1\. I /);
        const findings = lintText(text, { today: TODAY }).findings;
        if (!draft.hasNumber) {
          assert.equal(draft.clean, false);
          return;
        }
        assert.equal(draft.clean, true);
        assert.deepEqual(describeFindings(findings, text), []);
      });
    }
  }

  it('the Exchange cut-over story', () => {
    const log = LOGS['examples/project-log.md'];
    assert.equal(
      engine.draftFromLog(log, log.indexOf('## 2026-10-05'), 'star', { today: TODAY }).draft,
      [
        '## Exchange Online cut-over',
        '',
        '**Situation:** Exchange Online cut-over (October 2026), with the messaging team, the service desk and vendor Fabrikam. Timeline: weekend cut-over, planned over 6 weeks.',
        '',
        '**Task:** I owned the Exchange Online cut-over and its delivery over 6 weeks.',
        '',
        '**Action:**',
        '',
        '1. I ran the final mailbox batch and the MX record switch.',
        '2. I worked with the messaging team, the service desk and vendor Fabrikam over 6 weeks.',
        '',
        '**Result:** 1,200 mailboxes moved; 4 support tickets on Monday against 40 forecast.',
        '',
      ].join('\n'),
    );
  });
});

// Entries as people write them in a project log: a dated line of free text, a dated
// heading over a paragraph, and labelled parts. Each draft reads as a person would
// write it, and one drafted from an entry with a number lints clean in a resume.
const MY_LOG = `---
impact-lint: project-log
---

# Project log: service desk, 2026

- 2026-05-05: Replaced the printers with managed print, cutting print costs by 20%.
- 2026-05-06: Automated new-starter onboarding with PowerShell, saving 6 hours a week.
- 2026-05-07: Negotiated with Dell for 3 months on laptop pricing
- 2026-05-08: Helped the network team with the core switch refresh, cutting outages from 6 to 1 a quarter.

## 2026-05-13 Intune rollout

Rolled out Intune to 600 devices with the desktop team over 5 weeks, raising compliance from 70% to 98%.

## 2026-05-14 Firewall clean-up

What: Firewall rule review
Result: Removed 2,300 stale rules

## 2026-05-16 Service desk queue

What: Rebuilt the service desk queue
Result: First response time went from 4h to 30m

## 2026-05-17 Backups

What: Moved backups to immutable storage
Result: RPO improved to 15 minutes

## 2026-05-18 Knowledge base

What: Rewrote the knowledge base
Result: Tickets went from 120/week to 80/week

## 2026-05-19 Office refit

What: Ran the office refit for 80 staff
Result: Came in 5% under budget

## 2026-05-20 Certification

What: Coached two junior engineers for certification
Result: Both passed their AZ-104

## 2026-05-21 DR test

I was in charge of the DR test.

Result: Restored 40 servers in 6 hours
`;

/** The draft for the entry whose line starts with `marker`. */
const mine = (marker, shape = 'bullet') => engine.draftFromLog(MY_LOG, MY_LOG.indexOf(marker), shape, { today: TODAY });

/** A drafted bullet with a number: clean by the drafter's own check and in the real resume. */
function assertCleanBullet(draft) {
  assert.equal(draft.hasNumber, true, draft.draft);
  assert.equal(draft.clean, true, draft.draft);
  assert.ok(!draft.draft.includes(engine.RESULT_PLACEHOLDER), draft.draft);
  const { text, line } = resumeWith(draft.draft);
  assert.deepEqual(describeFindings(lintText(text, { today: TODAY }).findings.filter((f) => f.start.line === line), text), [], draft.draft);
}

describe('drafts from entries written as people write them', () => {
  const expected = {
    '- 2026-05-05': 'Replaced the printers with managed print, cutting print costs by 20%',
    '- 2026-05-06': 'Automated new-starter onboarding with PowerShell, saving 6 hours a week',
    '- 2026-05-08': 'Partnered with the network team on the core switch refresh, cutting outages from 6 to 1 a quarter',
    '## 2026-05-13': 'Rolled out Intune to 600 devices with the desktop team over 5 weeks, raising compliance from 70% to 98%',
    '## 2026-05-14': 'Ran the firewall rule review, removing 2,300 stale rules',
    '## 2026-05-16': 'Rebuilt the service desk queue, cutting first response time from 4h to 30m',
    '## 2026-05-17': 'Moved backups to immutable storage, improving RPO to 15 minutes',
    '## 2026-05-18': 'Rewrote the knowledge base, cutting tickets from 120 a week to 80 a week',
    '## 2026-05-19': 'Ran the office refit for 80 staff, coming in 5% under budget',
    '## 2026-05-20': 'Coached two junior engineers for certification; both passed their AZ-104',
    '## 2026-05-21': 'Led the DR test, restoring 40 servers in 6 hours',
  };
  for (const [marker, bullet] of Object.entries(expected)) {
    it(`${marker}: "${bullet}", clean in a resume`, () => {
      const draft = mine(marker);
      assert.equal(draft.draft, bullet);
      assertCleanBullet(draft);
    });
  }

  it('a free-text "with" stops at the comma: the result after it stays a result with its number', () => {
    const facts = engine.entryAt(MY_LOG, MY_LOG.indexOf('- 2026-05-05'), { today: TODAY });
    assert.deepEqual([facts.what, facts.who, facts.result], ['Replaced the printers with managed print', '', 'cutting print costs by 20%']);
    assert.equal(facts.hasNumber, true);
  });

  it('a party after "with" keeps its name as written, and the duration goes to the timeline', () => {
    const facts = engine.entryAt(MY_LOG, MY_LOG.indexOf('- 2026-05-07'), { today: TODAY });
    assert.deepEqual([facts.what, facts.who, facts.timeline], ['Negotiated on laptop pricing', 'Dell', '3 months']);
    const draft = mine('- 2026-05-07');
    assert.equal(draft.draft, `Negotiated on laptop pricing with Dell over 3 months, ${engine.RESULT_PLACEHOLDER}`);
    assert.equal(draft.hasNumber, false);
  });

  it('a heading over a paragraph: the paragraph is the entry, not the title glued to it', () => {
    const facts = engine.entryAt(MY_LOG, MY_LOG.indexOf('## 2026-05-13'), { today: TODAY });
    assert.deepEqual([facts.title, facts.what, facts.who, facts.timeline], ['Intune rollout', 'Rolled out Intune to 600 devices', 'the desktop team', '5 weeks']);
  });

  it('reads the what and the result apart: "review" + "Removed 2,300" is not one name', () => {
    assert.equal(engine.entryAt(MY_LOG, MY_LOG.indexOf('## 2026-05-14'), { today: TODAY }).hasNumber, true);
  });

  it('never upgrades helping into leading', () => {
    for (const [entry, bullet] of [
      ['- 2026-05-08: Helped the network team with the core switch refresh, cutting outages from 6 to 1 a quarter.', 'Partnered with the network team on the core switch refresh, cutting outages from 6 to 1 a quarter'],
      ['- 2026-05-08: Helped with the SharePoint migration, moving 3,000 sites.', 'Collaborated on the SharePoint migration, moving 3,000 sites'],
      ['- 2026-05-08: Worked with the service desk on the new triage runbook, cutting reassigned tickets from 300 to 90 a month.', 'Collaborated on the new triage runbook with the service desk, cutting reassigned tickets from 300 to 90 a month'],
    ]) {
      const text = `# Project log\n\n${entry}\n`;
      const draft = engine.draftFromLog(text, text.indexOf('- 2026'), 'bullet', { today: TODAY });
      assert.equal(draft.draft, bullet);
      assert.doesNotMatch(draft.draft, /^(?:Led|Drove|Directed|Delivered|Managed)\b/);
      assertCleanBullet(draft);
    }
  });

  it('STAR: weak openings are rewritten in the Action, and a free-text entry gets a Task, not its whole line', () => {
    const dr = mine('## 2026-05-21', 'star');
    assert.match(dr.draft, /\*\*Action:\*\*\n\n1\. I led the DR test\.\n/);
    assert.doesNotMatch(dr.draft, /I delivered was|was in charge/);
    assert.equal(dr.clean, true);
    const printers = mine('- 2026-05-05', 'star');
    assert.match(printers.draft, /^## Replaced the printers with managed print\n/);
    assert.match(printers.draft, /\*\*Task:\*\* My task was to replace the printers with managed print\.\n/);
    assert.match(printers.draft, /\*\*Result:\*\* This cut print costs by 20%\.\n/);
    assert.doesNotMatch(printers.draft, /I owned the replaced/);
    assert.equal(printers.clean, true);
    const negotiation = mine('- 2026-05-07', 'star');
    assert.match(negotiation.draft, /\*\*Task:\*\* My task was to negotiate on laptop pricing over 3 months\.\n/);
  });

  it('is deterministic', () => {
    const all = () => entries(MY_LOG).map(({ offset }) => [engine.draftFromLog(MY_LOG, offset, 'bullet', { today: TODAY }).draft, engine.draftFromLog(MY_LOG, offset, 'star', { today: TODAY }).draft]);
    assert.deepEqual(all(), all());
  });
});

describe('drafts from the entries a review of six project logs found garbled', () => {
  const draft = (body) => {
    const text = `---\nimpact-lint: project-log\n---\n\n# Log\n\n${body}\n`;
    return engine.draftFromLog(text, text.indexOf(body) + 2, 'bullet', { today: TODAY });
  };
  const cases = {
    // A party was cut at any word ending in "-ing" ("the building manager").
    '## 2026-10-12 Survey\n\nWalked the new floors with facilities and the building manager. Counted 220 desks.': 'Walked the new floors with facilities and the building manager, counting 220 desks',
    '## 2026-10-29 Load test\n\nRan a load test with the SRE team against the staging cluster. p99 latency dropped from 840 ms to 210 ms.': 'Ran a load test against the staging cluster with the SRE team, cutting p99 latency from 840 ms to 210 ms',
    // "22 were dead and deleted" became "deleting 22 were dead and".
    '- 3 Oct 2026: Audited the 64 Jenkins jobs with the platform team over 3 days; 22 were dead and deleted.': 'Audited the 64 Jenkins jobs with the platform team over 3 days; 22 were dead and deleted',
    // "Got" became "the got sign-off".
    '## 2026-11-23 Sign-off\n\nGot sign-off from the HR director. 3 days early.': 'Secured sign-off from the HR director, with 3 days early',
    // Only the first of three parties was taken, and "Timeline is 8 weeks" was the result.
    '## 2026-10-05 Kick-off\n\nKicked off the release with the payments squad, the fraud team and the bank. Timeline is 8 weeks.': `Kicked off the release across two teams and the bank, ${engine.RESULT_PLACEHOLDER}`,
    // An open task was drafted as work done, glued to the done one.
    '## 2026-11-09 UAT cycle 2\n\n- [x] Re-tested the 3 Sev 1 defects\n- [ ] Sign-off from the payroll manager\n\n**Result:** Pass rate went from 78% to 96%.': 'Re-tested the 3 Sev 1 defects, raising pass rate from 78% to 96%',
    // The status line was the action ("Facilitated the overall status").
    '## 2026-11-09 Steering update\n\n**Overall status:** Amber\n\nPresented progress to the steering group.': `Presented progress to the steering group, ${engine.RESULT_PLACEHOLDER}`,
    // A before/after table is the result the lint accepted; its cells were the timeline's.
    '## 2026-10-19 UAT cycle 1\n\n**What:** Ran UAT cycle 1.\n**With:** HR, payroll.\n**Timeline:** 2 weeks.\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Pass rate | 78% | 96% |': 'Ran UAT cycle 1 with HR and payroll over 2 weeks, raising pass rate from 78% to 96%',
    // A company's name was lowered ("with microsoft support").
    '## 2026-10-12 Connector\n\n- **What:** Fixed the hybrid connector.\n- **With:** Microsoft support.\n- **Timeline:** 2 days.\n- **Result:** Mail flow restored for 1,200 users.': 'Fixed the hybrid connector with Microsoft support over 2 days, with mail flow restored for 1,200 users',
    '## 2026-10-13 Switches\n\n- **What:** Replaced the core switches.\n- **With:** Network team.\n- **Timeline:** 2 days.\n- **Result:** 0 outages across 12 sites.': 'Replaced the core switches with the network team over 2 days, with 0 outages across 12 sites',
    // Where a person is from belongs to the party; a bank is an outside party.
    '## 2026-10-05 Kick-off\n\nKicked off the v3 release with the payments squad, the fraud team and Björn Ødegaard from the acquiring bank. We agreed the scope.': `Kicked off the v3 release across two teams and Björn Ødegaard from the acquiring bank, ${engine.RESULT_PLACEHOLDER}`,
    // "HR business partners" are colleagues, not a second vendor.
    '## 2026-10-05 UAT planning\n\n- **What:** Wrote 140 test scripts.\n- **With:** HR business partners, payroll, the vendor.\n- **Timeline:** 2 weeks.\n- **Result:** 140 scripts covering 38 requirements.': 'Wrote 140 test scripts across two teams and the vendor over 2 weeks, with 140 scripts covering 38 requirements',
  };
  for (const [body, bullet] of Object.entries(cases)) {
    it(`${JSON.stringify(body.slice(0, 40))}...: "${bullet}"`, () => {
      assert.equal(draft(body).draft, bullet);
    });
  }
  const star = (body) => {
    const text = `---\nimpact-lint: project-log\n---\n\n# Log\n\n${body}\n`;
    return engine.draftFromLog(text, text.indexOf(body) + 2, 'star', { today: TODAY }).draft;
  };
  it('STAR: a date range is the timeline, not the title ("I owned the to 2026-11-06 Cut-over week")', () => {
    const story = star('## 2026-11-02 to 2026-11-06 Cut-over week\n\nMoved 300 users to the new domain with the desktop team; 0 P1 tickets.');
    assert.match(story, /^## Cut-over week\n/);
    assert.match(story, /\*\*Task:\*\* I owned the cut-over week and its delivery over five days\./);
    assert.equal(draft('## 2026-11-02 to 2026-11-06 Cut-over week\n\nMoved 300 users to the new domain with the desktop team; 0 P1 tickets.').draft, 'Moved 300 users to the new domain with the desktop team over five days, with 0 P1 tickets');
    // The end written as the part that differs; a dash and a count after it stay the title.
    for (const heading of ['2026-11-02–06 Cut-over week', '2026-11-02 to 11-06 Cut-over week']) {
      const d = draft(`## ${heading}\n\nMoved 300 users to the new domain with the desktop team; 0 P1 tickets.`);
      assert.deepEqual([d.entryTitle, d.draft], ['Cut-over week', 'Moved 300 users to the new domain with the desktop team over five days, with 0 P1 tickets'], heading);
    }
    assert.equal(draft('## 2026-11-16 - 20 servers patched\n\nPatched 20 servers with the platform team; 0 incidents.').entryTitle, '20 servers patched');
  });
  it('STAR: a second verb of the Task takes the base form; a plural title owns "their" delivery; the Situation opens with a capital', () => {
    assert.match(star('## 2026-10-26 Shared mailboxes\n\n- **What:** Converted 40 shared mailboxes and reapplied permissions.\n- **With:** Service desk.\n- **Timeline:** One week.\n- **Result:** 40 of 40 converted.'), /\*\*Task:\*\* My task was to convert 40 shared mailboxes and reapply permissions over one week\./);
    const tests = star('## Wed 14 Oct 2026 – contract tests\n\nWrote 40 contract tests with the QA team over 2 days; 3 bugs found.');
    assert.match(tests, /\*\*Situation:\*\* Contract tests \(October 2026\)/);
    assert.match(tests, /\*\*Task:\*\* I owned the contract tests and their delivery over 2 days\./);
    for (const title of ['Status', 'DNS', 'Analytics', 'Business analysis']) {
      assert.match(star(`## 2026-10-30 ${title}\n\nMoved 20 apps with the platform team over 2 days; 0 incidents.`), /and its delivery over 2 days\./, title);
    }
    // Regression: "I owned the Microsoft Teams" (a product, not the work).
    assert.match(star('## 2026-10-30 Microsoft Teams\n\nMoved 20 apps with the platform team over 2 days; 0 incidents.'), /\*\*Task:\*\* I owned the Microsoft Teams project and its delivery over 2 days\./);
    assert.match(star('## 2026-10-30 Mailbox Migration\n\nMoved 20 apps with the platform team over 2 days; 0 incidents.'), /\*\*Task:\*\* I owned the Mailbox Migration and its delivery over 2 days\./);
  });
  it('the STAR story of a before/after table keeps the table out of the Situation', () => {
    const body = '## 2026-10-19 UAT cycle 1\n\n**What:** Ran UAT cycle 1.\n**With:** HR, payroll.\n**Timeline:** 2 weeks.\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Pass rate | 78% | 96% |';
    const text = `---\nimpact-lint: project-log\n---\n\n# Log\n\n${body}\n`;
    const star = engine.draftFromLog(text, text.indexOf(body) + 2, 'star', { today: TODAY }).draft;
    assert.match(star, /\*\*Situation:\*\* UAT cycle 1 \(October 2026\), with HR and payroll\. Timeline: 2 weeks\.\n/);
    assert.match(star, /\*\*Result:\*\* Pass rate from 78% to 96%\./);
  });
});

describe('resume roles', () => {
  it('lists the roles of examples/resume.md with the end of each bullet list', () => {
    const roles = engine.resumeRoles(RESUME);
    assert.deepEqual(
      roles.map((r) => [r.title, r.bullets, RESUME.split('\n')[r.position.line]]),
      [
        ['Senior Systems Administrator, Northwind Logistics (2021 – present)', 8, '- Worked on the SOC 2 audit evidence with the security team'],
        ['IT Support Analyst, Contoso Health (2017 – 2021)', 4, '- Trained **25** new starters on ITIL 4 incident handling'],
      ],
    );
    for (const role of roles) assert.equal(role.position.character, RESUME.split('\n')[role.position.line].length);
  });

  it('role lines hold nested bullets; a role heading without bullets starts a list', () => {
    const text = '# A\n\n## Experience\n\n### Analyst, Acme (2018 – 2020)\n\nA short intro line.\n### Lead, Beta\n\n- **Team lead**, Beta (2020 – 2024)\n  - Led 4 engineers\n  - Cut deploy time by 30%\n\n## Skills\n\n- Jira\n';
    const roles = engine.resumeRoles(text);
    const apply = (role) => {
      const edit = engine.bulletInsertion(role, 'Migrated 40 servers');
      return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
    };
    assert.deepEqual(roles.map((r) => r.title), ['Analyst, Acme (2018 – 2020)', 'Team lead, Beta (2020 – 2024)']);
    assert.match(apply(roles[0]), /A short intro line\.\n\n- Migrated 40 servers\n\n### Lead, Beta/);
    assert.match(apply(roles[1]), / {2}- Cut deploy time by 30%\n {2}- Migrated 40 servers\n\n## Skills/);
  });

  it('a resume without an experience section has no roles', () => {
    assert.deepEqual(engine.resumeRoles('# Notes\n\nNothing here.\n'), []);
  });
});

// Regression (a review of drafting as a demanding user, /tmp/rv10/REPORT.md H1, M3): a STAR story claimed to own what the
// entry said was helped, and "Helped the Linux team patch the estate" became "Collaborated on the Linux team patch the estate".
describe('drafts keep help honest', () => {
  const LOG = `---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-02-10 Backup restore test\n\nHelped the storage team run the quarterly restore test. I mostly did the VM side. Restored 14 VMs, all came up.\n\n## 2025-05-19 Patching\n\n- **What:** Helped the Linux team patch the estate\n- **With:** Linux team\n- **Timeline:** 1 weekend\n- **Result:** 300 servers patched, no downtime\n\n## 2025-05-26 Cut-over\n\nRan the Exchange cut-over with the messaging team. 1,200 mailboxes moved.\n`;
  const draft = (marker, shape) => engine.draftFromLog(LOG, LOG.indexOf(marker), shape, { today: '2025-07-25' }).draft;

  it('a STAR task after help says the writer supported it, not that they owned it', () => {
    assert.match(draft('## 2025-02-10', 'star'), /\*\*Task:\*\* I supported the backup restore test\.\n/);
    assert.match(draft('## 2025-05-19', 'star'), /\*\*Task:\*\* I supported the patching over 1 weekend\.\n/);
    assert.match(draft('## 2025-05-26', 'star'), /\*\*Task:\*\* I owned the cut-over\.\n/, 'an entry of its own work is still owned');
  });

  it('"Helped <team> <verb> X" is partnering with the team to do X, and the team is not named twice', () => {
    assert.match(draft('## 2025-02-10', 'bullet'), /^Partnered with the storage team to run the quarterly restore test, restoring 14 VMs/);
    assert.equal(draft('## 2025-05-19', 'bullet'), 'Partnered with the Linux team to patch the estate over 1 weekend, patching 300 servers, no downtime');
  });
});

// Regression (the drafting review, H3): "(3 days left)" became the timeline: "... nearly expired ( left) over 3 days".
describe('a time that is not how long the work took', () => {
  const LOG = `---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-04-02 Cert expiry scare\n\nWildcard cert nearly expired (3 days left). Renewed it and wrote a script that checks all 210 certs nightly.\n\n## 2025-04-09 Release\n\nRelease 4.2 slipped 3 days with the dev team. 2 blockers found.\n`;
  it('is no timeline in a draft, and the text keeps it', () => {
    const cert = engine.draftFromLog(LOG, LOG.indexOf('## 2025-04-02'), 'bullet', { today: '2025-07-25' }).draft;
    assert.doesNotMatch(cert, /over 3 days|\( left\)/);
    assert.match(cert, /\(3 days left\)/);
    const star = engine.draftFromLog(LOG, LOG.indexOf('## 2025-04-02'), 'star', { today: '2025-07-25' }).draft;
    assert.doesNotMatch(star, /over 3 days|\( left\)/);
  });
  it('is no timeline to log-entry-outcome', () => {
    const messages = engine.lint(LOG, { today: '2025-07-25' }).findings.filter((f) => f.ruleId === 'log-entry-outcome').map((f) => f.message);
    assert.deepEqual(messages, ['This entry does not say who was involved or the timeline: the raw material a resume bullet needs.', 'This entry does not say the timeline: the raw material a resume bullet needs.']);
  });
});

// Regression (the drafting review, M2): "~30/week" became "30 a week" and "~40%" "40%": an estimate made exact.
it('a tilde before a number is an estimate the text keeps; "~~" still strikes through', () => {
  const LOG = `---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-07-21 Queue\n\nCleaned the queue with the desk team over 2 days. On-call pages went from ~30/week to 8/week, ~40% fewer tickets.\n`;
  const draft = engine.draftFromLog(LOG, LOG.indexOf('## 2025'), 'bullet', { today: '2025-07-25' }).draft;
  assert.match(draft, /~30 a week/);
  assert.match(draft, /~40%/);
  assert.equal(engine.parseDocument('- Cut ~~old~~ tickets by ~40%\n').items[0].text.plain, 'Cut old tickets by ~40%');
});

// Regression (the drafting review, H2): "Resolved the was on call when ..." and "Maintained the load tested the API gateway".
it('a sentence that opens with "Was" stays as written (and is not clean); "Load tested" is one verb', () => {
  const LOG = `---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-02-24 P1 outage\n\nWas on call when core switch in DC1 died at 02:10. Failed over to the secondary, got most services back in about 40 mins.\n\n## 2025-03-03 Load test\n\n- **What:** Load tested the API gateway ahead of Black Friday with k6\n- **Timeline:** 10 days\n- **Result:** found the connection pool limit at 800 rps; after the fix it held 2,400 rps\n`;
  const outage = engine.draftFromLog(LOG, LOG.indexOf('## 2025-02-24'), 'bullet', { today: '2025-07-25' });
  assert.match(outage.draft, /^Was on call when core switch in DC1 died at 02:10/);
  assert.equal(outage.clean, false);
  const load = engine.draftFromLog(LOG, LOG.indexOf('## 2025-03-03'), 'bullet', { today: '2025-07-25' });
  assert.match(load.draft, /^Load tested the API gateway ahead of Black Friday with k6 over 10 days/);
  assert.match(engine.draftFromLog(LOG, LOG.indexOf('## 2025-03-03'), 'star', { today: '2025-07-25' }).draft, /\n1\. I load tested the API gateway/);
});

// Regression (the drafting review, H2): "Resolved the escaped defects in Q2 were 4 vs 11 in Q1" and "Released 4.2 sign-off".
it('a statement with a verb of its own gets no verb before it; "Release 4.2" names a release', () => {
  const LOG = `---\nimpact-lint: project-log\n---\n\n# QA log\n\n- 2025-07-07: Escaped defects in Q2 were 4 vs 11 in Q1. Mostly thanks to the new contract tests the devs added.\n- 2025-02-17: Release 4.2 sign-off. Found 2 blockers late, release slipped 3 days.\n- 2025-03-10: Dashboard that was used by 40 managers\n`;
  const draft = (at, shape) => engine.draftFromLog(LOG, LOG.indexOf(at), shape, { today: '2025-07-25' });
  const escaped = draft('Escaped', 'bullet');
  assert.equal(escaped.draft, 'Escaped defects in Q2 were 4 vs 11 in Q1');
  assert.equal(escaped.clean, false);
  const story = draft('Escaped', 'star');
  assert.match(story.draft, /\*\*Task:\*\* My task was \[what you were asked to do\]\.\n/);
  assert.match(story.draft, /\*\*Action:\*\*\n\n1\. I \[what you did\]\.\n/);
  assert.doesNotMatch(story.draft, /I (?:owned|escaped|resolved) the escaped/i);
  assert.equal(story.clean, false);
  const release = draft('Release 4.2', 'bullet');
  assert.doesNotMatch(release.draft, /^Released 4\.2/);
  assert.match(release.draft, /^Delivered the release 4\.2 sign-off, finding 2 blockers late/);
  const releaseStory = draft('Release 4.2', 'star').draft;
  assert.match(releaseStory, /^## Release 4\.2 sign-off\n/);
  assert.match(releaseStory, /\*\*Task:\*\* I owned the release 4\.2 sign-off\.\n/);
  // A relative clause's "was" is not the sentence's own: the drafted verb still goes first.
  assert.match(draft('Dashboard', 'bullet').draft, /^\p{Lu}\p{Ll}+ed the dashboard that was used by 40 managers/u);
});

// Regression (the drafting review, M4): result clauses joined ungrammatically, an event run "Maintained", a gerund step.
it('drafts result clauses that read: a change after a comma, "down from", an event with its party, an -ing step', () => {
  const LOG = [
    '---\nimpact-lint: project-log\n---\n\n# Log\n',
    '## 2025-05-05 Monitoring\n\n- **What:** Replaced Nagios with Zabbix\n- **Result:** Cut alert noise a lot, on-call pages went from 30 a week to 8 a week.\n',
    '## 2025-05-12 Flaky test cleanup\n\n- **What:** Quarantined and fixed flaky tests\n- **Result:** Flaky rate down from 9% to 1.5%.\n',
    '## 2025-05-19 Firewall rule review\n\n- **What:** Firewall rule review with the security team\n- **Result:** Removed 340 stale rules out of 1,150.\n',
    '## 2025-05-26 Mentoring\n\n- **What:** Mentoring the new junior admin, 1:1s every Friday\n',
  ].join('\n');
  const draft = (heading, shape = 'bullet') => engine.draftFromLog(LOG, LOG.indexOf(heading), shape, { today: '2025-07-25' }).draft;
  assert.equal(draft('## 2025-05-05'), 'Replaced Nagios with Zabbix, cutting on-call pages from 30 a week to 8 a week and cutting alert noise');
  assert.equal(draft('## 2025-05-12'), 'Quarantined and fixed flaky tests, cutting flaky rate from 9% to 1.5%');
  assert.match(draft('## 2025-05-19'), /^Ran the firewall rule review with the security team, removing 340 stale rules/);
  assert.match(draft('## 2025-05-26', 'star'), /\n1\. I mentored the new junior admin, 1:1s every Friday\.\n/);
});

// Regression (a review of the drafting change, M9): a piece of work named by its -ing form got a verb from its own
// words: "Trained the onboarding for the new pen test", "Tested the testing", "Served the planning".
it('runs a piece of work named by its -ing form, not "Tested the testing"', () => {
  const LOG = [
    '---\nimpact-lint: project-log\n---\n\n# Log\n',
    '## 2025-06-02 Pen test\n\n- **What:** Onboarding for the new pen test.\n',
    '## 2025-06-09 Payroll\n\n- **What:** Testing for the payroll release\n',
    '## 2025-06-16 Move\n\n- **What:** Planning for the office move\n',
    '## 2025-06-23 Intake\n\n- **What:** Onboarding 4 engineers\n',
  ].join('\n');
  const draft = (heading, shape = 'bullet') => engine.draftFromLog(LOG, LOG.indexOf(heading), shape, { today: '2025-07-25' }).draft;
  assert.match(draft('## 2025-06-02'), /^Ran the onboarding for the new pen test\b/);
  assert.match(draft('## 2025-06-02', 'star'), /\n1\. I ran the onboarding for the new pen test\.\n/);
  assert.match(draft('## 2025-06-09'), /^Ran the testing for the payroll release\b/);
  assert.match(draft('## 2025-06-16'), /^Ran the planning for the office move\b/);
  // An -ing form with its object is the action itself.
  assert.match(draft('## 2025-06-23'), /^Onboarded 4 engineers\b/);
  // Regression (a review of that change, L2): an -ing word that names a thing is not run ("Ran the funding").
  const FUNDING = '---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-06-30 Funding\n\n- **What:** Funding for the cloud move\n';
  assert.doesNotMatch(engine.draftFromLog(FUNDING, FUNDING.indexOf('## 2025'), 'bullet', { today: '2025-07-25' }).draft, /^Ran /);
});

// Regression (the drafting review, M1): "2. I negotiated 45 business users, 2 weeks." and a bullet that dropped the scale.
it('keeps a note of scale with the action it measures, in the bullet and in the story', () => {
  const LOG = '---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2025-03-31 UAT coordination\n\nCoordinated UAT for the new billing portal with finance and customer support. 45 business users, 2 weeks. Result: 63 defects logged, 58 fixed before go-live.\n';
  const draft = (shape) => engine.draftFromLog(LOG, LOG.indexOf('## 2025'), shape, { today: '2025-07-25' }).draft;
  assert.match(draft('bullet'), /^Coordinated UAT for the new billing portal with finance and customer support \(45 business users, 2 weeks\), logging 63 defects/);
  const story = draft('star');
  assert.match(story, /\n1\. I coordinated UAT for the new billing portal with finance and customer support \(45 business users, 2 weeks\)\.\n\n\*\*Result/);
  assert.doesNotMatch(story, /I negotiated/);
  // A sentence with a verb is a step of its own: "40 mailboxes moved" is no note of scale.
  assert.equal(engine.draftFromLog(LOG.replace('45 business users, 2 weeks.', '40 mailboxes moved to the new tenant.'), LOG.indexOf('## 2025'), 'star', { today: '2025-07-25' }).draft.includes('(40 mailboxes'), false);
});

// Regression (a review of this session's changes, H4-H7): a list in a subject split as two clauses, a clause with a verb
// taken as a note of scale, a title cut at "St.", and "Release 4.2 to production" read as a noun.
it('keeps one subject whole, a clause with a verb out of brackets, a title whole at an abbreviation, and a version the verb\'s object', () => {
  const LOG = [
    '---\nimpact-lint: project-log\n---\n\n# Log\n',
    '## 2026-10-05 Runbook\n\n- **What:** Rewrote the runbook\n- **Result:** MTTR for P1, P2 and P3 incidents went from 6h to 2h\n',
    "## 2026-10-06 Mail\n\n- **What:** Migrated mailboxes. 10% of users couldn't log in.\n",
    "## 2026-10-07 St. Mary's hospital rollout\n\nRan the cut-over with the ward teams.\n",
    '## 2026-10-08 Release\n\n- **What:** Release 4.2 to production.\n',
  ].join('\n');
  const draft = (heading, shape = 'bullet') => engine.draftFromLog(LOG, LOG.indexOf(heading), shape, { today: '2026-11-28' });
  assert.equal(draft('## 2026-10-05').draft, 'Rewrote the runbook, cutting MTTR for P1, P2 and P3 incidents from 6h to 2h');
  assert.equal(draft('## 2026-10-06').draft, 'Migrated mailboxes');
  assert.match(draft('## 2026-10-07', 'star').draft, /^## St\. Mary's hospital rollout\n/);
  assert.match(draft('## 2026-10-08').draft, /^Released 4\.2 to production/);
});
