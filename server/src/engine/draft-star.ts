// A STAR interview story from a project-log entry, in the STAR template's shape:
// labelled Situation and Task, the Action as numbered "I" steps, a Result that
// keeps the entry's numbers (or asks for before and after when it has none).
import { defaultSettings } from './config';
import { buildLexicon, type Lexicon } from './lexicon';
import { lint } from './lint';
import { knownVerb, nominalBase, opening } from './opening';
import { actionFrom, durationOf, firstSentence, hasQuantity, HEDGE, impersonal, isScaleNote, opensWithHelp, statesItself, trimEnd, whoOf, type DraftOptions, type EntryFacts } from './draft-entry';
import { baseOfPast, capitalize, gerundBase, irregularBase, isIrregularPast, pastOfGerund } from './verbs';
import { lowerFirst } from './text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "I ran the final mailbox batch": an "I" step from a sentence, its weak opening rewritten as the bullet's would be. */
function iStep(sentence: string, lexicon: Lexicon, title = ''): string {
  const text = impersonal(trimEnd(sentence).replace(/^(?:we|I)\s+/i, ''));
  // "Escaped defects in Q2 were 4": what happened, not what the person did (the story is not clean until they say);
  // said once, in the Situation when it is the title.
  if (statesItself(text, lexicon)) return text === title ? 'I [what you did].' : `${text}. I [what you did].`;
  const action = actionFrom(text, lexicon, 0);
  const open = opening(text, lexicon);
  // A verb-first sentence keeps its own words; anything else gets the drafted action ("was in charge of" -> "led").
  // "Mentoring the new junior admin": "I mentored", not "I mentoring".
  const gerundOpen = open?.kind === 'verb' && open.start === 0 && open.form === 'gerund' && open.base ? pastOfGerund(open.base, open.verb.toLowerCase()) : undefined;
  const body = gerundOpen
    ? `${gerundOpen}${text.slice(open!.end)}`
    : open?.kind === 'verb' && open.start === 0
      ? text.charAt(0).toLowerCase() + text.slice(1)
      : `${action.verb.toLowerCase()}${action.object ? ` ${action.object}` : ''}`;
  return `I ${body}.`;
}

/** "negotiated" -> "negotiate", "rolled" -> "roll", "led" -> "lead": the base form a "to" clause needs. */
function baseForm(past: string, lexicon: Lexicon): string {
  const lower = past.toLowerCase();
  if (isIrregularPast(lower)) return irregularBase(lower) ?? lower;
  const stem = lower.replace(/ed$/, '');
  if (/(?:ll|ss|ff|zz)$/.test(stem)) return stem;
  // "negotiat" + "ion" names "negotiate": the noun settles whether the verb ends in -e.
  if (nominalBase(`${stem}ion`, lexicon) === `${stem}e`) return `${stem}e`;
  return baseOfPast(lower) ?? stem;
}

/** Title-cased nouns that name a piece of work ("Mailbox Migration"), not a product. */
const WORK_NOUN = /^(?:migration|roll-?out|upgrade|project|programme|program|implementation|deployment|refresh|move|cut-?over|launch|build|review|audit|pilot|release|replacement|consolidation|decommission(?:ing)?|onboarding|setup|install(?:ation)?)$/i;

/** "Replaced the printers with managed print" reads as a sentence, not a title: the Task says what the job was. */
function taskOf(title: string, lexicon: Lexicon, duration: string | undefined, helped = false): string {
  const over = duration ? ` over ${duration}` : '';
  if (statesItself(title, lexicon)) return `My task was [what you were asked to do]${over}.`;
  const open = opening(title, lexicon);
  if ((open?.kind === 'verb' || open?.kind === 'weak') && open.start === 0) {
    const action = actionFrom(title, lexicon, 0);
    const past = action.verb.toLowerCase();
    const base = baseForm(past, lexicon);
    // "to convert 40 mailboxes and reapply permissions": a second verb in the past takes the base form too.
    const object = action.object.replace(/(?<=(?:\band|,)\s+)(\p{Ll}+)(?=\s)/gu, (word) => (isIrregularPast(word) || (word.endsWith('ed') && (knownVerb(lexicon, word) || lexicon.weakPhrases.has(word) || /^re\p{Ll}{3,}ed$/u.test(word))) ? baseForm(word, lexicon) : word));
    return `My task was to ${base}${object ? ` ${object}` : ''}${over}.`;
  }
  // "contract tests" own "their" delivery; "Status", "DNS", "Analytics", "Microsoft Teams", "Business analysis" own "its".
  const last = /\S+$/.exec(title.trim())?.[0] ?? '';
  const plural = /^\p{Ll}+s$/u.test(last) && !/(?:ss|us|is|ics|ness|sis|tus|ys|ous)$/.test(last);
  // "Microsoft Teams", "DNS": a name alone is a product, not the work; "the Microsoft Teams project" is.
  const owned = lowerFirst(title, lexicon);
  const named = /^\p{Lu}[\p{L}\p{N}.&+-]*(?:\s+\p{Lu}[\p{L}\p{N}.&+-]*)*$/u.test(owned) && !WORK_NOUN.test(last) ? ' project' : '';
  const work = `${owned.replace(/^(?!the\s)/i, 'the ')}${named}`;
  // "Helped the storage team run the restore test": the entry claims a part, and so does the story (its Action says which).
  if (helped) return `I supported ${work}${over}.`;
  return `I owned ${work}${duration ? ` and ${plural ? 'their' : 'its'} delivery${over}` : ''}.`;
}

/** "cutting print costs by 20%" (a bullet's participle clause) -> "This cut print costs by 20%": a Result is a sentence. */
function asSentence(result: string, lexicon: Lexicon): string {
  const open = opening(result, lexicon);
  if (open?.kind !== 'verb' || open.start !== 0 || open.form !== 'gerund' || !/^\p{Ll}/u.test(result)) return result;
  const base = gerundBase(open.verb, () => true);
  return base ? `This ${pastOfGerund(base, open.verb.toLowerCase())}${result.slice(open.end)}` : result;
}

/**
 * A title's first sentence when it has one of three words or more ("Release 4.2 sign-off. Found 2 blockers late." ->
 * "Release 4.2 sign-off"); else the whole title: "St. Mary's hospital rollout", "Office move vs. the Leeds plan".
 */
function titleSentence(title: string): string {
  const first = firstSentence(title);
  return first.split(/\s+/).length >= 3 ? first : title;
}

/** A STAR story (the template's shape: labelled Situation, Task, numbered "I" Actions, Result) from an entry. */
export function draftStar(facts: EntryFacts, options: DraftOptions): string {
  const settings = options.settings ?? defaultSettings();
  const lexicon = buildLexicon(settings.lexicon);
  const who = whoOf(facts.who);
  const duration = durationOf(facts.timeline, options.today);
  // A free-text item's title is its whole line: the story is named after what was done, not the result too
  // ("Release 4.2 sign-off. Found 2 blockers late." is named "Release 4.2 sign-off").
  const open = opening(facts.title, lexicon);
  const whole = (open?.kind === 'verb' || open?.kind === 'weak') && open.start === 0;
  const title = (whole && trimEnd(firstSentence(facts.what))) || trimEnd(titleSentence(facts.title)) || trimEnd(firstSentence(facts.what)) || 'Project log entry';
  const when = facts.date ? `${MONTHS[+facts.date.slice(5, 7) - 1]} ${facts.date.slice(0, 4)}` : undefined;
  const situation = [`${capitalize(title)}${when ? ` (${when})` : ''}${who ? `, ${who.named}` : ''}.`, facts.timeline ? `Timeline: ${lowerFirst(trimEnd(facts.timeline))}.` : ''].filter(Boolean).join(' ');
  const task = taskOf(title, lexicon, duration, opensWithHelp(impersonal(trimEnd(firstSentence(facts.what) || facts.title)), lexicon));
  const sentences = facts.what
    .split(/(?<=[.;])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  // "45 business users, 2 weeks.": a note of scale goes with the step before it, in brackets.
  const steps: string[] = [];
  for (const s of sentences.length ? sentences : [title]) {
    if (steps.length && isScaleNote(s, lexicon)) steps[steps.length - 1] = `${steps[steps.length - 1].replace(/\.$/, '')} (${trimEnd(s)}).`;
    else steps.push(iStep(s, lexicon, title));
  }
  if (who) steps.push(`I worked ${who.named}${duration ? ` over ${duration}` : ''}.`);
  // Without a number the Result keeps what the entry said, hedges out, and asks for before and after.
  const said = trimEnd(facts.result.replace(HEDGE, ''));
  const resultLine = hasQuantity(facts.result, lexicon, options.today) ? `${asSentence(trimEnd(facts.result), lexicon)}.` : `${said ? asSentence(said, lexicon) : '[What changed]'}, from [before] to [after].`;
  return [`## ${title}`, '', `**Situation:** ${situation}`, '', `**Task:** ${task}`, '', '**Action:**', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', `**Result:** ${capitalize(resultLine)}`, ''].join('\n');
}

/** Findings a STAR-stories file gives the story. */
export function starFindings(story: string, options: DraftOptions): { ruleId: string; message: string }[] {
  const text = `---\nimpact-lint: star-stories\n---\n\n# STAR stories\n\n${story}`;
  return lint(text, { settings: options.settings, today: options.today }).findings.map((f) => ({ ruleId: f.ruleId, message: f.message }));
}
