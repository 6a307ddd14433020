/**
 * Content fingerprint of the document
 * ===================================
 *
 * A 53-bit hash of a JSON-like value's content, used to tie a saved undo history to the document it
 * was recorded against: on restore, the history is only trusted when the restored document hashes
 * the same. Two choices make it fit the editor:
 *
 * - Memoized by object identity. The document is immutable (immer freezes it and shares every record
 *   an edit did not touch), so after an edit only the changed records and the arrays holding them are
 *   hashed again: a 10,000-node model costs a few thousand WeakMap hits per autosave, not a re-walk.
 *   Hash libraries (object-hash, ohash) serialize the whole value every time.
 * - Independent of key order and of keys whose value is undefined, like JSON: the restored model
 *   comes out of validation with its keys in schema order, the saved one in whatever order the edits
 *   wrote them. Array order counts.
 *
 * Not cryptographic: it detects a mismatch or damage, it does not resist forgery.
 */

const memo = new WeakMap<object, number>();
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const TWO32 = 0x100000000;
const pack = (a: number, b: number): number => (b & 0x1fffff) * TWO32 + (a >>> 0);
const lo = (h: number): number => h >>> 0;
const hi = (h: number): number => Math.floor(h / TWO32);

/** cyrb53 (public domain, bryc): two 32-bit multiply-xor lanes over the characters. */
function hashString(s: string, seed: number): number {
  let a = 0xdeadbeef ^ seed;
  let b = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return pack(a, b);
}

/** Ordered combination of two hashes (murmur3's finalizer on each lane). */
function combine(acc: number, x: number): number {
  return pack(
    fmix(Math.imul(lo(acc) ^ hi(x), 0x9e3779b1) + lo(x)),
    fmix(Math.imul(hi(acc) ^ lo(x), 0x85ebca77) + hi(x)),
  );
}

function fmix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

// Type seeds keep 1, "1", true and [1] apart.
const SEED = { string: 1, number: 2, true: 3, false: 4, null: 5, array: 6, object: 7, other: 8 } as const;

export function contentHash(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return hashString(value, SEED.string);
    case 'number':
      f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same in JSON
      return combine(SEED.number, pack(u32[0]!, u32[1]!));
    case 'boolean':
      return value ? SEED.true : SEED.false;
    case 'object':
      if (value === null) return SEED.null;
      return objectHash(value);
    default:
      // undefined, functions, symbols, bigint: not in the document's data (dropped like JSON does).
      return SEED.other;
  }
}

function objectHash(value: object): number {
  const known = memo.get(value);
  if (known !== undefined) return known;
  let h: number;
  if (Array.isArray(value)) {
    h = combine(SEED.array, value.length);
    for (const item of value) h = combine(h, contentHash(item));
  } else {
    // Sum of per-field hashes: the same whatever order the keys were written in.
    let a = 0;
    let b = 0;
    let fields = 0;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      const field = combine(hashString(key, SEED.object), contentHash(v));
      a = (a + lo(field)) >>> 0;
      b = (b + hi(field)) >>> 0;
      fields++;
    }
    h = combine(combine(SEED.object, fields), pack(a, b));
  }
  memo.set(value, h);
  return h;
}

/** The fingerprint of a document (`{ model, baseline }`), as a short string for storage. */
export function fingerprint(value: unknown): string {
  return contentHash(value).toString(36);
}
