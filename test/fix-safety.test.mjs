// `--fix` loses nothing when the file changes under it: an editor saving between
// impact-lint's read and its write (played by a preloaded script) must win, and no
// temporary file may be left behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RACE = path.join(ROOT, 'test', 'fixtures', 'guards', 'edit-during-fix.cjs');
const RESUME = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Responsible for managing the Windows 11 rollout for 300 users', ''].join('\n');
const SAVED = `${RESUME}- Cut ticket backlog by 35% in 6 weeks (typed while impact-lint ran)\n`;

const made = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function fix(extraEnv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-fix-'));
  made.push(dir);
  const file = path.join(dir, 'resume.md');
  fs.writeFileSync(file, RESUME);
  const result = spawnSync(process.execPath, [...(extraEnv ? ['--require', RACE] : []), CLI, '--fix', 'resume.md'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', IMPACT_LINT_RACE_FILE: file, IMPACT_LINT_RACE_TEXT: SAVED, ...extraEnv },
  });
  return { result, file, dir };
}

test('without a concurrent save, --fix rewrites the duty phrase (the control)', () => {
  const { file } = fix(undefined);
  assert.match(fs.readFileSync(file, 'utf8'), /^- Managed the Windows 11 rollout for 300 users$/m);
});

test('a save between read and write wins: nothing written, a clear message, no temporary file', () => {
  const { result, file, dir } = fix({ RACE: '1' });
  assert.equal(fs.readFileSync(file, 'utf8'), SAVED, 'the editor\'s save was overwritten');
  assert.match(result.stderr, /resume\.md: the file changed on disk while it was being fixed; nothing written/);
  assert.deepEqual(fs.readdirSync(dir), ['resume.md']);
  // The findings of the text it read are still reported.
  assert.equal(result.status, 1);
});

// Regression (a CLI review): the rename replaced the file, so a read-only file was rewritten,
// a hard link kept the old text, a root run took the file's owner, and a read-only folder failed.
function fixIn(prepare) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-fix-'));
  made.push(dir);
  const file = path.join(dir, 'resume.md');
  fs.writeFileSync(file, RESUME);
  prepare?.(file, dir);
  const result = spawnSync(process.execPath, [CLI, '--fix', 'resume.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { result, file, dir };
}

test('a read-only file is not fixed, even by root: a clear message, nothing written', () => {
  const { result, file, dir } = fixIn((f) => fs.chmodSync(f, 0o444));
  assert.equal(fs.readFileSync(file, 'utf8'), RESUME);
  assert.match(result.stderr, /resume\.md: the file is read-only; not fixed, nothing written/);
  assert.equal(fs.statSync(file).mode & 0o777, 0o444);
  assert.deepEqual(fs.readdirSync(dir), ['resume.md']);
  assert.equal(result.status, 1);
});

test('a file with another hard link is fixed in place: both names show the fix', () => {
  let other;
  const { file } = fixIn((f, dir) => fs.linkSync(f, (other = path.join(dir, 'copy.md'))));
  assert.match(fs.readFileSync(file, 'utf8'), /^- Managed the Windows 11 rollout/m);
  assert.equal(fs.readFileSync(other, 'utf8'), fs.readFileSync(file, 'utf8'));
  assert.equal(fs.statSync(other).ino, fs.statSync(file).ino);
});

test('run as root, a fixed file keeps its owner', { skip: process.getuid?.() !== 0 && 'needs root' }, () => {
  const { file } = fixIn((f) => fs.chownSync(f, 65534, 65534));
  assert.match(fs.readFileSync(file, 'utf8'), /^- Managed the Windows 11 rollout/m);
  assert.deepEqual([fs.statSync(file).uid, fs.statSync(file).gid], [65534, 65534]);
});

const RUNUSER = spawnSync('runuser', ['--help']).status === 0;
test('a writable file in a folder its user cannot write is fixed in place', { skip: (process.getuid?.() !== 0 || !RUNUSER) && 'needs root and runuser' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-fix-'));
  made.push(dir);
  fs.chmodSync(dir, 0o755);
  // The checkout may sit in a folder "nobody" cannot enter (a clone under mktemp -d is 0700): a readable copy of the bundle runs.
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-bin-'));
  made.push(bin);
  fs.cpSync(path.dirname(CLI), bin, { recursive: true });
  fs.chmodSync(bin, 0o755);
  const work = path.join(dir, 'work');
  fs.mkdirSync(work);
  fs.chmodSync(work, 0o755);
  const file = path.join(work, 'resume.md');
  fs.writeFileSync(file, RESUME);
  fs.chownSync(file, 65534, 65534);
  const result = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, path.join(bin, 'cli.js'), '--fix', 'resume.md'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', IMPACT_LINT_CACHE_DIR: 'off' } });
  assert.equal(result.stderr, '');
  assert.match(fs.readFileSync(file, 'utf8'), /^- Managed the Windows 11 rollout/m);
  assert.deepEqual(fs.readdirSync(work), ['resume.md']);
});

// Regression (a robustness review): a write that failed part way (a full disk, a file size
// limit, played by `ulimit -f 1`: no write past 1 KB) truncated a hard-linked file to 1 KB,
// and left a 1 KB temporary file beside any other.
const BASH = spawnSync('bash', ['-c', 'true']).status === 0;
/** A resume over 1 KB whose fix changes its first lines, fixed under a 1 KB file size limit. */
function fixLimited(prepare) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-fix-'));
  made.push(dir);
  const file = path.join(dir, 'resume.md');
  const text = `${RESUME}${'- Cut ticket backlog by 35% in 6 weeks across 3 sites for 300 users\n'.repeat(30)}`;
  fs.writeFileSync(file, text);
  prepare?.(file, dir);
  const result = spawnSync('bash', ['-c', `ulimit -f 1; exec "${process.execPath}" "${CLI}" --fix resume.md`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { result, file, dir, text };
}

test('a write that fails part way leaves a hard-linked file as it was', { skip: !BASH && 'needs bash' }, () => {
  let other;
  const { result, file, text } = fixLimited((f, dir) => fs.linkSync(f, (other = path.join(dir, 'copy.md'))));
  assert.ok(text.length > 1024);
  assert.match(result.stderr, /resume\.md: EFBIG: file too large, write; the file is as it was, nothing written/);
  assert.equal(fs.readFileSync(file, 'utf8'), text);
  assert.equal(fs.readFileSync(other, 'utf8'), text);
});

test('a write that fails part way leaves the file as it was and no temporary file', { skip: !BASH && 'needs bash' }, () => {
  const { result, file, dir, text } = fixLimited();
  assert.match(result.stderr, /resume\.md: EFBIG: file too large, write; nothing written/);
  assert.equal(fs.readFileSync(file, 'utf8'), text);
  assert.deepEqual(fs.readdirSync(dir), ['resume.md']);
});

test('a file whose name leaves no room for the temporary name is fixed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-fix-'));
  made.push(dir);
  const name = `${'r'.repeat(240)}-resume.md`;
  fs.writeFileSync(path.join(dir, name), RESUME);
  const result = spawnSync(process.execPath, [CLI, '--fix', name], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.stderr, '');
  assert.match(fs.readFileSync(path.join(dir, name), 'utf8'), /^- Managed the Windows 11 rollout/m);
  assert.deepEqual(fs.readdirSync(dir), [name]);
});

test('run as root, a fixed file keeps its set-user-ID and set-group-ID bits', { skip: process.getuid?.() !== 0 && 'needs root' }, () => {
  const { file } = fixIn((f) => {
    fs.chownSync(f, 65534, 65534);
    fs.chmodSync(f, 0o6755);
  });
  assert.match(fs.readFileSync(file, 'utf8'), /^- Managed the Windows 11 rollout/m);
  assert.equal(fs.statSync(file).mode & 0o7777, 0o6755);
});
