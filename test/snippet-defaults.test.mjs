// Editors without snippet support get a suggestion's snippet as plain text
// (snippetDefaults in server/src/engine/fix.ts, used by lsp/convert.ts). Regression: the choice form
// `${1|Green,Amber|}` of status-missing-section went into the document as it was.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { engine, ROOT } from './helpers.mjs';

const { snippetDefaults } = engine;

describe('snippetDefaults', () => {
  for (const [snippet, plain] of [
    [' by ${1:N}% (from ${2:before} to ${3:after})', ' by N% (from before to after)'],
    ['**Overall status:** ${1|Green,Amber/Green,Amber,Amber/Red,Red|}', '**Overall status:** Green'],
    ['${1|a\\,b,c|} and ${2|x\\|y|}', 'a,b and x|y'],
    ['${1:outer ${2:inner}}', 'outer inner'],
    ['worth ${1:\\$N}$0', 'worth $N'],
    ['$1 left ${2}', ' left '],
  ]) {
    it(JSON.stringify(snippet), () => assert.equal(snippetDefaults(snippet), plain));
  }

  it('no snippet syntax is left in any suggestion the rules make on the examples and fixtures', () => {
    const files = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.md')) files.push(file);
      }
    };
    walk(path.join(ROOT, 'examples'));
    walk(path.join(ROOT, 'test', 'fixtures'));
    // And a status report without its overall status line: the suggestion with a choice.
    const texts = [...files.map((file) => [file, fs.readFileSync(file, 'utf8')]), ['no-status.md', '---\nimpact-lint: status-report\n---\n\n# Status report: Office move\n\n## Summary\n\nWork goes on.\n']];
    let snippets = 0;
    let choices = 0;
    const kinds = new Set();
    for (const [file, text] of texts) {
      for (const finding of engine.lint(text, { path: file, today: '2026-11-27' }).findings) {
        for (const suggestion of finding.suggestions ?? []) {
          if (!suggestion.snippet) continue;
          snippets++;
          if (/\$\{\d+\|/.test(suggestion.edit.text)) choices++;
          kinds.add(finding.ruleId);
          const text = snippetDefaults(suggestion.edit.text);
          assert.doesNotMatch(text, /\$\{|\$\d/, `${path.isAbsolute(file) ? path.relative(ROOT, file) : file}: ${finding.ruleId}: ${JSON.stringify(suggestion.edit.text)} -> ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(snippets > 20 && choices > 0, `${snippets} snippets checked (${choices} with a choice), from ${[...kinds].join(', ')}`);
  });
});
