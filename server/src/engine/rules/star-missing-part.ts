// star-missing-part: an interview story has a Situation, Task, Action and Result
// (or a Challenge/Problem, Action and Result for CAR/PAR).
import type { DocumentModel } from '../model';
import { joinPieces, type Block } from '../pm/blocks';
import { listOption } from '../pm/fields';
import { PART_NAMES, readStories, requiredParts, STAR_LABELS, type StarKey, type Story } from '../pm/star';
import type { Rule, Suggestion } from '../types';

const ASK: Record<StarKey, string> = {
  situation: 'set the scene: where, when, how big',
  challenge: 'say what problem you faced',
  task: 'say what you were responsible for and what success looked like',
  action: 'say what you did, step by step, with "I"',
  result: 'say what changed, with a number',
  learning: 'say what you would do differently',
};

function join(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export const starMissingPart: Rule = {
  meta: {
    id: 'star-missing-part',
    description: 'STAR stories have a Situation, Task, Action and Result (CAR and PAR stories: Challenge or Problem, Action, Result).',
    severity: 'warning',
    kinds: ['star-stories', 'resume'],
    fixable: false,
    example: {
      before: '**Situation:** 300 staff had to move floors in one weekend.\n**Action:** I planned the move in 4 waves.\n**Result:** All 300 were at their desks on Monday.',
      after: '**Situation:** 300 staff had to move floors in one weekend.\n**Task:** I led the move and had to finish by Monday.\n**Action:** I planned the move in 4 waves.\n**Result:** All 300 were at their desks on Monday.',
    },
    options: {
      requireTask: { type: 'boolean', default: true, description: 'A STAR story needs a Task; off accepts Situation, Action, Result.' },
      situationLabels: { type: 'string[]', default: [...STAR_LABELS.situation], description: 'Labels and headings read as the Situation.' },
      challengeLabels: { type: 'string[]', default: [...STAR_LABELS.challenge], description: 'Labels and headings read as the Challenge or Problem (CAR, PAR).' },
      taskLabels: { type: 'string[]', default: [...STAR_LABELS.task], description: 'Labels and headings read as the Task.' },
      actionLabels: { type: 'string[]', default: [...STAR_LABELS.action], description: 'Labels and headings read as the Action.' },
      resultLabels: { type: 'string[]', default: [...STAR_LABELS.result], description: 'Labels and headings read as the Result.' },
    },
  },
  check({ doc, kind, options, report }) {
    const labels = {
      situation: listOption(options, 'situationLabels', STAR_LABELS.situation),
      challenge: listOption(options, 'challengeLabels', STAR_LABELS.challenge),
      task: listOption(options, 'taskLabels', STAR_LABELS.task),
      action: listOption(options, 'actionLabels', STAR_LABELS.action),
      result: listOption(options, 'resultLabels', STAR_LABELS.result),
    };
    for (const story of readStories(doc, kind, labels)) {
      const required = requiredParts(story, options.requireTask !== false);
      const missing = required.filter((key) => !story.has(key));
      if (missing.length) {
        report({
          span: story.anchor,
          message: `This story has no ${join(missing.map((k) => PART_NAMES[k]))}: ${missing.map((k) => ASK[k]).join('; ')}.`,
          suggestions: missing.map((key) => insertPart(doc, story, key)),
        });
      }
      for (const part of story.parts) {
        if (joinPieces(part.pieces).trim() === '') report({ span: part.label, message: `The ${PART_NAMES[part.key]} is empty: ${ASK[part.key]}.` });
      }
    }
  },
};

/**
 * Inserts a missing label, in the story's own style, after the part it follows: a heading,
 * a table row, a list item, a line of a paragraph of label lines, or a paragraph.
 */
function insertPart(doc: DocumentModel, story: Story, key: StarKey): Suggestion {
  const order: StarKey[] = ['situation', 'challenge', 'task', 'action', 'result', 'learning'];
  const before = story.parts.filter((p) => order.indexOf(p.key) < order.indexOf(key));
  const anchor = before[before.length - 1];
  const sample = (anchor ?? story.parts[0]).block;
  const eol = doc.lines.eol();
  const name = PART_NAMES[key];
  const hint = `\${1:${ASK[key]}}`;
  const title = `Insert a "${name}" part`;
  const lineOf = (block: Block): string => doc.source.slice(doc.lines.lineStart(block.line), doc.lines.lineEnd(block.line));
  // One line of its own, right after the anchor's last line or before the story's first: a
  // table row or list item must not be cut off from its table or list by a blank line.
  const line = (text: string): Suggestion => {
    if (anchor) {
      const at = doc.lines.lineEnd(Math.max(anchor.endLine - 1, anchor.block.line));
      return { title, edit: { range: [at, at], text: `${eol}${text}` }, snippet: true };
    }
    const at = doc.lines.lineStart(story.parts[0].block.line);
    return { title, edit: { range: [at, at], text: `${text}${eol}` }, snippet: true };
  };
  if (sample.row) {
    const cells = Math.max(2, sample.row.cells.length);
    const indent = /^\s*/.exec(lineOf(sample))![0];
    return line(`${indent}| ${name} | ${hint} |${' |'.repeat(cells - 2)}`);
  }
  if (sample.item) {
    // "3. **Action:**" is followed by "4.", not a second "3.".
    const prefix = doc.source.slice(doc.lines.lineStart(sample.item.line), sample.item.markerSpan.end).replace(/(\d+)(?=[.)]$)/, (n) => String(anchor ? Number(n) + 1 : Number(n)));
    return line(`${prefix} ${labelLike(doc, sample, name)} ${hint}`);
  }
  // "Situation: ..." lines without blank lines between them: one more line.
  if (sample.type === 'paragraph' && sample.paragraph && (sample.line > sample.paragraph.line || sample.endLine < sample.paragraph.endLine)) {
    return line(`${labelLike(doc, sample, name)} ${hint}`);
  }
  const text = sample.heading ? `${'#'.repeat(sample.heading.level)} ${name}${eol}${eol}${hint}` : `**${name}:** ${hint}`;
  if (anchor) {
    const at = doc.lines.lineEnd(Math.max(anchor.endLine - 1, anchor.block.line));
    return { title, edit: { range: [at, at], text: `${eol}${eol}${text}` }, snippet: true };
  }
  const at = doc.lines.lineStart(story.parts[0].block.line);
  return { title, edit: { range: [at, at], text: `${text}${eol}${eol}` }, snippet: true };
}

/** A label written as the sample's is: "**Task:**", "Task:" or "Task -". */
function labelLike(doc: DocumentModel, sample: Block, name: string): string {
  const start = doc.source.slice(sample.start, sample.start + 60);
  if (/^(\*\*|__)/.test(start)) return `${start.slice(0, 2)}${name}:${start.slice(0, 2)}`;
  const dash = /^[\p{L}][\p{L} /&]*?\s+([-–—])\s/u.exec(start);
  return dash ? `${name} ${dash[1]}` : `${name}:`;
}
