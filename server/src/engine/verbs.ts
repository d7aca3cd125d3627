// Verb inflection for fixes: "managing" -> "Managed", "migrate" -> "Migrated".

const IRREGULAR: Record<string, string> = {
  lead: 'led', run: 'ran', build: 'built', set: 'set', write: 'wrote', drive: 'drove', make: 'made', take: 'took',
  oversee: 'oversaw', keep: 'kept', bring: 'brought', teach: 'taught', sell: 'sold', cut: 'cut', get: 'got',
  grow: 'grew', win: 'won', spin: 'spun', hold: 'held', rebuild: 'rebuilt', rewrite: 'rewrote', troubleshoot: 'troubleshot',
  forecast: 'forecast', put: 'put', begin: 'began', give: 'gave', find: 'found', stand: 'stood', send: 'sent',
  spend: 'spent', meet: 'met', undertake: 'undertook', overcome: 'overcame', shut: 'shut', split: 'split', draw: 'drew',
  choose: 'chose', seek: 'sought', buy: 'bought', understand: 'understood', speak: 'spoke', tell: 'told', lay: 'laid',
  pay: 'paid', do: 'did', go: 'went', be: 'was', have: 'had', see: 'saw', think: 'thought', feed: 'fed', hire: 'hired',
};

const DOUBLE_FINAL = /^(?:[^aeiou]*[aeiou])(?:[bdgmnpt])$/;

/** Past tense of a base-form verb. */
export function pastTense(base: string): string {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (DOUBLE_FINAL.test(lower) && lower.length <= 4) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/** Base form of an -ing word ("managing" -> "manage"), or undefined when it is not one. */
export function gerundBase(word: string, isVerb: (past: string) => boolean): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z-]{2,}ing$/.test(lower)) return undefined;
  const stem = lower.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (/([bdgmnpt])\1$/.test(stem)) candidates.unshift(stem.slice(0, -1));
  for (const candidate of candidates) if (isVerb(pastTense(candidate)) || IRREGULAR[candidate]) return candidate;
  return undefined;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
