import type { z } from 'zod';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { TextField, type FormState } from '../../../platform/layout/forms.tsx';

type Translate = PageContext['t'];

/** The labels of the error summary: the fields' own words from the catalog. */
export function fieldLabels(ctx: PageContext, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, ctx.t(`accounts.field.${n}`)]));
}

/** The e-mail address of a form, as long as its schema allows. */
export function EmailField(props: { t: Translate; form: FormState; schema: z.ZodObject; autocomplete: string }) {
  const { t, form, schema, autocomplete } = props;
  const maxlength = maxLengthOf(schema, 'email');
  return (
    <TextField
      t={t}
      form={form}
      name="email"
      type="email"
      autocomplete={autocomplete}
      maxlength={maxlength}
      label={t('accounts.field.email')}
    />
  );
}

/** A new password, twice; used when resetting and when accepting an invitation. */
export function NewPasswordFields({ t, form }: { t: Translate; form: FormState }) {
  return (
    <>
      <TextField
        t={t}
        form={form}
        name="password"
        type="password"
        autocomplete="new-password"
        label={t('accounts.field.password')}
        description={t('accounts.field.password.description')}
      />
      <TextField
        t={t}
        form={form}
        name="passwordRepeat"
        type="password"
        autocomplete="new-password"
        label={t('accounts.field.passwordRepeat')}
      />
    </>
  );
}
