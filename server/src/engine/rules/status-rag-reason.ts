// status-rag-reason: an overall status that is not Green says why, and how it gets back to Green.
import { blockLabel, blocks, type Block } from '../pm/blocks';
import { ByObject, columnsOf, isEmptyValue, listOption } from '../pm/fields';
import { datedSection, overallStatus, RAG_NAMES, STATUS_LABELS } from '../pm/rag';
import { findSection, labelAlternation, META_LINE, namesAny, SAYS_NOTHING, SECTION_LABELS, statusLabelsFor } from '../pm/status';
import type { DocumentModel } from '../model';
import type { Rule } from '../types';

const REASON_LABELS = ['reason', 'why', 'because', 'cause', 'rationale', 'commentary', 'comment', 'explanation', 'drivers', 'status commentary', 'key issues', 'why amber', 'why red', 'why amber/red', 'reason for amber', 'reason for red', 'reason for rating', 'reason for status', 'reason for the rating'];
const PATH_LABELS = ['path to green', 'route to green', 'get to green', 'back to green', 'return to green', 'recovery plan', 'recovery', 'get well plan', 'get-well plan', 'remediation', 'corrective actions', 'corrective action', 'plan to recover', 'recovery actions'];
const BACK_TO = /(?<![\p{L}])(?:back|return(?:s|ing)?|get(?:s|ting)?|recover(?:s|ing|y)?|move(?:s)?|bring(?:s|ing)?(?: it)?)\s+(?:back\s+)?to\s+green(?![\p{L}])/iu;
/** "(was Green)", "trend: down", arrows: said beside a rating but not a reason. */
const NOT_REASON = /\((?:was|prev(?:ious(?:ly)?)?|last (?:week|period))[^)]{0,80}\)|trend\s*:?\s*\S+|[↑↓→↗↘⬆⬇➡]/giu;

/** Words that give a cause: "because", "slipped", "was down", "waiting on". */
const CAUSE = /(?<![\p{L}])(?:because|due to|owing to|pushed back|rejected|refused|objected|as a result of|caused by|blocked|waiting (?:on|for)|delayed|delays?|slipped|slipping|slip|behind|late|overdue|over budget|overspen[dt]|failed|failing|down|outage|shortage|unavailable|short of|lost|resigned|left the|descoped|not (?:yet )?(?:ready|delivered|available|signed)|(?:has|have|had)(?:n['’]t| not)(?: yet)? (?:been )?(?:signed|approved|agreed|delivered|arrived|started|responded|replied|confirmed|released|given|granted)|still (?:waiting|awaiting|blocked|no (?:sign-?off|approval|response|reply|access))|no (?:sign-?off|approval|response|reply|access) (?:yet|from))(?![\p{L}])/iu;

/** The blocks of the dated entry (a heading that opens with a date) that holds `block`, else those from it on. */
function entryBlocks(doc: DocumentModel, block: Block, today: string): Block[] {
  const entry = datedSection(block, today)?.section;
  const [from, to] = entry?.heading ? [entry.heading.line, entry.endLine] : [block.line, Infinity];
  return blocks(doc).filter((b) => b.line >= from && b.line < to);
}

/** A value that says something: not empty, "TBD", "N/A" or a template's "[...]" hint. */
function says(text: string, raw = text): boolean {
  return !isEmptyValue(text) && !/^\s*(\[.*\]|<.*>|tbd|tbc|todo|n\/?a)\s*\.?$/i.test(text) && !/^\s*\[.*\]\s*$/.test(raw);
}

/** "Path to green: ..." anywhere in a text, not only at the start of a block. */
const INLINE = new ByObject<readonly string[], RegExp>(
  (labels) => labels.join('\u0000'),
  (labels) => new RegExp(`(?<![\\p{L}])(?:${labelAlternation(labels)})\\s*[:–—]\\s*[\\p{L}\\p{N}]`, 'iu'),
);

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
  check({ doc, kind, today, options, report }) {
    const status = overallStatus(doc, statusLabelsFor(kind, listOption(options, 'statusLabels', STATUS_LABELS)), { latest: kind === 'project-log' ? today : undefined });
    if (!status?.rag || status.rag.level === 0) return;
    const reasonLabels = listOption(options, 'reasonLabels', REASON_LABELS);
    const pathLabels = listOption(options, 'pathLabels', PATH_LABELS);
    // A "Reason:" label counts only when it says something: "None", "TBD" and a template's
    // bracketed hint do not. The brackets are read in the source: the plain text drops them.
    const valueSays = (b: Block, valueStart: number): boolean => {
      // A row's label is its first cell and its value the cells after it ("| Reason | Vendor down 6 days |").
      if (b.row) return b.row.cells.slice(1).some((c) => says(c.text.plain, c.raw));
      const text = b.text.plain.slice(valueStart).split(/\s·\s|\s\|\s/)[0];
      const span = b.text.span(valueStart, valueStart + text.length);
      // The plain text of "[When Amber or Red: ...]" is its inside: the brackets sit just outside the span.
      const bracketed = doc.source[span.start - 1] === '[' && doc.source[span.end] === ']';
      return says(text) && !bracketed;
    };
    // A "Reason:" or "Path to green:" line that says nothing (a template's "[When Amber or Red: ...]") is neither.
    const bothLabels = { r: reasonLabels, p: pathLabels };
    const saysNothing = (b: Block): boolean => {
      const hit = blockLabel(doc, b, bothLabels);
      return hit !== undefined && !valueSays(b, hit.valueStart);
    };
    // The paragraphs under the rating, without "(was Green last week)" and who prepared the report. In a project
    // log they are the entry itself ("Built the test plan with QA"): there they count only when they give a cause.
    const following = status.following.filter((b) => !b.heading && !saysNothing(b) && !META_LINE.test(b.text.plain) && !SAYS_NOTHING.test(b.text.plain)).map((b) => b.text.plain.replace(NOT_REASON, ' '));
    const near = [status.beside.split(/\s[·|•]\s/)[0].replace(NOT_REASON, ' '), ...(kind === 'project-log' ? following.filter((t) => CAUSE.test(t)) : following)].join(' ').replace(/\[[^\]]*\]/g, ' ');
    // A project log's other weeks said why they were Amber then, not why it is Red now: the status's
    // own dated entry (from the status on when it has none).
    const scope = kind === 'project-log' ? entryBlocks(doc, status.block, today) : blocks(doc);
    const labelled = (labels: string[]): boolean => {
      const section = findSection(doc, labels);
      if (section?.heading) return section.filled;
      const sets = { l: labels };
      return scope.some((b) => {
        const hit = blockLabel(doc, b, sets);
        return hit !== undefined && valueSays(b, hit.valueStart);
      });
    };
    // A rating in a table row with Reason and Path to green columns: that row's cells.
    const row = status.block.row;
    const columns = row && status.block.table ? columnsOf(status.block.table, { reason: reasonLabels, path: pathLabels }) : {};
    const cellSays = (index: number | undefined): boolean => index !== undefined && row !== undefined && row.cells[index] !== undefined && says(row.cells[index].text.plain, row.cells[index].raw);
    // "back to green by 24 April", or "Path to green: ..." in the middle of a paragraph, says the
    // path wherever it is written (the Summary, a later section, a table's commentary cell).
    const pathInline = INLINE.get(pathLabels);
    const anywhere = (b: Block): boolean => {
      if (b.type === 'heading' || saysNothing(b)) return false;
      const text = b.row ? b.row.cells.map((c) => c.text.plain).join(' | ') : b.text.plain;
      return BACK_TO.test(text) || pathInline.test(text);
    };
    const hasPath = BACK_TO.test(near) || namesAny(near, pathLabels) || cellSays(columns.path) || labelled(pathLabels) || scope.some(anywhere);
    const words = near.replace(/path to green.*$/i, '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    // A rating at the top and its cause in the Summary ("... behind because the vendor's test environment was down").
    const summary = findSection(doc, SECTION_LABELS.summary);
    // "**Summary:** Go-live is behind because ...": a Summary label says it as well as a Summary heading.
    const summaryLabel = { s: SECTION_LABELS.summary };
    const summaryCause = (): boolean =>
      scope.some((b) => {
        if (b.type === 'heading' || saysNothing(b)) return false;
        if (summary?.heading !== undefined && b.section === summary.heading.section) return CAUSE.test(b.text.plain);
        const hit = blockLabel(doc, b, summaryLabel);
        return hit !== undefined && CAUSE.test(b.text.plain.slice(hit.valueStart));
      });
    // An Overall row with an empty comment, and the Schedule row below it saying why it is Amber.
    const rowCause = (): boolean => status.block.table?.rows.some((r) => r !== row && CAUSE.test(r.cells.slice(1).map((c) => c.text.plain).join(' '))) ?? false;
    // A project log's entry says why before its rating as often as after it: "## 2026-11-23 Sheffield delayed",
    // "Landlord still hasn't signed off ceiling access." then "**Overall status:** Amber".
    const entryCause = (): boolean => kind === 'project-log' && scope.some((b) => b !== status.block && b.line < status.block.line && !saysNothing(b) && !META_LINE.test(b.text.plain) && CAUSE.test(b.text.plain));
    const hasReason = words.length >= 2 || cellSays(columns.reason) || labelled(reasonLabels) || rowCause() || summaryCause() || entryCause();
    if (hasReason && hasPath) return;
    // "At risk", "Yellow", an emoji: named as written, with the rating it reads as (not a letter: "A", "R").
    const written = doc.source.slice(status.span.start, status.span.end).replace(/[*_`]/g, '').trim();
    const rating = written && written.toLowerCase() !== RAG_NAMES[status.rag.level].toLowerCase() && (written.length > 2 || /\p{Extended_Pictographic}/u.test(written)) && written.length <= 24 ? `"${written}" (${RAG_NAMES[status.rag.level]})` : RAG_NAMES[status.rag.level];
    const lacks = !hasReason && !hasPath ? 'no reason and no path to green' : !hasReason ? 'no reason' : 'no path to green';
    const ask = !hasReason && !hasPath ? 'Say what is driving it, and what will bring it back to Green by when.' : !hasReason ? 'Say what is driving it.' : 'Say what will bring it back to Green, and by when.';
    // After the rating and the markup that closes it ("**Amber**"), not inside it (a row's rating is in a cell, not the block's text).
    const at = status.block.type === 'row' ? status.span.end : status.block.text.after(doc.source, status.rag.end);
    // Only what is missing: a reason, a path to green, or both.
    const text = !hasReason && !hasPath ? ': ${1:reason}. Path to green: ${2:action} by ${3:date}.' : !hasReason ? ': ${1:reason}.' : '. Path to green: ${1:action} by ${2:date}.';
    const title = !hasReason && !hasPath ? 'Add a reason and a path to green' : !hasReason ? 'Add a reason' : 'Add a path to green';
    // Words after the rating ("**Overall status: AMBER** (was Green)"): the reason goes after them, set off by a dash.
    const beside = status.beside.trim() !== '';
    const end = status.block.type === 'row' ? at : status.block.text.after(doc.source, status.block.text.plain.trimEnd().length);
    // After a sentence that ends with its full stop ("... submitted late."), the path to green is a sentence of its own.
    const closed = /[.!?]$/.test(status.block.text.plain.trimEnd());
    const edit = beside ? { range: [end, end] as [number, number], text: closed ? text.replace(/^[:.] /, ' ') : text.replace(/^: /, ' \u2013 ').replace(/^\. /, ' \u2013 ') } : { range: [at, at] as [number, number], text };
    const suggestion = status.block.type === 'row' || (beside && /\n/.test(status.block.text.plain.trimEnd())) ? undefined : { title, edit, snippet: true };
    report({ span: status.span, message: `${rating} with ${lacks}. ${ask}`, suggestions: suggestion ? [suggestion] : undefined });
  },
};
