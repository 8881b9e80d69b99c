import { describe, expect, it } from 'vitest';
import { isExpired, newConfirmToken, TOKEN_ALPHABET, tokenMatches } from '../../../src/command/auth/token.js';

describe('newConfirmToken', () => {
  it('makes 6 characters from the unambiguous alphabet', () => {
    const token = newConfirmToken();
    expect(token).toMatch(new RegExp(`^[${TOKEN_ALPHABET}]{6}$`));
    expect(TOKEN_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('rarely repeats (random, not a counter)', () => {
    const tokens = new Set(Array.from({ length: 2000 }, newConfirmToken));
    expect(tokens.size).toBeGreaterThan(1990);
  });
});

describe('tokenMatches', () => {
  it('accepts case, spaces and dashes a person or mail client adds', () => {
    expect(tokenMatches('K7QM3X', 'k7q-m3x ')).toBe(true);
    expect(tokenMatches('K7QM3X', 'K7QM3Y')).toBe(false);
    expect(tokenMatches('K7QM3X', 'K7QM3')).toBe(false);
  });
});

describe('isExpired', () => {
  const created = new Date('2025-03-04T10:00:00Z');
  const hour = 3_600_000;
  it('is fresh before the ttl and expired from the ttl on', () => {
    expect(isExpired(created, created.getTime() + hour - 1, hour)).toBe(false);
    expect(isExpired(created, new Date(created.getTime() + hour), hour)).toBe(true);
    expect(isExpired(created.getTime(), created.getTime(), hour)).toBe(false);
  });
});
