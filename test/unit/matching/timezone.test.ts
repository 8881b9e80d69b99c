import { describe, expect, it } from 'vitest';
import { hoursApart, utcOffsetOf, workdayOverlap } from '../../../src/matching/index.js';
import { COUNTRIES } from '../../../src/statement/fields/countries.js';

const overlap = (a: string, b: string) => workdayOverlap(utcOffsetOf(a), utcOffsetOf(b));

describe('working-hours overlap', () => {
  it('is the whole 8-hour day in the same zone', () => {
    expect(overlap('Kenya', 'Ethiopia')).toBe(8);
    expect(overlap('Germany', 'Germany')).toBe(8);
  });

  it('shrinks by the hours between two zones', () => {
    expect(overlap('United Kingdom', 'United States')).toBe(3);
    expect(overlap('India', 'Germany')).toBe(3.5);
    expect(overlap('Nepal', 'Germany')).toBe(3.25);
  });

  it('is nothing for Tokyo and Berlin (8 hours apart)', () => {
    expect(overlap('Japan', 'Germany')).toBe(0);
    expect(overlap('Australia', 'Brazil')).toBe(0);
  });

  it('goes the short way round the clock', () => {
    expect(hoursApart(12, -11)).toBe(1);
    expect(workdayOverlap(12, -11)).toBe(7);
    // Samoa (+13) and the United States (-5): 18 hours one way, 6 the other.
    expect(overlap('Samoa', 'United States')).toBe(2);
    expect(overlap('Fiji', 'Tonga')).toBe(7);
  });

  it('is unknown when a country is', () => {
    expect(workdayOverlap(null, 3)).toBeNull();
    expect(utcOffsetOf('Atlantis')).toBeNull();
    expect(utcOffsetOf(null)).toBeNull();
  });

  it('knows an offset for every country the statement reader can name', () => {
    const missing = COUNTRIES.filter((c) => utcOffsetOf(c.name) === null).map((c) => c.name);
    expect(missing).toEqual([]);
  });
});
