// Parameters of requests a client sends, checked before use: a missing or mistyped field
// is answered with InvalidParams naming it, not with an internal error from deep inside.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { isIsoDate } from '../engine/config';

type Field = 'string' | 'document' | 'position' | 'range' | 'actionContext' | 'date' | 'days' | 'shape';

const isPosition = (v: unknown): boolean => typeof v === 'object' && v !== null && isCount((v as { line?: unknown }).line) && isCount((v as { character?: unknown }).character);
const isRange = (v: unknown): boolean => typeof v === 'object' && v !== null && isPosition((v as { start?: unknown }).start) && isPosition((v as { end?: unknown }).end);

const CHECKS: Record<Field, { ok: (value: unknown) => boolean; what: string }> = {
  string: { ok: (v) => typeof v === 'string', what: 'a string' },
  document: { ok: (v) => typeof v === 'object' && v !== null && typeof (v as { uri?: unknown }).uri === 'string', what: 'a text document identifier { uri }' },
  position: { ok: isPosition, what: 'a position { line, character } of whole numbers from 0' },
  range: { ok: isRange, what: 'a range { start, end } of positions' },
  actionContext: {
    ok: (v) => {
      if (typeof v !== 'object' || v === null) return false;
      const { diagnostics, only } = v as { diagnostics?: unknown; only?: unknown };
      return Array.isArray(diagnostics) && diagnostics.every((d) => typeof d === 'object' && d !== null && isRange((d as { range?: unknown }).range)) && (only === undefined || only === null || (Array.isArray(only) && only.every((k) => typeof k === 'string')));
    },
    what: 'a code action context { diagnostics: [{ range, ... }], only?: [kinds] }',
  },
  date: { ok: (v) => typeof v === 'string' && isIsoDate(v), what: 'a date written YYYY-MM-DD' },
  days: { ok: (v) => isCount(v) && (v as number) >= 1 && (v as number) <= 3660, what: 'a whole number of days from 1 to 3660' },
  shape: { ok: (v) => v === 'bullet' || v === 'star', what: '"bullet" or "star"' },
};

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Throws an InvalidParams error (which the connection sends as the answer) unless
 * `params` is an object with every `required` field and every present `optional` one
 * of its kind. Returns `params`, typed.
 */
export function checkParams<T>(method: string, params: unknown, required: Record<string, Field>, optional: Record<string, Field> = {}): T {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: the parameters must be an object.`);
  const record = params as Record<string, unknown>;
  for (const [name, field] of Object.entries(required)) {
    if (record[name] === undefined || record[name] === null) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: "${name}" is missing; it must be ${CHECKS[field].what}.`);
  }
  for (const [name, field] of [...Object.entries(required), ...Object.entries(optional)]) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    if (!CHECKS[field].ok(value)) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: "${name}" must be ${CHECKS[field].what}, not ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}.`);
  }
  return params as T;
}
