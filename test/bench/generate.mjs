// Deterministic resume-like and project-log-like Markdown of a given size, for benchmarks.

const VERBS = ['Led', 'Responsible for', 'Migrated', 'Helped migrate', 'Reduced', 'Handled', 'Coordinated', 'Automated', 'Worked on', 'Delivered'];
const OBJECTS = ['the **Windows 11** rollout', '1,200 mailboxes to Exchange Online', 'patch compliance from 62% to 97%', 'server upgrades', 'a three-team office move', 'the [SOC 2](https://example.com) audit evidence', 'ticket backlog by 35%', 'the `backup` runbook'];
const TAILS = ['across 3 sites', 'in 6 weeks', 'with the security team', 'for the head office', 'ahead of plan', 'on a $250K budget', ''];

function pick(list, i) {
  return list[i % list.length];
}

export function resumeLike(bytes) {
  const parts = ['---\nimpact-lint: resume\n---\n\n# Sam Rivera\n\n## Summary\n\nSysadmin moving into project management.\n\n## Experience\n'];
  let size = parts[0].length;
  for (let role = 0; size < bytes; role++) {
    const header = `\n### Systems Administrator ${role}, Acme (2019 – 2024)\n\n`;
    parts.push(header);
    size += header.length;
    for (let b = 0; b < 8; b++) {
      const i = role * 8 + b;
      const line = `- ${pick(VERBS, i)} ${pick(OBJECTS, i * 7 + 3)} ${pick(TAILS, i * 5 + 1)}\n`;
      parts.push(line);
      size += line.length;
    }
  }
  parts.push('\n## Education\n\n- BSc Computer Science, 2015\n');
  return parts.join('');
}

export function logLike(bytes) {
  const parts = ['---\nimpact-lint: project-log\n---\n\n# Project log\n'];
  let size = parts[0].length;
  for (let day = 0; size < bytes; day++) {
    const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
    const entry = `\n## ${date} Entry ${day}\n\n- **What:** ${pick(VERBS, day)} ${pick(OBJECTS, day * 3)}\n- **With:** network team, service desk\n- **Timeline:** ${1 + (day % 6)} weeks\n- **Result:** ${pick(OBJECTS, day * 5 + 2)}\n\n| ID | Type | Description | Owner | Due | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-${day} | Risk | Switch delivery slips | Sam | ${date} | Open |\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}

/** A resume-like document of exactly `lines` lines (each ending in a newline). */
export function resumeLikeLines(lines) {
  let text = resumeLike(lines * 64);
  while (text.split('\n').length <= lines) text = resumeLike(text.length * 2);
  return `${text.split('\n').slice(0, lines).join('\n')}\n`;
}
