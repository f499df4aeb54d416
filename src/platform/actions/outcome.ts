import type { FieldErrors } from '../http/forms.ts';
import type { MessageParams } from '../i18n/i18n.ts';

/** Why an action did not happen: problems per field (or `_form`) and the status that fits. */
export interface Refusal {
  errors: FieldErrors;
  /** 409: the world changed meanwhile or the state forbids it; 422: the input breaks a rule. */
  status: 403 | 404 | 409 | 422 | 429;
}

/**
 * What every use case answers: done (with a value), or refused with reasons. A refusal
 * changed nothing. Pages show it beside the fields; the API sends it as a problem.
 */
export type Outcome<T = undefined> = { ok: true; value: T } | ({ ok: false } & Refusal);

export function success(): Outcome;
export function success<T>(value: T): Outcome<T>;
export function success<T>(value?: T): Outcome<T | undefined> {
  return { ok: true, value };
}

export interface RefusalOptions {
  /** The field the refusal is about; `_form` (the top of the form) when absent. */
  field?: string;
  status?: Refusal['status'];
  params?: MessageParams;
}

export function refusal(code: string, options: RefusalOptions = {}): { ok: false } & Refusal {
  const error = options.params === undefined ? { code } : { code, params: options.params };
  return { ok: false, errors: { [options.field ?? '_form']: error }, status: options.status ?? 422 };
}

/**
 * Thrown inside an action's transaction when a rule refuses halfway: everything written so
 * far is rolled back and the action answers with the refusal instead.
 */
export class Refused extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(Object.values(refusal.errors)[0]?.code ?? 'refused');
    this.refusal = refusal;
  }
}

export function refuse(code: string, options: RefusalOptions = {}): never {
  const { errors, status } = refusal(code, options);
  throw new Refused({ errors, status });
}
