// Inline directives: <!-- impact-lint-disable|enable|disable-next-line|disable-line|disable-file [ids] [-- reason] -->
import type { DocumentModel } from './model';
import type { Span } from './types';

const DIRECTIVE = /^impact-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

interface Event {
  line: number;
  type: 'disable' | 'enable';
  ids: string[] | '*';
}

export interface Directives {
  isSuppressed(ruleId: string, line: number): boolean;
  /** Directive ids that name no rule, with where they are. */
  unknown: { id: string; span: Span }[];
}

export function readDirectives(doc: DocumentModel, knownIds: (id: string) => boolean): Directives {
  const events: Event[] = [];
  const lineRules: { line: number; ids: string[] | '*' }[] = [];
  const fileIds = new Set<string>();
  let fileAll = false;
  const unknown: Directives['unknown'] = [];

  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [, type, rest] = match;
    // "weak-opening -- a verb we keep on purpose": after " -- " comes the reason, as in ESLint.
    const words = (rest ?? '').split(/(?:^|\s)--(?:\s|$)/)[0].split(/[\s,]+/).filter(Boolean);
    const idsFrom = doc.source.indexOf(type, comment.span.start) + type.length;
    for (const id of words) {
      if (!knownIds(id)) {
        const at = doc.source.indexOf(id, idsFrom);
        unknown.push({ id, span: at === -1 || at > comment.span.end ? comment.span : { start: at, end: at + id.length } });
      }
    }
    const ids: string[] | '*' = words.length ? words : '*';
    const endLine = doc.lines.positionAt(comment.span.end).line;
    switch (type) {
      case 'disable':
      case 'enable':
        events.push({ line: comment.line, type, ids });
        break;
      case 'disable-line':
        lineRules.push({ line: comment.line, ids });
        break;
      case 'disable-next-line':
        lineRules.push({ line: endLine + 1, ids });
        break;
      case 'disable-file':
        if (ids === '*') fileAll = true;
        else ids.forEach((id) => fileIds.add(id));
        break;
    }
  }

  return {
    unknown,
    isSuppressed(ruleId, line) {
      if (fileAll || fileIds.has(ruleId)) return true;
      // An indexed loop, not .some(): asked once per finding, and a closure per call was 100 KB per key typed.
      for (let i = 0; i < lineRules.length; i++) {
        const r = lineRules[i];
        if (r.line === line && (r.ids === '*' || r.ids.includes(ruleId))) return true;
      }
      let disabled = false;
      for (const event of events) {
        if (event.line > line) break;
        if (event.ids === '*' || event.ids.includes(ruleId)) disabled = event.type === 'disable';
      }
      return disabled;
    },
  };
}
