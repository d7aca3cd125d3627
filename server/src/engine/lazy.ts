// Values made on first use, not when a module loads: patterns and tables a cold start
// may never need (a resume uses no job description's patterns, nor an action's owner's).

/** A function that makes its value with `make` when first called, and returns that value ever after. */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
