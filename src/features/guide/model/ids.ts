import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout) from names, for things that have no id of their own in
 * our tables but need one in HSDS (an address, a cost option, a taxonomy term), so an
 * export gives the same ids every time and an import of it changes nothing.
 */
export function derivedId(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The shape of the ids the guide gives its entries (a UUID); anything else cannot be one of them. */
export const isEntryId = (id: string): boolean => /^[0-9a-f-]{36}$/.test(id);
