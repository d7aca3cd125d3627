// Engine and document-model tests: exact 0-based ranges, line endings, BOM,
// front matter, kind detection, directives, settings, fixes and config parsing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RESUME_PREFIX, engine, lintText, only, resumeText, sourceOf } from './helpers.mjs';

const FM = '---\nimpact-lint: resume\n---\n\n';
const crlf = (text) => text.replace(/\n/g, '\r\n');

/** [ruleId, source text, start line, start character] for each finding. */
function summary(result) {
  return result.findings.map((f) => [f.ruleId, sourceOf(result.text, f), f.start.line, f.start.character]);
}

/** Checks every finding's positions against its span. */
function assertPositionsMatchSpans(result) {
  for (const f of result.findings) {
    assert.deepEqual(f.start, result.model.lines.positionAt(f.span.start));
    assert.deepEqual(f.end, result.model.lines.positionAt(f.span.end));
    assert.ok(f.span.start < f.span.end, 'empty span');
  }
}


/** The config problems, in order: each message matches and sits on its (0-based) line; no more, no fewer. */
function assertProblems(problems, expected) {
  assert.equal(problems.length, expected.length, JSON.stringify(problems.map((p) => p.message)));
  expected.forEach(([message, line], index) => {
    assert.match(problems[index].message, message);
    assert.equal(problems[index].start.line, line, problems[index].message);
  });
}
describe('ranges', () => {
  it('a plain bullet: 0-based offsets after the list marker', () => {
    const text = resumeText(['Handled upgrades']);
    const result = lintText(text);
    const [weak] = only(result.findings, 'weak-opening');
    assert.equal(weak.span.start, RESUME_PREFIX.length + 2);
    assert.equal(weak.span.end, RESUME_PREFIX.length + 2 + 'Handled'.length);
    assert.deepEqual(weak.start, { line: 6, character: 2 });
    assert.deepEqual(weak.end, { line: 6, character: 9 });
    assertPositionsMatchSpans(result);
  });

  it('bold: the span covers the words, not the asterisks', () => {
    const text = resumeText(['**Responsible for managing** 4 engineers']);
    const [weak] = only(lintText(text).findings, 'weak-opening');
    assert.equal(sourceOf(text, weak), 'Responsible for managing');
    assert.equal(weak.start.character, 4);
  });

  it('code span: the span sits inside the backticks', () => {
    const text = resumeText(['`Handled` 3 upgrades']);
    const [weak] = only(lintText(text).findings, 'weak-opening');
    assert.equal(sourceOf(text, weak), 'Handled');
    assert.equal(text.slice(weak.span.start - 1, weak.span.end + 1), '`Handled`');
  });

  it('link: the span covers the link text, not the URL', () => {
    const text = resumeText(['[Handled](https://example.com/x) 3 upgrades']);
    const [weak] = only(lintText(text).findings, 'weak-opening');
    assert.equal(sourceOf(text, weak), 'Handled');
    assert.equal(weak.start.character, 3);
  });

  it('markup inside the bullet is part of the whole-bullet span', () => {
    const text = resumeText(['Led the **ERP** and `SAP` [rollout](https://x.example) for finance']);
    const [metric] = only(lintText(text).findings, 'missing-metric');
    assert.equal(sourceOf(text, metric), 'Led the **ERP** and `SAP` [rollout](https://x.example) for finance');
  });

  it('a whole-bullet span keeps markup at either end balanced', () => {
    const text = resumeText(['**Led** the ERP rollout', 'Published the [runbooks](https://x.example)']);
    const found = only(lintText(text).findings, 'missing-metric');
    assert.deepEqual(found.map((f) => sourceOf(text, f)), ['**Led** the ERP rollout', 'Published the [runbooks](https://x.example)']);
  });

  it('a whole-bullet span does not end with the space before an inline comment', () => {
    const text = resumeText(['Upgraded servers <!-- impact-lint-disable-line weak-opening -->']);
    const [metric] = only(lintText(text).findings, 'missing-metric');
    assert.equal(sourceOf(text, metric), 'Upgraded servers');
  });

  it('CRLF: offsets and positions ignore the \\r', () => {
    const text = crlf(resumeText(['Responsible for managing 3 servers', 'Upgraded the file servers']));
    const result = lintText(text);
    assert.deepEqual(summary(result), [
      ['weak-opening', 'Responsible for managing', 6, 2],
      ['missing-metric', 'Upgraded the file servers', 7, 2],
    ]);
    assert.deepEqual(result.findings[1].end, { line: 7, character: 27 });
    assertPositionsMatchSpans(result);
  });

  // Regression (a robustness review): one stray CR inside the summary emptied the report, and
  // lines ending in a lone CR shifted every later position. CommonMark and LSP end a line at a lone CR.
  it('a lone CR ends a line: the same findings at the same lines as with LF, as an LSP client counts them', () => {
    const lf = `${FM}# Sam\n\n## Summary\n\nSysadmin moving into project management.\nSecond line.\n\n## Experience\n\n- Responsible for managing 3 servers\n- Upgraded the file servers\n`;
    const expected = summary(lintText(lf));
    assert.equal(expected.length, 2);
    const variants = {
      'every line': lf.replace(/\n/g, '\r'),
      'one line in the summary': lf.replace('management.\n', 'management.\r'),
      // A lone CR before an empty line that ends in LF would make a CRLF: one line break, not two.
      'every third line': lf.split('\n').map((line, i, all) => (i === all.length - 1 ? line : `${line}${i % 3 === 2 && all[i + 1] !== '' ? '\r' : '\n'}`)).join(''),
      'CRLF and lone CRs': lf.split('\n').map((line, i, all) => (i === all.length - 1 ? line : `${line}${i % 2 && all[i + 1] !== '' ? '\r' : '\r\n'}`)).join(''),
    };
    for (const [name, text] of Object.entries(variants)) {
      const result = lintText(text);
      assert.equal(result.kind.kind, 'resume', name);
      assert.deepEqual(result.problems, [], name);
      assert.deepEqual(summary(result), expected, name);
      const lsp = TextDocument.create('file:///r.md', 'markdown', 1, text);
      for (const f of result.findings) assert.deepEqual([f.start, f.end], [lsp.positionAt(f.span.start), lsp.positionAt(f.span.end)], name);
    }
  });

  it('CRLF: a wrapped bullet spans both lines', () => {
    const text = crlf(resumeText(['Upgraded the file\n  servers for the office']));
    const [metric] = only(lintText(text).findings, 'missing-metric');
    assert.equal(sourceOf(text, metric), 'Upgraded the file\r\n  servers for the office');
    assert.deepEqual([metric.start, metric.end], [{ line: 6, character: 2 }, { line: 7, character: 24 }]);
  });

  it('BOM: result.bom is set and offsets refer to the text without it', () => {
    const plain = resumeText(['Responsible for managing 3 servers']);
    const result = lintText(`\uFEFF${plain}`);
    assert.equal(result.bom, true);
    assert.equal(result.text, plain);
    assert.equal(result.kind.kind, 'resume', 'front matter after a BOM is still read');
    assert.deepEqual(summary(result), summary(lintText(plain)));
    assert.equal(sourceOf(plain, result.findings[0]), 'Responsible for managing');
    assert.equal(lintText(plain).bom, false);
  });

  it('tabs after the marker and before a nested marker', () => {
    const text = `${FM}## Experience\n\n-\tLed 3 upgrades\n\t- Handled 4 vendors\n`;
    const result = lintText(text);
    assert.deepEqual(summary(result), [['weak-opening', 'Handled', 7, 3]]);
  });

  it('nested lists: each level reports on its own line', () => {
    const text = resumeText(['Led the ERP rollout\n  - Handled 3 vendors\n    - Used Jira for 40 tickets']);
    const result = lintText(text);
    assert.deepEqual(summary(result), [
      ['weak-opening', 'Handled', 7, 4],
      ['weak-opening', 'Used', 8, 6],
    ]);
  });

  it('wrapped and lazy continuation lines belong to the bullet', () => {
    const text = `${FM}## Experience\n\n- Responsible for managing the\n  upgrade of the file servers\n- Helped migrate the\nlazy continuation servers\n`;
    const result = lintText(text);
    assert.deepEqual(summary(result), [
      ['weak-opening', 'Responsible for managing', 6, 2],
      ['missing-metric', 'Responsible for managing the\n  upgrade of the file servers', 6, 2],
      ['weak-opening', 'Helped migrate', 8, 2],
      ['missing-metric', 'Helped migrate the\nlazy continuation servers', 8, 2],
    ]);
  });

  it('ordered lists, blockquotes and setext headings', () => {
    const text = `${FM}Experience\n----------\n\n1. Handled 3 upgrades\n\n> - Handled 4 upgrades\n`;
    assert.deepEqual(summary(lintText(text)), [
      ['weak-opening', 'Handled', 7, 3],
      ['weak-opening', 'Handled', 9, 4],
    ]);
  });

  it('fenced code and tables are not bullets', () => {
    const text = `${FM}## Experience\n\n\`\`\`\n- Handled 3 upgrades\n\`\`\`\n\n| Role | Notes |\n| --- | --- |\n| Admin | Handled upgrades |\n`;
    assert.deepEqual(lintText(text).findings, []);
  });
});

describe('document model', () => {
  const source = '# T\n\n- [ ] task one\n- [x] done\n  continued\n- item\n  - child\n    - grandchild\n\n| a | b |\n|---|---|\n| 1 | `x|y` |\n\n```js\ncode\n```\n<!-- c -->\n';
  const doc = engine.parseDocument(source);

  it('list items: depth, parent, children and line ranges', () => {
    assert.deepEqual(doc.items.map((i) => [i.line, i.endLine, i.depth, i.parent?.line ?? null, i.children.map((c) => c.line)]), [
      [2, 3, 1, null, []],
      [3, 5, 1, null, []],
      [5, 9, 1, null, [6]],
      [6, 9, 2, 5, [7]],
      [7, 9, 3, 6, []],
    ]);
    assert.deepEqual(doc.items.map((i) => source.slice(i.markerSpan.start, i.markerSpan.end)), ['-', '-', '-', '-', '-']);
  });

  it('task boxes: checked state, box span, and text without the box', () => {
    const [open, done] = doc.items;
    assert.equal(open.task.checked, false);
    assert.equal(done.task.checked, true);
    assert.equal(source.slice(open.task.span.start, open.task.span.end), '[ ]');
    assert.equal(source.slice(done.task.span.start, done.task.span.end), '[x]');
    assert.equal(source.slice(open.span.start, open.span.end), 'task one');
  });

  it('continuation lines: one segment per line, joined by a space in plain text', () => {
    const done = doc.items[1];
    assert.deepEqual(done.segments.map((s) => source.slice(s.start, s.end)), ['done', 'continued']);
    assert.equal(done.text.plain, 'done continued');
    assert.equal(source.slice(done.span.start, done.span.end), 'done\n  continued');
  });

  it('inline text maps plain offsets back to the source', () => {
    const text = 'Cut costs by **40%** with [Jira](https://x) and `kubectl`';
    const inline = engine.parseDocument(`- ${text}\n`).items[0].text;
    assert.equal(inline.plain, 'Cut costs by 40% with Jira and kubectl');
    const at = inline.plain.indexOf('40%');
    const span = inline.span(at, at + 3);
    assert.equal(`- ${text}\n`.slice(span.start, span.end), '40%');
    const jira = inline.plain.indexOf('Jira');
    const jiraSpan = inline.span(jira, jira + 4);
    assert.equal(`- ${text}\n`.slice(jiraSpan.start, jiraSpan.end), 'Jira');
  });

  it('tables split at unescaped pipes outside code spans', () => {
    assert.deepEqual(doc.tables[0].header.cells.map((c) => c.raw), ['a', 'b']);
    assert.deepEqual(doc.tables[0].rows[0].cells.map((c) => c.raw), ['1', '`x|y`']);
  });

  it('code blocks and comments', () => {
    assert.equal(doc.codeBlocks.length, 1);
    assert.equal(doc.codeBlocks[0].info, 'js');
    assert.equal(source.slice(doc.codeBlocks[0].span.start, doc.codeBlocks[0].span.end), 'code');
    assert.deepEqual(doc.comments.map((c) => [c.body, c.line, source.slice(c.span.start, c.span.end)]), [['c', 16, '<!-- c -->']]);
  });

  it('headings and sections', () => {
    const d = engine.parseDocument('# Jane\n\n## Experience\n\n### Acme\n\n- x\n\n## Education\n');
    assert.deepEqual(d.headings.map((h) => [h.level, h.title, h.line]), [[1, 'Jane', 0], [2, 'Experience', 2], [3, 'Acme', 4], [2, 'Education', 8]]);
    assert.equal(d.items[0].section.heading.title, 'Acme');
    assert.equal(d.items[0].section.parent.heading.title, 'Experience');
  });
});

describe('front matter', () => {
  const body = '## Experience\n\n- Handled upgrades\n';

  it('YAML: impact-lint: resume', () => {
    const result = lintText(`---\nimpact-lint: resume\n---\n\n${body}`);
    assert.deepEqual([result.kind.kind, result.kind.source], ['resume', 'front matter']);
    assert.equal(result.model.frontMatter.format, 'yaml');
    assert.equal(result.findings.length, 2);
  });

  it('YAML: impact-lint: {kind: resume, job: x.md}', () => {
    const result = lintText(`---\ntitle: Jane\nimpact-lint: {kind: resume, job: x.md}\n---\n\n${body}`);
    assert.deepEqual([result.kind.kind, result.kind.job], ['resume', 'x.md']);
    assert.deepEqual(result.problems, []);
  });

  it('YAML closed with "..."', () => {
    assert.equal(lintText(`---\nimpact-lint: resume\n...\n\n${body}`).kind.kind, 'resume');
  });

  it('TOML: impact-lint = "resume"', () => {
    const result = lintText(`+++\nimpact-lint = "resume"\n+++\n\n${body}`);
    assert.equal(result.kind.kind, 'resume');
    assert.equal(result.model.frontMatter.format, 'toml');
  });

  it('TOML: [impact-lint] table with kind and job', () => {
    const result = lintText(`+++\n[impact-lint]\nkind = "resume"\njob = "jobs/acme.md"\n+++\n\n${body}`);
    assert.deepEqual([result.kind.kind, result.kind.job], ['resume', 'jobs/acme.md']);
    assert.deepEqual(summary(result).map((s) => s[2]), [8, 8]);
  });

  it('CRLF front matter', () => {
    assert.equal(lintText(crlf(`---\nimpact-lint: resume\n---\n\n${body}`)).kind.kind, 'resume');
  });

  it('broken YAML gives a problem at the bad line and no crash', () => {
    const text = `---\nimpact-lint: [resume\ntitle: x\n---\n\n${body}`;
    const result = lintText(text);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Front matter does not parse: /);
    assert.equal(result.problems[0].start.line, 2);
    assert.deepEqual(result.crashed, []);
    assert.equal(result.kind.kind, undefined);
    assert.deepEqual(result.findings, []);
  });

  it('broken TOML gives a problem on the bad line and no crash', () => {
    const text = `+++\ntitle = "x"\nimpact-lint = \n+++\n\n${body}`;
    const result = lintText(text);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Front matter does not parse: /);
    assert.equal(result.problems[0].start.line, 2);
    assert.deepEqual(result.crashed, []);
  });

  it('an unknown kind in front matter is a problem, not a crash', () => {
    const result = lintText(`---\nimpact-lint: novel\n---\n\n${body}`);
    assert.equal(result.kind.kind, undefined);
    assert.match(result.problems[0].message, /Unknown document kind in front matter "impact-lint": "novel"/);
    assert.deepEqual(result.findings, []);
  });

  // Regression: with headings that read as a resume, a misspelt kind was dropped without a word.
  it('a misspelt kind in front matter is reported even when the content decides the kind', () => {
    const result = lintText('---\nimpact-lint: raid-logg\n---\n\n# Jane Doe\n\n## Experience\n\n- Led 3 releases\n\n## Skills\n\n- Jira\n');
    assert.equal(result.kind.kind, 'resume');
    assert.deepEqual(result.problems.map((p) => p.message), ['Unknown document kind in front matter "impact-lint": "raid-logg". Did you mean "raid-log"? Linted as resume (content).']);
    const object = lintText('---\nimpact-lint: { kind: resumé, job: jobs/acme.md }\n---\n\n## Experience\n\n- Led 3 releases\n', { kind: 'resume' });
    assert.match(object.problems[0].message, /"resumé"\. Did you mean "resume"\?/);
  });

  // Regression (a CLI review): a misspelt key or a job that is no path was ignored without a word.
  it('an unknown key or a job that is no path under "impact-lint" in front matter is reported', () => {
    const result = lintText('---\nimpact-lint: { kind: resume, jb: jobs/acme.md }\n---\n\n## Experience\n\n- Led 3 releases\n');
    assert.deepEqual(result.problems.map((p) => p.message), ['Unknown key "jb" under "impact-lint" in front matter. Known keys: kind, job.']);
    const job = lintText('---\nimpact-lint:\n  kind: resume\n  job: 42\n---\n\n## Experience\n\n- Led 3 releases\n');
    assert.deepEqual(job.problems.map((p) => p.message), ['"job" under "impact-lint" in front matter must be the path of a job description, e.g. jobs/acme.md.']);
  });

  it('--print-kind reasons: the glob that matched, and why a file got none', () => {
    const { kind, source, reason } = lintText('# Notes\n', { path: 'cv/2026/a.md', settings: engine.resolveSettings({ kinds: { 'cv/**/*.md': 'resume' } }) }).kind;
    assert.deepEqual([kind, source, reason], ['resume', 'config', '"cv/**/*.md"']);
    assert.equal(lintText('---\nimpact-lint: Resume\n---\n\n# Notes\n').kind.reason, 'unknown kind "Resume" in the front matter');
  });

  it('an unclosed front matter block is read as Markdown', () => {
    const result = lintText(`---\nimpact-lint: resume\n\n${body}`);
    assert.equal(result.model.frontMatter, undefined);
    assert.deepEqual(result.crashed, []);
  });

  it('an edited front matter is read again, and going back reads the first one again (the last block is kept)', () => {
    const log = '---\nimpact-lint: project-log\n---\n\n';
    const broken = '---\nimpact-lint: [resume\n---\n\n';
    const kinds = [FM, log, FM, broken, FM, FM].map((fm) => {
      const result = lintText(`${fm}${body}`);
      return [result.kind.kind, result.model.frontMatter.error !== undefined];
    });
    assert.deepEqual(kinds, [['resume', false], ['project-log', false], ['resume', false], [undefined, true], ['resume', false], ['resume', false]]);
  });

  // Regression: with the closing fence on the last line and no line break after it, the body was
  // read from the fence's own line: "+++" became a paragraph, and the status line a fix inserted
  // went inside the TOML, before the fence.
  it('front matter that ends the document without a line break: the fence is not read, and text inserted goes after it', () => {
    for (const [front, eol] of [['+++\nimpact-lint = "status-report"\n+++', '\n'], ['---\r\nimpact-lint: status-report\r\n---', '\r\n']]) {
      const result = lintText(front);
      assert.deepEqual([result.model.frontMatter.bodyStart, result.model.paragraphs.length, result.model.headings.length], [front.length, 0, 0]);
      const missing = only(result.findings, 'status-missing-section');
      assert.equal(missing.length, 6);
      for (const finding of missing) assert.deepEqual(finding.span, { start: front.length, end: front.length }, finding.message);
      const status = missing.find((f) => /overall RAG status/.test(f.message)).suggestions[0].edit;
      const fixed = engine.applyEdits(front, [{ ...status, text: status.text.replace(/\$\{1\|[^}]*\}/, 'Amber: the vendor is late') }]).text;
      assert.equal(fixed, `${front}${eol}${eol}**Overall status:** Amber: the vendor is late${eol}${eol}`);
      const again = lintText(fixed);
      assert.equal(again.kind.kind, 'status-report');
      assert.deepEqual(again.problems, []);
      assert.equal(only(again.findings, 'status-missing-section').filter((f) => /overall RAG status/.test(f.message)).length, 0);
    }
    // The same block then text after it: its own reading, not the last one kept.
    const body = lintText('+++\nimpact-lint = "status-report"\n+++\n# Weekly status\n');
    assert.deepEqual([body.model.frontMatter.bodyStart, body.model.headings.map((h) => h.text.plain)], [38, ['Weekly status']]);
  });

  it('the same block over different text gives its own document the same reading', () => {
    const a = lintText(`${FM}${body}`);
    const b = lintText(`${FM}## Other\n\n${body}`);
    assert.deepEqual(b.model.frontMatter, a.model.frontMatter);
    assert.equal(b.kind.kind, 'resume');
  });
});

describe('frontMatterJob: the job a resume names', () => {
  const { frontMatterJob } = engine;
  const body = '## Experience\n\n- Handled upgrades\n';
  const filler = (lines) => Array.from({ length: lines }, (_, i) => `note${i}: ${i}`).join('\n');

  it('is read from a block that closes on line 2,000, not from one that closes later, as the document model reads it', () => {
    // Line 0 opens the block; the job is on line 1; the fence closes on line `close`.
    const resume = (close) => `---\njob: jobs/acme.md\n${filler(close - 2)}\n---\n\n${body}`;
    assert.deepEqual(frontMatterJob(resume(1999)), { path: 'jobs/acme.md', line: 1 });
    assert.equal(lintText(resume(1999)).model.frontMatter?.endLine, 2000);
    assert.equal(frontMatterJob(resume(2000)), undefined);
    assert.equal(lintText(resume(2000)).model.frontMatter, undefined);
  });

  it('after a BOM and with CRLF; none without a job or without front matter', () => {
    assert.deepEqual(frontMatterJob(`\ufeff${crlf('---\nimpact-lint:\n  kind: resume\n  job: jd.md\n---\n')}${body}`), { path: 'jd.md', line: 3 });
    assert.equal(frontMatterJob(`${FM}${body}`), undefined);
    assert.equal(frontMatterJob(body), undefined);
  });
});

describe('kind detection', () => {
  const plain = '## Work\n\n- Handled upgrades\n';

  for (const path of ['resume.md', 'cv.md', 'CV.md', 'docs/jane-cv.md', 'career\\Jane_Resume.markdown']) {
    it(`file name: ${path}`, () => {
      const result = lintText(plain, { path });
      assert.deepEqual([result.kind.kind, result.kind.source], ['resume', 'file name']);
      assert.equal(result.findings.length, 2);
    });
  }

  // Regression (a second review of PM documents): minutes with "Present:" and "ACTION:" lines, or a "Next steps" heading,
  // and no task boxes or Actions heading, were no kind at all.
  it('a "Weekly update" with dated entries is a log of updates, not one status report', () => {
    const log = '# Weekly update\n\n## 2026-11-20\n\n**RAG:** Amber\n\nCut-over slipped one week.\n\n## 2026-11-27\n\n**RAG:** Green\n\nDone.\n';
    assert.deepEqual([lintText(log, { path: 'r19.md' }).kind.kind, lintText(log, { path: 'r19.md' }).kind.reason], ['project-log', '2 dated entries']);
    assert.equal(lintText('# Weekly update\n\n**RAG:** Amber\n\n## Summary\n\nOn plan.\n', { path: 'w.md' }).kind.kind, 'status-report');
  });

  it('minutes: attendees and ACTION: lines, or attendees and Next steps', () => {
    const actionLines = '# Sprint review — 18/11/2026\n\nPresent: Ana García, Dmitri Volkov\n\n## Notes\n\n- Demoed SSO.\n- ACTION: raise the pen-test ticket\n';
    assert.deepEqual([lintText(actionLines, { path: 'doc12.md' }).kind.kind, lintText(actionLines, { path: 'doc12.md' }).kind.reason], ['meeting-notes', 'attendees and actions']);
    const nextSteps = '# Ops sync\n\nAttendees: Priya, Mo\n\n## Notes\n\nWe went through the backlog.\n\n## Next steps\n\n- Mo to confirm the window\n';
    assert.equal(lintText(nextSteps, { path: 'j.md' }).kind.kind, 'meeting-notes');
    // Regression (a second review): a log whose dated entries include a meeting with its attendees stays a log.
    const log = '# Network refresh\n\n## 2026-11-20 Design review\n\nAttendees: Mo Ali, Sam Okafor\n\n- ACTION: Mo to order the spare PSUs by 27 Nov\n\n## 2026-11-27 Switch install\n\nInstalled 12 switches.\n';
    assert.equal(lintText(log, { path: 'c33.md' }).kind.kind, 'project-log');
    // An "Action:" word in prose with no attendees is no minutes.
    assert.notEqual(lintText('# Plan\n\n- ACTION: raise the ticket\n', { path: 'plan.md' }).kind.kind, 'meeting-notes');
  });

  // Regression (a review with realistic PM documents): notes pasted from mail have "Action items:" on a line of its
  // own, not a heading; a quick sync has no "Meeting" or "Minutes" in its title.
  it('minutes pasted from mail: attendees and an "Action items:" line; a sync, catch-up or kick-off by its title', () => {
    const pasted = 'Subject: RE: Intune weekly sync\r\n\r\nAttendees: Daniel Okoro, Priya Shah, Tom Reed (desk)\r\n\r\nWe went through the pilot.\r\n\r\nAction items:\r\n- Marek to fix BitLocker key escrow on the 3 failed devices by Wed\r\n- send draft comms to HR\r\n';
    const result = lintText(pasted, { path: 'note4.md' });
    assert.deepEqual([result.kind.kind, result.kind.reason], ['meeting-notes', 'attendees and actions']);
    assert.deepEqual(only(result.findings, 'action-item-owner').map((f) => f.start.line), [8], 'the action without an owner, as in minutes with headings');
    for (const title of ['Quick sync w/ Karen re: printers', 'Weekly sync: service desk', 'Catch-up with finance', 'Project kick-off', 'Ops huddle']) {
      assert.equal(lintText(`# ${title}\n\nKaren, me\n\n- ACTION: Karen to roll back PaperCut tonight\n`, { path: 'x.md' }).kind.kind, 'meeting-notes', title);
    }
    // A runbook about syncing is no meeting.
    assert.notEqual(lintText('# Azure AD sync runbook\n\n1. Run the delta sync.\n', { path: 'x.md' }).kind.kind, 'meeting-notes');
    // Regression (a review of that change): such a title came before every other title hint and the content.
    const kindOf = (text) => lintText(text, { path: 'x.md' }).kind.kind;
    assert.equal(kindOf('# Project Kick-off Charter\n\n## Objectives\n\nMove 300 staff.\n'), 'charter');
    assert.equal(kindOf('# Lessons learned: CRM kick-off to go-live\n\n## What went well\n\nThe pilot.\n'), 'lessons-learned');
    assert.equal(kindOf('# Huddle rooms project log\n\n## 2026-11-02\n\nFitted 4 rooms.\n\n## 2026-11-09\n\nFitted 6 rooms.\n'), 'project-log');
    assert.equal(kindOf('# Weekly check-in log\n\n## 2026-11-02\n\nFitted 4 rooms.\n\n## 2026-11-09\n\nFitted 6 rooms.\n'), 'project-log');
    assert.equal(kindOf('# Project Falcon \u2013 weekly sync\n\n**Overall status:** Amber\n\n## This week\n\n- Piloted 40 devices\n\n## Next week\n\n- Wave 2\n'), 'status-report');
    assert.equal(kindOf('# Q3 self check-in: achievements\n\n- Led the move\n'), undefined);
  });

  // Regression (a review of project logs and other PM documents, H1): these were no kind (so no findings at all) or
  // minutes (so no status-missing-section).
  it('logs by weekday headings, a table of dated work or a title; a steering committee report; a retro', () => {
    const kindOf = (text) => lintText(text, { path: 'doc.md' }).kind.kind;
    assert.equal(kindOf('# CI/CD platform move\n\n### Mon 26 Oct \u2013 kick-off\n\nWorked on it.\n\n### Wed 28 Oct\n\nWorked on it.\n'), 'project-log');
    assert.equal(kindOf('# Migration\n\n## Week of 9 Nov 2026\n\nWorked on it.\n\n## Week of 16 Nov 2026\n\nWorked on it.\n'), 'project-log');
    assert.equal(kindOf('# Notes\n\n| Date | What | Result |\n| --- | --- | --- |\n| 2026-11-02 | Worked on the suite | |\n| 2026-11-09 | Fixed flaky tests | Flaky rate from 9% to 1% |\n'), 'project-log');
    for (const title of ['Regression automation \u2013 QA lead log', 'Daily log', 'CI/CD move \u2013 journal']) assert.equal(kindOf(`# ${title}\n\nWorked on it.\n`), 'project-log', title);
    assert.equal(kindOf('# ERP \u2013 Steering Committee Report\n\n| | |\n| --- | --- |\n| **Overall status** | Amber |\n\n## Achievements this period\n\n- Ran 1,140 test cases.\n'), 'status-report');
    assert.equal(kindOf('# Steering committee minutes\n\nAttendees: Jo, Sam\n\n## Actions\n\n- Jo to book the room\n'), 'meeting-notes');
    assert.equal(kindOf('# Sprint 14 retro\n\n## Start\n\n- Pairing on reviews\n'), 'lessons-learned');
    assert.equal(kindOf('# Change requests\n\n- CR-1: more licences\n'), 'change-log');
    // Regression (a review of the new register rules as a user, M8): "ADR log" and "CR log" were project logs; the others no kind.
    for (const [title, kind] of [['Customer Portal \u2013 ADR log', 'decision-log'], ['Architecture decision records', 'decision-log'], ['Architecture Decisions', 'decision-log'], ['CRM migration: decisions', 'decision-log'], ['ERP upgrade \u2013 CR log', 'change-log'], ['Work Breakdown', 'wbs']]) assert.equal(kindOf(`# ${title}\n\nx\n`), kind, title);
    for (const [name, kind] of [['adr-log', 'decision-log'], ['adrs', 'decision-log'], ['change-register', 'change-log'], ['cr-log', 'change-log']]) assert.equal(lintText('# Notes\n\nx\n', { path: `${name}.md` }).kind.kind, kind, name);
    // Changed on purpose (a review of this change, M8): "decisions" in a file name is no decision log, so minutes saved
    // as "steerco-2026-11-20-decisions.md" stay minutes.
    assert.equal(lintText('# Steering group \u2013 20 Nov 2026\n\nAttendees: Jo, Sam\n\n## Actions\n\n- Jo to book the room by 2026-12-01\n', { path: 'steerco-2026-11-20-decisions.md' }).kind.kind, 'meeting-notes');
    // Not a log: a weekday before a count, and a title that only mentions a log.
    assert.equal(kindOf('# Rota\n\n## Sat 3 sites\n\nx\n\n## Sun 2 sites\n\nx\n'), undefined);
    // Regression (a review of this change, M4, H3): a word that only starts like a weekday ("Sunset", "Monitoring") is no
    // weekday, and a steering committee's "update" with attendees and actions is its minutes.
    assert.equal(kindOf('# Legacy CRM decommission\n\n## Sunset 31 Mar\n\nRead-only.\n\n## Sunset 30 Jun\n\nOff.\n'), undefined);
    // (The same review, M7: a system's or an incident's log, an accountant's journal, a gaming club and a test run's table.)
    for (const title of ['Incident log', 'Audit log', 'Journal entries for November close', 'Journal club notes', 'Retro gaming club']) assert.equal(kindOf(`# ${title}\n\nx\n`), undefined, title);
    assert.equal(kindOf('# Test execution \u2013 release 4.2\n\n| Date | Test case | Task | Result |\n| --- | --- | --- | --- |\n| 2026-11-02 | TC-101 | Login with SSO | Pass |\n| 2026-11-02 | TC-102 | Logout | Fail |\n'), undefined);
    assert.equal(kindOf('# Steering committee update \u2013 12 Nov 2026\n\nAttendees: Karen, Ravi, Jo\n\n## Actions\n\n- Jo to book a CAB slot by 2026-11-18\n'), 'meeting-notes');
    assert.equal(kindOf('# RAID log\n\n| ID | Type | Owner | Due | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-1 | Risk | Jo | 2026-12-01 | Plan | Open |\n'), 'raid-log');
  });

  // Regression (a review of PM documents): issue logs were no kind, so they got no findings.
  it('an issue log, a risk log or "risks and issues" by file name, and a table of issues with owners', () => {
    for (const path of ['issue-log.md', 'Issue_Register.md', 'risk-log.md', 'risks-and-issues.md']) assert.deepEqual([lintText(plain, { path }).kind.kind, lintText(plain, { path }).kind.source], ['raid-log', 'file name'], path);
    const table = '# Open\n\n| Issue | Owner | Due | Status |\n| --- | --- | --- | --- |\n| VPN drops | Sam | 2026-11-20 | Open |\n';
    assert.deepEqual([lintText(table).kind.kind, lintText(table).kind.reason], ['raid-log', 'a table of issues or risks']);
    // An action table is no issue list.
    assert.notEqual(lintText('# Sync\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Book room | Sam | 2026-11-20 |\n').kind.kind, 'raid-log');
    // Regression (verification): a README's known-issues table with no date, and "issue-logger" in a name, are no RAID log.
    assert.equal(lintText('# Tool\n\n## Known issues\n\n| Issue | Owner | Status |\n| --- | --- | --- |\n| Slow start | Sam | Open |\n', { path: 'README.md' }).kind.kind, undefined);
    assert.equal(lintText('# Design\n\nNotes.\n', { path: 'issue-logger-design.md' }).kind.kind, undefined);
    assert.equal(lintText('# Tool\n\n| Issue | Owner | Target release |\n| --- | --- | --- |\n| Slow start | Sam | 2.1 |\n', { path: 'README.md' }).kind.kind, undefined);
  });

  // Regression (verification): headings in two languages, the other language first, were no resume.
  it('headings in two languages: either half counts', () => {
    const result = lintText('# Jonas Becker\n\n## Berufserfahrung / Experience\n\n- Handled upgrades\n\n## Ausbildung (Education)\n\n- M.Sc. 2018\n');
    assert.deepEqual([result.kind.kind, result.kind.source], ['resume', 'content']);
    // Not one heading of a job ad, nor lower-case halves.
    assert.equal(lintText('# Job\n\n## Experience / skills we need\n\n- Python\n').kind.kind, undefined);
    assert.equal(lintText('# Guide\n\n## Your first week / experience\n\nText.\n\n## Profile / who we are\n\nText.\n').kind.kind, undefined);
  });

  it('file names that only contain "cv" inside a word do not count', () => {
    assert.equal(lintText(plain, { path: 'cvs-notes.md' }).kind.kind, undefined);
  });

  it('headings: Experience + Education', () => {
    const result = lintText('# Jane\n\n## Experience\n\n- Handled upgrades\n\n## Education\n\n- BSc\n');
    assert.deepEqual([result.kind.kind, result.kind.source], ['resume', 'content']);
    assert.deepEqual(summary(result).map((s) => s[0]), ['weak-opening', 'missing-metric']);
  });

  it('headings: Work Experience + Technical Skills', () => {
    assert.equal(lintText('## Work Experience\n\n- Led 3 teams\n\n## Technical Skills\n\n- Linux\n').kind.kind, 'resume');
  });

  it('Experience alone is not enough', () => {
    assert.equal(lintText('## Experience\n\n- Handled upgrades\n').kind.kind, undefined);
  });

  it('config globs with a path', () => {
    const settings = engine.resolveSettings({ kinds: { 'cv/*.md': 'resume' } });
    const result = lintText(plain, { path: 'cv/jane.md', settings });
    assert.deepEqual([result.kind.kind, result.kind.source], ['resume', 'config']);
    assert.equal(lintText(plain, { path: 'cv\\jane.md', settings }).kind.kind, 'resume', 'Windows separators');
    assert.equal(lintText(plain, { path: 'notes/jane.md', settings }).kind.kind, undefined);
    assert.equal(lintText(plain, { settings }).kind.kind, undefined, 'no path, no glob match');
  });

  it('a glob without a slash matches the base name', () => {
    const settings = engine.resolveSettings({ kinds: { '*.profile.md': 'resume' } });
    assert.equal(lintText(plain, { path: 'deep/dir/jane.profile.md', settings }).kind.kind, 'resume');
  });

  it('resolution order: option > front matter > config glob > file name > headings', () => {
    const settings = engine.resolveSettings({ kinds: { 'cv/*.md': 'raid-log' } });
    const fm = `---\nimpact-lint: status-report\n---\n\n${plain}`;
    assert.equal(lintText(fm, { path: 'cv/resume.md', settings, kind: 'wbs' }).kind.kind, 'wbs');
    assert.equal(lintText(fm, { path: 'cv/resume.md', settings }).kind.kind, 'status-report');
    assert.equal(lintText(plain, { path: 'cv/resume.md', settings }).kind.kind, 'raid-log');
    assert.equal(lintText('## Experience\n\n## Education\n', { path: 'project-log.md' }).kind.kind, 'project-log');
  });

  it('a README gets no kind and no findings', () => {
    const readme = '# Tool\n\nA CLI.\n\n## Usage\n\n- Handled upgrades\n- Responsible for stuff\n\n## Install\n\n```sh\nnpm i\n```\n';
    const result = lintText(readme, { path: 'README.md' });
    assert.equal(result.kind.kind, undefined);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.problems, []);
  });

  it('a software CHANGELOG is not a change log', () => {
    assert.equal(lintText('## 1.0.0\n\n- Handled upgrades\n', { path: 'CHANGELOG.md' }).kind.kind, undefined);
  });

  it('rules only run on their kinds', () => {
    const result = lintText(`---\nimpact-lint: raid-log\n---\n\n${plain}`);
    assert.equal(result.kind.kind, 'raid-log');
    assert.deepEqual(result.findings, []);
  });
});

describe('directives', () => {
  const doc = (lines) => `${FM}## Experience\n\n${lines.join('\n')}\n`;

  it('disable and enable one rule', () => {
    const result = lintText(doc(['<!-- impact-lint-disable weak-opening -->', '', '- Handled 3 upgrades', '- Used Jira', '', '<!-- impact-lint-enable weak-opening -->', '', '- Handled 4 upgrades']));
    assert.deepEqual(summary(result).map(([id, text, line]) => [id, text, line]), [
      ['missing-metric', 'Used Jira', 9],
      ['weak-opening', 'Handled', 13],
    ]);
    assert.deepEqual(result.problems, []);
  });

  it('disable without ids silences every rule until enable', () => {
    const result = lintText(doc(['<!-- impact-lint-disable -->', '- Handled upgrades', '<!-- impact-lint-enable -->', '- Handled upgrades']));
    assert.deepEqual(result.findings.map((f) => f.start.line), [9, 9]);
  });

  it('disable-next-line silences only the next line', () => {
    const result = lintText(doc(['- Handled 3 upgrades', '<!-- impact-lint-disable-next-line weak-opening -->', '- Handled 4 upgrades', '- Handled 5 upgrades']));
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.start.line]), [['weak-opening', 6], ['weak-opening', 9]]);
  });

  it('disable-file silences a rule everywhere, wherever it is written', () => {
    const result = lintText(doc(['- Handled upgrades', '', '<!-- impact-lint-disable-file missing-metric -->']));
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['weak-opening']);
  });

  it('several ids, comma or space separated', () => {
    assert.deepEqual(lintText(doc(['<!-- impact-lint-disable weak-opening, missing-metric -->', '- Handled upgrades'])).findings, []);
    assert.deepEqual(lintText(doc(['<!-- impact-lint-disable weak-opening missing-metric -->', '- Handled upgrades'])).findings, []);
  });

  it('a directive inside a fenced code block is ignored', () => {
    const result = lintText(doc(['```', '<!-- impact-lint-disable-file -->', '```', '', '- Handled upgrades']));
    assert.equal(result.findings.length, 2);
  });

  // Regression (a CLI review): a quoted directive in backticks silenced the whole file, and the CI gate passed.
  it('a directive quoted in an inline code span is ignored; one after the span is not', () => {
    const quoted = lintText(doc(['To silence a file, write `<!-- impact-lint-disable-file -->` at its end.', '', '- Handled upgrades, see ``<!-- impact-lint-disable-line -->``', '- Handled patching']));
    const lineOf = (f) => quoted.text.split('\n')[f.start.line];
    assert.deepEqual(quoted.findings.map((f) => `${f.ruleId} ${lineOf(f)}`).sort(), [
      'missing-metric - Handled patching',
      'missing-metric - Handled upgrades, see ``<!-- impact-lint-disable-line -->``',
      'weak-opening - Handled patching',
      'weak-opening - Handled upgrades, see ``<!-- impact-lint-disable-line -->``',
    ]);
    // A lone backtick before it opens no span: the directive counts.
    const real = lintText(doc(['- Handled upgrades ` <!-- impact-lint-disable-line -->']));
    assert.equal(real.findings.length, 0);
  });

  it('an unknown id is reported in problems with its exact span', () => {
    const text = doc(['<!-- impact-lint-disable weak-openin -->', '- Handled 3 upgrades']);
    const result = lintText(text);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].message, 'Unknown rule "weak-openin" in a directive comment. Did you mean "weak-opening"?');
    assert.equal(sourceOf(text, result.problems[0].span), 'weak-openin');
    assert.deepEqual(result.problems[0].start, { line: 6, character: 25 });
    assert.equal(only(result.findings, 'weak-opening').length, 1, 'the unknown id disables nothing');
  });

  // Regression: "-- false positive" was read as three unknown rule ids.
  it('a reason after " -- " is not read as rule ids', () => {
    const result = lintText(doc(['- Handled 3 upgrades <!-- impact-lint-disable-line weak-opening -- the team did it, I helped -->', '<!-- impact-lint-disable-next-line -- whole line, on purpose -->', '- Handled 4 upgrades']));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(only(result.findings, 'weak-opening'), [], 'both lines disabled');
  });

  it('an unknown id that also occurs in the directive name is located after the name', () => {
    const text = doc(['<!-- impact-lint-disable lint -->', '- Handled 3 upgrades']);
    const [problem] = lintText(text).problems;
    assert.deepEqual(problem.start, { line: 6, character: 25 });
  });
});

describe('settings', () => {
  const text = resumeText(['Handled upgrades']);

  it('defaults: both rules at warning', () => {
    assert.deepEqual(lintText(text).findings.map((f) => [f.ruleId, f.severity]), [['weak-opening', 'warning'], ['missing-metric', 'warning']]);
  });

  it('a rule set to "off" reports nothing', () => {
    const settings = engine.resolveSettings({ rules: { 'weak-opening': 'off' } });
    assert.deepEqual(lintText(text, { settings }).findings.map((f) => f.ruleId), ['missing-metric']);
  });

  it('severity overrides, plain and as [severity, options]', () => {
    const settings = engine.resolveSettings({ rules: { 'weak-opening': 'error', 'missing-metric': ['info', {}] } });
    assert.deepEqual(lintText(text, { settings }).findings.map((f) => [f.ruleId, f.severity]), [['weak-opening', 'error'], ['missing-metric', 'info']]);
  });

  it('later layers win', () => {
    const settings = engine.resolveSettings({ rules: { 'weak-opening': 'off' } }, { rules: { 'weak-opening': 'error' } }, undefined);
    assert.equal(settings.rules['weak-opening'].severity, 'error');
  });

  it('unknown rule ids in settings are ignored by resolveSettings (parseConfig reports them)', () => {
    const settings = engine.resolveSettings({ rules: { nope: 'off' } });
    assert.equal(settings.rules.nope, undefined);
    assert.equal(lintText(text, { settings }).findings.length, 2);
  });
});

describe('fixText and applyEdits', () => {
  // (Was "Helped migrate 40 servers": a rewrite after help is offered, not applied, since a review of realistic resumes.)
  const bullets = ['Responsible for managing 3 servers', 'Worked on migrating 40 servers', 'Handled 4 upgrades'];
  const fixedBullets = ['Managed 3 servers', 'Migrated 40 servers', 'Handled 4 upgrades'];

  it('applies every fix and converges', () => {
    const first = engine.fixText(resumeText(bullets));
    assert.equal(first.text, resumeText(fixedBullets));
    assert.equal(first.fixed, 2);
    assert.deepEqual(engine.fixText(first.text), { text: first.text, fixed: 0 });
  });

  it('keeps a BOM and CRLF line endings', () => {
    const input = `\uFEFF${crlf(resumeText(bullets))}`;
    const { text, fixed } = engine.fixText(input);
    assert.equal(text, `\uFEFF${crlf(resumeText(fixedBullets))}`);
    assert.equal(fixed, 2);
    assert.ok(!/[^\r]\n/.test(text), 'a bare LF crept in');
  });

  it('leaves text with nothing to fix untouched', () => {
    const input = crlf(resumeText(['Handled 4 upgrades']));
    assert.deepEqual(engine.fixText(input), { text: input, fixed: 0 });
  });

  it('applyEdits skips overlapping edits, earlier wins', () => {
    const result = engine.applyEdits('abcdef', [{ range: [2, 4], text: 'Y' }, { range: [1, 3], text: 'X' }, { range: [5, 5], text: 'Z' }]);
    assert.deepEqual(result, { text: 'aXdeZf', applied: 2 });
  });
});

describe('parseConfig', () => {
  const parse = (text, file = '.impact-lint.json') => engine.parseConfig(text, file);
  const where = (problem) => [problem.start.line, problem.start.character];

  it('JSON', () => {
    const { config, problems } = parse('{ "rules": { "weak-opening": "off", "missing-metric": ["error", {}] }, "kinds": { "cv/*.md": "resume" } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'weak-opening': 'off', 'missing-metric': ['error', {}] }, kinds: { 'cv/*.md': 'resume' } });
  });

  it('JSONC: comments and trailing commas, in .json and .jsonc', () => {
    const text = '{\n  // line comment\n  "rules": {\n    "weak-opening": "off", /* block */\n  },\n}\n';
    for (const file of ['.impact-lint.jsonc', '.impact-lint.json']) {
      const { config, problems } = parse(text, file);
      assert.deepEqual(problems, [], file);
      assert.deepEqual(config, { rules: { 'weak-opening': 'off' } }, file);
    }
  });

  it('YAML, where off is the string "off"', () => {
    const { config, problems } = parse('rules:\n  weak-opening: off\n  missing-metric: [error, {}]\nkinds:\n  "cv/*.md": resume\ntoday: "2024-05-01"\n', '.impact-lint.yaml');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'weak-opening': 'off', 'missing-metric': ['error', {}] }, kinds: { 'cv/*.md': 'resume' }, today: '2024-05-01' });
    assert.deepEqual(parse('rules:\n  weak-opening: off\n', '.impact-lint.yml').config, { rules: { 'weak-opening': 'off' } });
  });

  it('broken JSON: a problem at the bad spot and an empty config', () => {
    const { config, problems } = parse('{\n  "rules": {\n    "weak-opening" "off"\n  }\n}\n');
    assert.deepEqual(config, {});
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, 'Invalid JSON: colon expected');
    assert.equal(problems[0].file, '.impact-lint.json');
    assert.deepEqual(where(problems[0]), [2, 19]);
  });

  it('broken JSON gives one problem, not one per parser error', () => {
    assert.equal(parse('{\n  "rules": {\n    "weak-opening": "off"\n').problems.length, 1);
    assert.equal(parse('{\n  "rules": {\n    "weak-opening": "off",,\n  }\n}').problems.length, 1);
  });

  it('broken YAML: a problem at the bad line', () => {
    const { config, problems } = parse('rules:\n  weak-opening: off\n bad: [x\n', '.impact-lint.yaml');
    assert.deepEqual(config, {});
    assert.ok(problems.length >= 1);
    assert.match(problems[0].message, /^Invalid YAML: /);
    assert.deepEqual(where(problems[0]), [2, 0]);
  });

  // Regression (a CLI review): two messages for one YAML mistake; an empty JSON file said "value expected"; a YAML section with every entry commented out was an error.
  it('one problem for a YAML mistake; an empty JSON file says so; an empty YAML section is nothing set', () => {
    assert.equal(parse('rules:\n  weak-opening: off\n    missing-metric: off\n', '.impact-lint.yaml').problems.length, 1);
    assert.deepEqual(parse('', '.impact-lint.json').problems.map((p) => p.message), ['The file is empty; expected an object such as { "rules": {} }.']);
    assert.deepEqual(parse('rules:\n  # weak-opening: off\nkinds:\n  # "cv/*.md": resume\n', '.impact-lint.yaml'), { config: {}, problems: [] });
    // Regression (verification): one level down too.
    assert.deepEqual(parse('lexicon:\n  fillers:\n    # remove: [basically]\n  buzzwords:\n    add:\n', '.impact-lint.yaml').problems, []);
  });

  it('unknown rule id: Did you mean ...', () => {
    const text = '{\n  "rules": {\n    "weak-openin": "off",\n    "missing-metric": "off"\n  }\n}';
    const { config, problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, 'Unknown rule "weak-openin". Did you mean "weak-opening"?');
    assert.deepEqual(where(problems[0]), [2, 4]);
    assert.equal(sourceOf(text, problems[0].span), '"weak-openin"');
    assert.deepEqual(config.rules, { 'missing-metric': 'off' }, 'the valid rule still applies');
  });

  it('unknown rule id with nothing close: no suggestion', () => {
    assert.equal(parse('{ "rules": { "spelling": "off" } }').problems[0].message, 'Unknown rule "spelling".');
  });

  it('unknown top-level key, in JSON and YAML', () => {
    const json = parse('{\n  "rulez": {},\n  "today": "2024-01-02"\n}');
    assert.equal(json.problems.length, 1);
    assert.match(json.problems[0].message, /^Unknown key "rulez"\. Known keys: rules, kinds, lexicon, job, today, maxFileSize\.$/);
    assert.deepEqual(where(json.problems[0]), [1, 2]);
    assert.deepEqual(json.config, { today: '2024-01-02' });
    const yaml = parse('today: "2024-01-02"\nrulez: {}\n', '.impact-lint.yaml');
    assert.deepEqual(where(yaml.problems[0]), [1, 0]);
    assert.equal(sourceOf('today: "2024-01-02"\nrulez: {}\n', yaml.problems[0].span), 'rulez');
  });

  it('wrong value types are reported one by one, each at its key', () => {
    const text = [
      '{',
      '  "rules": {',
      '    "weak-opening": "loud",',
      '    "missing-metric": ["warning", { "max": 3 }]',
      '  },',
      '  "maxFileSize": "big",',
      '  "today": "2024-02-30",',
      '  "kinds": { "cv/*.md": "novel", "r/*.md": "resume" },',
      '  "lexicon": { "fillers": { "add": "very" }, "nope": {} },',
      '  "job": 3',
      '}',
    ].join('\n');
    const { config, problems } = parse(text);
    const expected = [
      [/^The severity of "weak-opening" must be one of "off", "info", "warning", "error"\.$/, 2],
      [/^"missing-metric" has no option "max"\.$/, 3],
      [/^"maxFileSize" must be a positive number of bytes\.$/, 5],
      [/^"today" must be a date written YYYY-MM-DD\.$/, 6],
      [/^Unknown kind "novel" for "cv\/\*\.md"\. Kinds: resume, /, 7],
      [/^"lexicon\.fillers\.add" must be a list of strings\.$/, 8],
      [/^Unknown lexicon list "nope"\. Lists: weakPhrases, /, 8],
      [/^"job" must be a path to a job description file\.$/, 9],
    ];
    assertProblems(problems, expected);
    assert.deepEqual(config, { rules: { 'missing-metric': ['warning', {}] }, kinds: { 'r/*.md': 'resume' }, lexicon: { fillers: {} } });
  });

  // Regression (a robustness review): 1e-300 bytes skipped every file, 1e400 (Infinity) none.
  it('maxFileSize is at least a byte and finite', () => {
    for (const bad of ['1e-300', '1e400', '0.5', '-1']) {
      const { config, problems } = parse(`{ "maxFileSize": ${bad} }`);
      assertProblems(problems, [[/^"maxFileSize" must be a positive number of bytes\.$/, 0]]);
      assert.deepEqual(config, {}, bad);
    }
    assert.deepEqual(parse('{ "maxFileSize": 2000000 }').config, { maxFileSize: 2000000 });
  });

  // Regression (a robustness review): "constructor" found Object.prototype's and the config
  // failed with "meta.values.map is not a function"; "toString" asked for "a undefined".
  it('option names that Object.prototype has are unknown options, reported at their place', () => {
    const text = ['{', '  "rules": {', '    "weak-opening": ["error", { "constructor": 1, "toString": "x", "__proto__": {}, "hasOwnProperty": true }]', '  }', '}'].join('\n');
    const { config, problems } = parse(text);
    assertProblems(problems, ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((name) => [new RegExp(`^"weak-opening" has no option "${name}"\\.$`), 2]));
    assert.deepEqual(config, { rules: { 'weak-opening': ['error', {}] } });
  });

  // Regression: a review found these accepted, then a crashed rule (maxWords 7.5), a rule
  // gone quiet (required: ["ownr"]) or every score "outside the 9-2 scale".
  it('option values out of their range or list are reported at the option, and the default applies', () => {
    const text = [
      '{',
      '  "rules": {',
      '    "long-bullet": ["info", { "maxWords": 7.5 }],',
      '    "raid-missing-field": ["warning", { "required": ["owner", "ownr"] }],',
      '    "log-entry-outcome": ["warning", { "require": ["results"] }],',
      '    "raid-score": ["warning", { "scaleMin": 9, "scaleMax": 2 }],',
      '    "keyword-coverage": ["warning", { "minCoverage": 50, "maxTerms": 2.5 }]',
      '  }',
      '}',
    ].join('\n');
    const { config, problems } = parse(text);
    const expected = [
      [/^Option "maxWords" of "long-bullet" must be a whole number of at least 5\.$/, 2],
      [/^Option "required" of "raid-missing-field" must be a list of values from "owner", "due", "response", "status"\.$/, 3],
      [/^Option "require" of "log-entry-outcome" must be a list of values from "what", "who", "timeline", "result"\.$/, 4],
      [/^Option "scaleMin" of "raid-score" \(9\) must be below "scaleMax" \(2\)\.$/, 5],
      [/^Option "minCoverage" of "keyword-coverage" must be a number from 0 to 1\.$/, 6],
      [/^Option "maxTerms" of "keyword-coverage" must be a whole number of at least 1\.$/, 6],
    ];
    assertProblems(problems, expected);
    for (const id of ['long-bullet', 'raid-missing-field', 'log-entry-outcome', 'raid-score', 'keyword-coverage']) assert.deepEqual(config.rules[id][1], {}, id);
  });

  it('options that are not an object', () => {
    const { problems } = parse('{ "rules": { "weak-opening": ["warning", 3] } }');
    assert.equal(problems[0].message, 'The options of "weak-opening" must be an object.');
  });

  it('a root that is not an object', () => {
    assert.match(parse('[]').problems[0].message, /^The configuration must be an object/);
    assert.match(parse('- a\n', '.impact-lint.yaml').problems[0].message, /^The configuration must be an object/);
  });

  it('an empty YAML file is an empty config', () => {
    assert.deepEqual(parse('', '.impact-lint.yaml'), { config: {}, problems: [] });
  });

  it('valid parts still apply when others are wrong', () => {
    const { config, problems } = parse('{ "rules": { "weak-opening": "off", "weak-openin": "error", "missing-metric": "shout" }, "colour": true }');
    assert.equal(problems.length, 3);
    const settings = engine.resolveSettings(config);
    assert.equal(settings.rules['weak-opening'].severity, 'off');
    assert.equal(settings.rules['missing-metric'].severity, 'warning', 'a bad severity falls back to the default');
    assert.deepEqual(lintText(resumeText(['Handled upgrades']), { settings }).findings.map((f) => f.ruleId), ['missing-metric']);
  });
});

describe('a rule that throws', () => {
  const TEXT = '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Responsible for the file servers\n';
  /** Runs `fn` with the check of the rule `id` replaced by `check`, and puts it back. */
  function withCheck(id, check, fn) {
    const rule = engine.rules.find((r) => r.meta.id === id);
    const original = rule.check;
    rule.check = check;
    try {
      return fn();
    } finally {
      rule.check = original;
    }
  }

  it('in its check: caught, named in crashed, and the other rules still report', () => {
    const result = withCheck('weak-opening', () => {
      throw new Error('planted');
    }, () => engine.lint(TEXT, {}));
    assert.deepEqual(result.crashed.map((c) => c.ruleId), ['weak-opening']);
    assert.match(result.crashed[0].error, /planted/);
    assert.ok(result.findings.some((f) => f.ruleId === 'missing-metric'));
    assert.ok(!result.findings.some((f) => f.ruleId === 'weak-opening'));
  });

  // Leaf items share one empty array of children, of paragraphs and (without text) of segments:
  // a rule writing to one would give every such item, in every later document, what it wrote.
  it('writing to the empty arrays items share: caught in that rule, and no other item or document changes', () => {
    const result = withCheck('weak-opening', ({ doc }) => {
      const [first, second] = doc.items;
      assert.equal(first.children, second.children, 'leaf items share their empty children');
      first.children.push(second);
    }, () => engine.lint(`${TEXT}- \n`, {}));
    assert.deepEqual(result.crashed.map((c) => c.ruleId), ['weak-opening']);
    assert.match(result.crashed[0].error, /not extensible|read.only|frozen/i);
    for (const writer of [(item) => item.paragraphs.push(item), (item) => item.segments.push({ start: 0, end: 1 })]) {
      const empty = engine.parseDocument('-\n- \n').items[0];
      assert.throws(() => writer(empty), TypeError);
    }
    const again = engine.parseDocument('- one\n- two\n-\n');
    assert.deepEqual(again.items.map((i) => [i.children.length, i.paragraphs.length, i.segments.length]), [[0, 0, 1], [0, 0, 1], [0, 0, 0]]);
  });

  // Regression (left open at an earlier stop): an error made making suggestions when they are first read was dropped unlogged.
  it('making its suggestions when they are read: the finding stands without them, and the handler is told the rule', () => {
    const told = [];
    engine.onSuggestionError((ruleId, error) => told.push([ruleId, error.message]));
    try {
      const result = withCheck('weak-opening', (ctx) => {
        ctx.report(new engine.LazyReport('weak-opening', { start: 50, end: 65 }, 'a planted finding', undefined, () => {
          throw new Error('planted in suggestions');
        }));
      }, () => engine.lint(TEXT, {}));
      assert.deepEqual(result.crashed, []);
      const [planted] = result.findings.filter((f) => f.ruleId === 'weak-opening');
      assert.equal(planted.message, 'a planted finding');
      assert.deepEqual(told, []);
      assert.deepEqual(planted.suggestions, []);
      assert.deepEqual(told, [['weak-opening', 'planted in suggestions']]);
      // Read again: made once, told once.
      assert.deepEqual(planted.suggestions, []);
      assert.equal(told.length, 1);
    } finally {
      engine.onSuggestionError(undefined);
    }
  });
});
