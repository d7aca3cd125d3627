// weak-opening: a resume bullet should open with an action verb, not a duty phrase.
import { resumeBullets, words } from '../resume';
import type { Rule, Suggestion } from '../types';
import { capitalize, gerundBase, pastTense } from '../verbs';

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
  check({ doc, lexicon, report }) {
    for (const bullet of resumeBullets(doc, lexicon)) {
      const open = bullet.opening;
      if (!open || open.kind === 'verb') continue;
      if (open.kind === 'not-verb') {
        const first = words(bullet.plain, 1)[0];
        report({
          span: bullet.text.span(first.start, first.end),
          message: `Opens with "${open.word}", not an action verb. Start with what you did: Led, Delivered, Reduced, Automated.`,
        });
        continue;
      }
      const start = bullet.plain.length - bullet.plain.replace(/^[\s"'“‘(]+/, '').length;
      const phraseEnd = open.length;
      const rest = bullet.plain.slice(phraseEnd);
      const next = words(rest, 1)[0];
      const isVerb = (past: string): boolean => lexicon.actionVerbs.has(past);
      const cased = (word: string): string => (/^\p{Lu}/u.test(bullet.plain.charAt(start)) ? capitalize(word) : word);
      const phrase = bullet.plain.slice(start, phraseEnd);

      // "Responsible for managing X" -> "Managed X"; "Helped migrate X" -> "Migrated X".
      let derived: { verb: string; end: number } | undefined;
      if (next && /^\s*$/.test(rest.slice(0, next.start))) {
        const base = gerundBase(next.lower, isVerb) ?? (/^(helped|helped to|assisted|assisted to|tasked with)$/.test(open.phrase) && isVerb(pastTense(next.lower)) ? next.lower : undefined);
        const after = words(rest.slice(next.end), 1)[0];
        // "Responsible for training of 20" would become "Trained of 20": no derived verb then.
        const grammatical = !after || !/^(of|and|or|as|&)$/.test(after.lower);
        if (base && grammatical) derived = { verb: cased(pastTense(base)), end: phraseEnd + next.end };
      }
      // An edit must not cut through markup ("**Responsible for** managing").
      const clean = (from: number, to: number): boolean => {
        const span = bullet.text.span(from, to);
        return doc.source.slice(span.start, span.end) === bullet.plain.slice(from, to);
      };
      if (derived && !clean(start, derived.end)) derived = undefined;
      const suggestions: Suggestion[] = [];
      if (derived) {
        const span = bullet.text.span(start, derived.end);
        suggestions.push({ title: `Replace "${bullet.plain.slice(start, derived.end)}" with "${derived.verb}"`, edit: { range: [span.start, span.end], text: derived.verb } });
      }
      const phraseSpan = bullet.text.span(start, phraseEnd);
      for (const replacement of clean(start, phraseEnd) ? open.replacements : []) {
        if (suggestions.length >= 4) break;
        if (derived && replacement.toLowerCase() === derived.verb.toLowerCase()) continue;
        suggestions.push({ title: `Replace "${phrase}" with "${cased(replacement)}"`, edit: { range: [phraseSpan.start, phraseSpan.end], text: cased(replacement) } });
      }
      report({
        span: derived ? bullet.text.span(start, derived.end) : phraseSpan,
        message: `"${phrase}" describes a duty, not an achievement. Open with what you did${derived ? `: "${derived.verb}"` : `, e.g. "${cased(open.replacements[0] ?? 'Led')}"`}.`,
        fix: derived ? suggestions[0].edit : undefined,
        suggestions,
      });
    }
  },
};
