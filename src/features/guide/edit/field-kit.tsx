import type { z } from 'zod';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, SelectField, TextAreaField, TextField, type FormState, type Option } from '../../../platform/layout/forms.tsx';

interface TextOptions {
  required?: boolean;
  type?: 'tel' | 'email' | 'url';
  description?: string;
  autocomplete?: string;
  inputmode?: string;
}

/**
 * The fields of one edit form: each labelled from the page's labels, optional unless asked,
 * and as long as its schema allows.
 */
export function fieldKit(ctx: PageContext, form: FormState, labels: Record<string, string>, schema: z.ZodObject) {
  const { t } = ctx;
  const label = (name: string) => labels[name] ?? '';
  const base = (name: string, required = false) => ({ t, form, name, label: label(name), required });
  return {
    label,
    text: (name: string, { required, ...more }: TextOptions = {}) => (
      <TextField {...base(name, required)} {...more} maxlength={maxLengthOf(schema, name)} />
    ),
    area: (name: string, more: { rows?: number; description?: string } = {}) => (
      <TextAreaField {...base(name)} {...more} maxlength={maxLengthOf(schema, name)} />
    ),
    select: (name: string, options: readonly Option[], placeholder?: string) => (
      <SelectField {...base(name, placeholder === undefined)} options={options} {...(placeholder === undefined ? {} : { placeholder })} />
    ),
    checkbox: (name: string) => <CheckboxField t={t} form={form} name={name} value="ja" label={label(name)} />,
  };
}
