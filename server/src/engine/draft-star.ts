// A STAR interview story from a project-log entry, in the STAR template's shape:
// labelled Situation and Task, the Action as numbered "I" steps, a Result that
// keeps the entry's numbers (or asks for before and after when it has none).
import { defaultSettings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { lint } from './lint';
import { opening } from './opening';
import { durationOf, firstSentence, hasQuantity, HEDGE, lowerFirst, trimEnd, whoOf, type DraftOptions, type EntryFacts } from './draft-entry';
import { capitalize } from './verbs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "I ran the final mailbox batch": an "I" step from a verb-first sentence. */
function iStep(sentence: string, lexicon: Lexicon): string {
  const text = trimEnd(sentence).replace(/^(?:we|I)\s+/i, '');
  const open = opening(text, lexicon);
  const verbFirst = open?.kind === 'verb' && open.start === 0;
  const body = verbFirst ? text.charAt(0).toLowerCase() + text.slice(1) : `delivered ${lowerFirst(text)}`;
  return `I ${body.replace(/(?<![\p{L}'’])(?:our)(?![\p{L}'’])/giu, 'the')}.`;
}

/** A STAR story (the template's shape: labelled Situation, Task, numbered "I" Actions, Result) from an entry. */
export function draftStar(facts: EntryFacts, options: DraftOptions): string {
  const settings = options.settings ?? defaultSettings();
  const lexicon = buildLexicon(settings.lexicon);
  const who = whoOf(facts.who);
  const duration = durationOf(facts.timeline, options.today);
  const title = trimEnd(facts.title) || trimEnd(firstSentence(facts.what)) || 'Project log entry';
  const when = facts.date ? `${MONTHS[+facts.date.slice(5, 7) - 1]} ${facts.date.slice(0, 4)}` : undefined;
  const situation = [`${title}${when ? ` (${when})` : ''}${who ? `, ${who.named}` : ''}.`, facts.timeline ? `Timeline: ${lowerFirst(trimEnd(facts.timeline))}.` : ''].filter(Boolean).join(' ');
  const task = `I owned ${lowerFirst(title).replace(/^(?!the\s)/i, 'the ')}${duration ? ` and its delivery over ${duration}` : ''}.`;
  const sentences = facts.what
    .split(/(?<=[.;])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const steps = (sentences.length ? sentences : [title]).map((s) => iStep(s, lexicon));
  if (who) steps.push(`I worked ${who.named}${duration ? ` over ${duration}` : ''}.`);
  // Without a number the Result keeps what the entry said, hedges out, and asks for before and after.
  const said = trimEnd(facts.result.replace(HEDGE, ''));
  const resultLine = hasQuantity(facts.result, lexicon, options.today) ? `${trimEnd(facts.result)}.` : `${said || '[What changed]'}, from [before] to [after].`;
  return [`## ${title}`, '', `**Situation:** ${situation}`, '', `**Task:** ${task}`, '', '**Action:**', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', `**Result:** ${capitalize(resultLine)}`, ''].join('\n');
}

/** Findings a STAR-stories file gives the story. */
export function starFindings(story: string, options: DraftOptions): { ruleId: string; message: string }[] {
  const text = `---\nimpact-lint: star-stories\n---\n\n# STAR stories\n\n${story}`;
  return lint(text, { settings: options.settings, today: options.today }).findings.map((f) => ({ ruleId: f.ruleId, message: f.message }));
}
