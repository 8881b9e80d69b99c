/** Shared working hours (9–17 local) of two people, from their countries' UTC offsets. */
import { UTC_OFFSETS } from './country-offsets.js';

const WORKDAY_HOURS = 8;

export function utcOffsetOf(country: string | null): number | null {
  return country === null ? null : UTC_OFFSETS.get(country) ?? null;
}

/** Hours apart on the clock, the short way round: +12 and -11 are 1 hour apart, not 23. */
export function hoursApart(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}

/** 8 in the same zone, 0 when 8 or more hours apart; null when either offset is unknown. */
export function workdayOverlap(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(0, WORKDAY_HOURS - hoursApart(a, b));
}
