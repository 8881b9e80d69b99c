const UNITS: [number, string][] = [
  [7 * 86_400_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
];

/** "7 days", "2 weeks", "36 hours": a configured delay said the way a person would in a mail. */
export function durationText(ms: number): string {
  const whole = UNITS.find(([unit]) => ms >= unit && ms % unit === 0) ?? UNITS.find(([unit]) => ms >= unit) ?? UNITS[UNITS.length - 1]!;
  const [unit, word] = whole;
  // Weeks only when exact, or "10 days" would read as "1 week".
  const n = Math.round(ms / unit);
  if (word === 'week' && n === 1) return '7 days';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "27 November 2026" in the program's time zone. */
export function dateText(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

/** "November 2026": a program period on a letter. */
export function monthText(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone }).format(at);
}
