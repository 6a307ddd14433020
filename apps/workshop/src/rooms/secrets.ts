/**
 * Unguessable names
 * =================
 *
 * Everything that grants access comes from `crypto.randomBytes`: a join code has 60 bits (12
 * characters of Crockford's base32, easy to read out and type: no I, L, O or U), a facilitator secret
 * and a participant token 256 bits. Only SHA-256 hashes of secrets and tokens are stored, and
 * comparisons run in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newJoinCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CROCKFORD[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Join codes as people type them: case and dashes ignored, O read as 0, I and L as 1. */
export function normalizeJoinCode(input: string): string {
  const c = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return c.length === 12 ? `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}` : c;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newRoomId(): string {
  return randomBytes(9).toString('hex');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
