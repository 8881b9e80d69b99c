// The caller needs the Authentication-Results values in their on-the-wire
// order (top first) — parsed-message header maps may merge or reorder them.

/** Unfolded values of one field in the message's top-level header, top first. */
export function headerValues(raw: Buffer, name: string): string[] {
  // latin1 maps every byte to one char, so 8-bit junk in a header never throws.
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const fieldName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'i');
  return block
    .split(/\r?\n(?![ \t])/)
    .filter((field) => fieldName.test(field))
    .map((field) => field.replace(fieldName, '').replace(/\r?\n[ \t]+/g, ' ').trim());
}
