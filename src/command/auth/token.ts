// One-time tokens a coordinator copies back from the confirmation mail. Short
// enough to type from a phone, read aloud, or survive a mangling mail client.
import { randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L, and no lower case: nothing a reader can confuse. */
export const TOKEN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TOKEN_LENGTH = 6;

/**
 * 31^6 ≈ 8.9e8 values. Only the coordinator's own mailbox receives the token and
 * it expires, so this resists guessing without burdening the reader.
 */
export function newConfirmToken(): string {
  let token = '';
  // randomInt is uniform (no modulo bias) and uses the CSPRNG.
  for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return token;
}

/** Tolerates what mail clients and people do to a token: case, spaces, dashes. */
export function normaliseToken(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Constant-time comparison, so response timing does not leak a prefix. */
export function tokenMatches(expected: string, given: string): boolean {
  const a = Buffer.from(normaliseToken(expected));
  const b = Buffer.from(normaliseToken(given));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True once ttlMs has passed since createdAt (the boundary instant counts as expired). */
export function isExpired(createdAt: Date | number, now: Date | number, ttlMs: number): boolean {
  return Number(now) - Number(createdAt) >= ttlMs;
}
