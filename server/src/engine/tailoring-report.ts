// The "Compare with Job Description" report: a comparison as a Markdown page.
// Pure, so the language server builds it and the client only shows it.
import type { JobComparison, TermCoverage } from './jobterms';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const uses = (n: number): string => `${n} use${n === 1 ? '' : 's'}`;

function table(terms: TermCoverage[], withResume: boolean): string[] {
  if (!terms.length) return ['None.'];
  const head = withResume ? ['| term | weight | in the description | in the resume |', '| --- | ---: | ---: | ---: |'] : ['| term | weight | in the description |', '| --- | ---: | ---: |'];
  return [...head, ...terms.map((t) => `| ${cell(t.term)} | ${t.weight.toFixed(1)} | ${t.jdCount} |${withResume ? ` ${t.resumeCount} |` : ''}`)];
}

/** The comparison of `names.resume` with `names.job`, as Markdown. */
export function tailoringReport(comparison: JobComparison, names: { resume: string; job: string }): string {
  const lines = [`# Tailoring: ${names.resume} against ${names.job}`, ''];
  if (!comparison.terms.length) {
    lines.push('No key terms found in the job description: is it empty, or not in English?', '');
    return lines.join('\n');
  }
  lines.push(
    `**Coverage: ${comparison.percent}%** of the job description's ${comparison.terms.length} key terms, weighted by how often and where the description uses them (title and requirements count more; "About us", benefits and equal-opportunity text not at all).`,
    '',
    '## Missing, heaviest first',
    '',
    'Use the ones that are true of you, in the summary and in the bullets that prove them.',
    '',
    ...table(comparison.missing, false),
    '',
    '## Matched',
    '',
    ...table(comparison.matched, true),
    '',
    '## Repeated past the description (keyword stuffing)',
    '',
  );
  if (!comparison.stuffed.length) lines.push('None.');
  for (const s of comparison.stuffed) lines.push(`- **${cell(s.term)}**: ${uses(s.resumeCount)} in the resume, ${uses(s.jdCount)} in the description; more than ${s.limit} reads as stuffing.`);
  lines.push('', `To see coverage as you type, name the job in the resume's front matter: \`impact-lint: {kind: resume, job: ${names.job}}\`.`, '');
  return lines.join('\n');
}
