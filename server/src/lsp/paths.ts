// Where a document lives for settings and relative paths: its file, or, for an
// untitled document, untitled.md in the server's working folder.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../engine/config';
import { settingsFor, type DocumentSettings } from '../node/files';

export interface DocumentPlace {
  /** The document's file; undefined for an untitled document. */
  filePath?: string;
  /** The file, or untitled.md in the working folder: what config walk-up, kind globs and relative job paths start from. */
  documentPath: string;
  settings: DocumentSettings;
}

/**
 * The local path of a file: URI, or undefined for other schemes and for file: URIs that
 * name no local path ("file://server/share/x.md" from a Windows client, an encoded "/"):
 * those documents are linted like untitled ones, with no config file or job nearby.
 */
export function filePathOf(uri: string | undefined): string | undefined {
  if (!uri?.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The place and the settings of the document at `uri`, with the editor's settings (`base`) under the config file's. */
export function placeOf(uri: string | undefined, base: Config): DocumentPlace {
  const filePath = filePathOf(uri);
  const documentPath = filePath ?? path.join(process.cwd(), 'untitled.md');
  return { filePath, documentPath, settings: settingsFor(documentPath, { base }) };
}
