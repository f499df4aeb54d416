import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { EmailField } from '../common/fields.views.tsx';
import { formPage } from '../common/form-page.views.tsx';
import { signInForm } from './sign-in.schema.ts';

export function signInPage(ctx: PageContext, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const after = (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/wachtwoord-vergeten" safe>
          {t('accounts.signIn.forgot')}
        </a>
      </p>
      <Paragraph text={t('accounts.signIn.noAccount')} />
    </>
  );
  return formPage(ctx, {
    title: t('accounts.signIn.title'),
    form,
    fields: ['email', 'password'],
    action: '/inloggen',
    submit: t('accounts.signIn.submit'),
    before: notice ? <Notice text={notice} /> : undefined,
    after,
    children: (
      <>
        <input type="hidden" name="terug" value={form.values.terug ?? ''} />
        <EmailField t={t} form={form} schema={signInForm} autocomplete="username" />
        <TextField t={t} form={form} name="password" type="password" autocomplete="current-password" label={t('accounts.field.password')} />
      </>
    ),
  });
}
