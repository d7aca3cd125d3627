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
