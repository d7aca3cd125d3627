// Applying fixes: non-overlapping edits in one pass, repeated until nothing changes.
import { lint, type LintOptions } from './lint';
import type { Edit } from './types';

/** Applies edits that do not overlap (earlier edits win). Offsets refer to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let at = 0;
  let applied = 0;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < at || end > text.length || start > end) continue;
    output += text.slice(at, start) + edit.text;
    at = end;
    applied++;
  }
  return { text: output + text.slice(at), applied };
}

/** Lints and applies every autofix until the text is stable (at most `passes` rounds). Keeps a BOM. */
export function fixText(input: string, options: LintOptions = {}, passes = 10): { text: string; fixed: number } {
  const bom = input.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let text = bom ? input.slice(1) : input;
  let fixed = 0;
  for (let pass = 0; pass < passes; pass++) {
    const edits = lint(text, options).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!edits.length) break;
    const result = applyEdits(text, edits);
    if (result.text === text) break;
    text = result.text;
    fixed += result.applied;
  }
  return { text: bom + text, fixed };
}

/**
 * `${1:N}` -> `N`, `${1|Green,Amber|}` -> `Green` (a choice's first option, as an editor
 * shows it), `\$` -> `$`: a snippet's default text, for editors that cannot take snippets.
 */
export function snippetDefaults(snippet: string): string {
  let text = snippet;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1')
      .replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)(?:,(?:[^,|\\]|\\.)*)*\|\}/g, (_, first: string) => first.replace(/\\([,|])/g, '$1'))
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text.replace(/\\([$}\\])/g, '$1');
}
