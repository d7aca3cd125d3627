// Which files the CLI lints and writes: paths, folders and globs (relative, `../`,
// absolute), what git ignores, symbolic links, and the exit code when a path names no
// Markdown. Regressions from a review: only the current folder's .gitignore was read,
// without `!` lines; `../` and absolute globs matched nothing; `--fix` on a symbolic link
// replaced the link with a file; a mistyped path or an empty folder exited 0; `--stdin`
// with `--fix` or `--print-kind` kept a broken config quiet.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli, tempDir } from './helpers.mjs';

const RESUME = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Responsible for managing the Windows 11 rollout', ''].join('\n');
const CLEAN = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Cut ticket backlog by 35% in 6 weeks', ''].join('\n');

/** The files --print-kind names, as it prints them. */
const listed = (result) => result.stdout.trim().split('\n').filter(Boolean).map((line) => line.split(': ')[0]).sort();

describe('impact-lint: which files', () => {
  it('reads every .gitignore from the root down, with `!` lines and nested files, as git does', () => {
    const dir = tempDir({
      '.gitignore': 'build/\ndrafts/\n*-old.md\n',
      'sub/.gitignore': '*.md\n!keep.md\n',
      'docs/cv.md': RESUME,
      'docs/cv-old.md': RESUME,
      'docs/drafts/resume.md': RESUME,
      'sub/resume.md': RESUME,
      'sub/keep.md': RESUME,
      'build/out.md': RESUME,
      'top.md': RESUME,
    });
    fs.mkdirSync(path.join(dir, '.git'));
    assert.deepEqual(listed(runCli(['--print-kind'], { cwd: dir })), ['docs/cv.md', 'sub/keep.md', 'top.md']);
    // From a subfolder, the root's .gitignore still applies.
    assert.deepEqual(listed(runCli(['--print-kind'], { cwd: path.join(dir, 'docs') })), ['cv.md']);
  });

  // Regression (a CLI review): a named folder that git ignores was "no files match", as for a typo.
  it('a named folder that git ignores says so, and exits 2', () => {
    const dir = tempDir({ '.gitignore': 'build/\n', 'build/out.md': RESUME });
    fs.mkdirSync(path.join(dir, '.git'));
    const { code, stderr } = runCli(['build'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stderr, 'impact-lint: "build" is ignored by a .gitignore; name its files to lint them\n');
    assert.equal(runCli(['build/out.md'], { cwd: dir }).code, 1);
  });

  // Regression (a CLI review): run from inside another repository, the target's .gitignore was not read.
  it('a folder in another repository is read with that repository\'s .gitignore', () => {
    const dir = tempDir({ 'one/.gitignore': 'private/\n', 'one/cv.md': RESUME, 'one/private/secret.md': RESUME, 'two/notes.md': RESUME });
    fs.mkdirSync(path.join(dir, 'one', '.git'));
    fs.mkdirSync(path.join(dir, 'two', '.git'));
    assert.deepEqual(listed(runCli(['--print-kind', '../one'], { cwd: path.join(dir, 'two') })), ['../one/cv.md']);
  });

  it('`../` and absolute globs', () => {
    const dir = tempDir({ 'cv/a.md': RESUME, 'cv/deep/b.md': RESUME, 'notes/c.md': RESUME });
    assert.deepEqual(listed(runCli(['--print-kind', '../notes/*.md'], { cwd: path.join(dir, 'cv') })), ['../notes/c.md']);
    assert.deepEqual(listed(runCli(['--print-kind', `${dir}/cv/**/*.md`], { cwd: path.join(dir, 'notes') })), ['../cv/a.md', '../cv/deep/b.md']);
  });

  it('a symbolic link to a file is linted, and --fix writes through it, keeping the link', () => {
    const dir = tempDir({ 'real/resume.md': RESUME });
    fs.symlinkSync(path.join('real', 'resume.md'), path.join(dir, 'cv.md'));
    assert.deepEqual(listed(runCli(['--print-kind', '*.md'], { cwd: dir })), ['cv.md']);
    const result = runCli(['--fix', 'cv.md'], { cwd: dir });
    assert.equal(result.stderr, '');
    assert.ok(fs.lstatSync(path.join(dir, 'cv.md')).isSymbolicLink(), 'still a link');
    assert.match(fs.readFileSync(path.join(dir, 'real', 'resume.md'), 'utf8'), /^- Managed the Windows 11 rollout$/m);
  });

  // Regression (a robustness review): a symbolic link loop, named or met in the walk, ended the run with a stack trace.
  it('a symbolic link loop that is named cannot be read (exit 2, other files linted); one met in the walk is skipped', () => {
    const dir = tempDir({ 'resume.md': RESUME });
    fs.symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    const named = runCli(['--format', 'json', 'loop-a.md', 'resume.md'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.stderr, 'impact-lint: loop-a.md: cannot read: symbolic link loop (ELOOP)\n');
    assert.equal(JSON.parse(named.stdout)[0].messages[0].ruleId, 'weak-opening', 'resume.md is still linted');
    const walked = runCli(['--print-kind'], { cwd: dir });
    assert.equal(walked.stderr, '');
    assert.equal(walked.code, 0);
    assert.deepEqual(listed(walked), ['resume.md']);
  });

  it('a folder that cannot be read is said to be so, and exits 2', { skip: (process.getuid?.() !== 0 || spawnSync('runuser', ['--help']).status !== 0) && 'needs root and runuser' }, () => {
    const dir = tempDir({ 'resume.md': RESUME, 'locked/x.md': RESUME });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    // The checkout may sit where "nobody" cannot enter (a clone under mktemp -d is 0700): a readable copy of the bundle runs.
    const bin = tempDir();
    fs.chmodSync(bin, 0o755);
    fs.cpSync(path.join(ROOT, 'dist'), bin, { recursive: true });
    const run = (args) => spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, path.join(bin, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', IMPACT_LINT_CACHE_DIR: 'off' } });
    const named = run(['locked']);
    assert.equal(named.status, 2);
    assert.equal(named.stderr, 'impact-lint: locked: cannot read: permission denied (EACCES); its files are not linted\n');
    const walked = run(['--print-kind']);
    assert.equal(walked.status, 2);
    assert.match(walked.stdout, /^resume\.md: resume/m);
    assert.equal(walked.stderr, 'impact-lint: locked: cannot read: permission denied (EACCES); its files are not linted\n');
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
  });

  it('a path that names no Markdown exits 2, after linting the paths that do', () => {
    const dir = tempDir({ 'resume.md': RESUME, 'clean.md': CLEAN, 'empty/.keep': '' });
    const mixed = runCli(['--format', 'json', 'resume.md', 'nope.md'], { cwd: dir });
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /no files match "nope\.md"/);
    assert.equal(JSON.parse(mixed.stdout)[0].messages[0].ruleId, 'weak-opening', 'resume.md is still linted');
    assert.equal(runCli(['clean.md', 'nope.md'], { cwd: dir }).code, 2, 'a clean file does not hide the typo');
    const empty = runCli(['empty'], { cwd: dir });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /no files match "empty"/);
  });

  it('--stdin with --fix or --print-kind reports a broken config and exits 2; --print-kind says why', () => {
    const dir = tempDir({ '.impact-lint.json': '{ "rules": { "weak-openin": "off" } }' });
    for (const mode of ['--fix', '--print-kind']) {
      const result = runCli(['--stdin', '--stdin-filename', 'resume.md', mode], { cwd: dir, input: RESUME });
      assert.equal(result.code, 2, `${mode}: ${result.stderr}`);
      assert.match(result.stderr, /Unknown rule "weak-openin"\. Did you mean "weak-opening"\?/, mode);
    }
    assert.equal(runCli(['--stdin', '--stdin-filename', 'resume.md', '--print-kind'], { cwd: tempDir(), input: RESUME }).stdout, 'resume.md: resume (front matter)\n');
  });
});
