// The registry check (eslint's checkRuleFiles): every rule has valid metadata,
// a doc page with the fixed headings, a test file, and doc examples that the
// rule actually flags / passes (eslint's check-rule-examples).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { engine, lintText, only, resume } from './helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = (id) => `${root}docs/rules/${id}.md`;
const testPath = (id) => `${root}test/rules/${id}.test.mjs`;
const HEADINGS = ['What it flags', 'Why', 'Incorrect', 'Correct', 'Options', 'When not to use it'];
const SEVERITIES = ['error', 'warning', 'info'];
const ids = engine.rules.map((rule) => rule.meta.id);

/** The doc page read through the engine's own model, so fenced examples are not headings. */
function readDoc(id) {
  const text = readFileSync(docPath(id), 'utf8').replace(/\r\n/g, '\n');
  const doc = engine.parseDocument(text);
  const sectionText = (title) => {
    const heading = doc.headings.find((h) => h.level === 2 && h.title === title);
    if (!heading) return undefined;
    const next = doc.headings.find((h) => h.line > heading.line && h.level <= 2);
    return { heading, body: text.slice(doc.lines.lineStart(heading.line + 1), next ? doc.lines.lineStart(next.line) : text.length) };
  };
  const example = (title) => {
    const section = sectionText(title);
    if (!section) return undefined;
    const block = doc.codeBlocks.find((b) => b.line > section.heading.line && b.info === 'markdown');
    const next = doc.headings.find((h) => h.line > section.heading.line && h.level <= 2);
    if (!block || (next && block.line > next.line)) return undefined;
    return text.slice(block.span.start, block.span.end);
  };
  // A page may give a job description for its examples (keyword-coverage): a ```text job-description block.
  const jobBlock = doc.codeBlocks.find((b) => b.info === 'text job-description');
  const lintOptions = jobBlock ? { job: { path: 'job-description.md', text: text.slice(jobBlock.span.start, jobBlock.span.end) } } : {};
  return { text, doc, sectionText, example, lintOptions };
}

/** The README's rules table, by rule id: what a user reads before any rule page. */
const README_ROWS = new Map(
  readFileSync(`${root}README.md`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| [`'))
    .map((line) => {
      const [rule, severity, kinds, fixable, description] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return [/`([^`]+)`/.exec(rule)[1], { severity, kinds, fixable, description }];
    }),
);
/** "PM documents" in the README's kinds column: every kind but the resume and STAR stories. */
const PM_DOCUMENTS = engine.KINDS.filter((kind) => kind !== 'resume' && kind !== 'star-stories');

describe('rule registry', () => {
  it('has at least one rule', () => assert.ok(engine.rules.length > 0));

  it('ids are kebab-case and unique', () => {
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `"${id}" is not kebab-case`);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${JSON.stringify(ids)}`);
  });

  it('every doc page and test file belongs to a registered rule', () => {
    const docs = readdirSync(`${root}docs/rules`).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    const tests = readdirSync(`${root}test/rules`).filter((f) => f.endsWith('.test.mjs')).map((f) => f.slice(0, -'.test.mjs'.length));
    assert.deepEqual(docs.filter((id) => !ids.includes(id)), [], 'doc pages without a rule');
    assert.deepEqual(tests.filter((id) => !ids.includes(id)), [], 'test files without a rule');
  });

  for (const rule of engine.rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('has complete metadata', () => {
        assert.equal(typeof meta.description, 'string');
        assert.ok(meta.description.trim().length > 10, 'description is empty');
        assert.ok(!meta.description.includes('\n'), 'description spans lines');
        assert.ok(SEVERITIES.includes(meta.severity), `severity "${meta.severity}"`);
        assert.ok(Array.isArray(meta.kinds) && meta.kinds.length > 0, 'kinds is empty');
        for (const kind of meta.kinds) assert.ok(engine.isKind(kind), `unknown kind "${kind}"`);
        assert.equal(typeof meta.fixable, 'boolean');
        assert.equal(typeof rule.check, 'function');
        assert.ok(meta.options && typeof meta.options === 'object', 'options must be an object');
        for (const [name, option] of Object.entries(meta.options)) {
          assert.ok(['number', 'string', 'boolean', 'string[]'].includes(option.type), `option ${name} type`);
          assert.ok(option.description, `option ${name} has no description`);
          const ok = option.type === 'string[]' ? Array.isArray(option.default) : typeof option.default === option.type;
          assert.ok(ok, `option ${name} default does not match its type`);
        }
        assert.equal(engine.ruleById(meta.id), rule);
        assert.match(engine.docUrl(meta.id), new RegExp(`/docs/rules/${meta.id}\\.md$`));
      });

      it('has a test file', () => assert.ok(existsSync(testPath(meta.id)), `missing ${testPath(meta.id)}`));

      it('has a doc page with the fixed headings in order', () => {
        assert.ok(existsSync(docPath(meta.id)), `missing ${docPath(meta.id)}`);
        const { text, doc } = readDoc(meta.id);
        assert.ok(text.startsWith(`# ${meta.id}\n`), `the page must start with "# ${meta.id}"`);
        assert.deepEqual(doc.headings.filter((h) => h.level === 1).map((h) => h.title), [meta.id], 'exactly one level-1 heading, the id');
        assert.deepEqual(doc.headings.filter((h) => h.level === 2).map((h) => h.title), HEADINGS);
        assert.deepEqual(doc.headings.filter((h) => h.level > 2).map((h) => h.title), [], 'no deeper headings outside examples');
      });

      it('opens with the one-line summary from its metadata', () => {
        const { doc } = readDoc(meta.id);
        const [summary] = doc.paragraphs;
        assert.ok(summary, 'no summary paragraph');
        assert.equal(summary.line, 2, 'the summary follows the title after one blank line');
        assert.equal(summary.endLine - summary.line, 1, 'the summary is one line');
        assert.equal(summary.text.plain, meta.description);
      });

      it('documents its options as the metadata declares them', () => {
        const { body } = readDoc(meta.id).sectionText('Options');
        const names = Object.keys(meta.options);
        if (names.length === 0) {
          assert.match(body, /This rule has no options\./);
          return;
        }
        assert.match(body, /\|\s*name\s*\|\s*type\s*\|\s*default\s*\|\s*description\s*\|/i);
        for (const name of names) {
          const row = body.split('\n').find((line) => new RegExp(`^\\|\\s*\`?${name}\`?\\s*\\|`).test(line));
          assert.ok(row, `option "${name}" is not in the table`);
          assert.ok(row.includes(JSON.stringify(meta.options[name].default)) || row.includes(String(meta.options[name].default)), `option "${name}" default differs`);
        }
      });

      it("has a row in the README's rules table that says what the rule does", () => {
        const row = README_ROWS.get(meta.id);
        assert.ok(row, 'no row in the README rules table');
        assert.equal(row.severity, meta.severity);
        assert.equal(row.description, meta.description);
        const kinds = row.kinds === 'all' ? [...engine.KINDS] : row.kinds === 'PM documents' ? PM_DOCUMENTS : row.kinds.split(/,\s*/);
        assert.deepEqual([...kinds].sort(), [...meta.kinds].sort(), `kinds column "${row.kinds}"`);
        assert.ok(['yes', 'suggestion', 'no'].includes(row.fixable), `fixable column "${row.fixable}"`);
        assert.equal(row.fixable === 'yes', meta.fixable, `fixable column "${row.fixable}" but meta.fixable is ${meta.fixable}`);
        if (row.fixable === 'yes') return;
        // "suggestion": its Incorrect example gets a quick fix to choose; "no": nothing to apply. The rule
        // runs alone: with the others on, it may give way to one that says the same (tool-first to weak-opening).
        const page = readDoc(meta.id);
        const settings = engine.defaultSettings();
        for (const id of Object.keys(settings.rules)) if (id !== meta.id) settings.rules[id] = { ...settings.rules[id], severity: 'off' };
        const found = only(lintText(page.example('Incorrect'), { ...page.lintOptions, settings }).findings, meta.id);
        const suggests = found.some((f) => (f.suggestions ?? []).length > 0);
        assert.equal(suggests, row.fixable === 'suggestion', `fixable column "${row.fixable}", but the Incorrect example ${suggests ? 'gets' : 'gets no'} suggestions`);
      });

      it('the "Incorrect" example is flagged by the rule', () => {
        const page = readDoc(meta.id);
        const example = page.example('Incorrect');
        assert.ok(example, 'no ```markdown block under "## Incorrect"');
        const result = lintText(example, page.lintOptions);
        assert.deepEqual(result.crashed, []);
        assert.ok(only(result.findings, meta.id).length >= 1, `"${meta.id}" does not flag its Incorrect example (kind: ${result.kind.kind})`);
      });

      it('the "Correct" example is not flagged by the rule', () => {
        const page = readDoc(meta.id);
        const example = page.example('Correct');
        assert.ok(example, 'no ```markdown block under "## Correct"');
        const result = lintText(example, page.lintOptions);
        assert.deepEqual(result.crashed, []);
        assert.ok(meta.kinds.includes(result.kind.kind), `the Correct example is not a ${meta.kinds.join('/')} document, so it proves nothing`);
        assert.deepEqual(only(result.findings, meta.id).map((f) => f.message), []);
      });

      it('the hover example: "before" is flagged and "after" is not', { skip: !meta.example || !meta.kinds.includes('resume') }, () => {
        assert.equal(only(resume([meta.example.before]), meta.id).length, 1, `"${meta.example.before}" is not flagged`);
        assert.deepEqual(only(resume([meta.example.after]), meta.id), [], `"${meta.example.after}" is flagged`);
      });
    });
  }
});
