/**
 * Finding a buurt by what a resident types: a postcode (any spacing or case, perhaps with a
 * house number) or a street name (perhaps with a house number). Pure: no I/O, no clock.
 */

/** What the resident asked for. `postcode` is six characters without a space, e.g. `3581AB`. */
export type Wanted =
  | { kind: 'postcode'; postcode: string; number: number | null }
  | { kind: 'street'; street: string; number: number | null }
  /** Four digits only: the two letters are needed to tell the buurt. */
  | { kind: 'digitsOnly' }
  /** It starts like a postcode but is not a Dutch one. */
  | { kind: 'notPostcode' }
  | { kind: 'empty' };

const POSTCODE = /^([1-9]\d{3})([A-Z]{2})$/;
/** Letter pairs the Dutch post never uses (PostNL). */
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

/** `3581 ab`, ` 3581  AB ` and `3581AB` all become `3581AB`; anything else null. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const match = POSTCODE.exec(compact);
  if (match === null || UNUSED_LETTERS.has(match[2] ?? '')) return null;
  return compact;
}

/** `3581AB` as people write it: `3581 AB`. */
export function formatPostcode(postcode: string): string {
  return `${postcode.slice(0, 4)} ${postcode.slice(4)}`;
}

/** A street name compared without case, accents, dots, hyphens or double spaces: "Burg. Reigerstraat" ~ "burg reigerstraat". */
export function streetKey(street: string): string {
  return street
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A house number at the end ("12", "12a", "12-3"): its number, and what came before it. */
function splitNumber(text: string): { rest: string; number: number | null } {
  const match = /^(.*?)[\s,]+(\d{1,5})(?:\s*[-/]?\s*[a-z0-9]{0,4})?$/i.exec(text);
  if (match === null) return { rest: text, number: null };
  return { rest: match[1] ?? '', number: Number(match[2]) };
}

/** Reads what was typed in the one field "postcode or street". */
export function readWanted(input: string): Wanted {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  if (/^\d/.test(text)) {
    // "3581 AB 12": a postcode with a house number after it.
    const withNumber = /^(\d{4}\s?[a-z]{2})\s+(\d{1,5})(?:\s*[-/]?\s*[a-z0-9]{0,4})?$/i.exec(text);
    const postcode = normalisePostcode(withNumber?.[1] ?? text);
    if (postcode !== null) return { kind: 'postcode', postcode, number: withNumber ? Number(withNumber[2]) : null };
    if (/^[1-9]\d{3}$/.test(text)) return { kind: 'digitsOnly' };
    return { kind: 'notPostcode' };
  }
  const { rest, number } = splitNumber(text);
  const street = streetKey(rest);
  return street === '' ? { kind: 'empty' } : { kind: 'street', street, number };
}

/** One line of the postcode table: a postcode (or a part of it by house numbers) or a street, in a buurt. */
export interface PlaceRow {
  postcode: string;
  numberFrom: number | null;
  numberTo: number | null;
  streetKey: string;
  buurtId: string;
}

/** Whether a house number falls in the row's range (a row without a range covers every number). */
function covers(row: PlaceRow, number: number | null): boolean {
  if (number === null || row.numberFrom === null || row.numberTo === null) return true;
  return number >= row.numberFrom && number <= row.numberTo;
}

/**
 * The buurten the rows point to for this house number, each once, in the rows' order.
 * One buurt: that is the answer. Several: the resident chooses (or adds a house number).
 */
export function buurtenFor(rows: readonly PlaceRow[], number: number | null): string[] {
  const found: string[] = [];
  for (const row of rows) if (covers(row, number) && !found.includes(row.buurtId)) found.push(row.buurtId);
  return found;
}
