// missing-summary: a resume without a summary before the experience. The top
// third is what a recruiter reads first; for a move into project management it
// is where the move is explained. A quick fix inserts a skeleton to fill in.
import { resumeDocument } from '../resume';
import type { Rule } from '../types';

/** Fewer experience bullets than this: a draft or a fragment, nothing to summarise yet. */
const MIN_BULLETS = 3;

export const missingSummary: Rule = {
  meta: {
    id: 'missing-summary',
    description: 'A resume opens with a short summary or profile before the experience.',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    options: {},
  },
  check({ doc, lexicon, report }) {
    const resume = resumeDocument(doc, lexicon);
    const experience = resume.experience;
    if (!resume.english || !experience || !resume.otherSection || resume.summaryBefore || resume.bullets.length < MIN_BULLETS) return;
    if (resume.summaryAfter) {
      report({ span: resume.summaryAfter.span, message: `"${resume.summaryAfter.title}" comes after the experience: move it above "${experience.title}" so it is read first.` });
      return;
    }
    const eol = doc.lines.eol();
    const at = doc.lines.lineStart(experience.line);
    const hashes = '#'.repeat(Math.max(1, experience.level));
    const skeleton = [
      `${hashes} Summary`,
      '',
      '${1:Current IT role} with ${2:N} years ${3:running what, for how many users}, moving into project management. ${4:Your strongest project result, with its numbers}. ${5:Certification or training}.',
      '',
      '',
    ].join(eol);
    report({
      span: experience.span,
      message: `No summary before "${experience.title}": add two or three lines on top saying your current role and years, the move into project management, and your strongest project result with its numbers.`,
      suggestions: [{ title: 'Insert a summary skeleton', edit: { range: [at, at], text: skeleton }, snippet: true }],
    });
  },
};
