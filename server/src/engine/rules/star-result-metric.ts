// star-result-metric: a STAR story's Result carries a number.
import { findMetric } from '../metrics';
import { joinPieces, pieceEnd, pieceSpan } from '../pm/blocks';
import { blankDates } from '../pm/dates';
import { listOption } from '../pm/fields';
import { readStories, STAR_LABELS } from '../pm/star';
import type { Rule } from '../types';

/**
 * A zero count of something a reviewer counts: "No P1 incidents since go-live", "no rollbacks". It is a number (0), as
 * "zero downtime" is; "no complaints" and "no issues" are too vague to be one, and "no rollback plan" is no count.
 */
const ZERO_RESULT = /(?<![\p{L}\p{N}])(?:no|zero|nil)\s+(?:(?:further|more|new|repeat|unplanned|major|critical|high|sev(?:erity)?[- ]?[1-4]|p[1-4]|priority[- ]?[1-4])\s+)*(?:incidents?|outages?|defects?|bugs?|escalations?|breaches|findings|rollbacks?|roll-backs?|downtime|data\s+loss|p[1-4]s|sev[- ]?[1-4]s|failed\s+(?:changes|deployments|releases)|security\s+incidents?|audit\s+findings|sla\s+breaches)(?![\p{L}\p{N}])(?!\s+(?:plan|plans|team|process|processes|window|policy|procedure|strategy|budget|owner|tool|tooling|register|log|tracking)\b)/iu;

export const starResultMetric: Rule = {
  meta: {
    id: 'star-result-metric',
    description: 'The Result of a STAR story carries a number: before and after, %, time or money saved.',
    severity: 'warning',
    kinds: ['star-stories', 'resume'],
    fixable: false,
    example: {
      before: '**Situation:** Our mailboxes were on an unsupported server.\n**Task:** I owned the migration.\n**Action:** I split the users into waves.\n**Result:** The migration went well and users were happy.',
      after: '**Situation:** Our mailboxes were on an unsupported server.\n**Task:** I owned the migration.\n**Action:** I split the users into waves.\n**Result:** All 1,200 mailboxes moved in 9 weeks; tickets fell from 40 forecast to 4.',
    },
    options: {
      resultLabels: { type: 'string[]', default: [...STAR_LABELS.result], description: 'Labels and headings read as the Result.' },
    },
  },
  check({ doc, kind, lexicon, today, options, report }) {
    for (const story of readStories(doc, kind, { result: listOption(options, 'resultLabels', STAR_LABELS.result) })) {
      for (const part of story.parts) {
        if (part.key !== 'result') continue;
        const text = joinPieces(part.pieces);
        if (!text.trim() || findMetric(blankDates(text, today), lexicon) || ZERO_RESULT.test(text)) continue;
        const first = pieceSpan(part.pieces[0]);
        const last = pieceSpan(part.pieces[part.pieces.length - 1]);
        const at = pieceEnd(doc.source, part.pieces[part.pieces.length - 1]);
        report({
          span: first.start < last.end ? { start: first.start, end: last.end } : part.label,
          message: 'The Result has no number. Quantify it: before and after, %, hours or money saved, users or systems affected.',
          suggestions: [{ title: 'Add a before/after placeholder', edit: { range: [at, at], text: ', from ${1:before} to ${2:after}' }, snippet: true }],
          // "**Result:** TBD – need the numbers from HR": the placeholder is what to fix; one finding, not two.
          yieldsTo: 'placeholder-left',
        });
      }
    }
  },
};
