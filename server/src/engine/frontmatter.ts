// YAML (`---`) and TOML (`+++`) front matter at the top of a document.
import { parse as parseToml } from 'smol-toml';
import { parseDocument as parseYaml } from 'yaml';
import type { LineIndex } from './text';
import type { Span } from './types';

export interface FrontMatter {
  format: 'yaml' | 'toml';
  /** The parsed mapping; empty when it is not a mapping or did not parse. */
  data: Record<string, unknown>;
  /** Span of the whole block including fences. */
  span: Span;
  /** First line after the block: the document's line count when the closing fence is its last line. */
  endLine: number;
  /**
   * Offset of the first line after the block: the document's length when the closing fence
   * ends it without a line break. Not `lines.lineStart(endLine)`, which would give the fence's
   * own line there.
   */
  bodyStart: number;
  error?: { message: string; span: Span };
}

/**
 * The last block parsed and its result. While a person types, the language server parses
 * the same front matter twice per key (the document, and the job it names): the YAML
 * parse was 2% of a key's lint. Results are shared between lints: callers must not change them.
 */
let last: { key: string; result: FrontMatter } | undefined;

/** A front matter block closes within this many lines, or it is not one. */
export const FRONT_MATTER_LINES = 2000;

/** Front matter at the top of `source`: a block closed within its first FRONT_MATTER_LINES lines. */
export function parseFrontMatter(source: string, lines: LineIndex): FrontMatter | undefined {
  const first = lines.lineText(0).trimEnd();
  const format = first === '---' ? 'yaml' : first === '+++' ? 'toml' : undefined;
  if (!format) return undefined;
  let close = -1;
  const limit = Math.min(lines.lineCount, FRONT_MATTER_LINES);
  for (let line = 1; line < limit; line++) {
    const text = lines.lineText(line).trimEnd();
    if (text === first || (format === 'yaml' && text === '...')) {
      close = line;
      break;
    }
  }
  if (close === -1) return undefined;
  const innerStart = lines.lineStart(1);
  const innerEnd = lines.lineStart(close);
  const span = { start: 0, end: lines.lineEnd(close) };
  const after = close + 1 < lines.lineCount ? lines.lineStart(close + 1) : source.length;
  // The result depends on the text up to the closing fence and its line break alone (bodyStart on that break).
  const key = source.slice(0, after);
  if (last?.key === key) return last.result;
  // A lone CR ends a line (LineIndex) but not for the YAML and TOML parsers: made an LF, same length, same offsets.
  const inner = source.slice(innerStart, innerEnd).replace(/\r(?!\n)/g, '\n');
  const result: FrontMatter = { format, data: {}, span, endLine: close + 1, bodyStart: after };
  if (format === 'yaml') {
    const doc = parseYaml(inner, { prettyErrors: false, logLevel: 'error' });
    if (doc.errors.length) {
      const error = doc.errors[0];
      result.error = { message: firstLine(error.message), span: { start: innerStart + error.pos[0], end: innerStart + Math.max(error.pos[1], error.pos[0] + 1) } };
    } else {
      try {
        // Parses but cannot be built: an alias to no anchor ("job: *x"), or too many aliases.
        const data: unknown = doc.toJS();
        if (isRecord(data)) result.data = data;
      } catch (error) {
        result.error = { message: firstLine(String((error as Error).message)), span: { start: innerStart, end: Math.max(innerStart, innerEnd - 1) } };
      }
    }
  } else {
    try {
      result.data = parseToml(inner) as Record<string, unknown>;
    } catch (error) {
      const line = (error as { line?: number }).line;
      const at = typeof line === 'number' ? lines.lineStart(line) : innerStart;
      result.error = { message: firstLine(String((error as Error).message)), span: { start: at, end: lines.lineEnd(lines.positionAt(at).line) } };
    }
  }
  // Kept only once complete: a parse that threw must not leave half a result behind.
  last = { key, result };
  return result;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
