// wbs-code: the codes of a work breakdown structure are unique, and every element's
// parent is there (3.1 needs a 3; 4.1.1 needs a 4.1).
import { listOption, normalize } from '../pm/fields';
import { CODE_HEADERS, parentOf, readWbs, type Element } from '../pm/wbs';
import type { Rule } from '../types';

/** "3.1", "3.1 and 3.2", "3.1, 3.2 and 3.4". */
function listed(codes: readonly string[]): string {
  return codes.length === 1 ? codes[0] : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
}

export const wbsCode: Rule = {
  meta: {
    id: 'wbs-code',
    description: 'Every element of a WBS has its own code, and every code has its parent (3.1 needs a 3).',
    severity: 'warning',
    kinds: ['wbs'],
    fixable: false,
    example: { before: '| 3.2 | Migrate wave 2 |\n| 3.2 | Migrate wave 3 |', after: '| 3.2 | Wave 2 migrated |\n| 3.3 | Wave 3 migrated |' },
    options: {
      codeHeaders: { type: 'string[]', default: [...CODE_HEADERS], description: 'Table headers read as the WBS code (case-insensitive; replaces the default list).' },
    },
  },
  check({ doc, options, report }) {
    const found = readWbs(doc, listOption(options, 'codeHeaders', CODE_HEADERS).map(normalize));
    if (!found.length) return;
    const keys = new Set(found.map((e) => e.key));
    // A code given twice in one source: said on the second, with the line of the first.
    const seen = new Map<string, Element>();
    for (const element of found) {
      const id = `${element.group}\u0000${element.key}`;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, element);
        continue;
      }
      report({ span: element.span, message: `WBS code ${element.code} is also on line ${first.line + 1}: give each element its own code.` });
    }
    // A missing parent: said once, on its first child, naming every child it would hold.
    const orphans = new Map<string, Element[]>();
    const named = new Set<string>();
    for (const element of found) {
      const parent = parentOf(element.key);
      // A missing letter ("A" above "A.1 Terms" in an appendix) is a document's lettering, not a WBS element.
      if (parent === undefined || keys.has(parent) || named.has(element.key) || /^[A-Z]$/.test(parent)) continue;
      named.add(element.key);
      (orphans.get(parent) ?? orphans.set(parent, []).get(parent)!).push(element);
    }
    for (const [parent, children] of orphans) {
      const codes = children.map((c) => c.code);
      report({ span: children[0].span, message: `No element ${parent} holds ${listed(codes)}: add ${parent}, or renumber ${codes.length === 1 ? 'it' : 'them'} under an element that exists.` });
    }
  },
};
