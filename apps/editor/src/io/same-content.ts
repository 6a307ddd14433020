/**
 * Equal content, the way the document means it
 * ============================================
 *
 * Deep equality for JSON-like values that answers at once for the same object (so comparing two
 * versions of a document that share every untouched record costs only the records that differ) and,
 * like JSON and like fingerprint.ts, ignores key order and keys whose value is undefined: a model
 * that came back through validation has its keys in schema order. dequal and fast-deep-equal stop
 * early on identity too but count an undefined-valued key as a difference.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // -0 and 0 are one number in JSON; NaN is not in the document's data.
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(x)) {
    if (x[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(y, key) || !sameContent(x[key], y[key])) return false;
  }
  for (const key of Object.keys(y)) if (y[key] !== undefined) count--;
  return count === 0;
}
