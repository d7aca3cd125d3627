// File names for New Document from Template: the title as a slug, then what the
// document is ("acme-migration-raid-log.md"), dated for documents that recur
// ("2026-03-02-acme-migration-status-report.md"). The names also match the
// linter's file-name hints, so the kind is clear even without front matter.
import type { Template } from './catalog';

/** What a built-in template's document is called, when it differs from its id. */
const STEMS: Record<string, string> = {
  'raid-registers': 'raid-log',
  'star-story': 'star-stories',
  'car-story': 'star-stories',
  'meeting-agenda': 'agenda',
  'meeting-minutes': 'minutes',
  'gantt-plan': 'plan',
  'log-entry': 'project-log',
};

/** Documents written again every week or meeting: their names start with the date. */
const DATED = new Set(['status-report', 'meeting-agenda', 'meeting-minutes']);

/** Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word. */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The stem a template's documents are named after ("raid-log", "minutes"). */
export function documentStem(template: Pick<Template, 'id' | 'source'>): string {
  return template.source === 'built-in' ? (STEMS[template.id] ?? template.id) : slugify(template.id) || 'document';
}

/**
 * The file name for a new document: `[date-]title-stem.md`, the stem left out when
 * the title already holds it, `-2`, `-3`... added while `exists` says the name is taken.
 */
export function documentFileName(template: Pick<Template, 'id' | 'source'>, title: string, date: string, exists: (name: string) => boolean = () => false): string {
  const stem = documentStem(template);
  const slug = slugify(title);
  let base = !slug ? stem : `-${slug}-`.includes(`-${stem}-`) ? slug : `${slug}-${stem}`;
  if (template.source === 'built-in' && DATED.has(template.id) && !base.startsWith(date)) base = `${date}-${base}`;
  let name = `${base}.md`;
  for (let n = 2; exists(name); n++) name = `${base}-${n}.md`;
  return name;
}
