// Job-description tailoring over the language server's stdio: the keyword-coverage
// diagnostic and status, and the impactLint/compareJob request, with the shared
// JSON-RPC test client (test/lsp-client.mjs).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './helpers.mjs';
import { Client, closeAll } from './lsp-client.mjs';

const uriOf = (dir, name) => pathToFileURL(path.join(dir, name)).toString();

after(closeAll);

const JOB = '# IT Project Manager\n\n## Requirements\n\n- Stakeholder management and risk management\n- A RAID log in Jira\n';
const resume = (frontMatter) => `---\n${frontMatter}\n---\n\n# Sam Rivera\n\n## Summary\n\nSysadmin moving into project management, with Jira.\n\n## Experience\n\n- Cut the ticket backlog from 400 to 90 in 6 weeks\n`;

describe('job-description tailoring over stdio', () => {
  test('front matter job: gives a keyword-coverage diagnostic on the summary heading and coverage in the status', async () => {
    const dir = tempDir({ 'cv/resume.md': resume('impact-lint: { kind: resume, job: ../jobs/acme.md }'), 'jobs/acme.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'cv/resume.md');
    await client.open(uri, fs.readFileSync(path.join(dir, 'cv/resume.md'), 'utf8'));
    const { diagnostics } = await client.waitFor('diagnostics', (p) => p.uri === uri, 'diagnostics for resume.md');
    const coverage = diagnostics.find((d) => d.code === 'keyword-coverage');
    assert.ok(coverage, JSON.stringify(diagnostics));
    assert.deepEqual([coverage.range.start.line, coverage.range.start.character, coverage.range.end.character], [6, 3, 10]);
    assert.equal(coverage.severity, 3, 'information');
    assert.equal(coverage.source, 'impact-lint');
    assert.match(coverage.codeDescription.href, /keyword-coverage\.md$/);
    assert.match(coverage.message, /^Covers \d+% of the job description's key terms; missing: stakeholder management, risk management, RAID log\./);
    const status = await client.waitFor('status', (p) => p.uri === uri && p.coverage, 'a status with coverage');
    assert.deepEqual(status.coverage.missing, ['stakeholder management', 'risk management', 'RAID log']);
    assert.equal(status.coverage.job, '../jobs/acme.md');
    assert.ok(status.coverage.percent > 0 && status.coverage.percent < 60);
  });

  test('editing the job description re-lints the resumes that name it (workspace/didChangeWatchedFiles), and only those', async () => {
    const dir = tempDir({ 'cv/resume.md': resume('impact-lint: { kind: resume, job: ../jobs/acme.md }'), 'cv/other.md': resume('impact-lint: resume'), 'jobs/acme.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'cv/resume.md');
    const other = uriOf(dir, 'cv/other.md');
    await client.open(uri, fs.readFileSync(path.join(dir, 'cv/resume.md'), 'utf8'));
    await client.open(other, resume('impact-lint: resume'));
    await client.waitFor('status', (p) => p.uri === uri && p.coverage, 'a first status with coverage');
    await client.waitFor('status', (p) => p.uri === other, 'a status for the resume without a job');
    const before = client.events.filter((e) => e.type === 'status' && e.params.uri === other).length;
    // The user adds requirements to the job description: the resume's coverage changes without touching it.
    fs.writeFileSync(path.join(dir, 'jobs/acme.md'), `${JOB}- ServiceNow and ITIL\n- Budget tracking\n`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'jobs/acme.md'), type: 2 }] });
    const first = client.events.filter((e) => e.type === 'status' && e.params.uri === uri)[0].params.coverage;
    const updated = await client.waitFor('status', (p) => p.uri === uri && p.coverage && p.coverage.terms !== first.terms, 'a status with the new job terms');
    assert.ok(updated.coverage.terms > first.terms, `${first.terms} -> ${updated.coverage.terms} terms`);
    assert.ok(updated.coverage.missing.includes('ServiceNow'), updated.coverage.missing.join(', '));
    // A resume that names no job is left alone: a round trip later it has no new status.
    await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } });
    assert.equal(client.events.filter((e) => e.type === 'status' && e.params.uri === other).length, before);
  });

  test('the impactLint.job setting is relative to the workspace folder; a missing file is a diagnostic, not a crash', async () => {
    const dir = tempDir({ 'jobs/acme.md': JOB, 'a/resume.md': resume('impact-lint: resume'), 'b/resume.md': resume('impact-lint: resume') });
    const client = new Client({ settings: (scope) => ({ debounceMs: 0, job: scope?.includes('/b/') ? 'jobs/gone.md' : 'jobs/acme.md' }) });
    await client.initialize(dir);
    const a = uriOf(dir, 'a/resume.md');
    const b = uriOf(dir, 'b/resume.md');
    await client.open(a, resume('impact-lint: resume'));
    await client.open(b, resume('impact-lint: resume'));
    const found = await client.waitFor('diagnostics', (p) => p.uri === a, 'diagnostics for a/resume.md');
    assert.ok(found.diagnostics.some((d) => d.code === 'keyword-coverage'), JSON.stringify(found.diagnostics));
    const missing = await client.waitFor('diagnostics', (p) => p.uri === b, 'diagnostics for b/resume.md');
    assert.ok(missing.diagnostics.some((d) => d.message === 'Cannot read the job description "jobs/gone.md": file not found.'), JSON.stringify(missing.diagnostics));
  });

  test('impactLint/compareJob answers a Markdown report for a picked job description, and a clear error without one', async () => {
    const dir = tempDir({ 'resume.md': resume('impact-lint: resume'), 'jd.md': JOB });
    const client = new Client();
    await client.initialize(dir);
    const uri = uriOf(dir, 'resume.md');
    const result = await client.request('impactLint/compareJob', { uri, jobUri: uriOf(dir, 'jd.md') });
    assert.equal(result.error, undefined);
    assert.match(result.markdown, /^# Tailoring: resume\.md against jd\.md\n/);
    assert.match(result.markdown, /\*\*Coverage: \d+%\*\*/);
    assert.match(result.markdown, /## Missing, heaviest first[\s\S]*\| stakeholder management \|[\s\S]*## Matched[\s\S]*\| Jira \|/);
    assert.deepEqual(result.coverage.missing, ['stakeholder management', 'risk management', 'RAID log']);
    const none = await client.request('impactLint/compareJob', { uri });
    assert.match(none.error, /^No job description/);
    const gone = await client.request('impactLint/compareJob', { uri, jobUri: uriOf(dir, 'nope.md') });
    assert.equal(gone.error, 'Cannot read the job description nope.md: file not found.');
  });
});
