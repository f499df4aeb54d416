/** Who "this requester" is across requests, from the ways to reach them they gave. */

/** Dutch numbers written any way (+31 6…, 0031 6…, 06-…) become one form: 0612345678. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+31')) return `0${digits.slice(3)}`;
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`;
  return digits.replace(/\+/g, '00');
}

const compact = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The street name without house number, for "same street". */
export function streetName(street: string): string {
  return compact(street.replace(/\s\d.*$/, ''));
}

/**
 * Every key under which this requester is known: phone, e-mail, and name at address. One
 * open request per key holds "one service at a time" even when the second request gives
 * only one of the ways to reach them. The first key is the requester's main key.
 */
export function requesterKeys(who: { name: string; phone: string | null; email: string | null; street: string | null }): string[] {
  const keys: string[] = [];
  if (who.phone !== null) keys.push(`tel:${normalizePhone(who.phone)}`);
  if (who.email !== null) keys.push(`mail:${who.email.trim().toLowerCase()}`);
  if (who.street !== null) keys.push(`addr:${compact(who.street)}:${compact(who.name)}`);
  return keys;
}
