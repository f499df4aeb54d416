import type { z } from 'zod';
import type { MessageParams } from '../i18n/i18n.ts';

/** A problem with one field: a catalog key and its parameters, never wording. */
export interface FieldError {
  code: string;
  params?: MessageParams;
}
export type FieldErrors = Record<string, FieldError>;
export type FormValues = Record<string, string>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

const codePattern = /^[a-z][\w]*(\.[\w]+)+$/;

function sizeParams(issue: z.core.$ZodIssue): MessageParams {
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return {};
}

function customParams(issue: z.core.$ZodIssue): MessageParams {
  return issue.code === 'custom' && issue.params !== undefined ? (issue.params as MessageParams) : {};
}

/** Schemas may name a catalog key as their message; other issues get a generic code. */
export function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  if (codePattern.test(issue.message)) return { code: issue.message, params: { ...sizeParams(issue), ...customParams(issue) } };
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.invalid' };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { code: 'validation.required' }
        : { code: `validation.tooSmall.${issue.origin}`, params: sizeParams(issue) };
    case 'too_big':
      return { code: `validation.tooBig.${issue.origin}`, params: sizeParams(issue) };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'validation.email' : 'validation.invalid' };
    case 'invalid_value':
      return { code: 'validation.choice' };
    default:
      return { code: 'validation.invalid' };
  }
}

function textValues(body: unknown): FormValues {
  if (typeof body !== 'object' || body === null) return {};
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v) => typeof v === 'string').join(',');
  }
  return values;
}

/** Parses a submitted form; the first problem of every field is kept for the re-rendered form. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.output<S>> {
  const values = textValues(body);
  const parsed = schema.safeParse(typeof body === 'object' && body !== null ? body : {});
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    // A form is flat: a problem with one ticked box of a group belongs to the group.
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    errors[field] ??= fieldErrorOf(issue);
  }
  return { ok: false, errors, values };
}
