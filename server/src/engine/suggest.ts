// Suggestions for resume rules: replacement verbs ranked by what the bullet is
// about (../lexicon/verb-cues.json), and rewrites that move the action to the front.
import type { Lexicon } from './lexicon';
import cueData from './lexicon/verb-cues.json';
import { knownVerb, objectStart, techAt } from './opening';
import { baseOfPast, gerundBase, irregularBase, isIrregularParticiple, isIrregularPast, pastTense } from './verbs';
import type { Word } from './words';

const BE = new Set(['was', 'were', 'is', 'are', 'am', 'been', 'being', 'got', 'get']);
/** Between a subject and its participle, with the be-verb: "has been cut", "are now triaged", "were also migrated". */
const AUXILIARY = new Set([...BE, 'be', 'has', 'have', 'had', 'will', 'would', 'now', 'also', 'already', 'then', 'all', 'both', 'since', 'finally', 'eventually', 'subsequently', 'later']);
/** "Got the 3 teams aligned", "Had the servers patched": the participle is the action, the opening verb goes. */
const CAUSATIVE = new Set(['got', 'get', 'had', 'have', 'made']);
/** Verbs that name a tool's use: "Used Ansible to patch" is patching, using Ansible. */
const TOOL_VERBS = new Set(['used', 'utilized', 'utilised', 'leveraged', 'employed']);
/** Words after a participle with no auxiliary that make it a passive ("40 servers migrated to Azure"), not an active verb before its object. */
const FOLLOWS_PASSIVE = new Set(['to', 'from', 'in', 'into', 'on', 'onto', 'at', 'for', 'across', 'over', 'within', 'by', 'via', 'with', 'under', 'after', 'before', 'during', 'without', 'through', 'per', 'and', 'as', 'ahead', 'successfully', 'overnight', 'twice', 'early', 'on-time', 'every', 'each', 'daily', 'weekly', 'monthly', 'nightly', 'quarterly', 'yearly', 'annually']);
/** "... by me": the agent of a passive that is the writer, which the active form drops. */
/**
 * Whether the text after a participle names someone else who acted: "reviewed by the CAB",
 * "adopted by 8 squads", "tested by 50 commuters", also after a second participle ("written
 * by me and approved by the CISO"). Not "by me", nor a measure ("cut by 40%", "grown by 200 users").
 */
export function byOthers(participle: string, tail: string): boolean {
  const rest = tail.replace(BY_ME, '');
  if (/(?:^(?:\s+(?:out|off|up|over|down|in|through|back))?|\band\s+\p{Ll}+ed)\s+by\s+(?:the|a|an|our|their|his|her|[A-Z])/u.test(rest)) return true;
  // A count after a change of amount is how much ("grown by 200 users"); after any other verb, who did it.
  if (CHANGE_OF_AMOUNT.test(participle)) return false;
  if (AMOUNT_OR_AGENT.test(participle)) return COUNTED_AGENTS.test(rest);
  return BY_COUNTED.test(rest) || /\band\s+\p{Ll}+ed\s+by\s+\d[\d,]*\s+(?:squads?|teams?|people|engineers?|developers?|users?|staff|customers?|departments?|agencies|vendors?|contractors?|partners?|sites?)\b/u.test(rest);
}

/** Participles of a change of amount: "by" and a number after them is how much ("cut by 40%", "grown by 200 users"). */
const CHANGE_OF_AMOUNT = /^(?:cut|reduced|lowered|decreased|dropped|fell|fallen|shrunk|shrank|halved|increased|raised|grown|grew|improved|boosted|expanded|extended|shortened|lengthened|sped|accelerated|slashed|trimmed|lifted|rose|risen|simplified|compressed)$/;
/** Participles that take either: "delayed by 2 sprints" (how much), "moved by 3 contractors" (who). */
const AMOUNT_OR_AGENT = /^(?:delayed|postponed|advanced|moved|pushed|brought|shifted|beaten|exceeded|outperformed)$/;
/** Counted people or firms: "by 3 contractors", "by 12 reps", "by 2 removal firms". */
const COUNTED_AGENTS = /^\s+by\s+(?:\S+\s+){1,3}?(?:contractors|engineers|developers|testers|suppliers|vendors|partners|reps|representatives|agents|consultants|managers|directors|teams?|people|staff|firms|companies|agencies|customers|clients|colleagues|members|volunteers|students|analysts|technicians|operators|users|auditors|regulators|leaders|executives|workers|drivers|movers|carriers|couriers|installers|builders|electricians|teachers|nurses|doctors)\b/;
/** "by 50 commuters": a count of something that is no unit of measure. */
const BY_COUNTED = /^(?:\s+(?:out|off|up|over|down|in|through|back))?\s+by\s+(?:over\s+|more than\s+|some\s+|about\s+|around\s+|nearly\s+|~)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|dozens|thousands|several|many|multiple)\s+(?:of\s+)?(?!(?:%|percent|per\s*cent|pts?|points?|x|times|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|quarters?|sprints?|steps?|stages?|phases?|releases?|versions?|levels?|places?|positions?|ranks?|notches|[kmgt]b|bytes?|[$€£]|k\b|m\b)\b)\p{L}/u;
const BY_ME = /\s+by\s+(?:me|us|myself|ourselves)\b(?!\s*(?:and|&)\s+(?!\p{Ll}+ed\b))/iu;
/** "by me and two contractors": others did it too; the active form would drop them or garble them ("by me and handed over" is two actions). */
const BY_ME_AND = /\s+by\s+(?:me|us|myself|ourselves)\s*(?:and|&)\s+(?!\p{Ll}+ed\b)/iu;


/** Group nouns that are the head only at the end of the object ("the security team"), not before another noun ("team onboarding"). */
const GROUP_NOUNS = new Set(['team', 'teams', 'squad', 'squads']);

/** How many words of the object phrase are looked at for its head: "60 escalations a week". */
const HEAD_REACH = 5;

/** Where the object of a phrase ends: "3 office relocations | for the sales team". */
const OBJECT_STOP = new Set(['for', 'of', 'in', 'on', 'at', 'to', 'with', 'across', 'from', 'by', 'and', 'or', 'during', 'over', 'through', 'into', 'per', 'as', 'that', 'which', 'using', 'via', 'under', 'within', 'after', 'before']);

interface CueGroup {
  cues: string[];
  /** Best first; the first is the one that claims least ("Presented at" a meeting, not "Chaired" it). */
  verbs: string[];
  /** Verbs that do not take these cues as their object: not "Shaped 20 change advisory boards", "Led 400 users". */
  misfits?: string[];
}
/** Cue word, and its plural forms, -> the groups it cues: one lookup per word of a bullet. */
const CUES = new Map<string, CueGroup[]>();
for (const group of (cueData as { groups: CueGroup[] }).groups) {
  for (const cue of group.cues) {
    const forms = [cue, `${cue}s`, /(ch|sh|ss|x)$/.test(cue) ? `${cue}es` : '', /[^aeiou]y$/.test(cue) ? `${cue.slice(0, -1)}ies` : ''];
    for (const form of forms) {
      if (!form) continue;
      const list = CUES.get(form) ?? [];
      if (!list.includes(group)) list.push(group);
      CUES.set(form, list);
    }
  }
}

/**
 * Verbs with points, in the order first named. Parallel arrays, not a Map: a dozen
 * verbs, for every weak bullet of a resume.
 */
class Tally {
  readonly verbs: string[] = [];
  private readonly points: number[] = [];

  add(verb: string, points: number): void {
    const at = this.verbs.indexOf(verb);
    if (at === -1) {
      this.verbs.push(verb);
      this.points.push(points);
    } else this.points[at] += points;
  }

  /** The verbs by points, highest first; ties keep the order first named (an insertion sort, stable like Array#sort). */
  ranked(): string[] {
    const { verbs, points } = this;
    for (let i = 1; i < verbs.length; i++) {
      const verb = verbs[i];
      const score = points[i];
      let j = i - 1;
      for (; j >= 0 && points[j] < score; j--) {
        verbs[j + 1] = verbs[j];
        points[j + 1] = points[j];
      }
      verbs[j + 1] = verb;
      points[j + 1] = score;
    }
    return verbs;
  }
}

/** The cue a product name gives: a system kept up ("Maintained", "Administered"), whatever its words say. */
const PRODUCT_CUE = 'platform';

/**
 * The words of `toks` that are part of a product name written with capitals ("Microsoft
 * Teams", "SQL Server", "Teams"), each mapped to the last word of its name: their own
 * words are no cue ("Supported Microsoft Teams" names no team to lead), the name cues a
 * system (PRODUCT_CUE). A one-word name after a number, or after a capitalised word
 * inside the sentence, names a group ("4 Engineering Teams"). Undefined when there are
 * none, or without a lexicon.
 */
function productWords(toks: readonly Word[], lexicon: Lexicon | undefined): Map<Word, Word> | undefined {
  if (!lexicon) return undefined;
  let found: Map<Word, Word> | undefined;
  for (let k = 0; k < toks.length; k++) {
    const word = toks[k];
    if (word.text === word.lower) continue;
    const last = techAt(toks, k, lexicon);
    if (last === undefined) continue;
    const before = k > 0 ? toks[k - 1] : undefined;
    if (last === k && before && (/^\d/.test(before.text) || (k > 1 && before.text !== before.lower))) continue;
    // Only names with a cue word in them ("Teams", "Server", "Apps") change what is cued; "Jira" cues nothing either way.
    let cued = false;
    for (let j = k; j <= last && !cued; j++) cued = CUES.has(toks[j].lower);
    if (cued) for (let j = k; j <= last; j++) (found ??= new Map()).set(toks[j], toks[last]);
    k = last;
  }
  return found;
}

/**
 * Verbs the words of a bullet suggest ("upgrades" -> Delivered, Coordinated), best first; `except` is left out.
 * With a lexicon, a product name ("Microsoft Teams") cues a system, not what its words name.
 */
export function cueVerbs(toks: readonly Word[], except?: Word, lexicon?: Lexicon): string[] {
  return cueVerbsOf(toks, except, productWords(toks, lexicon));
}

/** cueVerbs, with the product names of `toks` found already (rankReplacements has them). */
function cueVerbsOf(toks: readonly Word[], except: Word | undefined, products: Map<Word, Word> | undefined, head?: { at: number; groups: readonly CueGroup[] }): string[] {
  const tally = new Tally();
  const exceptName = except && products?.get(except);
  for (let k = 0; k < toks.length; k++) {
    const word = toks[k];
    if (word === except) continue;
    // A word before the head only says what kind it is: "the process improvement committee" is no process
    // to write, "sprint ceremonies" no sprint to plan. Unless it cues what the head does ("2 junior admins").
    if (head && k < head.at && !CUES.get(word.lower)?.every((group) => head.groups.includes(group))) continue;
    const name = products?.get(word);
    if (name) {
      // Once per name, at its last word; not for the name left out.
      if (name === word && name !== exceptName) for (const group of CUES.get(PRODUCT_CUE)!) group.verbs.forEach((verb, rank) => tally.add(verb, 4 - Math.min(rank, 3)));
      continue;
    }
    // "team onboarding": the group noun names no object here (as in rankReplacements).
    if (GROUP_NOUNS.has(word.lower) && toks[k + 1] && !OBJECT_STOP.has(toks[k + 1].lower)) continue;
    const groups = CUES.get(word.lower);
    if (groups) for (const group of groups) group.verbs.forEach((verb, rank) => tally.add(verb, 4 - Math.min(rank, 3)));
  }
  return tally.ranked();
}

/**
 * Replacement verbs ranked for this bullet: the phrase's own replacements, lifted
 * when the rest of the bullet is about what they fit ("Handled server upgrades":
 * Coordinated and Delivered before Resolved).
 */
export function rankReplacements(replacements: readonly string[], rest: readonly Word[], limit = 4, useObject = true, lexicon?: Lexicon): string[] {
  // What the phrase acts on counts most, by its head noun: "Supported 400 users" -> Served,
  // "Involved in 3 office relocations" -> relocations, not office.
  // The head is the last word of the object phrase (up to 5 words) that names something ("60 escalations a week" -> escalations).
  let headWord: Word | undefined;
  let headCue: string | undefined;
  let headAt = -1;
  const products = productWords(rest, lexicon);
  for (let k = 0; k < rest.length && k < HEAD_REACH; k++) {
    const word = rest[k];
    if (OBJECT_STOP.has(word.lower)) break;
    // "Microsoft Teams", "SQL Server": a product is a system, whatever its words say.
    if (products?.has(word)) {
      if (products.get(word) === word) [headWord, headCue, headAt] = [word, PRODUCT_CUE, k];
      continue;
    }
    // "team onboarding", "squad rituals": a group noun before another noun is no head.
    const next = rest[k + 1];
    if (CUES.has(word.lower) && !(GROUP_NOUNS.has(word.lower) && next && !OBJECT_STOP.has(next.lower))) [headWord, headCue, headAt] = [word, undefined, k];
  }
  const groups = headWord ? CUES.get(headCue ?? headWord.lower)! : undefined;
  const fits = (verb: string): boolean => !groups || groups.every((g) => !g.misfits?.includes(verb));
  const tally = new Tally();
  let own = 0;
  replacements.forEach((verb, rank) => {
    if (!fits(verb)) return;
    tally.add(verb, 10 - rank * 2);
    own++;
  });
  if (groups && useObject) for (const group of groups) group.verbs.forEach((verb, rank) => fits(verb) && tally.add(verb, 12 - rank));
  // None of the phrase's own verbs takes this object, and the object's verbs may overclaim
  // ("Participated in 20 CABs" is not "Chaired 20 CABs"): the one that claims least.
  else if (groups && !own) {
    for (const group of groups) {
      // The one that claims least among those that take the object: another group's may not ("Remediated the audit").
      const first = group.verbs.find(fits);
      if (first) tally.add(first, 12);
    }
  }
  cueVerbsOf(rest, headWord, products, groups && { at: headAt, groups }).forEach((verb, rank) => fits(verb) && tally.add(verb, Math.max(0, 3 - rank * 0.5)));
  return tally.ranked().slice(0, limit);
}

/**
 * "40 servers migrated to Azure" -> "Migrated 40 servers to Azure"; "Terraform and
 * Ansible for provisioning 200 VMs" -> "Provisioned 200 VMs with Terraform and Ansible";
 * "The new flow was designed and built by me" -> "Designed and built the new flow";
 * "Go-getter who closed 40 P1s" -> "Closed 40 P1s". Undefined when no clean rewrite
 * exists: an active verb with its own subject ("Search results went from 6s to 1s"), a
 * passive whose agent is someone else ("reviewed by the CAB").
 */
export function frontAction(plain: string, toks: Word[], at: number, lexicon: Lexicon): string | undefined {
  let end = plain.length;
  while (end > 0 && ' \t\n.;'.includes(plain[end - 1])) end--;
  const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  for (let k = at + 1; k < Math.min(toks.length, at + 8); k++) {
    const word = toks[k];
    if (/[,;:(]/.test(plain.slice(toks[k - 1].end, word.start))) return undefined;
    if (word.lower === 'who') {
      // "Go-getter who closed 40 P1s in a quarter": the clause is the bullet.
      const verb = toks[k + 1];
      return verb && isPastForm(verb.lower, lexicon) ? `${capital(verb.text)}${plain.slice(verb.end, end)}` : undefined;
    }
    const connector = /^(for|to|that|which|by)$/.test(word.lower) ? word : undefined;
    if (connector) {
      const verb = toks[k + 1];
      if (!verb || connector.lower === 'by') return undefined;
      // "for automating", "to automate", "that automated": the verb's form must fit its connector ("for head office" is no verb).
      const base =
        connector.lower === 'for' ? gerundBase(verb.lower, (p) => knownVerb(lexicon, p)) : connector.lower === 'to' ? (knownVerb(lexicon, pastTense(verb.lower)) ? verb.lower : undefined) : knownVerb(lexicon, verb.lower) ? baseOfPast(verb.lower) : undefined;
      if (!base) return undefined;
      // "Used Ansible to patch 40 servers" (with "used" taken off the weak phrases): the tool, not "with Used Ansible".
      const tool = TOOL_VERBS.has(toks[at].lower) && k - 1 > at;
      const subject = plain.slice(toks[tool ? at + 1 : at].start, toks[k - 1].end);
      const tail = plain.slice(verb.end, end);
      return `${capital(pastTense(base))}${tail} ${tool ? 'using' : 'with'} ${lowerFirst(subject, toks[tool ? at + 1 : at], lexicon)}`;
    }
    if (AUXILIARY.has(word.lower) || !isParticiple(word.lower, lexicon)) continue;
    // "The data warehouse was migrated to Redshift", "The backlog has been cut": the
    // auxiliaries (and an adverb among them) go with the passive; "Got the teams aligned": so does "Got".
    let last = k - 1;
    while (last > at && (AUXILIARY.has(toks[last].lower) || (toks[last].lower.endsWith('ly') && toks[last].lower.length > 4))) last--;
    const first = CAUSATIVE.has(toks[at].lower) && last > at ? at + 1 : at;
    if (AUXILIARY.has(toks[last].lower) || last < first) return undefined;
    // Without an auxiliary, a verb followed by its object is active ("The team delivered 3 releases"): no rewrite.
    const passive = last < k - 1 || CAUSATIVE.has(toks[at].lower);
    const next = toks[k + 1];
    // "Jenkins pipelines I built cut release time": "built" belongs to the relative clause; the main verb comes after it.
    if (!passive && /^(?:i|we)$/.test(toks[k - 1].lower)) continue;
    if (!passive && next && /^ +$/.test(plain.slice(word.end, next.start)) && (objectStart(next, lexicon) || /^\d/.test(next.text) || !FOLLOWS_PASSIVE.has(next.lower))) {
      // "Python automation cut report prep from 2 days to 1 hour": the tool did it; the result goes first, the tool after.
      if (!lexicon.technologies.has(toks[first].lower)) return undefined;
      // "Azure costs dropped 30% after I rightsized 200 VMs": not a tool and its verb; no rewrite.
      if (last - first > 4 || /\b(?:I|we|they|he|she)\b/.test(plain.slice(word.end, end))) return undefined;
      return `${capital(word.text)}${plain.slice(word.end, end)} with ${lowerFirst(plain.slice(toks[first].start, toks[last].end), toks[first], lexicon)}`;
    }
    // "designed and built by me": both participles go first.
    const second = next?.lower === 'and' && toks[k + 2] && isParticiple(toks[k + 2].lower, lexicon) ? toks[k + 2] : undefined;
    // "were rewritten" -> "Rewrote": a participle that is no past tense takes the past.
    const simplePast = (w: Word): string => {
      const base = isIrregularParticiple(w.lower) && !isIrregularPast(w.lower) ? irregularBase(w.lower) : undefined;
      return base ? pastTense(base) : w.text;
    };
    const verbs = second ? `${simplePast(word)} and ${simplePast(second)}` : simplePast(word);
    const tail = plain.slice((second ?? word).end, end);
    // "reviewed by the CAB": the action was someone else's.
    // "adopted by 8 squads": counted people are the agent too ("cut by 40%" is a measure).
    // Also after a second participle: "written by me and approved by the CISO" would become "Wrote ... and approved by the CISO".
    if (byOthers(word.lower, tail)) return undefined;
    const subject = plain.slice(toks[first].start, toks[last].end);
    if (BY_ME_AND.test(tail)) return undefined;
    return `${capital(verbs)} ${lowerFirst(subject, toks[first], lexicon)}${tail.replace(BY_ME, '')}`;
  }
  return undefined;
}

/** A past participle: a regular -ed verb the lexicon knows, or an irregular participle ("built", "cut"; not "went"). */
function isParticiple(lower: string, lexicon: Lexicon): boolean {
  if (isIrregularParticiple(lower)) return true;
  return knownVerb(lexicon, lower) && !(isIrregularPast(lower) && !isIrregularParticiple(lower));
}

/** A simple past: "closed", "ran". */
function isPastForm(lower: string, lexicon: Lexicon): boolean {
  return knownVerb(lexicon, lower) || isIrregularPast(lower);
}

/**
 * Lower-cases the first word of a moved subject when it was capitalised only for opening
 * the bullet: a function word ("Nearly 200" -> "nearly 200") or a common word ("Defects in
 * production" -> "defects in production"). Names, technologies and acronyms stay as written.
 */
function lowerFirst(text: string, first?: Word, lexicon?: Lexicon): string {
  if (/^(Nearly|Over|Around|About|Almost|Approximately|Some|All|Each|Every|The|A|An|More|Up|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Dozens|Hundreds|Thousands)\b/.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (first && lexicon && /^[A-Z][a-z]+$/.test(first.text) && knownVerb(lexicon, pastTense(first.lower)) === false && techAt([first], 0, lexicon) === undefined) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}
