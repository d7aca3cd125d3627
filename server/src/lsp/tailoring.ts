// The language server's side of "Compare with Job Description...": reads the
// resume (open or on disk) and the job description, asks the engine for the
// comparison and answers with a Markdown report the client only shows.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { Config } from '../engine/config';
import { compareJob } from '../engine/jobterms';
import { buildLexicon } from '../engine/lexicon';
import { coverageOf } from '../engine/rules/keyword-coverage';
import { tailoringReport } from '../engine/tailoring-report';
import { jobReference, readJob } from '../node/files';
import { checkParams } from './params';
import { placeOf } from './paths';
import { CompareJobRequest, type CompareJobParams, type CompareJobResult } from '../shared/protocol';

/** The workspace folder holding `file` (the longest match), for editor settings' relative paths. */
export function workspaceRootFor(file: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const relative = path.relative(folder, file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder;
  }
  return best;
}

export interface TailoringHost {
  text(uri: string): Promise<string | undefined>;
  editorConfig(uri: string): Promise<Config>;
  workspaceFolders(): readonly string[];
}

export function registerTailoring(connection: Connection, host: TailoringHost): void {
  connection.onRequest(CompareJobRequest, async (raw: unknown): Promise<CompareJobResult> => {
    const params = checkParams<CompareJobParams>(CompareJobRequest, raw, { uri: 'string' }, { jobUri: 'string' });
    const resume = await host.text(params.uri);
    if (resume === undefined) return { markdown: '', error: `Cannot read the resume ${params.uri}.` };
    const { documentPath: resumePath, settings: ds } = placeOf(params.uri, await host.editorConfig(params.uri));
    const given = params.jobUri?.startsWith('file:') ? fileURLToPath(params.jobUri) : params.jobUri;
    const ref = given
      ? { file: path.resolve(given), given: path.basename(given), source: 'option' as const }
      : jobReference(resumePath, resume, ds, { settingsRoot: workspaceRootFor(resumePath, host.workspaceFolders()) });
    if (!ref) return { markdown: '', error: 'No job description: pick one, or name it in the front matter (impact-lint: {kind: resume, job: jobs/acme.md}).' };
    const job = readJob(ref, ds.settings.maxFileSize);
    if (job.text === undefined) return { markdown: '', error: `Cannot read the job description ${ref.given}: ${job.error ?? 'no text'}.` };
    const lexicon = buildLexicon(ds.settings.lexicon);
    const options = ds.settings.rules['keyword-coverage']?.options ?? {};
    const comparison = compareJob(job.text, resume, { technologies: lexicon.technologies, stuffingRatio: Number(options.stuffingRatio ?? 3) });
    const markdown = tailoringReport(comparison, { resume: path.basename(resumePath), job: path.relative(path.dirname(resumePath), ref.file).split(path.sep).join('/') });
    return { markdown, coverage: comparison.terms.length ? coverageOf(comparison, { path: ref.given, text: job.text }) : undefined };
  });
}
