import { normalisePostcode, streetKey, type PlaceRow } from './postcode.rules.ts';

/**
 * Reading the postcode table and the buurt codes that administrators paste as CSV (CBS buurt
 * codes as published with the postcode data). Every problem is gathered with its line
 * number; one problem and nothing is stored. Pure: no I/O.
 */

export interface CsvProblem {
  /** 1 is the header line; 0: the file as a whole. */
  line: number;
  code: string;
  params?: Record<string, string | number>;
}

/** At most this many lines per table: a district has a few thousand postcodes. */
const MAX_LINES = 20_000;
const CODE = /^[A-Za-z0-9_-]{1,20}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Splits one CSV line by `,` or `;`, with "double quotes" around fields that hold the separator. */
export function splitCsvLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

interface Table {
  header: string[];
  lines: { line: number; fields: string[] }[];
}

/** The lines of a pasted table, without empty ones; the header names columns in any order and case. */
function readTable(text: string, wanted: readonly string[], problems: CsvProblem[]): Table | null {
  if (CONTROL.test(text)) {
    problems.push({ line: 0, code: 'portal.postcodes.csv.control' });
    return null;
  }
  const all = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = all[0] ?? '';
  const separator = first.includes(';') ? ';' : ',';
  const header = splitCsvLine(first, separator).map((h) => h.toLowerCase());
  const missing = wanted.filter((w) => !header.includes(w));
  if (missing.length > 0) {
    problems.push({ line: 1, code: 'portal.postcodes.csv.header', params: { columns: wanted.join(', ') } });
    return null;
  }
  if (all.length - 1 > MAX_LINES) {
    problems.push({ line: 0, code: 'portal.postcodes.csv.tooMany', params: { max: MAX_LINES } });
    return null;
  }
  const lines = all
    .slice(1)
    .map((raw, i) => ({ line: i + 2, fields: splitCsvLine(raw, separator) }))
    .filter((l) => l.fields.some((f) => f !== ''));
  return { header, lines };
}

function cell(table: Table, fields: string[], column: string): string {
  const i = table.header.indexOf(column);
  return i < 0 ? '' : (fields[i] ?? '');
}

/** A buurt of the district, as the codes table may name it (by name or by its address slug). */
export interface NamedBuurt {
  id: string;
  name: string;
  slug: string;
}

/** `buurtcode,buurt`: the CBS code of each buurt of the district. */
export function readBuurtCodes(text: string, buurten: readonly NamedBuurt[]): { codes: Map<string, string>; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const codes = new Map<string, string>();
  const table = readTable(text, ['buurtcode', 'buurt'], problems);
  if (table === null) return { codes, problems };
  const taken = new Set<string>();
  for (const { line, fields } of table.lines) {
    const code = cell(table, fields, 'buurtcode').toUpperCase();
    const name = cell(table, fields, 'buurt');
    const buurt = buurten.find((b) => streetKey(b.name) === streetKey(name) || b.slug === name.toLowerCase());
    if (!CODE.test(code)) problems.push({ line, code: 'portal.postcodes.csv.badCode', params: { value: code.slice(0, 30) } });
    else if (codes.has(code)) problems.push({ line, code: 'portal.postcodes.csv.doubleCode', params: { value: code } });
    if (buurt === undefined) problems.push({ line, code: 'portal.postcodes.csv.unknownBuurt', params: { value: name.slice(0, 60) } });
    else if (taken.has(buurt.id)) problems.push({ line, code: 'portal.postcodes.csv.doubleBuurt', params: { value: buurt.name } });
    if (buurt !== undefined && CODE.test(code)) {
      codes.set(code, buurt.id);
      taken.add(buurt.id);
    }
  }
  return { codes, problems };
}

function houseNumber(value: string): number | null | undefined {
  if (value === '') return null;
  return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** Both house numbers or neither, from not above to; null when that is not so. */
function houseNumbers(fromText: string, toText: string): { from: number | null; to: number | null } | null {
  const from = houseNumber(fromText);
  const to = houseNumber(toText);
  if (from === undefined || to === undefined || (from === null) !== (to === null)) return null;
  return from !== null && to !== null && from > to ? null : { from, to };
}

/** One line of the postcode table, or its problems. */
function readPlace(table: Table, line: number, fields: string[], codes: ReadonlyMap<string, string>, problems: CsvProblem[]) {
  const before = problems.length;
  const rawPostcode = cell(table, fields, 'postcode');
  const postcode = normalisePostcode(rawPostcode);
  if (postcode === null) problems.push({ line, code: 'portal.postcodes.csv.badPostcode', params: { value: rawPostcode.slice(0, 30) } });
  const numbers = houseNumbers(cell(table, fields, 'huisnummer_van'), cell(table, fields, 'huisnummer_tot'));
  if (numbers === null) problems.push({ line, code: 'portal.postcodes.csv.badNumbers' });
  const street = cell(table, fields, 'straat');
  if (street === '' || street.length > 120) problems.push({ line, code: 'portal.postcodes.csv.badStreet' });
  const code = cell(table, fields, 'buurtcode').toUpperCase();
  const buurtId = codes.get(code);
  if (buurtId === undefined) problems.push({ line, code: 'portal.postcodes.csv.unknownCode', params: { value: code.slice(0, 30) } });
  if (problems.length > before || postcode === null || buurtId === undefined || numbers === null) return null;
  return { postcode, numberFrom: numbers.from, numberTo: numbers.to, street, streetKey: streetKey(street), buurtId, buurtCode: code };
}

export type ImportedPlace = PlaceRow & { street: string; buurtCode: string };

/** `postcode,huisnummer_van,huisnummer_tot,straat,buurtcode` (the house numbers may be left out). */
export function readPostcodes(text: string, codes: ReadonlyMap<string, string>): { places: ImportedPlace[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const places: ImportedPlace[] = [];
  const table = readTable(text, ['postcode', 'straat', 'buurtcode'], problems);
  if (table === null) return { places, problems };
  for (const { line, fields } of table.lines) {
    const place = readPlace(table, line, fields, codes, problems);
    if (place !== null) places.push(place);
  }
  if (table.lines.length === 0) problems.push({ line: 0, code: 'portal.postcodes.csv.empty' });
  return { places, problems };
}
