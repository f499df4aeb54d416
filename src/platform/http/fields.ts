import { z } from 'zod';

/**
 * Every kind of form field the portal asks for, once. Each trims what people type, treats
 * an empty answer of an optional field as "not given" (null), refuses control characters
 * (a NUL byte breaks PostgreSQL and means nothing to a person) and remembers its maximum
 * length so the view can say it with `maxlength` (see `maxLengthOf`).
 *
 * Messages are catalog keys; a field may name its own for "required" where the generic
 * "Vul dit in." says too little.
 */

const limits = new WeakMap<z.ZodType, number>();

function withLimit<T extends z.ZodType>(schema: T, max: number): T {
  limits.set(schema, max);
  return schema;
}

/** The `maxlength` a view should give an input: the limit of the field in the form's schema. */
export function maxLengthOf(form: z.ZodObject, name: string): number | undefined {
  const field: z.ZodType | undefined = (form.shape as Record<string, z.ZodType | undefined>)[name];
  return field === undefined ? undefined : limits.get(field);
}

// Control characters other than tab and line breaks (which a text area may hold).
// eslint-disable-next-line no-control-regex
const controlInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const controlInLine = /[\u0000-\u001F\u007F]/;

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** An empty answer means "not given": null, never ''. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (isEmpty(v) ? undefined : v), schema.optional()).transform((v) => v ?? null);
}

interface TextOptions {
  /** Catalog key when it is left empty. */
  required?: string;
  /** Catalog key when it is too long; the generic one says the limit. */
  tooLong?: string;
  /** A text area: line breaks and tabs are allowed. */
  multiline?: boolean;
}

function textSchema(max: number, options: TextOptions) {
  const control = options.multiline === true ? controlInText : controlInLine;
  return z
    .string(options.required === undefined ? undefined : { message: options.required })
    .refine((v) => !control.test(v), 'validation.controlCharacters')
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, options.required ?? 'validation.required')
        .max(max, options.tooLong),
    );
}

/** Text that must be given. */
export function text(max: number, options: TextOptions = {}) {
  return withLimit(textSchema(max, options), max);
}

/** Text that may be left empty (null). */
export function optionalText(max: number, options: Omit<TextOptions, 'required'> = {}) {
  return withLimit(optional(textSchema(max, options)), max);
}

const EMAIL_MAX = 254;
const emailSchema = z
  .string({ message: 'validation.email' })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX, 'validation.email')
  .pipe(z.email('validation.email'));

export function email(required?: string) {
  return withLimit(required === undefined ? emailSchema : z.string({ message: required }).min(1, required).pipe(emailSchema), EMAIL_MAX);
}

export function optionalEmail() {
  return withLimit(optional(emailSchema), EMAIL_MAX);
}

const PHONE_MAX = 30;
/** A Dutch or international number as people write it: 030 123 4567, 06-12345678, +31 6 1234 5678. */
function phoneSchema(invalid = 'validation.phone') {
  return z
    .string({ message: invalid })
    .trim()
    .max(PHONE_MAX, invalid)
    .refine((v) => /^\+?[\d\s().-]+$/.test(v), invalid)
    .refine((v) => {
      const digits = v.replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15;
    }, invalid);
}

interface PhoneOptions {
  /** Catalog key when it is left empty. */
  required?: string;
  /** Catalog key when it is not a phone number (the generic one gives examples). */
  invalid?: string;
}

export function phone(options: PhoneOptions = {}) {
  const schema = phoneSchema(options.invalid);
  const { required } = options;
  return withLimit(required === undefined ? schema : z.string({ message: required }).min(1, required).pipe(schema), PHONE_MAX);
}

export function optionalPhone(options: Omit<PhoneOptions, 'required'> = {}) {
  return withLimit(optional(phoneSchema(options.invalid)), PHONE_MAX);
}

const PASSWORD_MAX = 1000;
/** A password exactly as typed: never trimmed (every character counts), long enough for a pass phrase. */
export function password(required = 'validation.required') {
  return withLimit(
    z
      .string({ message: required })
      .min(1, required)
      .max(PASSWORD_MAX)
      .refine((v) => !controlInLine.test(v), 'validation.controlCharacters'),
    PASSWORD_MAX,
  );
}

const POSTCODE_MAX = 7;
/** A Dutch postcode in any spacing or case, as the official "1234 AB". */
const postcodeSchema = z
  .string({ message: 'validation.postcode' })
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .refine((v) => /^[1-9]\d{3}[A-Z]{2}$/.test(v) && !/^\d{4}(SA|SD|SS)$/.test(v), 'validation.postcode')
  .transform((v) => `${v.slice(0, 4)} ${v.slice(4)}`);

export function postcode() {
  return withLimit(postcodeSchema, POSTCODE_MAX);
}

export function optionalPostcode() {
  return withLimit(optional(postcodeSchema), POSTCODE_MAX);
}

const checked = new Set(['on', 'ja', 'yes', 'true', '1']);
const unchecked = new Set(['', 'off', 'nee', 'no', 'false', '0']);

/** A single checkbox: absent or empty is "no"; what a browser sends for a ticked box is "yes". */
export const checkbox = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === false) return false;
    if (v === true) return true;
    if (typeof v === 'string' && checked.has(v.toLowerCase())) return true;
    if (typeof v === 'string' && unchecked.has(v.toLowerCase())) return false;
    return v;
  },
  z.boolean({ message: 'validation.invalid' }),
);

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

const dateSchema = z
  .string({ message: 'validation.date' })
  .trim()
  .refine(isCalendarDate, 'validation.date')
  .refine((v) => v >= '1900-01-01' && v <= '2200-12-31', 'validation.date');

/** A calendar date as a date input sends it: YYYY-MM-DD. */
export function date(required?: string) {
  return withLimit(required === undefined ? dateSchema : z.string({ message: required }).min(1, required).pipe(dateSchema), 10);
}

export function optionalDate() {
  return withLimit(optional(dateSchema), 10);
}

const timeSchema = z
  .string({ message: 'validation.time' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

/** A time of day as a time input sends it: HH:MM. */
export function time(required?: string) {
  return withLimit(required === undefined ? timeSchema : z.string({ message: required }).min(1, required).pipe(timeSchema), 5);
}

export function optionalTime() {
  return withLimit(optional(timeSchema), 5);
}

const MONEY_MAX_CENTS = 100_000_000;
/** An amount in euros as people type it ("12,50", "€ 3", "1.250,00") → whole cents. */
const moneySchema = z
  .string({ message: 'validation.money' })
  .trim()
  .transform((v) => v.replace(/^€\s*/, '').replace(/\s/g, ''))
  .refine((v) => /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(v), 'validation.money')
  .transform((v) => {
    const normal = /,\d{1,2}$/.test(v) || /^\d{1,3}(\.\d{3})+$/.test(v) ? v.replace(/\./g, '').replace(',', '.') : v.replace(',', '.');
    return Math.round(Number(normal) * 100);
  })
  .refine((cents) => cents <= MONEY_MAX_CENTS, 'validation.money');

export function money() {
  return withLimit(moneySchema, 16);
}

/** A number of hours in quarters ("1,5", "2", "0.25") → whole minutes. */
const hoursSchema = z
  .string({ message: 'validation.hours' })
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/, 'validation.hours')
  .transform((v) => Math.round(Number(v.replace(',', '.')) * 60))
  .refine((m) => m > 0 && m % 15 === 0, 'validation.hours');

export function hours(maxHours: number) {
  return withLimit(
    hoursSchema.refine((m) => m <= maxHours * 60, { message: 'validation.hoursMax', params: { max: maxHours } }),
    6,
  );
}

/** A whole number in a range, as a number input sends it. */
export function integer(min: number, max: number, message = 'validation.invalid') {
  return z.coerce.number({ message }).int(message).min(min).max(max);
}

/**
 * An id of a row the form offers to choose; that it exists is the action's to check. No
 * offered id holds a control character, and one would break PostgreSQL's lookup.
 */
const idText = z
  .string({ message: 'validation.choice' })
  .trim()
  .max(80, 'validation.choice')
  .refine((v) => !controlInLine.test(v), 'validation.choice');

export const id = withLimit(
  idText.refine((v) => v.length > 0, 'validation.choice'),
  80,
);

export const optionalId = withLimit(optional(idText), 80);

/** One of a fixed set of values (radio buttons, a select). */
export function choice<T extends string>(values: readonly [T, ...T[]], required = 'validation.choice') {
  return z.enum(values, { message: required });
}

export function optionalChoice<T extends string>(values: readonly [T, ...T[]]) {
  return optional(z.enum(values, { message: 'validation.choice' }));
}

/** A group of checkboxes: nothing, one value or several arrive; the answer is always a list. */
export function list<T extends z.ZodType>(item: T, max = 200) {
  return z.preprocess((v): unknown[] => (isEmpty(v) ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item).max(max));
}
