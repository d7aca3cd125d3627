// The roles of a resume (a heading under Experience, a role line holding its
// bullets, or the experience section itself) and where a new bullet goes: after
// the role's last bullet, at its indentation and with its list marker.
import { defaultSettings, type Settings } from './config';
import { buildLexicon } from './lexicon';
import type { DocumentModel, ListItem, Section } from './model';
import { parseDocument } from './model';
import { headingKind, resumeDocument, type Bullet } from './resume';
import { stripBom } from './text';
import type { Position } from './types';

export interface ResumeRole {
  /** The role as written: "Senior Systems Administrator, Northwind Logistics (2021 – present)". */
  title: string;
  /** 0-based line of the role's heading or role line. */
  line: number;
  bullets: number;
  /** Where the insertion goes (an offset in the text without BOM, and its position). */
  offset: number;
  position: Position;
  /** Text before the bullet's words: a line break, the indentation and the marker ("\n- "). */
  prefix: string;
  /** Text after the bullet ("" in a list; "\n" when a paragraph follows right after). */
  suffix: string;
}

/** The end of the last non-blank line in `[from, to)`: insertions go there so blank lines stay after them. */
function lastContentEnd(doc: DocumentModel, from: number, to: number): number {
  for (let line = Math.min(to, doc.lines.lineCount) - 1; line >= from; line--) {
    if (doc.lines.lineText(line).trim()) return doc.lines.lineEnd(line);
  }
  return doc.lines.lineEnd(from);
}

function markerOf(doc: DocumentModel, item: ListItem): { indent: string; marker: string } {
  const line = doc.lines.lineText(item.line);
  const indent = line.slice(0, item.markerSpan.start - doc.lines.lineStart(item.line));
  const raw = doc.source.slice(item.markerSpan.start, item.markerSpan.end);
  const marker = item.ordered ? `${(Number.parseInt(raw, 10) || 0) + siblingsAfter(item) + 1}${raw.slice(-1)}` : raw;
  return { indent: indent.replace(/[^\s>]/g, ' '), marker };
}

/** Items after `item` in its own list (for numbering an ordered list). */
function siblingsAfter(item: ListItem): number {
  const siblings = item.parent?.children;
  return siblings ? siblings.length - 1 - siblings.indexOf(item) : 0;
}

/** The role's name: its heading, the role line above its bullets, or the section's heading. */
function roleTitle(bullet: Bullet): { title: string; line: number } {
  const role = bullet.role as Partial<Section>;
  if (role.heading) return { title: role.heading.title, line: role.heading.line };
  // Under a role line ("- **Lead**, Acme (2019 - 2020)") the group's first bullet hangs from it.
  const parent = bullet.item.parent;
  if (parent) return { title: parent.text.plain.trim(), line: parent.line };
  const heading = bullet.item.section.heading;
  return heading ? { title: heading.title, line: heading.line } : { title: 'Experience', line: bullet.item.line };
}

/** The roles of a resume in document order, with where a new bullet goes in each. */
export function resumeRoles(text: string, settings: Settings = defaultSettings()): ResumeRole[] {
  const doc = parseDocument(stripBom(text).text);
  const resume = resumeDocument(doc, buildLexicon(settings.lexicon));
  const groups = new Map<object, Bullet[]>();
  for (const bullet of resume.bullets) {
    const list = groups.get(bullet.role) ?? [];
    list.push(bullet);
    groups.set(bullet.role, list);
  }
  const roles: ResumeRole[] = [];
  const seenSections = new Set<Section>();
  for (const [role, bullets] of groups) {
    seenSections.add(role as Section);
    const depth = bullets[0].item.depth;
    const last = [...bullets].reverse().find((b) => b.item.depth === depth)!.item;
    const offset = lastContentEnd(doc, last.line, last.endLine);
    const { indent, marker } = markerOf(doc, last);
    roles.push({ ...roleTitle(bullets[0]), bullets: bullets.length, offset, position: doc.lines.positionAt(offset), prefix: `\n${indent}${marker} `, suffix: '' });
  }
  // Role headings under Experience that have no bullets yet: the bullet starts a list after the heading's text.
  for (const heading of doc.headings) {
    if (seenSections.has(heading.section) || headingKind(heading.title) !== undefined) continue;
    // A heading whose list holds role lines ("- **Lead**, Acme (2019 - 2020)") is offered through them.
    if (doc.items.some((item) => item.section === heading.section)) continue;
    let under = heading.section.parent;
    while (under?.heading && headingKind(under.heading.title) === undefined) under = under.parent;
    if (!under?.heading || headingKind(under.heading.title) !== 'experience') continue;
    const child = doc.sections.find((s) => s.parent === heading.section);
    const end = child ? child.startLine : heading.section.endLine;
    const offset = lastContentEnd(doc, heading.line, end);
    const nextLine = doc.lines.positionAt(offset).line + 1;
    const followed = nextLine < doc.lines.lineCount && doc.lines.lineText(nextLine).trim() !== '';
    roles.push({ title: heading.title, line: heading.line, bullets: 0, offset, position: doc.lines.positionAt(offset), prefix: '\n\n- ', suffix: followed ? '\n' : '' });
  }
  return roles.sort((a, b) => a.line - b.line);
}

/** The edit that adds `bullet` to `role`: `[offset, offset)` replaced by the returned text. */
export function bulletInsertion(role: ResumeRole, bullet: string): { range: [number, number]; text: string } {
  return { range: [role.offset, role.offset], text: `${role.prefix}${bullet.replace(/\s*\n\s*/g, ' ').trim()}${role.suffix}` };
}
