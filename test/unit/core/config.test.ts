import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, zonedToDate } from '../../../src/config.js';

const base = { PROGRAM_ADDRESS: 'Mentoring@Example.org' };

describe('loadConfig', () => {
  it('fills defaults and lower-cases the program address', () => {
    const c = loadConfig(base);
    expect(c.PROGRAM_ADDRESS).toBe('mentoring@example.org');
    expect(c.programDomain).toBe('example.org');
    expect(c.MAX_MESSAGE_BYTES).toBe(25 * 1024 * 1024);
    expect(c.IMAP_SECURE).toBe(true);
    expect(c.deadline).toBeNull();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ ...base, IMAP_PORT: 'imap' })).toThrow(/IMAP_PORT/);
    expect(() => loadConfig({ ...base, IMAP_SECURE: 'maybe' })).toThrow(/IMAP_SECURE: must be true or false/);
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/PROGRAM_ADDRESS/);
    expect(() => loadConfig({ ...base, APPLICATION_DEADLINE: 'soon' })).toThrow(/APPLICATION_DEADLINE/);
    expect(() => loadConfig({ ...base, QUEUE_PREFIX: 'a:b' })).toThrow(/QUEUE_PREFIX/);
  });

  it('refuses a password and an access token together', () => {
    expect(() => loadConfig({ ...base, IMAP_PASSWORD: 'x', IMAP_ACCESS_TOKEN: 'y' })).toThrow(/not both/);
  });

  it('reads a date-only deadline as the end of that day in the program time zone', () => {
    const c = loadConfig({ ...base, APPLICATION_DEADLINE: '2014-11-15', PROGRAM_TIMEZONE: 'America/Chicago' });
    expect(c.deadline?.toISOString()).toBe('2014-11-16T05:59:59.999Z');
  });

  it('reads lists of addresses', () => {
    expect(loadConfig({ ...base, COORDINATORS: 'A@x.org, b@y.org' }).COORDINATORS).toEqual(['a@x.org', 'b@y.org']);
    expect(() => loadConfig({ ...base, COORDINATORS: 'not-an-address' })).toThrow(/COORDINATORS/);
  });
});

describe('zonedToDate', () => {
  it('keeps explicit offsets', () => {
    expect(zonedToDate('2025-01-01T00:00:00+02:00', 'UTC').toISOString()).toBe('2024-12-31T22:00:00.000Z');
  });
});
