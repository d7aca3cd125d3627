// STAR (and CAR, PAR, STAR-L) interview stories: parts labelled by headings,
// bold labels, "Label:" lines or two-column tables, grouped into stories by the
// heading above them.
import type { DocumentModel, Section } from '../model';
import type { Kind, Span } from '../types';
import { blockLabel, blocks, splitParts, type Part } from './blocks';

export type StarKey = 'situation' | 'challenge' | 'task' | 'action' | 'result' | 'learning';

export const STAR_LABELS: Record<StarKey, readonly string[]> = {
  situation: ['situation', 'background', 'setting', 'situation & task', 'situation and task', 'situation/task', 'situation / task', 'context & task', 'context and task'],
  challenge: ['challenge', 'problem', 'context'],
  task: ['task', 'my task', 'goal', 'objective', 'my role', 'role', 'responsibility'],
  action: ['action', 'actions', 'what i did', 'approach', 'actions taken', 'action taken', 'my actions'],
  result: ['result', 'results', 'outcome', 'outcomes', 'impact'],
  learning: ['learning', 'learnings', 'lesson', 'lessons', 'lessons learned', 'reflection', 'what i learned', 'takeaway', 'takeaways'],
};

const LETTERS: Partial<Record<StarKey, string>> = { situation: 's', task: 't', action: 'a', result: 'r', learning: 'l' };

export const PART_NAMES: Record<StarKey, string> = { situation: 'Situation', challenge: 'Challenge', task: 'Task', action: 'Action', result: 'Result', learning: 'Learning' };

export interface Story {
  /** The heading of the story, when it has one. */
  section: Section;
  /** Where findings about the whole story go: its heading, or its first label. */
  anchor: Span;
  parts: Part<StarKey>[];
  has(key: StarKey): boolean;
  part(key: StarKey): Part<StarKey> | undefined;
}

const cache = new WeakMap<DocumentModel, Map<string, Story[]>>();

/** Stories in the document. Outside a STAR file, a group counts only with an Action, a Result and one more part. */
export function readStories(doc: DocumentModel, kind: Kind, labels: Partial<Record<StarKey, readonly string[]>> = {}): Story[] {
  const given = { ...STAR_LABELS, ...labels };
  // In a STAR file the shorthand "**S:**", "T:", "A:", "R:" labels the parts too.
  const sets = kind === 'star-stories' ? (Object.fromEntries(Object.entries(given).map(([k, v]) => [k, LETTERS[k as StarKey] ? [...v, LETTERS[k as StarKey]!] : v])) as typeof given) : given;
  const key = `${kind}|${JSON.stringify(sets)}`;
  let byKey = cache.get(doc);
  if (!byKey) cache.set(doc, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  // Outside a STAR file a story needs an Action and a Result label: most resumes and logs name
  // neither, and the block scan below is a measurable share of linting them (bench: 5% of a resume).
  if (kind !== 'star-stories' && !(mentionsAny(doc.source, sets.action) && mentionsAny(doc.source, sets.result))) {
    byKey.set(key, []);
    return [];
  }

  const all = blocks(doc);
  const labelHeadings = new Set<Section>();
  for (const block of all) if (block.heading && blockLabel(doc, block, sets)) labelHeadings.add(block.heading.section);
  const { parts } = splitParts(doc, all, sets);
  const storyOf = (part: Part<StarKey>): Section => {
    let section: Section | undefined = part.block.heading ? part.block.heading.section.parent : part.block.section;
    while (section && labelHeadings.has(section)) section = section.parent;
    return section ?? doc.root;
  };

  const stories: Story[] = [];
  let current: Story | undefined;
  for (const part of parts) {
    const section = storyOf(part);
    if (!current || current.section !== section || current.has(part.key)) {
      // A second story under the same heading is anchored on its first label.
      current = makeStory(doc, section, part, current?.section !== section);
      stories.push(current);
    }
    current.parts.push(part);
  }
  // "A: Agree the penalties at signing" under a "Q:" is an answer: a story told in the one-letter
  // shorthand needs two of its parts, as "S:" and "A:" do.
  const letter = (p: Part<StarKey>): boolean => /^[^\p{L}]*\p{L}[^\p{L}]*$/u.test(doc.source.slice(p.label.start, p.label.end));
  const counted = stories.filter((story) => {
    const keys = new Set(story.parts.map((p) => p.key));
    if (story.parts.every(letter) && keys.size < 2) return false;
    if (kind === 'star-stories') return keys.size >= 2 || [...keys].some((k) => k !== 'result' && k !== 'learning');
    return keys.size >= 3 && keys.has('action') && keys.has('result');
  });
  byKey.set(key, counted);
  return counted;
}

/** Whether any label occurs in the text at all, in any case: a cheap superset of "is used as a label". */
function mentionsAny(text: string, labels: readonly string[]): boolean {
  if (!labels.length) return false;
  return new RegExp(labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|'), 'i').test(text);
}

function makeStory(doc: DocumentModel, section: Section, first: Part<StarKey>, firstInSection: boolean): Story {
  const parts: Part<StarKey>[] = [];
  // "Situation & Task:" is both parts in one.
  const alsoTask = (p: Part<StarKey>): boolean => p.key === 'situation' && /(?:&|\band\b|\/)\s*task\b/i.test(doc.source.slice(p.label.start, p.label.end));
  return {
    section,
    anchor: firstInSection && section.heading && section.heading.span.end > section.heading.span.start ? section.heading.span : first.label,
    parts,
    has: (key) => parts.some((p) => p.key === key || (key === 'task' && alsoTask(p))),
    part: (key) => parts.find((p) => p.key === key),
  };
}

/** The parts a story must have: CAR/PAR when it opens with a Challenge/Problem/Context, STAR otherwise. */
export function requiredParts(story: Story, requireTask: boolean): StarKey[] {
  if (story.has('challenge') && !story.has('situation')) return ['challenge', 'action', 'result'];
  return requireTask ? ['situation', 'task', 'action', 'result'] : ['situation', 'action', 'result'];
}
