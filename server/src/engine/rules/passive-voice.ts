// passive-voice: "was completed by", "were migrated": a passive hides who acted.
// Not flagged: relative clauses about a thing ("a tool that is used by 40 teams"),
// honours that only someone else can give ("was promoted", "was awarded"),
// adjectives ("was based in"), and weak openings that weak-opening already reports.
import type { Lexicon } from '../lexicon';
import { knownVerb, type Word } from '../opening';
import { type Bullet, forEachBullet } from '../resume';
import { byOthers } from '../suggest';
import type { Report, Rule } from '../types';
import { capitalize, irregularBase, isIrregularParticiple, pastTense } from '../verbs';

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'am', 'be', 'get', 'got', 'gets', 'getting']);
/** Before the be-verb: the passive is about a thing in a subordinate clause, which reads fine. */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'what', 'when', 'it', 'they', 'this', 'these', 'those', 'he', 'she', 'so', 'once', 'until', 'after', 'before', 'while', 'if', 'because', 'since', 'as', 'and', 'or', 'but', 'now', 'still', 'all']);
/** Verbs whose object is a clause: "Ensured SLAs were met", "Made sure all 40 changes were approved" say who acted. */
const COMPLEMENT = new Set(['ensured', 'ensuring', 'ensure', 'ensures', 'sure', 'guaranteed', 'guaranteeing', 'confirmed', 'confirming', 'verified', 'verifying', 'checked', 'checking', 'saw', 'seeing']);
/** Adverbs without -ly that sit between the be-verb and the participle. */
const MID_ADVERBS = new Set(['now', 'also', 'already', 'then', 'since', 'all', 'both', 'still', 'often', 'soon', 'later', 'first', 'finally', 'just', 'never', 'always', 'once']);

/** Passives that are achievements only someone else can grant, or adjectives. */
const ACCEPTED = new Set([
  'promoted', 'selected', 'chosen', 'awarded', 'recognised', 'recognized', 'nominated', 'invited', 'elected', 'appointed', 'named', 'asked', 'accepted',
  'honoured', 'honored', 'commended', 'shortlisted', 'hired', 'certified', 'qualified', 'based', 'located', 'involved', 'tasked', 'charged', 'entrusted',
  'assigned', 'exposed', 'required', 'expected', 'interested', 'pleased', 'satisfied', 'experienced', 'skilled', 'dedicated', 'committed', 'focused',
  'engaged', 'seconded', 'retained', 'rehired', 'sponsored', 'funded', 'trusted', 'relied', 'known', 'born', 'educated', 'trained', 'licensed',
  'registered', 'vetted', 'accredited', 'published', 'featured', 'quoted', 'cited', 'ranked', 'rated', 'voted', 'given', 'offered', 'granted',
  'paid', 'employed', 'contracted', 'placed', 'transferred', 'relocated', 'deployed', 'stationed', 'posted', 'excited', 'delighted', 'impressed',
  'thrilled', 'surprised', 'concerned', 'worried', 'tired', 'bored', 'amazed', 'determined', 'motivated', 'inspired', 'passionate', 'proud',
  'able', 'aligned', 'needed', 'supposed', 'used',
]);
const ED_NOT_PARTICIPLES = new Set(['red', 'bed', 'need', 'speed', 'seed', 'feed', 'shed', 'hundred', 'embed', 'ahead', 'dead', 'bread', 'thread', 'spread', 'instead', 'indeed', 'steed', 'shred']);

export const passiveVoice: Rule = {
  meta: {
    id: 'passive-voice',
    description: 'Resume bullets say who acted: "Completed the migration", not "The migration was completed".',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    example: { before: 'The migration of 300 mailboxes was completed ahead of schedule', after: 'Completed the migration of 300 mailboxes 2 weeks ahead of schedule' },
    options: {},
  },
  check(ctx) {
    const { lexicon } = ctx;
    forEachBullet(ctx, (bullet, report) => {
      const toks = bullet.words;
      const open = bullet.opening;
      for (let i = 0; i < toks.length - 1; i++) {
        if (!BE.has(toks[i].lower)) continue;
        if (open?.kind === 'weak' && toks[i].start >= open.start && toks[i].start < open.end) continue;
        const at = participleAfter(bullet, toks, i, lexicon);
        if (at === undefined) continue;
        const found = toks[at];
        if (RELATIVE.has(toks[i - 1]?.lower ?? '') || RELATIVE.has(toks[i - 2]?.lower ?? '') || (toks[i].lower === 'been' && i > 0 && /^(has|have|had)$/.test(toks[i - 1].lower) && RELATIVE.has(toks[i - 2]?.lower ?? ''))) continue;
        // "and ensured SLAs were met": the bullet's own actor saw to it.
        if (toks.slice(Math.max(0, i - 6), i).some((w) => COMPLEMENT.has(w.lower))) continue;
        report(findingFor(bullet, toks[i], found));
        i = at;
      }
    });
  },
};

/** Index of the participle after the be-verb at `at`, if one follows. */
function participleAfter(bullet: Bullet, toks: Word[], at: number, lexicon: Lexicon): number | undefined {
  let index = at + 1;
  // One adverb may sit between: "was successfully completed", "are now triaged", "were also migrated".
  if ((/ly$/.test(toks[index].lower) || MID_ADVERBS.has(toks[index].lower)) && toks[index + 1]) index++;
  const word = toks[index];
  if (!/^ +$/.test(bullet.plain.slice(toks[index - 1].end, word.start))) return undefined;
  const lower = word.lower;
  if (ACCEPTED.has(lower) || ED_NOT_PARTICIPLES.has(lower)) return undefined;
  if (isIrregularParticiple(lower) && !/^(been|had|done|gone|got|come|become|left|lost|felt|known|meant|said|sat|set|put|let|cut|hit|cost|quit|read|fit|bet)$/.test(lower)) return index;
  if (/^[a-z][a-z-]*[a-z]ed$/.test(lower) && lower.length > 4) return index;
  return knownVerb(lexicon, lower) ? index : undefined;
}

function findingFor(bullet: Bullet, be: Word, participle: Word): Report {
  const span = bullet.text.span(be.start, participle.end);
  const phrase = bullet.plain.slice(be.start, participle.end);
  // "The app was tested by 50 commuters": others acted; "Tested ..." would claim their work.
  if (byOthers(participle.lower, bullet.plain.slice(participle.end))) return { span, message: `"${phrase}" is passive and puts what others did first: say what you did to bring it about, then what came of it.` };
  const base = irregularBase(participle.lower);
  const active = capitalize(base ? pastTense(base) : participle.lower);
  return { span, message: `"${phrase}" is passive and hides who acted: say what you did, e.g. "${active} ...".` };
}
