// missing-metric: a resume bullet carries a number that shows scale or outcome.
import type { Lexicon } from '../lexicon';
import { documentCurrency, findMetric, inCurrency } from '../metrics';
import { dutyNounAfter, knownVerb, nominalBase, onlyTools } from '../opening';
import { CAR_CONTEXT, CAR_RESULT, contentEnd, type Bullet, forEachBullet } from '../resume';
import type { Rule } from '../types';
import { capitalize, gerundBase, pastTense } from '../verbs';

interface Hint {
  question: string;
  snippet: string;
}

/** Verbs whose number is a size (team, budget, duration): "how big?". */
const SIZE_VERB = /^(led|lead|manag|direct|supervis|oversaw|oversee|head|chair|coordinat|orchestrat|recruit|hire|hired|own|ran|run|drove|spearhead|steer|helm|captain|shepherd|administer|govern|operat)/i;

/** A hint for a bullet that names its plural object ("Created indexes"): the count asked is of that object. */
type CountedHint = (verb: string, counted: string) => Hint;

/**
 * Which numbers fit which verbs, first match wins (the verb in the past tense, e.g. "Reduced"); for size, scale and
 * things made, also the hint when the bullet names what to count.
 */
/** Verbs of a change: "by how much?". */
const CHANGE_VERB = /^(reduc|cut|lower|decreas|sav|improv|increas|grew|grow|boost|rais|accelerat|shorten|speed|sped|halv|doubl|tripl|minimi|maximi|optimi|streamlin|eliminat|trim|slash|shrank|shrunk|lift|tun|shaved)/i;
/** Verbs of teaching: "how many people, and what changed for them?". */
const TRAIN_VERB = /^(train|taught|teach|mentor|coach|onboard|upskill|reskill|cross-train|tutor|educat|instruct)/i;
/** Verbs of delivery: "at what scale?". */
const SCALE_VERB = /^(migrat|deploy|roll|upgrad|implement|launch|install|provision|configur|integrat|deliver|built|build|develop|automat|consolidat|decommission|retir|replac|support|maintain|patch|secur|monitor|standardi|transition|modernis|moderniz|rebuilt|rewrote|refactor|containeri|virtuali|ship|releas|sunset|enrol|rolled)/i;
/** Verbs of fixing: "how many, and how fast?". */
const RESOLVE_VERB = /^(resolv|triag|fix|remediat|mitigat|clos|debug|diagnos|troubleshoot|escalat|contain|prevent|restor|recover|investigat)/i;
/** "monthly", "every two weeks": the bullet already says how often. */
/** One named audience: "to the CTO", "to the board", "to the steering committee". */
const ONE_AUDIENCE = /\b(?:to|for|with|the|our)\s+(?:the\s+|our\s+)?(?:cto|cio|cfo|ceo|coo|ciso|cpo|vp|director|board|exec(?:utive)?\s+team|leadership\s+team|slt|elt|steering\s+(?:committee|group|board)|head\s+of\s+\w+)\b/i;
/** A meeting or task that recurs ("weekly defect triage"), not "every release" of a scope. */
const RECURRING = /\b(?:daily|nightly|weekly|fortnightly|biweekly|bi-weekly|monthly|quarterly|annually|yearly)\b/i;
const CADENCE = /\b(?:daily|nightly|weekly|fortnightly|biweekly|bi-weekly|monthly|quarterly|annually|yearly|every)\b/i;

const HINTS: [RegExp, (verb: string, plain: string) => Hint, CountedHint?][] = [
  [CHANGE_VERB, (verb) => ({ question: `${verb}... by how much? e.g. "from 9 to 3 days" or "by 40%"`, snippet: ' by ${1:N}% (from ${2:before} to ${3:after})' })],
  [TRAIN_VERB, (verb) => ({ question: `${verb}... how many people, and what changed for them? e.g. "12 analysts, cutting ramp-up from 6 weeks to 3"`, snippet: ' (${1:N} people, ${2:what changed})' })],
  // Hiring is counted in hires and how fast they were productive, not in a team's budget.
  [/^(recruit|hire|hired)/i, (verb) => ({ question: `${verb}... how many, and how fast were they productive? e.g. "4 engineers, productive in 3 weeks"`, snippet: ' (${1:N} people, ${2:productive in N weeks})' })],
  [SIZE_VERB, (verb, plain) =>
    // "Ran weekly defect triage with the dev leads": a meeting that recurs has people and an outcome, not a budget.
    RECURRING.test(plain)
      ? { question: `${verb}... with how many people, and what came of it? e.g. "with 5 dev leads, cutting open P1s from 30 to 8"`, snippet: ' (${1:N} people, ${2:what changed})' }
      : { question: `${verb}... how big? Give team size, budget or duration, e.g. "a team of 6 over 9 months"`, snippet: ', leading ${1:N} people over ${2:N} months with a ${3:\\$N} budget' }, countedManaged],
  [/^(negotiat|renegotiat|procur|budget|fund|financ|purchas|bought|sourc|tender|bid|contract|licens|recoup)/i, (verb) => ({ question: `${verb}... worth how much? Give the value and the saving, e.g. "a $250K contract, saving 15%"`, snippet: ' worth ${1:\\$N}, saving ${2:N}%' })],
  [SCALE_VERB, (verb, plain) => ({ question: `${verb}... at what scale? Say how many users, systems or sites, e.g. "1,200 users across 3 sites"`, snippet: scaleSnippet(plain) }), countedChange],
  [RESOLVE_VERB, (verb) => ({ question: `${verb}... how many, and how fast? e.g. "40 P1 incidents, 95% within SLA"`, snippet: ' (${1:N} ${2:incidents}, ${3:N}% within SLA)' })],
  [/^(wrote|writ|document|author|publish|draft|creat|design|defin|map|model|codif|templat)/i, (verb) => ({ question: `${verb}... how many, used by whom? e.g. "12 runbooks used by 40 engineers"`, snippet: ' (${1:N} ${2:documents} used by ${3:N} people)' }), countedChange],
  [/^(present|facilitat|chair|brief|host|moderat|align|partner|collaborat|liais|engag|advis|consult|represent|communicat|report)/i, (verb, plain) =>
    // "Presented test metrics to the CTO every month": the audience is named; what came of it is the number.
    ONE_AUDIENCE.test(plain)
      ? { question: `${verb}... what came of it? e.g. "securing a $40K budget" or "cutting release defects by 30%"`, snippet: ', ${1:leading to what decision or change}' }
      : CADENCE.test(plain)
      ? { question: `${verb}... to how many people? e.g. "to 5 department heads"`, snippet: ' for ${1:N} ${2:stakeholders}' }
      : { question: `${verb}... to how many people, how often? e.g. "monthly to 5 department heads"`, snippet: ' for ${1:N} ${2:stakeholders} every ${3:N} weeks' }],
];

const GENERIC: Hint = { question: 'Add a number that shows scale or outcome: how many, how much, how fast, or by what %', snippet: ' (${1:how many, how much or how fast})' };

/** " for N users across N sites", without the unit the bullet already names ("to all corporate sites"). */
function scaleSnippet(plain: string): string {
  const users = /\b(?:users?|staff|employees?|people|customers?|agents?)\b/i.test(plain);
  const sites = /\b(?:sites?|offices?|branches|stores?|locations?|regions?|countries)\b/i.test(plain);
  if (users && sites) return ' for ${1:N} ${2:systems}';
  if (sites) return ' for ${1:N} ${2:users}';
  if (users) return ' across ${1:N} ${2:sites}';
  return ' for ${1:N} ${2:users} across ${3:N} ${4:sites}';
}

/** A particle that belongs to the verb: "Rolled out", "Set up", "Took over". */
const PARTICLE = /^\s+(out|up|over|down|off|back|in|through)\b/i;

function hintFor(verb: string | undefined, bullet: Bullet): Hint {
  if (!verb) return GENERIC;
  // The verb as the bullet has it: "Rolled out...", not "Rolled...".
  const open = bullet.opening;
  const particle = open?.kind === 'verb' ? PARTICLE.exec(bullet.plain.slice(open.end, open.end + 12))?.[1] : undefined;
  const shown = particle ? `${verb} ${particle.toLowerCase()}` : verb;
  for (const [pattern, hint, countedHint] of HINTS) {
    if (!pattern.test(verb)) continue;
    // "Created indexes", "Ran A/B tests", "Automated smoke tests": count what the bullet names, not
    // runbooks, teams or users it does not mention. Not for changes, training or people.
    const counted = countedHint && open?.kind === 'verb' ? countedObject(bullet, particle ? open.end + 1 + particle.length : open.end, countedHint === countedManaged ? MANAGED_THINGS : undefined) : undefined;
    return countedHint && counted ? countedHint(shown, counted) : hint(shown, bullet.plain);
  }
  return GENERIC;
}

/** Things managed or run that are counted in themselves, not in a team or a budget: "Managed Kubernetes clusters", "vendors". */
const MANAGED_THINGS = /^(?:systems?|servers?|devices?|endpoints?|laptops?|machines?|vms?|databases?|clusters?|applications?|apps?|services?|firewalls?|switches|routers?|networks?|instances?|hosts?|accounts?|tenants?|subscriptions?|vendors?|suppliers?|contracts?)$/i;
const SUPPLIERS = /^(?:vendors?|suppliers?|contracts?)$/i;

/** "Managed Kubernetes clusters": how many, and the scale they serve; "Managed vendors": how many, worth how much. */
function countedManaged(verb: string, counted: string): Hint {
  const last = counted.split(' ').pop() ?? counted;
  if (SUPPLIERS.test(last)) return { question: `${verb}... how many ${counted}, worth how much? e.g. "6 ${counted}, $1.2M a year"`, snippet: ` (\${1:N} ${counted}, \${2:\\$N} a year)` };
  if (MANAGED_THINGS.test(last)) return { question: `${verb}... how many ${counted}, serving how many users? e.g. "12 ${counted} serving 900 users"`, snippet: ` (\${1:N} ${counted} serving \${2:N} users)` };
  return countedOverTime(verb, counted);
}

function countedOverTime(verb: string, counted: string): Hint {
  return { question: `${verb}... how many ${counted}, over how long? e.g. "12 ${counted} over 6 months"`, snippet: ` (\${1:N} ${counted} over \${2:N} months)` };
}

function countedChange(verb: string, counted: string): Hint {
  return { question: `${verb}... how many ${counted}, and what did that change? e.g. "40 ${counted}, cutting ... by 30%"`, snippet: ` (\${1:N} ${counted}, \${2:what changed})` };
}
/** Objects whose own hint fits: people and teams (size), users and sites (scale), documents (used by whom). */
const OWN_HINT_OBJECT = /^(?:users?|staff|employees?|people|customers?|clients?|agents?|sites?|offices?|branches|stores?|locations?|regions?|countries|teams?|squads?|engineers?|developers?|analysts?|technicians?|testers?|contractors?|vendors?|suppliers?|runbooks?|documents?|documentation|guides?|policies|policy|procedures?|articles?|pages?|templates?|playbooks?|reports?|manuals?|wikis?|projects?|programmes?|programs?|budgets?|systems?|servers?|devices?|endpoints?|laptops?|machines?|vms?|databases?|clusters?|applications?|apps?|services?|firewalls?|switches|routers?|networks?|instances?|hosts?|relationships?|accounts?|contracts?|portfolios?|stakeholders?)$/i;
/** Plurals that name no thing to count: "Managed expectations", "Delivered savings", "Led efforts". */
const ABSTRACT = /(?:nesses|ships)$|^(?:efforts|expectations|savings|outcomes|results|goals|objectives|priorities|needs|benefits|gains|wins|ideas|insights|changes|issues|concerns|risks|demands|costs|resources|operations|communications|improvements|initiatives|activities|responsibilities|relations|requirements|commitments|arrangements|developments|preparations|solutions|recommendations|decisions|conversations|discussions|contributions|enhancements|adjustments|interactions|engagements)$/;
/** Words that end the object phrase. */
/** A past tense after "and": "Wrote and executed", "Designed and built". */
const JOINED_PAST = /^(?:[a-z]+ed|built|wrote|ran|made|led|set|kept|drove|took|gave|ran|rewrote|rebuilt)$/;
const OBJECT_END = /^(?:for|to|in|on|at|by|from|of|with|across|into|and|or|using|via|within|during|through|that|which|so|as|after|before|every|each|per|until|whenever|once)$/i;

/**
 * The plural object right after the verb, up to three words: "indexes", "Helm charts", "A/B tests";
 * undefined when the object is no plural, or one the verb's own hint already counts.
 */
function countedObject(bullet: Bullet, from: number, also?: RegExp): string | undefined {
  const toks = bullet.words;
  let k = toks.findIndex((w) => w.start >= from);
  if (k < 0) return undefined;
  // "Wrote and executed test cases": a second verb joined to the first; the object is both verbs'.
  if (/^(?:and|or)$/.test(toks[k].lower) && toks[k + 1] && JOINED_PAST.test(toks[k + 1].lower)) k += 2;
  if (k >= toks.length) return undefined;
  if (/^(?:the|our|all|new|several|various|multiple|many)$/i.test(toks[k].lower)) k++;
  const start = k;
  while (k < toks.length && k - start < 3 && !OBJECT_END.test(toks[k].lower) && /^ ?$/.test(bullet.plain.slice(toks[k - 1]?.end ?? toks[k].start, toks[k].start))) k++;
  if (k === start) return undefined;
  const last = toks[k - 1];
  // "indexes", "DAGs"; a thing the verb's own hint counts is left to it, unless `also` lets it be counted here.
  if (!/^(?:[a-z][a-z-]*[^su]|[A-Z]{2,6})s$/.test(last.text) || (OWN_HINT_OBJECT.test(last.lower) && !also?.test(last.lower)) || ABSTRACT.test(last.lower)) return undefined;
  // A stop after it, or the end: "Created indexes and ...", not "Created indexes maintenance jobs".
  if (k < toks.length && !OBJECT_END.test(toks[k].lower)) return undefined;
  return bullet.plain.slice(toks[start].start, last.end);
}

/** The action the bullet names: its opening verb, the verb inside a weak phrase, or the noun of a duty ("Migration of"). */
function actionOf(bullet: Bullet, lexicon: Lexicon): string | undefined {
  const open = bullet.opening;
  if (!open) return undefined;
  if (open.kind === 'verb') return capitalize(open.form === 'past' || !open.base ? open.verb.toLowerCase() : pastTense(open.base));
  if (open.kind === 'weak') {
    const derived = bullet.derived;
    return derived ? capitalize(pastTense(derived.base)) : undefined;
  }
  // "Building maintenance for the campus": the action is the duty noun after the object, as weak-opening reads it.
  if (open.type === 'nominal' || open.type === 'other' || open.type === 'tool') {
    const toks = bullet.words;
    const duty = dutyNounAfter(bullet.plain, toks, toks.findIndex((w) => w.start === open.start), lexicon);
    if (duty) return capitalize(pastTense(duty.base.split(' ')[0]));
  }
  // "Installation of", and "Hiring and onboarding of": an -ing word that names a duty is its verb all the same.
  const lower = open.word.toLowerCase();
  const base = nominalBase(lower, lexicon) ?? (lower.endsWith('ing') ? gerundBase(lower, (past) => knownVerb(lexicon, past)) : undefined);
  return base ? capitalize(pastTense(base.split(' ')[0])) : undefined;
}


/** A verb that claims an outcome of its own: a change, people taught, a delivery at some scale, problems fixed. */
function isOutcomeVerb(verb: string | undefined): boolean {
  return verb !== undefined && !SIZE_VERB.test(verb) && (CHANGE_VERB.test(verb) || TRAIN_VERB.test(verb) || SCALE_VERB.test(verb) || RESOLVE_VERB.test(verb));
}

const HONOUR = /^(?:(?:was|were|got|been|being)\s+)?(?:promoted|awarded|won|received\s+(?:the|an?)\s+\S*\s*(?:award|prize)|named|nominated|recognised|recognized|selected\s+(?:as|for))\b/i;

export const missingMetric: Rule = {
  meta: {
    id: 'missing-metric',
    description: 'Resume bullets carry a number: budget, team size, duration, systems, users or % change.',
    severity: 'warning',
    kinds: ['resume'],
    fixable: false,
    example: { before: 'Migrated the file servers to SharePoint', after: 'Migrated 4 file servers and 1,200 users to SharePoint in 6 weeks' },
    options: {},
  },
  check(ctx) {
    const { lexicon } = ctx;
    const source = ctx.doc.source;
    // Money in the resume's own currency ("worth £N" when it writes "£40k"). The memo keeps a bullet's
    // reports by rule id: the currency goes in it.
    const currency = documentCurrency(source);
    forEachBullet(currency === '$' ? ctx : { ...ctx, ruleId: `${ctx.ruleId}:${currency}` }, (bullet, report) => {
      // A promotion or an award is its own evidence: "Promoted to QA Lead in 2022".
      if (HONOUR.test(bullet.plain) || CAR_CONTEXT.test(bullet.plain)) return;
      // "Python, SQL, dbt, Airflow": a list of tools has no number to give; weak-opening sends it to the skills.
      if (bullet.opening?.kind === 'not-verb' && bullet.opening.type === 'tool' && onlyTools(bullet.plain, lexicon)) return;
      if (findMetric(bullet.plain, lexicon, bullet.words)) return;
      // Later paragraphs and sub-bullets often carry the numbers for their bullet.
      if (bullet.item.paragraphs.some((p) => findMetric(p.text.plain, lexicon))) return;
      if (bullet.item.children.some((child) => findMetric(child.text.plain, lexicon))) return;
      const hint = hintFor(actionOf(bullet, lexicon), bullet);
      const at = bullet.text.after(source, contentEnd(bullet.plain));
      // "Result: the new tool went live" in a CAR block: star-result-metric says it of the result text, more precisely.
      const label = CAR_RESULT.exec(bullet.plain);
      report({
        span: label && label[0].length < bullet.plain.length ? bullet.text.span(label[0].length, bullet.plain.length) : bullet.span,
        message: `No number in this bullet. ${inCurrency(hint.question, currency)}.`,
        suggestions: [{ title: 'Add a metric placeholder', edit: { range: [at, at], text: inCurrency(hint.snippet, currency, true) }, snippet: true }],
        ...(label ? { yieldsTo: 'star-result-metric' } : {}),
      });
      // A sub-bullet that says how a numbered achievement was run ("Led a 9-month program ... $2.1M" / "Ran the weekly sync",
      // "Agreed the test strategy", "Briefed the CFO monthly"): the parent's numbers are its size. One that claims an outcome of
      // its own ("Reduced ...", "Migrated ...", "Trained ...", "Resolved ...") still needs its own number; so does any under a job line.
    }, (bullet) => bullet.detail && !isOutcomeVerb(actionOf(bullet, lexicon)) && !!findMetric(bullet.item.parent!.text.plain, lexicon));
  },
};
