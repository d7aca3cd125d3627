// impact-lint --job and the job a resume names: the built dist/cli.js in temp folders.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from './helpers.mjs';

const JOB = '# IT Project Manager\n\n## Requirements\n\n- Stakeholder management and risk management\n- A RAID log in Jira\n';
const OTHER_JOB = '# Scrum Master\n\n## Requirements\n\n- Scrum, Kanban and Confluence\n';
const RESUME = (frontMatter = 'impact-lint: resume') => `---\n${frontMatter}\n---\n\n# Sam Rivera\n\n## Summary\n\nSysadmin moving into project management.\n\n## Experience\n\n- Cut the ticket backlog from 400 to 90 in 6 weeks\n`;
const coverageOf = (stdout) => JSON.parse(stdout)[0].messages.filter((m) => m.ruleId === 'keyword-coverage');

describe('impact-lint --job', () => {
  it('reports coverage as info on the summary heading; info alone exits 0', () => {
    const dir = tempDir({ 'resume.md': RESUME(), 'jd.md': JOB });
    const { code, stdout } = runCli(['--format', 'json', '--job', 'jd.md', 'resume.md'], { cwd: dir });
    assert.equal(code, 0);
    const [message] = coverageOf(stdout);
    assert.equal(message.severity, 0);
    assert.equal(message.line, 7);
    assert.match(message.message, /^Covers \d+% of the job description's key terms; missing: stakeholder management, risk management, RAID log, Jira\./);
  });

  it('no job description, no coverage finding', () => {
    const dir = tempDir({ 'resume.md': RESUME() });
    assert.deepEqual(coverageOf(runCli(['--format', 'json', 'resume.md'], { cwd: dir }).stdout), []);
  });

  it('a --job file that does not exist is a usage error: exit 2 with a clear message', () => {
    const dir = tempDir({ 'resume.md': RESUME() });
    const { code, stdout, stderr } = runCli(['--job', 'jobs/missing.md', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'impact-lint: job description jobs/missing.md: file not found\n');
  });

  it('a binary --job file is refused the same way', () => {
    const dir = tempDir({ 'resume.md': RESUME(), 'jd.pdf': '%PDF\u0000\u0001' });
    const { code, stderr } = runCli(['--job', 'jd.pdf', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /job description jd\.pdf: binary file/);
  });

  it('a --job file over maxFileSize is refused before it is read: exit 2, one clear message', () => {
    const big = `${JOB}\n${'- Stakeholder management in Jira\n'.repeat(Math.ceil(1_100_000 / 33))}`;
    const dir = tempDir({ 'resume.md': RESUME(), 'other.md': RESUME(), 'big.md': big });
    const { code, stdout, stderr } = runCli(['--job', 'big.md', 'resume.md', 'other.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '', 'no per-resume "over maxFileSize" problems');
    assert.equal(stderr, `impact-lint: job description big.md: ${Buffer.byteLength(big)} bytes is over maxFileSize (1000000)\n`);
  });

  it('the --job size limit is the configured maxFileSize', () => {
    const dir = tempDir({ 'resume.md': RESUME(), 'jd.md': JOB, '.impact-lint.json': JSON.stringify({ maxFileSize: 40 }) });
    const { code, stderr } = runCli(['--job', 'jd.md', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /job description jd\.md: \d+ bytes is over maxFileSize \(40\)/);
    fs.writeFileSync(path.join(dir, '.impact-lint.json'), JSON.stringify({ maxFileSize: 100_000 }));
    assert.equal(runCli(['--job', 'jd.md', 'resume.md'], { cwd: dir }).code, 0);
  });

  it('--score says why a resume has no score, and counts unfinished bullets as failing', () => {
    const head = '---\nimpact-lint: resume\n---\n\n## Experience\n\n';
    const dir = tempDir({
      'empty.md': `${head}Nothing here yet.\n`,
      'todo.md': `${head}- I think I maybe helped a bit with synergy, leveraging best-in-class [TODO] stuff\n`,
      'jd.md': JOB,
    });
    const { stdout } = runCli(['--score', '--job', 'jd.md', 'empty.md', 'todo.md'], { cwd: dir });
    assert.match(stdout, /^empty\.md: not scored: no bullets under an experience heading yet$/m);
    assert.match(stdout, /^todo\.md: score 0\/100 \(.*; 1 of 1 bullet unfinished \(placeholders left\), scored as failing\)$/m);
  });

  it('front matter job: is read relative to the resume', () => {
    const dir = tempDir({ 'cv/resume.md': RESUME('impact-lint: { kind: resume, job: ../jobs/acme.md }'), 'jobs/acme.md': JOB });
    const [message] = coverageOf(runCli(['--format', 'json', 'cv/resume.md'], { cwd: dir }).stdout);
    assert.match(message.message, /missing: stakeholder management/);
  });

  it('a missing front-matter job is a problem at its line (a warning: exit 1), not a crash', () => {
    const dir = tempDir({ 'resume.md': RESUME('impact-lint: resume\njob: jobs/gone.md') });
    const { code, stdout } = runCli(['--format', 'json', 'resume.md'], { cwd: dir });
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    const problem = file.messages.find((m) => m.ruleId === null);
    assert.deepEqual([problem.message, problem.line, problem.severity], ['Cannot read the job description "jobs/gone.md": file not found.', 3, 1]);
  });

  it('the config file\'s "job" is relative to the config file; --job wins over it and over front matter', () => {
    const dir = tempDir({ '.impact-lint.json': '{ "job": "jobs/acme.md" }', 'jobs/acme.md': JOB, 'jobs/scrum.md': OTHER_JOB, 'cv/resume.md': RESUME() });
    assert.match(coverageOf(runCli(['--format', 'json', 'cv/resume.md'], { cwd: dir }).stdout)[0].message, /stakeholder management/);
    const overridden = coverageOf(runCli(['--format', 'json', '--job', 'jobs/scrum.md', 'cv/resume.md'], { cwd: dir }).stdout)[0].message;
    assert.match(overridden, /missing: Scrum/);
    assert.doesNotMatch(overridden, /stakeholder/);
  });

  it('the bundled example names its job description; stylish output shows the coverage', () => {
    const { stdout } = runCli(['examples/resume.md']);
    assert.match(stdout, /^ {2}9:4 +info +Covers \d+% of the job description's key terms; missing: budget, stakeholder management, .* and \d+ more\. .*keyword-coverage$/m);
  });
});
