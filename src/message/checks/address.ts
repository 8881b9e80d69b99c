/** Small pure helpers on lower-cased addresses and Message-IDs. */

export function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(0, at) : address).trim().toLowerCase();
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).trim().toLowerCase().replace(/\.$/, '') : '';
}

/** `reply+key@x.org` → `reply@x.org` (also `-`, `=` style tags when given). */
export function withoutTag(address: string, delimiters = '+'): string {
  const local = localPart(address);
  const domain = domainOf(address);
  let cut = local.length;
  for (const d of delimiters) {
    const i = local.indexOf(d);
    if (i > 0 && i < cut) cut = i;
  }
  return domain ? `${local.slice(0, cut)}@${domain}` : local.slice(0, cut);
}

/** The part after `@` of `<abc@host.example>`, lower-cased; '' when there is none. */
export function messageIdDomain(messageId: string | null): string {
  if (!messageId) return '';
  const inner = messageId.replace(/^<|>$/g, '');
  return domainOf(inner);
}

/** Addresses found in a raw header value such as `Name <a@b.c>, d@e.f`. */
export function addressesIn(value: string): string[] {
  return (value.match(/[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g) ?? []).map((a) => a.toLowerCase());
}
