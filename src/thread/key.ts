import { randomBytes } from 'node:crypto';

// Lower-case base32 without look-alikes: keys survive case-folding mail systems and reading aloud.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newThreadKey(length = 12): string {
  const bytes = randomBytes(length);
  let key = '';
  for (const b of bytes) key += ALPHABET[b % ALPHABET.length];
  return key;
}

/** `program@example.org` + key → `program+KEY@example.org` (delimiter configurable). */
export function replyAddress(programAddress: string, key: string, delimiter: string): string {
  const [local, domain] = splitAddress(programAddress);
  return `${local}${delimiter}${key}@${domain}`;
}

/** The key carried by one of our reply addresses, or null for any other address. */
export function keyFromAddress(address: string, programAddress: string, delimiter: string): string | null {
  const [local, domain] = splitAddress(programAddress);
  const [aLocal, aDomain] = splitAddress(address.toLowerCase());
  if (aDomain !== domain) return null;
  const prefix = `${local}${delimiter}`;
  if (!aLocal.startsWith(prefix)) return null;
  const key = aLocal.slice(prefix.length);
  return /^[a-z0-9]{6,40}$/.test(key) ? key : null;
}

/** One of our addresses: the program address itself or any `local+anything@domain` variant of it. */
export function isProgramAddress(address: string, programAddress: string, delimiter: string): boolean {
  const [local, domain] = splitAddress(programAddress);
  const [aLocal, aDomain] = splitAddress(address.toLowerCase());
  return aDomain === domain && (aLocal === local || aLocal.startsWith(`${local}${delimiter}`));
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@');
  return [address.slice(0, at).toLowerCase(), address.slice(at + 1).toLowerCase()];
}
