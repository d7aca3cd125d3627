// keyword-coverage: coverage of a job description's key terms, and stuffing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, ruleTester, sourceOf } from '../helpers.mjs';

const defaultSettingsWith = (options) => engine.resolveSettings({ rules: { 'keyword-coverage': ['info', options] } });

const JOB = ['# IT Project Manager', '', '## Requirements', '', '- Stakeholder management and risk management', '- Keep the RAID log and budget tracking', '- Jira and Confluence', ''].join('\n');
const job = { path: 'job.md', text: JOB };
const quiet = { job, settings: defaultSettingsWith({ minCoverage: 0 }) };

// Stuffing, one bullet at a time (coverage is not reported with minCoverage 0).
ruleTester('keyword-coverage', {
  valid: [
    { text: 'Tracked 40 risks in Jira across 3 teams', options: quiet },
    { name: 'three uses is the floor, not stuffing', text: 'Ran Jira boards, Jira dashboards and Jira automation for 3 teams', options: quiet },
    { name: 'no job description: nothing to compare', text: 'Jira Jira Jira Jira Jira for 3 teams' },
  ],
  invalid: [
    { name: 'a fourth use of a term the description uses once', text: 'Ran Jira boards, Jira dashboards, Jira automation and Jira reports for 3 teams', options: quiet, span: 'Jira', message: /^"Jira" appears 4 times; the job description uses it once\. Past 3 it reads as keyword stuffing/, output: null },
    { name: 'plurals and case count as the same term, and the message says which forms it counted', text: 'RAID log, raid logs, RAID Log and RAID logs kept for 3 projects', options: quiet, span: 'RAID logs', message: /^"RAID log" appears 4 times \("raid log" 2, "raid logs" 2\); the job description uses it once\./ },
  ],
});

const RESUME = ['---', 'impact-lint: resume', '---', '', '# Sam Rivera', '', '## Summary', '', 'Systems administrator moving into project management, with Jira.', '', '## Experience', '', '- Migrated 1,200 mailboxes in 10 weeks', ''].join('\n');

describe('keyword-coverage', () => {
  // Regression: with front matter that is the whole file, its closing fence last and no line break after it, the
  // coverage finding sat on the fence ("---" read as the first line of the body).
  it('a resume of front matter alone, its closing fence last: the coverage finding is after the fence, not on it', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['---', 'impact-lint: resume', '---'].join(eol);
      const [coverage] = only(lintText(text, { job }).findings, 'keyword-coverage');
      assert.match(coverage?.message ?? '', /^Covers 0% of the job description's key terms/);
      assert.deepEqual(coverage.span, { start: text.length, end: text.length });
    }
  });

  // Regression (a review of varied resumes): a network engineer's job titles, Skills list, "SD-WAN" and the word "network" itself were stuffing.
  it('counts stuffing in achievements only: not headings, Skills, hyphenated words or a one-word field noun', () => {
    const jd = { path: 'job.md', text: '# Infrastructure PM\n\n## Requirements\n\n- WAN and network experience\n- Jira\n' };
    const resume = ['---', 'impact-lint: resume', '---', '', '# Sam', '', '## Experience', '', '### Network Engineer, WAN team', '', '- Moved 12 sites to SD-WAN and cut WAN costs by 20%', '- Rebuilt the network core for 3 sites', '- Cut network outages by 40% on 2 networks', '- Redesigned the network for 400 users', '- Ran the network refresh for 9 sites', '', '### Network Support Engineer', '', '- Fixed network faults for 30 sites', '- Mapped SD-WAN paths for 12 sites', '- Cut WAN latency by 30% for 5 sites', '', '## Skills', '', '- WAN, SD-WAN, network design, Jira', ''].join('\n');
    assert.deepEqual(only(lintText(resume, { job: jd, settings: defaultSettingsWith({ minCoverage: 0 }) }).findings, 'keyword-coverage'), []);
    // Six uses of "WAN" in achievements do stuff it.
    const stuffed = resume.replace('- Rebuilt the network core for 3 sites', '- Rebuilt the WAN core for 3 sites\n- Split the WAN for 2 sites\n- Tuned the WAN for 2 sites\n- Audited the WAN for 2 sites');
    assert.match(only(lintText(stuffed, { job: jd, settings: defaultSettingsWith({ minCoverage: 0 }) }).findings, 'keyword-coverage')[0]?.message ?? '', /^"WAN" appears 6 times; the job description uses it once\./);
  });

  // Regression: a phrase wrapped over two lines of a bullet was a lone "stakeholder", not the phrase.
  it('reads a key phrase wrapped over two lines of a bullet, in the resume and in the description', () => {
    const bullets = ['Led stakeholder management for 3 sites', 'Ran stakeholder management forums for 40 users', 'Owned stakeholder management with 5 vendors', 'Improved stakeholder\n  management across 2 teams', 'Drove stakeholder management for 12 people'];
    const resume = ['---', 'impact-lint: resume', '---', '', '# Sam Rivera', '', '## Experience', '', ...bullets.map((b) => `- ${b}`), ''].join('\n');
    const wrappedJob = { path: 'job.md', text: '# IT Project Manager\n\nWe need strong stakeholder\nmanagement and a RAID log.\n' };
    const findings = only(lintText(resume, { job: wrappedJob, settings: defaultSettingsWith({ minCoverage: 0 }) }).findings, 'keyword-coverage');
    assert.deepEqual(findings.map((f) => f.message), Array(2).fill('"stakeholder management" appears 5 times; the job description uses it once. Past 3 it reads as keyword stuffing: keep the mentions that show a result.'));
    // A new item, a heading or a blank line still ends a phrase.
    assert.ok(!engine.extractJobTerms('# Role\n\n- Strong stakeholder\n- Management reporting\n').some((t) => t.term === 'stakeholder management'));
  });
  it('reports low coverage on the summary heading with the missing terms, heaviest first', () => {
    const result = lintText(RESUME, { job });
    const [finding] = only(result.findings, 'keyword-coverage');
    assert.ok(finding, 'no finding');
    assert.equal(sourceOf(RESUME, finding), 'Summary');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^Covers \d+% of the job description's key terms; missing: (stakeholder management|risk management), /);
    for (const term of ['stakeholder management', 'risk management', 'RAID log', 'budget tracking', 'Confluence']) assert.ok(finding.message.includes(term), term);
    assert.ok(!finding.message.includes('Jira'), 'Jira is covered');
  });

  it('puts the coverage on the lint result for the status item and the score', () => {
    const { coverage } = lintText(RESUME, { job });
    assert.equal(coverage.job, 'job.md');
    assert.ok(coverage.percent > 0 && coverage.percent < 60, String(coverage.percent));
    assert.equal(Math.round(coverage.ratio * 100), coverage.percent);
    assert.ok(coverage.matched.includes('Jira'));
    assert.equal(coverage.missing[0], 'stakeholder management');
  });

  it('says nothing at or above minCoverage, and names at most maxTerms', () => {
    assert.deepEqual(only(lintText(RESUME, { job, settings: defaultSettingsWith({ minCoverage: 0.1 }) }).findings, 'keyword-coverage'), []);
    const [finding] = only(lintText(RESUME, { job, settings: defaultSettingsWith({ maxTerms: 2 }) }).findings, 'keyword-coverage');
    assert.match(finding.message, /missing: [^,]+, [^,]+ and \d+ more\./);
  });

  it('without a summary heading, reports on the first heading', () => {
    const text = RESUME.replace('## Summary\n\nSystems administrator moving into project management, with Jira.\n\n', '');
    const [finding] = only(lintText(text, { job }).findings, 'keyword-coverage');
    assert.equal(sourceOf(text, finding), 'Sam Rivera');
  });

  it('a job description that cannot be read is a problem at the front matter line, not a crash', () => {
    const text = RESUME.replace('impact-lint: resume', 'impact-lint: { kind: resume, job: jobs/gone.md }');
    const result = lintText(text, { job: { path: 'jobs/gone.md', error: 'file not found' } });
    assert.deepEqual(result.crashed, []);
    assert.deepEqual(result.problems.map((p) => [p.message, p.start.line]), [['Cannot read the job description "jobs/gone.md": file not found.', 1]]);
    assert.equal(result.coverage, undefined);
  });

  it('only resumes: another kind, or the rule turned off, gets no finding and no problem', () => {
    const log = lintText('---\nimpact-lint: project-log\n---\n\n## 2024-03-01 Move\n\n- Moved 3 teams\n', { job: { path: 'gone.md', error: 'file not found' } });
    assert.deepEqual([...log.problems, ...only(log.findings, 'keyword-coverage')], []);
    const settings = engine.resolveSettings({ rules: { 'keyword-coverage': 'off' } });
    const off = lintText(RESUME, { job, settings });
    assert.deepEqual(only(off.findings, 'keyword-coverage'), []);
    assert.equal(off.coverage, undefined);
  });

  it('an empty or foreign job description: no finding, no coverage, no crash', () => {
    for (const text of ['', '   \n', 'Wir suchen einen Projektleiter für unsere Niederlassung in München.']) {
      const result = lintText(RESUME, { job: { path: 'job.md', text } });
      assert.deepEqual(result.crashed, []);
      assert.deepEqual(only(result.findings, 'keyword-coverage'), [], JSON.stringify(text));
      assert.equal(result.coverage, undefined);
    }
  });

  // Regression (a review with realistic resumes): "Scrum, Kanban, PRINCE2, PMP" read as four gaps where the description asks for two.
  it('missing alternatives are named together ("Scrum or Kanban"), once', () => {
    const jd = '# IT Project Manager\n\n## Requirements\n\n- Agile (Scrum or Kanban)\n- PRINCE2 or PMP is a plus\n- Jira\n';
    const result = lintText(RESUME, { job: { path: 'job.md', text: jd } });
    const [finding] = only(result.findings, 'keyword-coverage');
    const named = /missing: (.*?)\. Use/.exec(finding.message)[1].split(/, | and /);
    assert.deepEqual(named.filter((t) => /Scrum|Kanban|PRINCE2|PMP/.test(t)), ['Scrum or Kanban', 'PRINCE2 or PMP']);
    assert.ok(result.coverage.missing.includes('Scrum or Kanban'), JSON.stringify(result.coverage.missing));
  });

  it('the inline directive silences it', () => {
    const text = `${RESUME}\n<!-- impact-lint-disable-file keyword-coverage -->\n`;
    assert.deepEqual(only(lintText(text, { job }).findings, 'keyword-coverage'), []);
  });

  it('a job description saved with Windows line endings (and a BOM) gives the same finding and coverage', () => {
    const lf = lintText(RESUME, { job });
    for (const text of [JOB.replace(/\n/g, '\r\n'), `\uFEFF${JOB.replace(/\n/g, '\r\n')}`]) {
      const result = lintText(RESUME, { job: { path: 'job.md', text } });
      assert.deepEqual(only(result.findings, 'keyword-coverage').map((f) => f.message), only(lf.findings, 'keyword-coverage').map((f) => f.message));
      assert.equal(result.coverage.percent, lf.coverage.percent);
    }
  });

  it('names standards whole in the message: "ISO 20000" is missing though the resume has ISO 27001, and no "II" or "ISO" alone', () => {
    const itsm = { path: 'itsm.md', text: '# IT Service Manager\n\n## Requirements\n\n- ITIL 4 and ISO 20000\n- PSM II\n- PCI DSS\n' };
    const resume = RESUME.replace('- Migrated', '- Led the ISO 27001 audit and ITIL v3 rollout; migrated');
    const [finding] = only(lintText(resume, { job: itsm }).findings, 'keyword-coverage');
    assert.match(finding.message, /missing: [^.]*ISO 20000/);
    assert.match(finding.message, /PCI DSS/);
    const missing = /missing: ([^.]*)\./.exec(finding.message)[1].split(', ');
    assert.deepEqual(missing.filter((t) => ['II', 'ISO', 'PCI', 'DSS', 'PSM'].includes(t)), [], missing.join(', '));
    assert.doesNotMatch(finding.message, /missing: [^.]*ITIL/, 'ITIL v3 covers ITIL 4');
  });
});
