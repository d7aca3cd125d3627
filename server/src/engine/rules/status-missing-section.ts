// status-missing-section: a status report has an overall RAG status, a summary,
// done this period, planned next period, risks and issues, and decisions needed.
import type { DocumentModel, Heading } from '../model';
import { appendBlock, bodyStart, insertBlockAfter, sectionLevel, titleSpan } from '../pm/edits';
import { leadingLabel, listOption } from '../pm/fields';
import { overallStatus, STATUS_LABELS } from '../pm/rag';
import { findSections, META_LINE, SECTION_LABELS, type FoundSection, type SectionKey } from '../pm/status';
import type { Edit, OptionMeta, Rule } from '../types';

const KEYS: SectionKey[] = ['summary', 'done', 'next', 'risks', 'decisions'];
const OPTION: Record<SectionKey, string> = { summary: 'summaryLabels', done: 'doneLabels', next: 'nextLabels', risks: 'riskLabels', decisions: 'decisionLabels' };
const NAME: Record<SectionKey, string> = { summary: 'Summary', done: 'Done this period', next: 'Planned next period', risks: 'Risks and issues', decisions: 'Decisions needed' };
const WHY: Record<SectionKey, string> = {
  summary: 'Open with two or three sentences on where the project stands.',
  done: 'Say what was delivered this period.',
  next: 'Say what is planned for the next period.',
  risks: 'List the top risks and issues, each with an owner and a response.',
  decisions: 'List the decisions you need, each with who decides and by when, or write "None".',
};
const HINT: Record<SectionKey, string> = {
  summary: 'Two or three sentences: where the project stands against the plan',
  done: 'Deliverable or milestone completed',
  next: 'Planned deliverable, owner and date',
  risks: 'Top risk or issue, owner, response',
  decisions: 'Decision needed, decider and date, or None',
};
const RATINGS = 'Green, Amber/Green, Amber, Amber/Red or Red (or On track, At risk, Off track)';
const STATUS_LINE = '**Overall status:** ${1|Green,Amber/Green,Amber,Amber/Red,Red|}';
const PLACEHOLDER = /^(tbd|tbc|tba|todo|\?+|\[.*\]|<.*>|\$\{.*\})$/i;

const labelOption = (key: SectionKey): OptionMeta => ({ type: 'string[]', default: [...SECTION_LABELS[key]], description: `Headings and labels that count as the "${NAME[key]}" section (case-insensitive, plurals match; an empty list stops requiring it).` });

export const statusMissingSection: Rule = {
  meta: {
    id: 'status-missing-section',
    description: 'Status reports have an overall RAG status, a summary, done this period, next period, risks and issues, and decisions needed.',
    severity: 'warning',
    kinds: ['status-report'],
    fixable: false,
    example: { before: '# Status report\n\n## Summary\n\nOn track for the December cut-over.', after: '# Status report\n\n**Overall status:** Green\n\n## Summary\n\n...\n\n## Done this period\n\n## Planned next period\n\n## Risks and issues\n\n## Decisions needed' },
    options: {
      statusLabels: { type: 'string[]', default: [...STATUS_LABELS], description: 'Labels and headings that hold the overall RAG status ("Overall status:"); earlier names win.' },
      summaryLabels: labelOption('summary'),
      doneLabels: labelOption('done'),
      nextLabels: labelOption('next'),
      riskLabels: labelOption('risks'),
      decisionLabels: labelOption('decisions'),
    },
  },
  check({ doc, options, report }) {
    const title = titleSpan(doc);
    const statusLabels = listOption(options, 'statusLabels', STATUS_LABELS);
    const status = overallStatus(doc, statusLabels);
    if (status && !status.rag && !PLACEHOLDER.test(status.raw)) {
      report({ span: status.span, message: `"${status.raw}" is not a RAG rating. Use ${RATINGS}.` });
    } else if (!status && statusLabels.length) {
      const strong = statusLabels.filter((l) => /\b(overall|rag)\b/.test(l));
      const heading = doc.headings.find((h) => h.level > 1 && leadingLabel(h.text.plain, strong, false));
      if (heading) report({ span: heading.span, message: `No RAG rating under this heading. Write ${RATINGS}.` });
      else {
        report({ span: title, message: `No overall RAG status. Give one near the top: ${RATINGS}.`, suggestions: [{ title: 'Insert an "Overall status" line', edit: statusEdit(doc), snippet: true }] });
      }
    }
    // Sections as headings at the level the report uses (## under a lone title), as labels when it has no headings.
    const level = sectionLevel(doc) || (doc.headings.some((h) => h.level === 1) ? 2 : 0);
    const found = findSections(doc, Object.fromEntries(KEYS.map((key) => [key, listOption(options, OPTION[key], SECTION_LABELS[key])])) as Record<SectionKey, string[]>);
    for (const key of KEYS) {
      if (!listOption(options, OPTION[key], SECTION_LABELS[key]).length) continue;
      const section = found.get(key);
      if (section && !section.filled) report({ span: section.span, message: `This section is empty. ${WHY[key]}` });
      if (section) continue;
      // "**Overall status:** Green" then "Parallel run 3 matched ... Go-live on 1 Dec is confirmed.": the paragraph under
      // the rating, before any section, is the summary without a heading.
      if (key === 'summary' && status?.following.some((b) => b.type === 'paragraph' && !META_LINE.test(b.text.plain) && (b.text.plain.match(/\p{L}+/gu) ?? []).length >= 8)) continue;
      const name = NAME[key];
      const body = `\${1:${HINT[key]}}`;
      const lines = level ? [`${'#'.repeat(level)} ${name}`, '', key === 'summary' ? body : `- ${body}`] : [`**${name}:** ${body}`];
      const edit = level ? sectionEdit(doc, key, found, lines) : appendBlock(doc, lines);
      report({ span: title, message: `No "${name}" section. ${WHY[key]}`, suggestions: [{ title: `Insert a "${name}" section`, edit, snippet: true }] });
    }
  },
};

/** Puts a missing section after the present one it follows (Summary, Done, Next, Risks, Decisions), else before the first one after it. */
function sectionEdit(doc: DocumentModel, key: SectionKey, found: Map<SectionKey, FoundSection | undefined>, lines: string[]): Edit {
  const index = KEYS.indexOf(key);
  const heading = (k: SectionKey): Heading | undefined => found.get(k)?.heading;
  const before = KEYS.slice(0, index).reverse().map(heading).find(Boolean);
  const after = KEYS.slice(index + 1).map(heading).find(Boolean);
  const line = before ? before.section.endLine : after?.line;
  if (line === undefined || line >= doc.lines.lineCount || !doc.lines.lineText(line).trim()) return appendBlock(doc, lines);
  const eol = doc.lines.eol();
  const lead = line > 0 && doc.lines.lineText(line - 1).trim() ? eol : '';
  const at = doc.lines.lineStart(line);
  return { range: [at, at], text: `${lead}${lines.join(eol)}${eol}${eol}` };
}

function statusEdit(doc: DocumentModel): Edit {
  const title = doc.headings.find((h) => h.level === 1);
  if (title) return insertBlockAfter(doc, title.line + (title.text.plain && doc.lines.lineText(title.line + 1).match(/^\s*[=-]+\s*$/) ? 1 : 0), [STATUS_LINE]);
  const at = bodyStart(doc);
  const eol = doc.lines.eol();
  // After front matter whose closing fence ends the document without a line break, the line must start on a line of its own.
  const lead = doc.frontMatter && at === doc.frontMatter.span.end ? eol + eol : '';
  return { range: [at, at], text: `${lead}${STATUS_LINE}${eol}${eol}` };
}
