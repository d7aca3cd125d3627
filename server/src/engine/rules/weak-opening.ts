// weak-opening: a resume bullet should open with an action verb, not a duty phrase.
import { ambiguousBase, DETERMINERS_BEFORE, onlyTools, determinerOrNumber, objectStart, DUTY_STOP, dutyNounAfter, knownVerb, nominalBase, productEnd, techAt, toolAt, toolList, words, type Opening, type Word } from '../opening';
import { cueVerbs, frontAction, rankReplacements } from '../suggest';
import { lowerFirst } from '../text';
import { CAR_CONTEXT, CAR_PART, CAR_RESULT, casedLike, contentEnd, isClean, preview, rangeOf, roleIsOver, type Bullet, forEachBullet } from '../resume';
import { LazyReport } from '../lazy-report';
import { documentSpelling, spelledAs, type Spelling } from '../spelling';
import type { Lexicon } from '../lexicon';
import type { Report, Rule, Suggestion } from '../types';
import { baseOf, baseOfPast, gerund, gerundBase, inflectPhrase, isIrregularPast, pastOfGerund, pastTense } from '../verbs';

type Weak = Extract<Opening, { kind: 'weak' }>;
type NotVerb = Extract<Opening, { kind: 'not-verb' }>;
type Verb = Extract<Opening, { kind: 'verb' }>;

const TOOL_PHRASES = new Set(['used', 'utilized', 'utilised']);
/** Duties: a weak verb after one is ranked as that verb is ("Responsible for supporting 300 users" -> "Served 300 users"); after help or membership it stays modest. */
const DUTIES = String.raw`responsible for|accountable for|duties |responsibilities |key responsibilities |role included|tasked |charged with|entrusted with|assigned to|in charge of|took responsibility`;
const DUTY = new RegExp(String.raw`^(?:(?:was|were) )?(?:${DUTIES})`);
/**
 * Duties, memberships, help, joint work and exposure: their own replacements stay first, because
 * a verb chosen by the object would overclaim ("Member of the incident team" is not "Led the
 * incident team", "Worked with the security team" is not "Managed the security team",
 * "Participated in the weekly CAB" is not "Chaired the weekly CAB").
 */
const OWN_REPLACEMENTS_FIRST = new RegExp(String.raw`^(?:(?:was|were) )?(?:${DUTIES}|(?:a )?(?:key |core |active )?member of|part of|was part of|served on|sat on|exposure to|exposed to|gained experience|experience|hands-on experience|knowledge of|familiar with|proficient in|skilled in|helped|assisted|worked (?:with|closely with|alongside|across|in|as)|cooperated with|took care of|served as (?:the )?(?:main )?point of contact for|acted as (?:an? |the )?liaison (?:between|for)|participated in|took part in|attended|contributed to)`);
const HELPERS = new Set(['helped', 'assisted']);
/** People as the object of "Helped": "Helped 200 hospital staff access the new EHR". */
const PEOPLE = /^(?:staff|team|people|users|colleagues|employees|engineers|developers|analysts|agents|members|managers|students|nurses|doctors|clinicians)$/;
/** Words after a gerund that show it is used as a noun ("Reporting for", "Planning and"). */
const NOT_OBJECT = /^(?:of|and|or|for|to|with|in|on|at|by|from|across|within|as)$/;
/** "Made X faster": the verb for what was made so. */
const MADE_SO: Record<string, string> = {
  faster: 'sped up {}',
  quicker: 'sped up {}',
  easier: 'simplified {}',
  simpler: 'simplified {}',
  cheaper: 'cut the cost of {}',
  safer: 'secured {}',
  smoother: 'streamlined {}',
  clearer: 'clarified {}',
  shorter: 'shortened {}',
  smaller: 'reduced {}',
  leaner: 'streamlined {}',
  stronger: 'strengthened {}',
  better: 'improved {}',
  'mobile-friendly': 'redesigned {} for mobile',
  accessible: 'opened up {}',
  compliant: 'brought {} into compliance',
};
/** Phrases that name a goal or an assignment: the derived verb would claim it was done. */
const GOAL_KEYS = new Set(['tasked with', 'tasked to', 'charged with', 'assigned to', 'asked to', 'expected to', 'aimed to', 'set out to']);
/** Helper phrases a bare verb may follow ("Helped support", "Assisted migrate"). */
const BARE_HELPERS = new Set(['helped', 'helped to', 'assisted', 'helped out']);
/** Weak phrases of serving or helping people: they were not managed or led. */
const SUPPORT_KEYS = new Set(['supported', 'helped', 'assisted', 'aided', 'serviced', 'looked after', 'catered to', 'catered for']);
/** Verbs that claim authority over people. */
const AUTHORITY = new Set(['Managed', 'Led', 'Directed', 'Supervised', 'Oversaw', 'Headed', 'Owned', 'Ran', 'Drove', 'Governed']);
/** Verbs for things, not people. */
const NOT_FOR_PEOPLE = new Set(['Maintained', 'Sustained', 'Administered', 'Operated', 'Upgraded', 'Built', 'Automated']);
/** The people a bullet's object names ("2,500 staff", "25 store managers", "the sales team"). */
const PEOPLE_OBJECT = /^(?:staff|people|desks?|helpdesks?|users|end-users|colleagues|employees|engineers|developers|analysts|agents|members|managers|students|nurses|doctors|clinicians|customers|clients|patients|residents|citizens|volunteers|technicians|teachers|officers|workers|contractors|starters|joiners|executives|leaders|teams?|squads?|departments?|groups?|crews?|faculty|researchers|scientists|auditors|lecturers|academics|physicians|surgeons|pharmacists|accountants|lawyers|solicitors|traders|brokers|testers|admins|administrators|operators|stakeholders|client|customer)$/;

/** Verbs that take a party (a team, a department, people) as their object. */
const PARTY_VERBS = new Set(['Coordinated', 'Engaged', 'Guided', 'Enabled', 'Supported', 'Aligned', 'Briefed', 'Consulted', 'Served', 'Mentored', 'Coached']);
/** Besides people (PEOPLE_OBJECT), what makes the object before "with" a party: "finance", "the CAB", "3 vendors". */
const ORGANISATION = /^(?:finance|hr|legal|procurement|facilities|security|operations|ops|marketing|sales|board|committee|cab|pmo|vendors?|suppliers?|partners?|clients?|customers?|users?|leads|stakeholders)$/;
/** Phrases that say one took part, no more. */
const INVOLVEMENT = /^(?:(?:was|were) )?(?:involved (?:in|with)|participated (?:in|to)|took part in|contributed to|(?:a )?(?:key |core |active )?member of|part of|was part of|helped(?: out)?(?: with| to)?|assisted(?: with| in| on)?|sat on|served on)$/;
/** Verbs that claim the whole of what a person had a part in: not offered after involvement, unless the phrase lists them. */
const WHOLE_CLAIMS = new Set(['Delivered', 'Chaired', 'Built', 'Drove']);
/** Verbs that claim to have taught or steered people: not for those a person assisted ("Assisted senior DBAs" is not "Guided" them). */
const TEACHING = new Set(['Guided', 'Mentored', 'Coached', 'Trained']);
/** Verbs that claim to have built or changed a thing: not what supporting it says ("Provided 2nd line support for Office 365" is not "Upgraded Office 365"). */
const CHANGE_CLAIMS = new Set(['Built', 'Rebuilt', 'Upgraded', 'Designed', 'Migrated', 'Deployed', 'Implemented']);
/** Things people are helped with that are their problems: helping them with these is support ("Helped 200 users with Windows 11 issues"). */
const PROBLEMS = /\b(?:issues|problems|tickets|questions|requests|queries|incidents|resets|faults|errors|outages|access)$/i;
/** Verbs of giving people kit or a start: supporting them is neither ("Provided 2nd line support for 500 users" is not "Equipped" or "Onboarded" them). */
const SUPPLY_CLAIMS = new Set(['Equipped', 'Onboarded']);
/** Phrases of support, by their key: "supported", "helped with", "provided support for", "provided 2nd line support for". */
const SUPPORTING = (key: string): boolean => SUPPORT_KEYS.has(key) || /^provided (?:\S+ )?support\b|^(?:helped|assisted)(?: out)?(?: with| in| on)?$/.test(key);
/** Verbs that claim the outcome: what taking part does not say. */
const OUTCOME_CLAIMS = new Set(['Passed', 'Won', 'Achieved', 'Secured']);

/** Whether the words before "with" in `object` name a party: "the service desk with escalations". */
function partyBeforeWith(object: readonly Word[]): boolean {
  for (let k = 0; k < Math.min(object.length, 6); k++) {
    if (object[k].lower === 'with') return object.slice(0, k).some((w) => PEOPLE_OBJECT.test(w.lower) || ORGANISATION.test(w.lower) || PERSON.test(w.lower));
  }
  return false;
}

/** One person by their role: "the project manager with UAT", "the DBA with upgrades". */
const PERSON = /^(?:manager|lead|engineer|developer|analyst|architect|dbas?|owner|director|sponsor|consultant|administrator|admin|pm|cto|cio|ciso|cfo|ceo|head|coordinator|specialist|tester|designer|colleague)$/;
/** Verbs that take a thing, not a party: "Co-delivered the project manager with UAT" is not English. */
const THING_VERBS = new Set(['Co-delivered', 'Shaped', 'Delivered', 'Built', 'Drove']);
/** Words after a phrase of help that no verb can take in its place: "Helped at the migration" is not "Enabled at" it. */
const HELP_PLACE = new Set(['at', 'on', 'in', 'during', 'for', 'through', 'throughout']);
/** A number or an amount after such a word: "Helped over 200 users" is help to people, not at a place. */
const QUANTITY_START = /^(?:\d|a$|an$|several$|many$|dozens?$|hundreds$)/;

/** The first words of `object` up to one that ends a noun phrase or a comma (at most 6). */
function objectPhrase(plain: string, object: readonly Word[]): Word[] {
  const words: Word[] = [];
  for (const word of object) {
    if (words.length >= 6 || PHRASE_END.test(word.lower)) break;
    if (words.length && /[,;:.()]/.test(plain.slice(words[words.length - 1].end, word.start))) break;
    words.push(word);
  }
  return words;
}

const PHRASE_END = /^(?:for|to|in|on|at|across|with|by|from|through|during|of|and|or|via|using|into|over|under|while|who|that|which)$/;

/**
 * Whether the object names people served: a people noun, in lower case, that heads it, the last
 * word before a preposition or the end ("2,500 staff", "the sales team of 40", "a team of 12
 * engineers"); not a modifier ("the group finance system") nor a product ("Microsoft Teams").
 */
function servesPeople(object: readonly Word[]): boolean {
  for (let k = 0; k < Math.min(object.length, 6); k++) {
    const word = object[k];
    const next = object[k + 1];
    if (PEOPLE_OBJECT.test(word.lower) && word.text === word.lower && (!next || PHRASE_END.test(next.lower))) return true;
    if (/^(?:for|to|in|on|at|across|with|by|from|through|during)$/.test(word.lower)) return false;
  }
  return false;
}

/**
 * "reviewing, approving and tracking": a gerund of a verb right after the phrase, then a comma
 * and more; or "not exceeding": no verb goes before either ("Led not exceeding the budget").
 */
function gerundList(plain: string, rest: readonly Word[], lexicon: Lexicon): boolean {
  if (rest[0]?.lower === 'not' && rest[1]?.lower.endsWith('ing')) return true;
  const first = rest[0];
  if (!first || !first.lower.endsWith('ing') || !gerundBase(first.lower, (past) => knownVerb(lexicon, past))) return false;
  return /^\s*,/.test(plain.slice(first.end, first.end + 3));
}

/** The bare verb right after a helper phrase ("Helped support 400 users"), and whether a list of verbs starts there ("plan, build and launch"). */
function bareVerbAfter(plain: string, rest: readonly Word[], end: number, lexicon: Lexicon): { word: Word; list: boolean } | undefined {
  const word = rest[0];
  if (!word || !/^ +$/.test(plain.slice(end, word.start)) || /(ed|ing|s)$/.test(word.lower)) return undefined;
  // A verb, strong or weak itself ("support": "Supported" is a weak opening too).
  const past = pastTense(word.lower);
  if (!knownVerb(lexicon, past) && !lexicon.weakPhrases.has(past)) return undefined;
  const next = rest[1];
  // "Helped staff in 3 sites": people, not "to staff"; the verb takes an object ("Helped staff the new desk").
  if (PEOPLE.test(word.lower) && !(next && determinerOrNumber(next, lexicon))) return undefined;
  const list = /^\s*[,;/]/.test(plain.slice(word.end)) || (next !== undefined && /^(and|or|&)$/.test(next.lower));
  return { word, list };
}

export const weakOpening: Rule = {
  meta: {
    id: 'weak-opening',
    description: 'Resume bullets open with an action verb, not a duty phrase such as "Responsible for".',
    severity: 'warning',
    kinds: ['resume'],
    fixable: true,
    example: { before: 'Responsible for managing the server upgrade', after: 'Managed the server upgrade' },
    options: {},
  },
  check(ctx) {
    const { doc, lexicon, today } = ctx;
    // "Result: live in 10 weeks with zero lost tickets" in a block with a "Challenge:" or "Action:" line (CAR, STAR):
    // it states what came of the action above it. Decided outside the memo, which may read only the bullet itself.
    let carSections: Set<unknown> | undefined;
    const inCarBlock = (bullet: Bullet): boolean => (carSections ??= new Set(doc.items.filter((item) => CAR_PART.test(item.text.plain)).map((item) => item.section))).has(bullet.item.section);
    const carResult = (bullet: Bullet): boolean => CAR_RESULT.test(bullet.plain) && bullet.opening?.kind === 'not-verb' && inCarBlock(bullet);
    // Suggested verbs spelled as the resume spells ("Practiced" in a US one). The memo keeps a bullet's
    // reports by rule id: the spelling, read from other lines, goes in it.
    const spelling = documentSpelling(doc.source);
    forEachBullet(spelling ? { ...ctx, ruleId: `${ctx.ruleId}:${spelling}` } : ctx, (bullet, report) => {
      const open = bullet.opening;
      if (!open || CAR_CONTEXT.test(bullet.plain)) return;
      const over = roleIsOver(bullet.ended, today);
      if (open.kind === 'verb') {
        // "Monitor 120 servers" in a role that ended in 2023: what was done, in the past tense.
        // Not a lower-case sub-bullet that goes on with its parent's sentence ("Rebuilt the guest Wi-Fi" > "reducing calls by 80%").
        if (over && open.form !== 'past' && !(bullet.detail && LOWER_START.test(bullet.plain))) {
          const tense = tenseReport(doc.source, bullet, open, lexicon);
          if (tense) report(tense);
        }
        return;
      }
      // A sub-bullet of an achievement may state its result ("two were promoted within a year"):
      // it need not open with a verb, but a duty phrase there is still one ("Handled the migration").
      if (open.kind === 'not-verb' && bullet.detail) return;
      report(open.kind === 'weak' ? weakReport(doc.source, bullet, open, lexicon, over, spelling) : notVerbReport(doc.source, bullet, open, lexicon, spelling));
    }, carResult);
  },
};

const LOWER_START = /^\p{Ll}/u;
/** "Got promoted", "Got certified": what a person got to be, which reads as the achievement itself ("Got shouted at" does not). */
const GOT_WHAT = /^(?:promoted|certified|accredited|hired|selected|elected|appointed|nominated|awarded|recognised|recognized|chosen|shortlisted|accepted|funded|approved|published)$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023" or "March 2023", from roleEnd's "2023" or "2023-03". */
function endedText(ended: string): string {
  return ended.length === 7 ? `${MONTH_NAMES[Number(ended.slice(5)) - 1]} ${ended.slice(0, 4)}` : ended;
}

/**
 * A verb in the present tense or the gerund in a role that is over ("Monitor 120 servers",
 * "Managing 5 engineers" under "2019 - 2023"). The quick fix puts it in the past, with the verbs
 * joined to it in the same form ("... and escalate outages", "Install, configure and support");
 * when a joined word may be a noun, the message asks for the past and offers no rewrite.
 */
function tenseReport(source: string, bullet: Bullet, open: Verb, lexicon: Lexicon): Report | undefined {
  const { plain } = bullet;
  const toks = bullet.words;
  const at = toks.findIndex((w) => w.start === open.start);
  const word = toks[at];
  if (!word || !open.base || word.end !== open.end) return undefined;
  const isVerb = (p: string): boolean => knownVerb(lexicon, p) || lexicon.weakPhrases.has(p);
  // "Installing" -> "Installed", "Modelling" -> "Modelled": the past spelled like the gerund.
  const pastOfWord = (base: string, written: string): string => (written.endsWith('ing') ? pastOfGerund(base, written) : pastTense(base));
  const past = pastOfWord(open.base, word.lower);
  // "Cut", "Set up", "Put": the past is the same word.
  if (past === word.lower) return undefined;
  const gap = (j: number): string => plain.slice(toks[j - 1].end, toks[j].start);
  const andOr = (j: number): boolean => toks[j - 1] !== undefined && /^(?:and|or)$/.test(toks[j - 1].lower) && gap(j) === ' ';
  /** A determiner, a number or a pronoun after it: the word before is a verb with its object ("and patch them", "and review 30"). */
  const withObject = (j: number): boolean => determinerOrNumber(toks[j + 1], lexicon) || OBJECT_PRONOUN.test(toks[j + 1]?.lower ?? '');
  const forms = open.form === 'gerund' ? ['gerund'] : ['present', 'third'];
  const verbAt = (j: number): { base: string } | undefined => {
    const w = toks[j];
    if (!w || !/^[a-z]+$/.test(w.text)) return undefined;
    const found = baseOf(w.lower, isVerb);
    return found && forms.includes(found.form) ? found : undefined;
  };
  /** Verbs of this form joined to the one at `at` by "and", "or" or commas, the last with its object. */
  const joinedWithObject = (at: number): boolean => {
    for (let j = at + 1; j < toks.length && j < at + 8; j++) {
      if (/^(?:and|or)$/.test(toks[j].lower) && gap(j) === ' ') continue;
      if (!verbAt(j) || !(/^, $/.test(gap(j)) || andOr(j))) return false;
      if (withObject(j)) return true;
    }
    return false;
  };
  // "Swimming lessons", "Heating bills": an -ing word before a noun may be a noun itself; only a determiner, a
  // number or a pronoun after it ("Managing 5 engineers", "Leading the rewrite") makes it a verb for certain.
  // Nor do joined -ing words with their object after the last: "Hiring and onboarding 4 engineers".
  if (open.form === 'gerund' && !withObject(at) && !joinedWithObject(at)) return undefined;
  // "Run rate of $2M": a verb that is also a noun opens an achievement only with its object.
  // "Mentor junior SREs": a word that starts an object ("junior", "new") makes it a verb, as the opening read it.
  if (open.form !== 'gerund' && ambiguousBase(open.base) && !withObject(at) && !andOr(at + 2) && !objectStart(toks[at + 1], lexicon, false)) return undefined;
  // "Run rate of $2M", "Test plan for": a noun and its complement; not "Drive adoption of", "Manage migration of".
  if (open.form !== 'gerund' && !withObject(at) && toks[at + 2]?.lower === 'of' && !nominalBase(toks[at + 1]?.lower ?? '', lexicon)) return undefined;
  const edits: { start: number; end: number; text: string }[] = [{ start: word.start, end: word.end, text: casedLike(past, word.text) }];
  /** A verb in the same form joined to the first, which the fix cannot tell from a noun ("and report savings"): no fix then. */
  let unsure = false;
  // "Design, build and run 40 pipelines": a list of verbs right after the first.
  let k = at + 1;
  const listGap = (j: number): boolean => /^, $/.test(gap(j)) || andOr(j);
  const nextIsJoin = (j: number): boolean => toks[j + 1] !== undefined && (/^(?:and|or)$/.test(toks[j + 1].lower) || /^, $/.test(gap(j + 1)));
  for (let listed = verbAt(k); listed && listGap(k) && (withObject(k) || nextIsJoin(k)); listed = verbAt(k)) {
    edits.push({ start: toks[k].start, end: toks[k].end, text: pastOfWord(listed.base, toks[k].lower) });
    k++;
    if (toks[k] && /^(?:and|or)$/.test(toks[k].lower)) k++;
  }
  // Later clauses: "... and escalate outages", "..., review 30 contracts", "...; improve first-call resolution".
  for (let j = k; j < toks.length; j++) {
    const joined = andOr(j) || /^[,;] $/.test(gap(j));
    if (!joined) continue;
    const found = verbAt(j);
    // "Analyse and solve the tickets": after "and", a plain word with a determiner or a number after it is a verb in the
    // present too, known to the lexicon or not ("Analysed and solve the tickets" mixed the tenses).
    if (!found && open.form === 'present' && andOr(j) && withObject(j) && /^[a-z]{3,}$/.test(toks[j].text) && !/(?:ing|ed|s)$/.test(toks[j].lower)) {
      edits.push({ start: toks[j].start, end: toks[j].end, text: pastTense(toks[j].lower) });
      continue;
    }
    if (!found) {
      // A word the lexicon does not know as a verb, but shaped like one of this form with an object after it
      // ("and firing 1", "and carries it", "and file them"): it stays as it is, so the fix would mix tenses.
      const w = toks[j];
      const shaped = open.form === 'gerund' ? /^[a-z]+ing$/.test(w.text) : open.form === 'third' ? /^[a-z]+s$/.test(w.text) : false;
      if ((shaped && (withObject(j) || /^[a-z]/.test(toks[j + 1]?.text ?? ''))) || (/^[a-z]+$/.test(w.text) && OBJECT_PRONOUN.test(toks[j + 1]?.lower ?? ''))) unsure = true;
      continue;
    }
    // "and escalate outages", "; improve first-call resolution": a verb with its object; after a comma only a
    // determiner, number or pronoun says so ("servers, switches and firewalls" is a list of nouns).
    const clause = andOr(j) || /^; $/.test(gap(j));
    // The object may be a name: "Install, configure and maintain Windows servers".
    const lowerNext = /^\p{L}/u.test(toks[j + 1]?.text ?? '');
    const sure = withObject(j) || (clause && lowerNext && !ambiguousBase(found.base));
    if (!sure) {
      // "and report savings": a verb or a noun; ", setting targets": an -ing word the rewrite would leave.
      if ((clause && lowerNext) || (open.form === 'gerund' && /ing$/.test(toks[j].lower))) unsure = true;
      continue;
    }
    const pastJ = pastOfWord(found.base, toks[j].lower);
    if (pastJ !== toks[j].lower) edits.push({ start: toks[j].start, end: toks[j].end, text: pastJ });
  }
  const last = edits[edits.length - 1];
  const rewritten = edits.reduceRight((text, e) => text.slice(0, e.start - edits[0].start) + e.text + text.slice(e.end - edits[0].start), plain.slice(edits[0].start, last.end));
  const when = endedText(bullet.ended ?? '');
  const what = open.form === 'gerund' ? 'an -ing form' : 'the present tense';
  const head = `Opens with "${word.text}", ${what}, in a role that ended in ${when}.`;
  const span = bullet.text.span(word.start, word.end);
  if (unsure) return { span, message: `${head} Say what you did in the past tense, e.g. "${casedLike(past, word.text)}${preview(plain, word.end, 4).replace(/^(?=\S)/, ' ')}", and the verbs after it too.` };
  const message = `${head} Say what you did in the past tense: "${rewritten}${preview(plain, last.end, 4).replace(/^(?=\S)/, ' ')}".`;
  if (!isClean(source, bullet, word.start, last.end)) return { span, message };
  // A quick fix, never applied by --fix or on save: whether a role is over is read from dates that may mean
  // something else, and a wrong past tense in a current role is worse than the present in an old one.
  const edit = { range: rangeOf(bullet, word.start, last.end), text: rewritten };
  return { span, message, suggestions: [{ title: `Rewrite as "${rewritten}"`, edit }] };
}

/** Pronouns that are a verb's object: "and patch them monthly", "and present it to 3 directors". */
const OBJECT_PRONOUN = /^(?:it|them|their|its|our|his|her|these|those|this|that)$/;

/** What `repeats` (in weakReport) asks of a replacement: its action as a gerund ("Onboarded" -> "onboarding"), its words lower-cased, its last word, its verb's base. */
interface ReplacementForms {
  action: string | undefined;
  past: string;
  /** The last word of a phrase ("Served on" -> "on"). */
  tail: string | undefined;
  /** The action without "-ing", for the verb's own nouns ("coordinat" -> "coordination"). */
  stem: string | undefined;
  base: string | undefined;
}

/**
 * By replacement: lexicon phrases, few, and asked on every weak bullet (working them out each time was a tenth of the
 * rule on a long resume). Cleared when a lexicon of the user's has made it large.
 */
const FORMS = new Map<string, ReplacementForms>();

function formsOf(replacement: string): ReplacementForms {
  let forms = FORMS.get(replacement);
  if (forms) return forms;
  const base = baseOfPast(inflectPhrase(replacement, 'past').toLowerCase());
  const action = base === undefined ? undefined : gerund(base);
  const past = replacement.toLowerCase();
  forms = {
    action,
    past,
    tail: past.includes(' ') ? past.slice(past.lastIndexOf(' ') + 1) : undefined,
    stem: action?.endsWith('ing') ? action.slice(0, -3) : undefined,
    base: baseOfPast(past.split(' ')[0]),
  };
  if (FORMS.size > 5000) FORMS.clear();
  FORMS.set(replacement, forms);
  return forms;
}

/**
 * A weak verb as a gerund right after a duty phrase ("Responsible for supporting",
 * "Duties included working with"): its phrase, where it ends and its replacements.
 */
function weakGerundAfter(plain: string, rest: readonly Word[], end: number, lexicon: Lexicon): { key: string; end: number; replacements: readonly string[] } | undefined {
  const word = rest[0];
  if (!word || !word.lower.endsWith('ing') || !/^ +$/.test(plain.slice(end, word.start))) return undefined;
  // "working with": the phrase is two words.
  const next = rest[1] && /^ +$/.test(plain.slice(word.end, rest[1].start)) ? rest[1] : undefined;
  const weak = (past: string): boolean => lexicon.weakPhrases.has(past) || (next !== undefined && lexicon.weakPhrases.has(`${past} ${next.lower}`));
  const base = gerundBase(word.lower, (past) => weak(past) || knownVerb(lexicon, past));
  if (!base) return undefined;
  const past = pastTense(base);
  if (next) {
    const replacements = lexicon.weakPhrases.get(`${past} ${next.lower}`);
    if (replacements) return { key: `${past} ${next.lower}`, end: next.end, replacements };
  }
  const replacements = lexicon.weakPhrases.get(past);
  return replacements ? { key: past, end: word.end, replacements } : undefined;
}

function weakReport(source: string, bullet: Bullet, written: Weak, lexicon: Lexicon, over: boolean, spelling?: Spelling): Report {
  const { plain } = bullet;
  const phrase = written.phrase;
  const cased = (word: string): string => casedLike(word, phrase);
  // "Working on the CRM migration" in a role that is over: the replacements in the past ("Delivered", not "Delivering").
  const past = over && written.form !== 'past';
  const open: Weak = past ? { ...written, form: 'past' } : written;
  const made = bullet.derived;
  const derived = past && made ? { ...made, verb: cased(`${pastTense(made.base)}${made.also ? ` ${made.also.conjunction} ${pastTense(made.also.base)}` : ''}`) } : made;
  const suggestions: Suggestion[] = [];
  if (derived && isClean(source, bullet, open.start, derived.end)) {
    suggestions.push({ title: `Replace "${plain.slice(open.start, derived.end)}" with "${derived.verb}"`, edit: { range: rangeOf(bullet, open.start, derived.end), text: derived.verb } });
  }
  // "Tasked with reducing costs by 10%" says what was asked, not done: "Reduced costs by 10%" is
  // offered, never applied by --fix or on save. Nor "Helped migrate the CI" -> "Migrated the CI": the
  // part a person had may be less than the whole, and only they know.
  const fix = derived && suggestions.length && !GOAL_KEYS.has(open.key) && !BARE_HELPERS.has(open.key) && !INVOLVEMENT.test(open.key) ? suggestions[0].edit : undefined;
  const restructured = derived ? undefined : restructure(source, bullet, open, lexicon);
  if (restructured) suggestions.push(restructured.suggestion);
  const rest = bullet.words.filter((w) => w.start >= open.end);
  // "Worked with Jira, Confluence and ServiceNow": tools are no one to partner or collaborate with.
  const toolsAt = !derived && !restructured && / with$/.test(open.key) && rest.length ? bullet.words.indexOf(rest[0]) : -1;
  const tools = toolsAt >= 0 && isClean(source, bullet, open.start, open.end) ? toolObject(plain, bullet.words, toolsAt, lexicon) : undefined;
  if (tools) return { span: bullet.text.span(open.start, open.end), message: `"${phrase}" describes a duty, not an achievement. Say what you did with ${tools.many ? 'them' : 'it'} and what changed, e.g. "Cut ... by 30% with ${tools.named}".`, suggestions: [] };
  // "Responsible for supporting 300 users": the action is a weak verb too. The replacement
  // goes in place of both and is ranked for it ("Served 300 users"), not put before it
  // ("Managed supporting 300 users").
  const weakGerund = derived || restructured ? undefined : weakGerundAfter(plain, rest, open.end, lexicon);
  // "Helped support 400 users": a verb goes in place of both ("Served 400 users"), not before
  // the bare one ("Enabled support 400 users"); "Helped plan, build and launch": no one verb does.
  const helped = derived || restructured || weakGerund || !BARE_HELPERS.has(open.key) ? undefined : bareVerbAfter(plain, rest, open.end, lexicon);
  // The bare verb is weak itself ("support"): ranked as that verb, for its object.
  const helpedPast = helped && !helped.list ? pastTense(helped.word.lower) : undefined;
  const helpedWeak = helpedPast && lexicon.weakPhrases.get(helpedPast);
  const weakAfter = weakGerund ?? (helped && helpedWeak ? { key: helpedPast!, end: helped.word.end, replacements: helpedWeak } : undefined);
  const object = weakAfter ? rest.filter((w) => w.start >= weakAfter.end) : rest;
  // "Handled onboarding for 20 analysts": not "Onboarded onboarding", which repeats the object's own action.
  const repeats = (replacement: string): boolean => {
    const { action, past, tail, stem, base } = formsOf(replacement);
    // "Served on on-call support": the replacement's last word starts the object.
    if (tail && object[0] && object[0].start === rest[0]?.start && object[0].lower.split('-')[0] === tail) return true;
    // "Managed IP address management", "Coordinated release coordination", "Planned the plan review": the verb's own
    // noun in the object phrase (not a later clause: "... approved by management" may still be "Managed").
    const ownNoun = (word: string): boolean => word === base || (stem !== undefined && stem.length >= 4 && word.startsWith(stem) && /^(?:e?ments?|e?ions?|ations?)$/.test(word.slice(stem.length)));
    // "Supported and trained 25 managers": not "Trained and trained".
    return object.some((w) => w.lower === action || w.lower === past) || nounPhrase.some((w) => ownNoun(w.lower));
  };
  const own = weakAfter ?? open;
  /** The object phrase: its words up to the first that ends it ("for", "with", ...) or a comma. */
  const nounPhrase = objectPhrase(plain, object);
  // People served are no things kept up ("Maintained 2,500 staff"); people supported were not managed
  // ("Managed 2,500 staff" would claim line management the bullet does not).
  const people = servesPeople(object);
  // "Helped 12 analysts learn SQL": people near the start are no thing delivered or shaped.
  // The head of the object phrase (its last word), not a modifier: "the project manager", not "the lead generation platform".
  const head = nounPhrase.at(-1);
  const peopleFirst = people || (head !== undefined && (PEOPLE_OBJECT.test(head.lower) || PERSON.test(head.lower)));
  // "Led data quality", "Led release notes": a document or a quality is owned or kept, not led.
  const notLed = head !== undefined && NOT_LED.test(head.lower);
  const misfit = (replacement: string): boolean => (peopleFirst && THING_VERBS.has(replacement)) || (people && (NOT_FOR_PEOPLE.has(replacement) || (SUPPORT_KEYS.has(own.key) && AUTHORITY.has(replacement)))) || (notLed && LEADING.has(replacement));
  // "Worked closely with finance on ...", "Helped the service desk with escalations": the object is a party, and a verb the
  // other words cue does not take one ("Negotiated finance", "Resolved the service desk").
  const party = (/ with$/.test(own.key) && !INVOLVEMENT.test(own.key) && !GOAL_KEYS.has(own.key) && !GOAL_KEYS.has(open.key)) || ((HELPERS.has(open.key) || SUPPORT_KEYS.has(own.key)) && partyBeforeWith(object));
  // "Dealt with suppliers": not "Negotiated suppliers" or "Resolved suppliers" (a party is negotiated with); "Dealt with
  // escalations" may be "Resolved".
  const partyObject = peopleFirst || (head !== undefined && ORGANISATION.test(head.lower));
  const takesParty = (replacement: string): boolean => !party || / with$/.test(replacement) || (own.replacements.includes(replacement) && !THING_VERBS.has(replacement) && !(partyObject && WITH_A_PARTY.has(replacement))) || PARTY_VERBS.has(replacement);
  // "Partnered with developers with Docker issues": one "with" too many.
  const withTwice = (replacement: string): boolean => / with$/.test(replacement) && object.some((w) => w.lower === 'with');
  // "Was involved in the ISO 27001 audit": being involved is not having "Passed" it; "Was part of the upgrade team" is not having "Led" it.
  // "Supported the VoIP rollout" is not "Led" it; "Took part in the Windows 11 rollout" is not "Delivered" it.
  const involved = INVOLVEMENT.test(own.key) || INVOLVEMENT.test(open.key);
  // "Was the main point of contact for the audit team": the contact, not its lead ("Led", "Chaired").
  const contact = / contact for$/.test(own.key);
  const overclaims = (replacement: string): boolean =>
    (SUPPORTING(own.key) && SUPPLY_CLAIMS.has(replacement)) ||
    (!own.replacements.includes(replacement) &&
    ((SUPPORTING(own.key) && CHANGE_CLAIMS.has(replacement)) ||
      ((involved || contact || SUPPORTING(own.key)) && AUTHORITY.has(replacement)) || ((involved || contact) && (OUTCOME_CLAIMS.has(replacement) || WHOLE_CLAIMS.has(replacement))) || ((HELPERS.has(open.key) || SUPPORTING(own.key) || / with$/.test(own.key) || contact || involved) && (people || party || involved) && TEACHING.has(replacement))));
  // With a derived verb no other verb is offered (below): nothing to rank.
  const ranked = derived ? [] : rankReplacements(own.replacements, object, 6, !OWN_REPLACEMENTS_FIRST.test(own.key) && (weakAfter === undefined || weakAfter !== weakGerund || DUTY.test(open.key)), lexicon)
    .filter((r) => !repeats(r) && !misfit(r) && takesParty(r) && !overclaims(r) && !withTwice(r))
    .slice(0, 4)
    .map((r) => spelledAs(r, spelling));
  // "Responsible for reviewing, approving and tracking ...": a list of actions that no one verb goes before ("Led reviewing").
  const actionList = !derived && !restructured && !weakGerund && !helped && gerundList(plain, rest, lexicon);
  // "Helping 2 squads move": only the rewrite with "to" is grammatical. With a derived verb
  // ("Responsible for managing"), the verb is the one rewrite: another verb before it is not
  // English ("Led managing the team"), and in its place drops the action ("Led licence costs").
  const bare = restructured !== undefined && HELPERS.has(open.key);
  const replacedEnd = helped?.word.end ?? weakGerund?.end;
  const replaced = replacedEnd !== undefined ? { end: replacedEnd, text: plain.slice(open.start, replacedEnd) } : { end: open.end, text: phrase };
  // "Helped at the migration of the e-shop": what was done at it is not said, and no verb goes in place of "Helped".
  const placed = HELPERS.has(open.key) && !derived && !restructured && rest.length > 1 && HELP_PLACE.has(rest[0].lower) && !QUANTITY_START.test(rest[1].lower) && plain.slice(open.end, rest[0].start).trim() === '';
  // "Supported faculty with Canvas and Zoom": no verb goes in place ("Enabled faculty with Canvas", "Maintained faculty");
  // what was done for them is the point.
  // Not what they were given ("Supported the helpdesk with 3 new runbooks" is "Enabled" it).
  const withAt = object.findIndex((w, k) => k < 6 && w.lower === 'with');
  const helpLike = HELPERS.has(open.key) || /^(?:helped|assisted|aided)\b/.test(own.key);
  const withWhat = withAt > 0 && object[withAt + 1] !== undefined ? plain.slice(object[withAt + 1].start, contentEnd(plain)).split(/\s+for\s+(?=\d|(?:the\s+)?(?:same|other)\b)/)[0].replace(/[.;:,\s]+$/, '') : '';
  const supportWith = !derived && !restructured && (SUPPORTING(own.key) || HELPERS.has(open.key)) && withWhat && partyBeforeWith(object) && (helpLike || PROBLEMS.test(withWhat) || !/\d|\bnew\b/.test(withWhat)) ? { who: plain.slice(object[0].start, object[withAt - 1].end), what: withWhat } : undefined;
  const verbs = bare || derived || helped?.list || actionList || placed || supportWith ? [] : ranked;

  // The two best verbs with the bullet's own object, when the message names them.
  const options = (): string => {
    const object = preview(plain, replaced.end);
    return ranked
      .slice(0, 2)
      .map((r) => `"${cased(inflectPhrase(r, open.form))}${object ? ` ${object}` : ''}"`)
      .join(' or ');
  };
  // "Helped set up computer labs": the verb with its particle ("Set up"), as the fix leaves it.
  const particle = derived ? /^ (up|out|down|off|over|back|through)\b/i.exec(plain.slice(derived.end, derived.end + 9))?.[1] : undefined;
  const advice = derived
    ? `Open with what you did: "${derived.verb}${particle ? ` ${particle}` : ''}".`
    : restructured
      ? `Lead with what you did: "${restructured.preview}".`
      : helped?.list || actionList || placed
        ? 'Open with the actions themselves, in the past tense, and say what came of them.'
        : supportWith
          ? helpLike && !PROBLEMS.test(supportWith.what) && toolAt(supportWith.what, words(supportWith.what), 0, lexicon) === undefined && !/^(?:it|them|this|that|everything|anything)$/i.test(supportWith.what)
            ? `Say which part of ${preview(supportWith.what, 0, 6)} was yours, and what came of it.`
            : // Requests and their speed only for problems ("Windows 11 issues"); board reporting or an audit is asked what came of it.
              `Say what you did for ${supportWith.who} with ${preview(supportWith.what, 0, 6)}, and what came of it${PROBLEMS.test(supportWith.what) ? ': how many requests, how fast' : ''}.`
        : ranked.length
          ? `Open with what you did, e.g. ${options()}.`
          : 'Open with what you did, in the past tense, and say what came of it.';
  const end = derived?.end ?? weakGerund?.end;
  const span = end !== undefined && isClean(source, bullet, open.start, end) ? bullet.text.span(open.start, end) : bullet.text.span(open.start, open.end);
  // A phrase of taking part: the rewrite should claim the part, not the whole.
  const message = `"${phrase}" describes a duty, not an achievement. ${advice}${involved && (verbs.length || derived) ? ' Say which part was yours.' : ''}`;
  if (!verbs.length || suggestions.length >= 4) return { span, message, fix, suggestions };
  return new LazyReport('weak-opening', span, message, fix, replacementSuggestions(source, bullet, open, replaced, verbs, suggestions));
}

/**
 * The suggestions of a weak-opening report: those made already (`first`), then the
 * phrase (`replaced`) replaced by each verb, inflected and cased like it, up to 4 in
 * all. Made when first read (LazyReport); a function of its own, so that what it
 * keeps until then is only what it is given.
 */
function replacementSuggestions(source: string, bullet: Bullet, open: Weak, replaced: { end: number; text: string }, verbs: readonly string[], first: Suggestion[]): () => Suggestion[] {
  return () => {
    const suggestions = [...first];
    if (!isClean(source, bullet, open.start, replaced.end)) return suggestions;
    // One range for all: the edits of one finding's suggestions share it.
    const range = rangeOf(bullet, open.start, replaced.end);
    for (const verb of verbs) {
      if (suggestions.length >= 4) break;
      const text = casedLike(inflectPhrase(verb, open.form), open.phrase);
      suggestions.push({ title: `Replace "${replaced.text}" with "${text}"`, edit: { range, text } });
    }
    return suggestions;
  };
}

/**
 * Rewrites that move the action to the front: "Used Ansible to patch 200 servers"
 * -> "Patched 200 servers using Ansible"; "Helped the team migrate 40 servers" ->
 * "Enabled the team to migrate 40 servers".
 */
/** Words after a practice's action that end its noun phrase: "Capacity planning for 40 sites". */
const PRACTICE_OBJECT_END = /^(?:for|of|across|at|in|on|with|within|to|over|under|through|via|using|during|from)$/;

/** What a practice acts on, said in general: "Change management" -> "Managed changes", "Capacity planning" -> "Planned capacity". */
const PRACTICE_OBJECT = new Map([
  ['release', 'releases'],
  ['change', 'changes'],
  ['escalation', 'escalations'],
  ['incident', 'incidents'],
  ['problem', 'problems'],
  ['risk', 'risks'],
  ['stakeholder', 'stakeholders'],
  ['vendor', 'vendors'],
  ['supplier', 'suppliers'],
  ['asset', 'assets'],
  ['capacity', 'capacity'],
  ['availability', 'availability'],
  ['configuration', 'configuration'],
  ['knowledge', 'knowledge'],
  ['project', 'the project'],
  ['programme', 'the programme'],
  ['program', 'the program'],
  ['product', 'the product'],
  ['portfolio', 'the portfolio'],
  ['service', 'the service'],
  ['delivery', 'delivery'],
]);

/** Work named by one word before the duties it is the object of, said in general: "Test planning and estimation" -> "Planned and estimated testing". */
const GENERAL_ACTIVITY = new Map([
  ['test', 'testing'],
  ['patch', 'patching'],
  ['release', 'releases'],
  ['change', 'changes'],
  ['backup', 'backups'],
  ['incident', 'incidents'],
]);

function restructure(source: string, bullet: Bullet, open: Weak, lexicon: Lexicon): { suggestion: Suggestion; preview: string } | undefined {
  const { plain } = bullet;
  const toks = bullet.words;
  const first = toks.findIndex((w) => w.start >= open.end);
  if (first < 0 || !isClean(source, bullet, open.start, plain.length)) return undefined;
  if (open.key === 'made' && open.form === 'past') {
    const rewrite = (text: string): { suggestion: Suggestion; preview: string } => ({ suggestion: { title: `Rewrite as "${text}"`, edit: { range: rangeOf(bullet, open.start, contentEnd(plain)), text } }, preview: text });
    // "Made improvements to the CI pipeline" -> "Improved the CI pipeline".
    const nominal = nominalBase(toks[first].lower, lexicon);
    const to = toks[first + 1];
    if (nominal && to && /^(to|in|on|of)$/.test(to.lower) && toks[first + 2] && /^ +$/.test(plain.slice(toks[first].end, to.start))) {
      return rewrite(`${casedLike(pastTense(nominal), open.phrase)}${plain.slice(to.end, contentEnd(plain))}`);
    }
    // "Made onboarding faster for new analysts" -> "Sped up onboarding for new analysts".
    for (let k = first + 1; k < Math.min(toks.length, first + 6); k++) {
      const verb = MADE_SO[toks[k].lower];
      if (!verb) continue;
      if (/[,;:(]/.test(plain.slice(toks[first].start, toks[k].start))) return undefined;
      const object = plain.slice(toks[first].start, toks[k - 1].end);
      return rewrite(`${casedLike(verb.replace('{}', object), open.phrase)}${plain.slice(toks[k].end, contentEnd(plain))}`);
    }
    return undefined;
  }
  // "Worked with Ansible to patch 400 servers" as "Used Ansible to ...": only when a tool follows ("Worked with the team to ...").
  const withTool = / with$/.test(open.key) && toolAt(plain, toks, first, lexicon) !== undefined;
  if ((TOOL_PHRASES.has(open.key) || withTool) && open.form === 'past') {
    for (let k = first + 1; k < Math.min(toks.length - 1, first + 6); k++) {
      if (toks[k].lower !== 'to') continue;
      const verb = toks[k + 1];
      if (!knownVerb(lexicon, pastTense(verb.lower))) return undefined;
      const tool = plain.slice(toks[first].start, toks[k - 1].end);
      // "to build and deploy code": both verbs in the past ("Built and deployed code").
      const and = toks[k + 2]?.lower === 'and' ? toks[k + 3] : undefined;
      const second = and && /^ +$/.test(plain.slice(verb.end, toks[k + 2].start)) && knownVerb(lexicon, pastTense(and.lower)) && !/(ed|ing|s)$/.test(and.lower) ? and : undefined;
      const verbs = second ? `${pastTense(verb.lower)} and ${pastTense(second.lower)}` : pastTense(verb.lower);
      const tail = plain.slice((second ?? verb).end, contentEnd(plain));
      const text = `${casedLike(verbs, open.phrase)}${tail} using ${tool}`;
      return { suggestion: { title: `Rewrite as "${text}"`, edit: { range: rangeOf(bullet, open.start, contentEnd(plain)), text } }, preview: text };
    }
  }
  if (HELPERS.has(open.key)) {
    // "Helped the team migrate": up to four words of object, then a bare verb.
    const end = Math.min(toks.length, first + 5);
    // "Helping the support team with reproducing customer issues" -> "Partnering with the support team to reproduce
    // customer issues": the work was shared ("Managing the support team with reproducing" would change who did what).
    for (let k = first + 1; k < end; k++) {
      const verb = toks[k];
      const ing = verb.lower === 'with' && toks[k + 1] ? gerundBase(toks[k + 1].lower, (p) => knownVerb(lexicon, p)) : undefined;
      if (ing && toks.slice(first, k).every((w) => !knownVerb(lexicon, w.lower)) && !/[,;]/.test(plain.slice(toks[first].start, verb.start))) {
        const object = plain.slice(toks[first].start, verb.start);
        const text = `${casedLike(inflectPhrase('Partnered', open.form), open.phrase)} with ${object}to ${ing}`;
        return { suggestion: { title: `Rewrite as "${text} ..."`, edit: { range: rangeOf(bullet, open.start, toks[k + 1].end), text } }, preview: `${text}${plain.slice(toks[k + 1].end)}` };
      }
    }
    const bareVerb = (w: Word): boolean => !/(ed|ing|s)$/.test(w.lower) && (knownVerb(lexicon, pastTense(w.lower)) || lexicon.weakPhrases.has(pastTense(w.lower)));
    // "200 hospital staff access the new EHR": after the people, a plain word before its own object is their verb,
    // known to the lexicon or not ("access" is no achievement verb); "staff at the", "users in 3 sites" are not.
    const afterPeople = (k: number): boolean => {
      const w = toks[k];
      const next = toks[k + 1];
      // "access", "process", "discuss" end in s too; "updates", "users" do not count.
      if (!PEOPLE.test(toks[k - 1].lower) || !/^[a-z]+$/.test(w.text) || /(ed|ing|[^su]s)$/.test(w.lower) || DUTY_STOP.test(w.lower) || next === undefined) return false;
      return (determinerOrNumber(next, lexicon) || OBJECT_PRONOUN.test(next.lower)) && plain.slice(toks[k - 1].end, w.start) === ' ' && plain.slice(w.end, next.start) === ' ';
    };
    for (let k = first + 1; k < end; k++) {
      const verb = toks[k];
      if (!bareVerb(verb) && !afterPeople(k)) continue;
      // "the finance team": a word after a determiner is the object ("Enabled the to finance team" was the rewrite);
      // "40 store staff adopt", "12 clinic staff use": the people are the object, the word after them the verb.
      if (DETERMINERS_BEFORE.test(toks[k - 1].lower) || (PEOPLE.test(verb.lower) && /^[a-z]/.test(toks[k + 1]?.text ?? '') && !determinerOrNumber(toks[k + 1], lexicon) && !OBJECT_PRONOUN.test(toks[k + 1].lower))) continue;
      // "Helping 40 store staff adopt the new POS tablets": "store" and "staff" are verbs too, but nouns here; the
      // verb is the one its object follows. A word before another such candidate with its object is part of the noun.
      const later = toks.slice(k + 1, end).find((w, j) => bareVerb(w) && determinerOrNumber(toks[k + 2 + j], lexicon) && /^ $/.test(plain.slice(toks[k + j].end, w.start)));
      if (later && !determinerOrNumber(toks[k + 1], lexicon) && /^[a-z]+$/.test(verb.text)) continue;
      if (!toks.slice(first, k).every((w) => !knownVerb(lexicon, w.lower))) return undefined;
      // "Helped plan, build and launch 2 apps": a list of verbs, not an object and a verb.
      if (/[,;]/.test(plain.slice(toks[first].start, verb.start))) return undefined;
      // "Helped design and implement a DR plan": two verbs joined, not "design" as the object ("Enabled design and to implement").
      if (toks.slice(first, k).some((w, j) => (w.lower === 'and' || w.lower === 'or') && j > 0 && bareVerb(toks[first + j - 1]))) return undefined;
      const object = plain.slice(toks[first].start, verb.start);
      const text = `${casedLike(inflectPhrase('Enabled', open.form), open.phrase)} ${object}to ${verb.text}`;
      const full = `${text}${plain.slice(verb.end)}`;
      return { suggestion: { title: `Rewrite as "${text} ..."`, edit: { range: rangeOf(bullet, open.start, verb.end), text } }, preview: full };
    }
  }
  return undefined;
}

function notVerbReport(source: string, bullet: Bullet, open: NotVerb, lexicon: Lexicon, spelling?: Spelling): Report {
  const { plain } = bullet;
  const toks = bullet.words;
  const at = toks.findIndex((w) => w.start === open.start);
  const span = bullet.text.span(open.start, open.end);
  const head = `Opens with "${open.word}", not an action verb.`;
  const verbs = cueVerbs(toks, undefined, lexicon).map((verb) => spelledAs(verb, spelling));
  // "Writing test cases", "Building dashboards": a gerund that also reads as a noun; its own past comes first.
  // "Monitor servers and backups": a bare verb that also reads as a noun; its past comes first too.
  const lower = open.word.toLowerCase();
  // A bare one only before a plural or a determiner ("Monitor servers", not "Staff turnover", "Lead generation").
  const bareObject = toks[at + 1] !== undefined && (/^[a-z]{3,}[^su]s$/.test(toks[at + 1].text) || determinerOrNumber(toks[at + 1], lexicon) || toks[at + 1].lower === 'of');
  const own = open.type === 'other' || open.type === 'nominal' ? (gerundBase(open.word, (past) => knownVerb(lexicon, past)) ?? (bareObject && !lower.endsWith('s') && knownVerb(lexicon, pastTense(lower)) ? lower : undefined)) : undefined;
  // Only before an object: "Reporting for 5 directors" and "Reporting and dashboards" name a function, not an action.
  const ownPast = own && toks[at + 1] && !NOT_OBJECT.test(toks[at + 1].lower) ? casedLike(lower.endsWith('ing') ? pastOfGerund(own, lower) : pastOf(own), open.word) : undefined;
  // "Zero data loss during the migration": the work the bullet names as one event ("the migration", "this upgrade")
  // is the verb to open with ("Migrated ..."); not "a passion for", "their escalations".
  const named = toks.slice(at + 1).find((w, j) => THE_EVENT.test(toks[at + j].lower) && nominalBase(w.lower, lexicon) !== undefined);
  const namedPast = named ? casedLike(pastOf(nominalBase(named.lower, lexicon)!), 'X') : undefined;
  const ideas = [...new Set([...(ownPast ? [ownPast] : []), ...(namedPast ? [namedPast] : []), ...(verbs.length ? verbs : ['Led', 'Delivered', 'Reduced', 'Automated'])])].slice(0, 2);
  const suggestions: Suggestion[] = [];
  const whole = contentEnd(plain);
  const cleanBullet = isClean(source, bullet, 0, whole);
  const suggest = (text: string, from = 0, to = whole, title = `Rewrite as "${text}"`): void => {
    if (isClean(source, bullet, from, to)) suggestions.push({ title, edit: { range: rangeOf(bullet, from, to), text } });
  };

  // "Was promoted to team lead", "Got promoted to team lead": the participle is the action.
  if (toks[at + 1] && (/^(was|were)$/i.test(open.word) ? isParticiple(toks[at + 1], lexicon) : /^(got|get)$/i.test(open.word) && GOT_WHAT.test(toks[at + 1].lower))) {
    const next = toks[at + 1];
    suggest(casedLike(next.text, open.word), open.start, next.end, `Remove "${open.word}"`);
    return { span, message: `${head} Start with the action itself: "${casedLike(next.text, 'X')}${preview(plain, next.end, 5).replace(/^(?=\S)/, ' ')}".`, suggestions };
  }

  // A noun phrase and a participle later: "40 servers migrated to Azure" -> "Migrated 40 servers to Azure".
  // Not after an action's own -ing form: "Troubleshooting network issues escalated from the NOC" is troubleshooting them,
  // not "Escalated troubleshooting network issues" (the participle qualifies the issues).
  // "Preparation of monthly reports for controlling": "X of" is rewritten below ("Prepared monthly reports ..."), not
  // fronted on a later -ing word ("Controlled with preparation of ..."). A determiner opens no role's name: "The
  // monitoring stack was redesigned" is fronted like any passive.
  const fronts = open.type === 'number' || open.type === 'tool' || open.type === 'other' || (open.type === 'nominal' && toks[at + 1]?.lower !== 'of') || (open.type === 'role' && DETERMINERS_BEFORE.test(lower));
  const moved = fronts && !(ownPast && lower.endsWith('ing')) ? frontAction(plain, toks, at, lexicon) : undefined;
  if (moved && cleanBullet) {
    suggest(moved);
    return { span, message: `${head} Lead with the action: "${moved}".`, suggestions };
  }

  if (open.type !== 'claim' && open.type !== 'number') {
    // "Test automation framework design and maintenance" -> "Designed and maintained the test automation framework".
    for (let k = at + 1; k + 2 < Math.min(toks.length, at + 7); k++) {
      if (!/^ +$/.test(plain.slice(toks[k - 1].end, toks[k].start))) break;
      const first = nominalBase(toks[k].lower, lexicon);
      const and = toks[k + 1];
      const then = toks[k + 2];
      const secondAction = and.lower === 'and' && nominalBase(then.lower, lexicon);
      if (!first || !secondAction) continue;
      const object = plain.slice(toks[at].start, toks[k - 1].end);
      // "Test planning and estimation": testing in general, not "the test"; "Budget planning": the budget.
      const general = k === at + 1 ? GENERAL_ACTIVITY.get(toks[at].lower) : undefined;
      const objectText = general ?? `the ${/^[A-Z][a-z]/.test(object) ? object.charAt(0).toLowerCase() + object.slice(1) : object}`;
      const text = `${casedLike(`${pastOf(first)} and ${pastOf(secondAction)}`, open.word)} ${objectText}${plain.slice(then.end, whole)}`;
      suggest(text);
      return { span, message: `${head} Name the actions, not the duties: "${text}".`, suggestions };
    }
  }

  if (open.type === 'nominal' || own) {
    // "Management of", "Writing of": the action in the past.
    const base = nominalBase(open.word.toLowerCase(), lexicon) ?? own;
    if (base && toks[at + 1]?.lower === 'of') {
      const past = casedLike(pastOf(base), open.word);
      const text = `${past} ${preview(plain, toks[at + 1].end, 6)}`;
      suggest(past, open.start, toks[at + 1].end, `Replace "${plain.slice(open.start, toks[at + 1].end)}" with "${past}"`);
      return { span, message: `${head} Name the action, not the duty: "${text}".`, suggestions };
    }
    // "Planning and scheduling of releases" -> "Planned and scheduled releases".
    const [and, then, of] = [toks[at + 1], toks[at + 2], toks[at + 3]];
    const thenBase = base && and?.lower === 'and' && of?.lower === 'of' && /^ +$/.test(plain.slice(open.end, and.start) + plain.slice(and.end, then.start)) ? (nominalBase(then.lower, lexicon) ?? gerundBase(then.lower, (past) => knownVerb(lexicon, past))) : undefined;
    if (base && thenBase) {
      const pasts = casedLike(`${pastOf(base)} and ${pastOf(thenBase)}`, open.word);
      suggest(pasts, open.start, of.end, `Replace "${plain.slice(open.start, of.end)}" with "${pasts}"`);
      return { span, message: `${head} Name the actions, not the duties: "${pasts} ${preview(plain, of.end, 6)}".`, suggestions };
    }
  }
  // "Firewall replacement at 3 depots", "Test data preparation for ...", "Exchange 2010 to 2016 migration":
  // the action is a noun after its object.
  // "Patch management process for 400 servers": a role noun that names a duty (management, monitoring) is the duty
  // there too; "Release management", "Change management" name a practice and keep the role advice.
  // Not after a verb of its own ("Writing documentation": "Wrote ...").
  const dutyRole = open.type === 'role' && gerundBase(open.word, (past) => knownVerb(lexicon, past)) === undefined && toks[at + 1] !== undefined && nominalBase(toks[at + 1].lower, lexicon) !== undefined && !PRACTICE.test(open.word.toLowerCase());
  const duty = open.type === 'nominal' || open.type === 'other' || open.type === 'tool' || dutyRole ? dutyNounAfter(plain, toks, at, lexicon) : undefined;
  // "Linux administration for the cluster" -> "Administered Linux for the cluster": the words before the duty noun are its
  // object, kept ("Administered for the cluster" drops it). Written out only where the object reads as one as it stands:
  // a name or plurals ("Exchange 2010 to 2016", "test cases"); "Monthly patching of", "Patch management process",
  // "Toil reduction initiatives" are told to name the object instead.
  if (duty) {
    const past = casedLike(pastOf(duty.base), 'X');
    const written = plain.slice(open.start, toks[duty.at - 1].end);
    const object = lowerFirst(written, lexicon);
    const objectWords = toks.slice(at, duty.at);
    // "ServiceNow reporting", "Selenium testing": a tool before these is what the work was done with, not on.
    const named = /^\p{Lu}/u.test(object);
    const plural = /[^s]s$/.test(objectWords[objectWords.length - 1].lower);
    // A thing named in the singular takes "the" ("Budget tracking" -> "Tracked the budget"); not a practice's name
    // ("Patch management" is no patch managed).
    const asItStands = duty.last === duty.at && toks[duty.at + 1]?.lower !== 'of' && (named ? !WITH_A_TOOL.has(duty.base) : plural || duty.base !== 'manage') && !objectWords.some((w) => /ly$/.test(w.lower) || OBJECT_MODIFIERS.has(w.lower));
    if (asItStands) {
      const rest = preview(plain, toks[duty.last].end, 5);
      return { span, message: `${head} Name the action, not the duty: "${past} ${named || plural ? '' : 'the '}${object}${rest ? ` ${rest}` : ''}".` };
    }
    const what = INTRANSITIVE.has(duty.base) ? '' : ` and name what you ${past.toLowerCase()}`;
    return { span, message: `${head} Name the action, not the duty: start with "${past}"${what}, instead of "${plain.slice(open.start, toks[duty.last].end)}".` };
  }
  const examples = ideas.map((v) => `"${v} ..."`).join(' or ');
  switch (open.type) {
    case 'number':
      return { span, message: `${head} Put what you did first and the number after it, e.g. ${examples}.` };
    case 'tool': {
      // "Python, SQL, dbt, Airflow": nothing but tools; they belong with the skills.
      const tools = onlyTools(plain, lexicon);
      if (tools) {
        const one = tools === 1;
        return { span, message: `${head} ${one ? 'A tool is' : 'A list of tools is'} no achievement: move it to the Skills section, or say what you did with ${one ? 'it' : 'them'} and what changed.` };
      }
      // "Jira, Confluence and ServiceNow for ...": the whole list, as tool-first names it.
      const last = toolList(plain, toks, at, lexicon)?.[0] ?? productEnd(plain, toks, techAt(toks, at, lexicon) ?? at);
      return { span, message: `${head} Lead with what you achieved, then the tool: "... with ${plain.slice(open.start, toks[last].end)}".` };
    }
    case 'claim':
      // "I am the go-to person for ...": not "Opens with "am"".
      if (/^(?:am|was)$/i.test(open.word) && at > 0) return { span, message: `"${plain.slice(toks[at - 1].start, open.end)} ..." says what you are, not what you did: say what you did and what changed, e.g. ${examples}.` };
      return { span, message: `${head} A claim about yourself is not evidence: say what you did and what changed, e.g. ${examples}.` };
    case 'role': {
      // "Capacity planning for 40 sites", "Change management for the data centre": the practice's own action, on its
      // object ("Planned capacity ...", "Managed changes ..."), not what other words cue ("Presented at", "Served").
      // Only for a practice whose object reads in general ("changes", "capacity"), and one action, not a list ("SIEM tuning and ...").
      const practice = PRACTICE_OBJECT.get(lower);
      const next = toks[at + 1];
      // And only when the action ends the noun phrase: "Risk management framework" is a framework, not risks managed.
      const afterAction = toks[at + 2];
      const ends = afterAction === undefined || PRACTICE_OBJECT_END.test(afterAction.lower) || !/^ +$/.test(plain.slice(next?.end ?? 0, afterAction.start));
      const action = practice && next && ends && /^ +$/.test(plain.slice(open.end, next.start)) && !/^(?:and|or)$/.test(toks[at + 2]?.lower ?? '') && !/^\s*[,/&]/.test(plain.slice(next.end)) ? (nominalBase(next.lower, lexicon) ?? gerundBase(next.lower, (past) => knownVerb(lexicon, past))) : undefined;
      if (action) {
        // "Project management of 3 rollouts": what is after "of" is the object ("Managed 3 rollouts").
        const of = toks[at + 2]?.lower === 'of' ? toks[at + 2] : undefined;
        const object = of ? preview(plain, of.end, 4) : `${practice}${preview(plain, next.end, 4).replace(/^(?=\S)/, ' ')}`;
        return { span, message: `${head} Say what you did in the role, e.g. "${casedLike(pastOf(action), 'X')} ${object}", and what came of it.` };
      }
      return { span, message: `${head} Say what you did in the role, e.g. ${examples}.` };
    }
    default:
      return { span, message: `${head} Start with what you did, e.g. ${examples}.` };
  }
}

/**
 * The tools that are the whole object at `at` ("with Jira, Confluence and ServiceNow", "with Terraform for 3 teams"),
 * or undefined when they only name what the object is ("with MySQL 8 upgrades"). A list the lexicon knows only the
 * start of ("Node.js, Express and MongoDB") is named to the end of the bullet.
 */
function toolObject(plain: string, toks: readonly Word[], at: number, lexicon: Lexicon): { named: string; many: boolean } | undefined {
  const list = toolList(plain, toks, at, lexicon);
  if (!list) return undefined;
  const [last, count] = list;
  const end = contentEnd(plain);
  const tail = plain.slice(toks[last].end, end);
  if (!tail.trim() || TOOL_OBJECT_END.test(tail)) return { named: plain.slice(toks[at].start, toks[last].end), many: count > 1 };
  if (/^\s*(?:,|&|and\b)/.test(tail) && !/[.;:]/.test(tail)) return { named: plain.slice(toks[at].start, end), many: true };
  return undefined;
}

/** What may follow tools that are the whole object: a preposition or "to" ("with Jira for 3 teams", "with Ansible to patch"). */
const TOOL_OBJECT_END = /^\s*(?:\(|[-\u2013\u2014]\s|(?:for|on|in|at|across|to|during|over|within|throughout|since|from|as)\b)/;

/** Heads of an object that is a document or a quality: led by no one ("Led release notes", "Led data quality"). */
const NOT_LED = /^(?:notes|matrix|matrices|documentation|docs|runbooks?|reports?|spreadsheets?|templates?|logs?|registers?|wikis?|policy|policies|procedures?|guides?|manuals?|quality|security|compliance|availability|uptime|hygiene|accuracy|integrity|governance)$/;
const LEADING = new Set(['Led', 'Drove', 'Directed', 'Headed', 'Spearheaded']);
/** Verbs that take a party only with "with": "Negotiated with suppliers", "Resolved ... with finance". */
const WITH_A_PARTY = new Set(['Negotiated', 'Resolved']);
/** Duties done with a tool rather than on it: "ServiceNow reporting" is not "Reported ServiceNow". */
const WITH_A_TOOL = new Set(['report', 'monitor', 'alert', 'track', 'test', 'analyse', 'analyze', 'automate', 'document', 'schedule', 'log', 'manage', 'audit', 'scan']);
/** Duties with no object of their own: "Regular liaison" is "Liaised with" someone. */
const INTRANSITIVE = new Set(['liaise', 'collaborate', 'cooperate', 'participate', 'contribute', 'interact', 'engage']);
/** Words before a duty noun that say how or how much, not what: "Manual testing of", "Various improvements to". */
const OBJECT_MODIFIERS = new Set(['manual', 'automated', 'various', 'numerous', 'several', 'multiple', 'regular', 'routine', 'ongoing', 'general', 'first-line', 'second-line', 'third-line', '1st-line', '2nd-line', '3rd-line', 'day-to-day', 'hands-on', 'end-to-end', 'overall', 'continuous', 'proactive', 'reactive']);

/** Openers of a role or a practice's name: "Release management", "Scrum master", "Service delivery". */
const PRACTICE = /^(?:scrum|team|tech|technical|project|product|programme|program|delivery|release|change|escalation|senior|junior|lead|head|service|incident|problem|risk|stakeholder|vendor|supplier|knowledge|capacity|availability|configuration|asset|portfolio|people|line)$/;

/** Determiners before a noun that names one piece of work: "during the migration", "after this upgrade". */
const THE_EVENT = /^(?:the|this|that|our)$/;

function pastOf(base: string): string {
  const [verb, ...particle] = base.split(' ');
  return [pastTense(verb), ...particle].join(' ');
}

function isParticiple(word: Word, lexicon: Lexicon): boolean {
  return knownVerb(lexicon, word.lower) || isIrregularPast(word.lower) || (/^[a-z]+ed$/.test(word.lower) && baseOfPast(word.lower) !== undefined);
}
