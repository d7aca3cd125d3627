// status-rag-reason: an overall status that is not Green says why, and how it gets back to Green.
import { blockLabel, blocks, type Block } from '../pm/blocks';
import { isEmptyValue, listOption } from '../pm/fields';
import { overallStatus, RAG_NAMES, STATUS_LABELS } from '../pm/rag';
import { findSection, namesAny, statusLabelsFor } from '../pm/status';
import type { Rule } from '../types';

const REASON_LABELS = ['reason', 'why', 'because', 'cause', 'rationale', 'commentary', 'comment', 'explanation', 'drivers', 'status commentary', 'key issues', 'why amber', 'why red', 'why amber/red', 'reason for amber', 'reason for red', 'reason for rating', 'reason for status', 'reason for the rating'];
const PATH_LABELS = ['path to green', 'route to green', 'get to green', 'back to green', 'return to green', 'recovery plan', 'recovery', 'get well plan', 'get-well plan', 'remediation', 'corrective actions', 'corrective action', 'plan to recover', 'recovery actions'];
const BACK_TO = /(?<![\p{L}])(?:back|return(?:s|ing)?|get(?:s|ting)?|recover(?:s|ing|y)?|move(?:s)?|bring(?:s|ing)?(?: it)?)\s+(?:back\s+)?to\s+green(?![\p{L}])/iu;
/** "(was Green)", "trend: down", arrows: said beside a rating but not a reason. */
const NOT_REASON = /\((?:was|prev(?:ious(?:ly)?)?|last (?:week|period))[^)]{0,80}\)|trend\s*:?\s*\S+|[↑↓→↗↘⬆⬇➡]/giu;

export const statusRagReason: Rule = {
  meta: {
    id: 'status-rag-reason',
    description: 'An overall status of Amber or Red gives a reason and a path to green.',
    severity: 'warning',
    kinds: ['status-report', 'project-log', 'meeting-notes', 'raid-log'],
    fixable: false,
    example: { before: '**Overall status:** Amber', after: '**Overall status:** Amber: the switch delivery slipped a week. Path to green: loan switches from the vendor by 1 Dec.' },
    options: {
      statusLabels: { type: 'string[]', default: [...STATUS_LABELS], description: 'Labels and headings that hold the overall RAG status; outside status reports only those naming "overall", "RAG" or "project" are read.' },
      reasonLabels: { type: 'string[]', default: REASON_LABELS, description: 'Labels and headings that introduce the reason for the rating.' },
      pathLabels: { type: 'string[]', default: PATH_LABELS, description: 'Labels and headings that introduce the path to green.' },
    },
  },
  check({ doc, kind, options, report }) {
    const status = overallStatus(doc, statusLabelsFor(kind, listOption(options, 'statusLabels', STATUS_LABELS)));
    if (!status?.rag || status.rag.level === 0) return;
    const reasonLabels = listOption(options, 'reasonLabels', REASON_LABELS);
    const pathLabels = listOption(options, 'pathLabels', PATH_LABELS);
    // A "Reason:" label counts only when it says something: "None", "TBD" and a template's
    // bracketed hint do not. The brackets are read in the source: the plain text drops them.
    const valueSays = (b: Block, valueStart: number): boolean => {
      const text = b.text.plain.slice(valueStart).split(/\s·\s|\s\|\s/)[0];
      const span = b.text.span(valueStart, valueStart + text.length);
      // The plain text of "[When Amber or Red: ...]" is its inside: the brackets sit just outside the span.
      const bracketed = doc.source[span.start - 1] === '[' && doc.source[span.end] === ']';
      return !isEmptyValue(text) && !/^\s*(\[.*\]|<.*>|tbd|tbc|todo|n\/?a)\s*\.?$/i.test(text) && !bracketed;
    };
    // A "Reason:" or "Path to green:" line that says nothing (a template's "[When Amber or Red: ...]") is neither.
    const bothLabels = { r: reasonLabels, p: pathLabels };
    const saysNothing = (b: Block): boolean => {
      const hit = blockLabel(doc, b, bothLabels);
      return hit !== undefined && !valueSays(b, hit.valueStart);
    };
    const near = [status.beside.split(/\s[·|•]\s/)[0].replace(NOT_REASON, ' '), ...status.following.filter((b) => !b.heading && !saysNothing(b)).map((b) => b.text.plain)].join(' ').replace(/\[[^\]]*\]/g, ' ');
    const labelled = (labels: string[]): boolean => {
      const section = findSection(doc, labels);
      if (section?.heading) return section.filled;
      const sets = { l: labels };
      return blocks(doc).some((b) => {
        const hit = blockLabel(doc, b, sets);
        return hit !== undefined && valueSays(b, hit.valueStart);
      });
    };
    // "back to green by 24 April" says the path wherever it is written (the Summary, a later section).
    const hasPath = BACK_TO.test(near) || namesAny(near, pathLabels) || labelled(pathLabels) || blocks(doc).some((b) => b.type !== 'heading' && BACK_TO.test(b.text.plain));
    const words = near.replace(/path to green.*$/i, '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const hasReason = words.length >= 2 || labelled(reasonLabels);
    if (hasReason && hasPath) return;
    const rating = RAG_NAMES[status.rag.level];
    const lacks = !hasReason && !hasPath ? 'no reason and no path to green' : !hasReason ? 'no reason' : 'no path to green';
    const ask = !hasReason && !hasPath ? 'Say what is driving it, and what will bring it back to Green by when.' : !hasReason ? 'Say what is driving it.' : 'Say what will bring it back to Green, and by when.';
    // After the rating and the markup that closes it ("**Amber**"), not inside it (a row's rating is in a cell, not the block's text).
    const at = status.block.type === 'row' ? status.span.end : status.block.text.after(doc.source, status.rag.end);
    const suggestion = status.block.type === 'row' ? undefined : { title: 'Add a reason and a path to green', edit: { range: [at, at] as [number, number], text: ': ${1:reason}. Path to green: ${2:action} by ${3:date}.' }, snippet: true };
    report({ span: status.span, message: `${rating} with ${lacks}. ${ask}`, suggestions: suggestion && !status.beside.trim() ? [suggestion] : undefined });
  },
};
