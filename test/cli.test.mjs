// The CLI as a user runs it: the built dist/cli.js spawned in temp folders.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ROOT, runCli, tempDir } from './helpers.mjs';

const RESUME = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Responsible for managing the Windows 11 rollout', '- Cut ticket backlog by 35% in 6 weeks', ''].join('\n');
const CLEAN = ['---', 'impact-lint: resume', '---', '', '## Experience', '', '- Cut ticket backlog by 35% in 6 weeks', ''].join('\n');

describe('impact-lint --format json', () => {
  it('prints both rules on examples/resume.md with exact 1-based ranges and exits 1', () => {
    const { code, stdout } = runCli(['--format', 'json', 'examples/resume.md']);
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    assert.equal(file.filePath, path.join(ROOT, 'examples', 'resume.md'));
    const ids = new Set(file.messages.map((m) => m.ruleId));
    assert.ok(ids.has('weak-opening') && ids.has('missing-metric'), [...ids].join());
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8').split('\n');
    const responsible = file.messages.find((m) => m.ruleId === 'weak-opening' && text[m.line - 1].includes('Responsible for'));
    assert.ok(responsible, 'the "Responsible for" bullet is flagged');
    assert.equal(text[responsible.line - 1].slice(responsible.column - 1, responsible.endColumn - 1), 'Responsible for managing');
    assert.equal(responsible.severity, 1);
    assert.deepEqual(responsible.fix.text, 'Managed');
    assert.equal(file.warningCount, file.messages.filter((m) => m.severity === 1).length);
    assert.equal(file.errorCount, 0);
  });

  it('gives fix ranges as offsets into the file', () => {
    const dir = tempDir({ 'resume.md': RESUME });
    const [file] = JSON.parse(runCli(['--format', 'json', 'resume.md'], { cwd: dir }).stdout);
    const fix = file.messages.find((m) => m.fix).fix;
    assert.equal(RESUME.slice(fix.range[0], fix.range[1]), 'Responsible for managing');
  });

  it('exits 0 on a clean file and prints nothing in stylish format', () => {
    const dir = tempDir({ 'resume.md': CLEAN });
    const { code, stdout } = runCli(['resume.md'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });

  // Regression (a robustness review): stylish took the widest position with Math.max(...all of them),
  // which overflowed the call stack past about 120,000 findings in one file.
  it('prints a file with 150,000 findings in stylish format', () => {
    const dir = tempDir({ 'resume.md': `---\nimpact-lint: resume\n---\n\n## Experience\n\n- Responsible for ${'very '.repeat(150_000)}things\n` });
    // About 20 MB of output: past spawnSync's default 1 MB buffer.
    const { status, stdout, stderr } = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'resume.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(stderr, '');
    assert.equal(status, 1);
    assert.match(stdout, /✖ 15\d{4} problems/);
  });

  it('exits 0 when only info findings remain', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{"rules": {"weak-opening": "info", "missing-metric": "info"}}' });
    const { code, stdout } = runCli(['--format', 'json', 'resume.md'], { cwd: dir });
    assert.equal(code, 0);
    assert.ok(JSON.parse(stdout)[0].messages.every((m) => m.severity === 0));
  });

  it('respects --max-warnings', () => {
    const dir = tempDir({ 'resume.md': RESUME });
    assert.equal(runCli(['--max-warnings', '5', 'resume.md'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--max-warnings', '0', 'resume.md'], { cwd: dir }).code, 1);
    // Regression: "--max-warnings -1" was refused as an ambiguous argument; only "--max-warnings=-1" worked.
    assert.equal(runCli(['--max-warnings', '-1', 'resume.md'], { cwd: dir }).code, 0, 'no limit');
    assert.equal(runCli(['--max-warnings=-1', 'resume.md'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--max-warnings', '-2', 'resume.md'], { cwd: dir }).code, 2);
  });

  it('fails on errors whatever --max-warnings says', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{"rules": {"weak-opening": "error"}}' });
    const { code, stdout } = runCli(['--max-warnings', '99', '--format', 'json', 'resume.md'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout)[0].errorCount, 1);
  });
});

describe('configuration errors', () => {
  it('exits 2 on a broken config, naming the file and position, and still lints with defaults', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{\n  "rules": {\n    "weak-opening": "warning",,\n  }\n}\n' });
    const { code, stderr, stdout } = runCli(['--format', 'json', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /\.impact-lint\.json:3:\d+: Invalid JSON/);
    assert.ok(JSON.parse(stdout)[0].messages.length > 0, 'defaults still lint');
  });

  // Regression (a robustness review): these were read without a word about what was lost.
  it('a second config file in the same folder is said to be unread; the first by name order applies', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{ "rules": { "weak-opening": "error" } }\n', '.impact-lint.yaml': 'rules:\n  weak-opening: off\n' });
    const { code, stderr, stdout } = runCli(['--format', 'json', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /\.impact-lint\.json: \.impact-lint\.yaml is in the same folder and is not read: only \.impact-lint\.json is\./);
    assert.equal(JSON.parse(stdout)[0].messages.find((m) => m.ruleId === 'weak-opening').severity, 2, 'the .json applies');
  });

  it('a key given twice, and a file nested too deeply to parse, are reported', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{\n  "rules": { "weak-opening": "error" },\n  "rules": { "missing-metric": "off" }\n}\n', 'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}` });
    const twice = runCli(['resume.md'], { cwd: dir });
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /\.impact-lint\.json:3:3: "rules" is given twice in one object; the last one is used\./);
    const deep = runCli(['--config', 'deep.json', 'resume.md'], { cwd: dir });
    assert.equal(deep.code, 2);
    assert.match(deep.stderr, /deep\.json: Cannot read config file: it is nested too deeply to parse\./);
  });

  // Regression (a robustness review): a UTF-16 config was "Invalid JSON: invalid symbol"; a YAML key that is a
  // collection printed a Node process warning on the terminal.
  it('a UTF-16 config says so; a YAML key that is a list is an unknown rule, without a process warning', () => {
    const dir = tempDir({ 'resume.md': RESUME, 'yaml/.impact-lint.yaml': 'rules:\n  ? [a, b]\n  : warning\n' });
    fs.writeFileSync(path.join(dir, '.impact-lint.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "rules": {} }', 'utf16le')]));
    const utf16 = runCli(['resume.md'], { cwd: dir });
    assert.equal(utf16.code, 2);
    assert.match(utf16.stderr, /\.impact-lint\.json: Cannot read config file: it is not UTF-8 \(it looks like UTF-16\); save it as UTF-8\./);
    fs.copyFileSync(path.join(dir, 'resume.md'), path.join(dir, 'yaml', 'resume.md'));
    const listKey = runCli(['resume.md'], { cwd: path.join(dir, 'yaml') });
    assert.equal(listKey.code, 2);
    assert.match(listKey.stderr, /Unknown rule "\[ a, b \]"/);
    assert.doesNotMatch(listKey.stderr, /Warning:/);
  });

  // Regression: a dangling config symlink was skipped without a word (a parent's config, or none, applied);
  // a JSON config of `null` was taken as an empty one while an empty file is an error.
  it('a config that is a symbolic link to a missing file, or JSON null, is reported; linting goes on with the defaults', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.yaml': 'rules:\n  weak-opening: off\n', 'cv/resume.md': RESUME, 'null/resume.md': RESUME, 'null/.impact-lint.json': 'null\n' });
    fs.symlinkSync(path.join(dir, 'gone.json'), path.join(dir, 'cv', '.impact-lint.json'));
    const dangling = runCli(['--format', 'json', 'resume.md'], { cwd: path.join(dir, 'cv') });
    assert.equal(dangling.code, 2);
    assert.match(dangling.stderr, /\.impact-lint\.json: Cannot read config file: it is a symbolic link to a file that does not exist\./);
    assert.ok(JSON.parse(dangling.stdout)[0].messages.some((m) => m.ruleId === 'weak-opening'), "the parent's config (weak-opening off) does not apply");
    const nul = runCli(['resume.md'], { cwd: path.join(dir, 'null') });
    assert.equal(nul.code, 2);
    assert.match(nul.stderr, /\.impact-lint\.json:1:1: The configuration must be an object/);
  });

  // Regression (a review of the change above): looking for a config through a path that runs through a file threw ENOTDIR.
  it('a --stdin-filename whose folder is a file lints with the defaults', () => {
    const dir = tempDir({ afile: 'not a folder\n' });
    const { code, stderr } = runCli(['--stdin', '--stdin-filename', 'afile/resume.md'], { cwd: dir, input: '## Experience\n\n- Led 3 teams\n' });
    assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
    assert.doesNotMatch(stderr, /internal error|ENOTDIR/);
  });

  it('reports an unknown rule id with a suggestion', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.yaml': 'rules:\n  weak-openin: off\n' });
    const { code, stderr } = runCli(['resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /\.impact-lint\.yaml:2:3: Unknown rule "weak-openin"\. Did you mean "weak-opening"\?/);
  });

  it('finds the config in a parent folder', () => {
    const dir = tempDir({ 'cv/2026/mine.md': RESUME.replace('impact-lint: resume', 'title: x'), '.impact-lint.json': '{"kinds": {"cv/**/*.md": "resume"}}' });
    const { code, stdout } = runCli(['--format', 'json', 'cv/2026/mine.md'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout)[0].kind, 'resume');
  });

  it('exits 2 on bad usage', () => {
    assert.equal(runCli(['--format', 'xml', 'examples/resume.md']).code, 2);
    assert.equal(runCli(['--kind', 'novel', 'examples/resume.md']).code, 2);
    assert.equal(runCli(['--today', 'tomorrow', 'examples/resume.md']).code, 2);
    assert.equal(runCli(['no-such-file.md']).code, 2);
  });
});

describe('--fix', () => {
  it('rewrites the fixable bullet, keeps CRLF and BOM, and leaves other files untouched', () => {
    const crlf = `\uFEFF${RESUME.replace(/\n/g, '\r\n')}`;
    const dir = tempDir({ 'resume.md': crlf, 'clean-resume.md': CLEAN });
    const cleanPath = path.join(dir, 'clean-resume.md');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(cleanPath, past, past);
    fs.chmodSync(path.join(dir, 'resume.md'), 0o640);
    const { code } = runCli(['--fix', 'resume.md', 'clean-resume.md'], { cwd: dir });
    assert.equal(code, 1, 'missing-metric is not auto-fixable, so warnings remain');
    const fixed = fs.readFileSync(path.join(dir, 'resume.md'), 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'), 'BOM kept');
    assert.ok(fixed.includes('- Managed the Windows 11 rollout\r\n'), fixed);
    assert.equal(fixed.split('\r\n').length, crlf.split('\r\n').length, 'CRLF kept on every line');
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF introduced');
    assert.equal(fs.statSync(path.join(dir, 'resume.md')).mode & 0o777, 0o640, 'file mode kept');
    assert.equal(fs.statSync(cleanPath).mtimeMs, past.getTime(), 'a file with nothing to fix is not written');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clean-resume.md', 'resume.md'], 'no temporary files left');
  });

  it('with --stdin prints the fixed text', () => {
    const { code, stdout } = runCli(['--stdin', '--stdin-filename', 'resume.md', '--fix'], { input: RESUME });
    assert.equal(code, 0);
    assert.equal(stdout, RESUME.replace('Responsible for managing', 'Managed'));
  });
});

describe('other surfaces of the CLI', () => {
  it('lints standard input', () => {
    const { code, stdout } = runCli(['--stdin', '--stdin-filename', 'resume.md', '--format', 'json'], { input: RESUME });
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout)[0].messages[0].ruleId, 'weak-opening');
  });

  it('prints the detected kind and why', () => {
    const { code, stdout } = runCli(['--print-kind', 'examples/resume.md', 'README.md']);
    assert.equal(code, 0);
    assert.match(stdout, /examples\/resume\.md: resume \(front matter\)/);
    assert.match(stdout, /README\.md: none/);
  });

  it('writes SARIF 2.1.0 with rule metadata and regions', () => {
    const { stdout } = runCli(['--format', 'sarif', 'examples/resume.md']);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.ok(driver.rules.some((r) => r.id === 'weak-opening' && r.helpUri.endsWith('docs/rules/weak-opening.md')));
    const result = sarif.runs[0].results[0];
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'examples/resume.md');
    assert.ok(result.locations[0].physicalLocation.region.startLine > 1);
  });

  // Regression: "cv:2026.md" read as a URI scheme, "resume#2.md" as a fragment, and files
  // outside the folder got a bare path.
  it('SARIF artifact URIs are valid URI references: segments percent-encoded, file:// outside the folder', () => {
    const dir = tempDir({ 'cv:2026.md': RESUME, 'resume#2.md': RESUME, 'a b/r?.md': RESUME });
    const uris = (args, cwd) => [...new Set(JSON.parse(runCli(['--format', 'sarif', ...args], { cwd }).stdout).runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))].sort();
    assert.deepEqual(uris(['.'], dir), ['a%20b/r%3F.md', 'cv%3A2026.md', 'resume%232.md']);
    const [outside] = uris([path.join(dir, 'resume#2.md')], ROOT);
    assert.equal(outside, pathToFileURL(path.join(dir, 'resume#2.md')).href);
    assert.equal(fileURLToPath(outside), path.join(dir, 'resume#2.md'));
  });

  // Regression: suggestions carried editor snippet syntax ("${1:N} people"), which a consumer writes as it is.
  it('--format json gives suggestions as plain text', () => {
    const { stdout } = runCli(['--format', 'json', 'examples/resume.md']);
    const texts = JSON.parse(stdout)[0].messages.flatMap((m) => (m.suggestions ?? []).map((s) => s.fix.text));
    assert.ok(texts.some((t) => /people over N months/.test(t)), JSON.stringify(texts));
    assert.ok(texts.every((t) => !/\$\{|\$\d/.test(t)), JSON.stringify(texts.filter((t) => /\$/.test(t))));
  });

  it('writes GitHub workflow commands', () => {
    const { stdout } = runCli(['--format', 'github', 'examples/resume.md']);
    assert.match(stdout, /^::warning file=examples\/resume\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=weak-opening::/m);
  });

  it('lints a folder, skipping node_modules and files that are no known kind', () => {
    const dir = tempDir({ 'notes/resume.md': RESUME, 'node_modules/x/resume.md': RESUME, 'README.md': '# Hello\n\n- Handled things\n' });
    const { stdout } = runCli(['--format', 'json'], { cwd: dir });
    const files = JSON.parse(stdout).map((f) => path.relative(dir, f.filePath));
    assert.deepEqual(files.sort(), ['README.md', 'notes/resume.md']);
    assert.equal(JSON.parse(stdout).find((f) => f.filePath.endsWith('README.md')).messages.length, 0);
  });

  // A file that cannot be decoded exits 2 (it was 1: a CI gate passed on a resume it never linted); a binary one is skipped.
  it('skips binary files with a notice, fails on invalid UTF-8, and lints the rest', () => {
    const dir = tempDir({ 'resume.md': RESUME });
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
    const before = fs.readFileSync(path.join(dir, 'binary.md'));
    const { code, stderr } = runCli(['--fix', 'binary.md', 'latin1.md', 'resume.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /binary\.md: skipped: binary file/);
    assert.match(stderr, /latin1\.md: not valid UTF-8: save it as UTF-8 to lint it/);
    assert.equal(runCli(['binary.md', 'resume.md'], { cwd: dir }).code, 1);
    assert.ok(fs.readFileSync(path.join(dir, 'binary.md')).equals(before));
  });

  // Regression (a CLI review): "!drafts/**" linted exactly the drafts; "." walked hidden folders the default skips.
  it('a "!" argument excludes files; hidden folders are skipped as the default glob skips them', () => {
    const dir = tempDir({ 'cv/resume.md': RESUME, 'drafts/old.md': RESUME, '.impact-lint/templates/raid.md': RESUME, '.github/notes.md': RESUME });
    const listed = (args) => runCli(['--print-kind', ...args], { cwd: dir }).stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0]).sort();
    assert.deepEqual(listed(['**/*.md', '!drafts/**']), ['cv/resume.md']);
    assert.deepEqual(listed(['!drafts']), ['cv/resume.md']);
    assert.deepEqual(listed(['.']), listed([]));
    assert.deepEqual(listed([]), ['cv/resume.md', 'drafts/old.md']);
    // Named, a hidden folder is linted.
    assert.deepEqual(listed(['.github']), ['.github/notes.md']);
    // Regression (verification): a folder with only hidden folders, and a "!" that leaves nothing, said nothing useful.
    fs.mkdirSync(path.join(dir, 'sub', '.hidden'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sub', '.hidden', 'minutes.md'), RESUME);
    const hiddenOnly = runCli(['sub'], { cwd: dir });
    assert.deepEqual([hiddenOnly.code, hiddenOnly.stderr], [2, 'impact-lint: no files match "sub" (hidden folders and git-ignored files are skipped; name them to lint them)\n']);
    const none = runCli(['drafts', '!drafts/**'], { cwd: dir });
    assert.deepEqual([none.code, none.stderr], [2, 'impact-lint: every file "drafts" names is excluded by a "!" argument\n']);
    assert.deepEqual([runCli(['!x/**'], { cwd: tempDir({ 'a.txt': 'x' }) }).code], [0], 'nothing to exclude: no message');
    const only = tempDir({ 'docs/resume.md': RESUME });
    const alone = runCli(['!docs/**'], { cwd: only });
    assert.deepEqual([alone.code, alone.stderr], [2, 'impact-lint: every file "**/*.md" names is excluded by a "!" argument\n']);
  });

  // Regression (a CLI review): "impact-lint | head" ended in a stack trace for EPIPE.
  it('a reader that goes away early ends the run quietly', async () => {
    const dir = tempDir(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`r${i}.md`, RESUME])));
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  it('skips files over maxFileSize', () => {
    const dir = tempDir({ 'resume.md': RESUME, '.impact-lint.json': '{"maxFileSize": 10}' });
    const { stderr } = runCli(['resume.md'], { cwd: dir });
    assert.match(stderr, /resume\.md: skipped: \d+ bytes is over maxFileSize \(10\)/);
  });
});
