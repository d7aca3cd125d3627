// `impact-lint --score`: the built dist/cli.js spawned in temp folders. The score
// is printed (or embedded in json) and never changes the exit code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli, tempDir } from './helpers.mjs';

const FM = '---\nimpact-lint: resume\n---\n\n## Experience\n\n';
const WEAK = `${FM}- Responsible for managing the Windows 11 rollout\n- Cut ticket backlog by 35% in 6 weeks\n`;
const CLEAN = `${FM}- Cut ticket backlog by 35% in 6 weeks\n- Led 6 engineers to migrate 1,200 mailboxes in 10 weeks\n`;
const LOG = '---\nimpact-lint: project-log\n---\n\n## 2024-03-04 Office move\n\n- Moved 40 desks over a weekend\n';
const SCORE_LINE = /^(\S+): score (\d{1,3})\/100 \(action verbs \d+%, metrics \d+%, wording \d+%, length \d+%\)$/m;

describe('impact-lint --score', () => {
  const dir = tempDir({ 'weak.md': WEAK, 'clean.md': CLEAN, 'log.md': LOG });

  it('prints one line per resume after the report; other kinds get none', () => {
    const { code, stdout } = runCli(['--score', 'weak.md', 'clean.md', 'log.md'], { cwd: dir });
    const lines = stdout.split('\n').filter((l) => SCORE_LINE.test(l));
    assert.deepEqual(lines.map((l) => SCORE_LINE.exec(l)[1]), ['weak.md', 'clean.md'], stdout);
    assert.equal(SCORE_LINE.exec(lines[1])[2], '100', 'the clean resume scores 100');
    assert.ok(Number(SCORE_LINE.exec(lines[0])[2]) < 100);
    assert.match(lines[0], /action verbs 50%, metrics 50%/);
    assert.ok(stdout.indexOf('weak.md: score') > stdout.indexOf('problem'), 'after the report');
    assert.equal(code, 1, 'the warnings still fail the run');
  });

  it('does not change the exit code', () => {
    for (const files of [['weak.md'], ['clean.md'], ['log.md']]) {
      assert.equal(runCli(['--score', ...files], { cwd: dir }).code, runCli(files, { cwd: dir }).code, files.join());
    }
    assert.equal(runCli(['--score', 'clean.md'], { cwd: dir }).code, 0);
  });

  it('--format json adds a score object to a resume entry and keeps the ESLint shape', () => {
    const { stdout } = runCli(['--score', '--format', 'json', 'weak.md', 'log.md'], { cwd: dir });
    const [weak, log] = JSON.parse(stdout);
    assert.equal(log.score, undefined);
    assert.ok(Array.isArray(weak.messages) && typeof weak.warningCount === 'number');
    assert.equal(typeof weak.score.score, 'number');
    assert.equal(weak.score.bullets, 2);
    assert.deepEqual(weak.score.parts.map((p) => p.id), ['action-verbs', 'metrics', 'wording', 'length']);
    assert.equal(weak.score.parts.reduce((sum, p) => sum + p.points, 0), weak.score.score);
    assert.ok(!stdout.includes('score '), 'json output is only JSON');
    const without = JSON.parse(runCli(['--format', 'json', 'weak.md'], { cwd: dir }).stdout);
    assert.equal(without[0].score, undefined, 'no score unless asked');
  });

  it('--format sarif keeps stdout one JSON document; the score goes to stderr', () => {
    const { stdout, stderr } = runCli(['--score', '--format', 'sarif', 'weak.md'], { cwd: dir });
    assert.doesNotThrow(() => JSON.parse(stdout));
    assert.match(stderr, SCORE_LINE);
  });

  it('scores standard input, named by --stdin-filename', () => {
    const { stdout } = runCli(['--score', '--stdin', '--stdin-filename', 'resume.md'], { cwd: dir, input: WEAK });
    assert.match(stdout, /^resume\.md: score \d+\/100/m);
    assert.match(runCli(['--score', '--stdin'], { cwd: dir, input: WEAK }).stdout, /^<stdin>: score \d+\/100/m);
  });

  it('is in --help', () => {
    assert.match(runCli(['--help']).stdout, /--score\s+Print each resume's score/);
  });
});
