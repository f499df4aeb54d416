import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { rawTextProblems } from './checks.ts';
import { formsOf, type Form, type FormField } from './html.ts';

/** Fields a person types into: their wrong value must come back in the form. */
const typed = new Set(['text', 'email', 'tel', 'search', 'url', 'number', 'date', 'time', 'textarea']);

/** A value each kind of field must refuse. */
function wrongValue(field: FormField): string {
  switch (field.type) {
    case 'email':
      return 'geen-mailadres';
    case 'tel':
      return 'bel-me-maar';
    case 'number':
      return '-999999';
    case 'date':
      return '2026-02-31';
    case 'time':
      return '25:61';
    case 'url':
      return 'geen adres';
    case 'password':
      return 'x';
    case 'select':
    case 'radio':
    case 'checkbox':
      return 'bestaat-niet';
    default:
      // Longer than allowed: every text field has a limit (ADR 0007: `maxLengthOf`).
      return 'te lang '.repeat(Math.ceil(((field.maxLength ?? 10_000) + 1) / 8));
  }
}

/** The form as sent: hidden fields as on the page (a fresh one-time key), the rest empty or wrong. */
function body(form: Form, wrong: boolean): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const field of form.fields) {
    if (field.name === '_once') sent[field.name] = randomUUID();
    else if (field.type === 'hidden') sent[field.name] = field.value;
    else if (field.type === 'file') continue;
    else sent[field.name] = wrong ? wrongValue(field) : '';
  }
  return sent;
}

/** The same form (same fields) in an answer, wherever it now posts to. */
function sameForm(html: string, path: string, form: Form): Form | undefined {
  const names = (f: Form) => f.fields.map((x) => x.name).join(' ');
  return formsOf(html, path).find((f) => f.method === 'post' && names(f) === names(form));
}

/**
 * Sends a form empty, then with wrong values twice in a row (the second time to wherever the
 * first answer's form posts). Each answer must be the same address again (no redirect, no 404
 * or 500) with an error summary in finished words, the form posting to that address, and what
 * was typed kept.
 */
export async function formProblems(request: APIRequestContext, form: Form): Promise<string[]> {
  const problems: string[] = [];
  let action = form.action;
  for (const [round, wrong] of [
    ['empty', false],
    ['wrong', true],
    ['wrong again', true],
  ] as const) {
    const sent = body(form, wrong);
    const response = await request.post(action, { form: sent, maxRedirects: 0 });
    const html = await response.text();
    const where = `${form.action} (${round})`;
    if (response.status() < 400 || response.status() === 404 || response.status() >= 500) {
      problems.push(`${where}: answered ${response.status()} ${response.headers().location ?? ''}`.trim());
      break;
    }
    if (!html.includes('id="error-summary"')) problems.push(`${where}: no error summary`);
    problems.push(...rawTextProblems(html).map((p) => `${where}: ${p}`));
    const again = sameForm(html, action, form);
    if (again === undefined) {
      problems.push(`${where}: the form is not on the answer`);
      break;
    }
    if (again.action !== action) problems.push(`${where}: the form now posts to ${again.action}`);
    const lost = form.fields.filter(
      (f) => typed.has(f.type) && sent[f.name] !== '' && again.fields.find((g) => g.name === f.name)?.value !== sent[f.name],
    );
    if (lost.length > 0) problems.push(`${where}: input lost in ${lost.map((f) => f.name).join(', ')}`);
    action = again.action;
  }
  return problems;
}
