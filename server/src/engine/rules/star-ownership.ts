// star-ownership: the Action of a STAR story says what "I" did, not what "we" did.
import { joinPieces } from '../pm/blocks';
import { listOption } from '../pm/fields';
import { readStories, STAR_LABELS } from '../pm/star';
import type { Rule } from '../types';

const I = /(?<![\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|mine)(?![\p{L}'’])/gu;
const WE = /(?<![\p{L}'’])(?:we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|ours|ourselves)(?![\p{L}'’])/giu;

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export const starOwnership: Rule = {
  meta: {
    id: 'star-ownership',
    description: 'The Action of a STAR story says what "I" did more often than what "we" did.',
    severity: 'info',
    kinds: ['star-stories', 'resume'],
    fixable: false,
    example: {
      before: '**Situation:** A weekend mailbox cut-over.\n**Task:** I owned the plan.\n**Action:** We planned the cut-over and we ran it over a weekend.\n**Result:** 1,200 mailboxes moved.',
      after: '**Situation:** A weekend mailbox cut-over.\n**Task:** I owned the plan.\n**Action:** I planned the cut-over with the messaging team and I ran the go/no-go calls.\n**Result:** 1,200 mailboxes moved.',
    },
    options: {
      actionLabels: { type: 'string[]', default: [...STAR_LABELS.action], description: 'Labels and headings read as the Action.' },
    },
  },
  check({ doc, kind, options, report }) {
    for (const story of readStories(doc, kind, { action: listOption(options, 'actionLabels', STAR_LABELS.action) })) {
      for (const part of story.parts) {
        if (part.key !== 'action') continue;
        const text = joinPieces(part.pieces);
        const we = (text.match(WE) ?? []).filter((w) => w !== 'US').length; // "US" is the country
        const i = text.match(I)?.length ?? 0;
        if (we <= i) continue;
        report({
          span: part.label,
          message: `The Action says "we" ${times(we)} and "I" ${i ? times(i) : 'never'}. Interviewers want your own part: say what you did, with "I".`,
        });
      }
    }
  },
};
