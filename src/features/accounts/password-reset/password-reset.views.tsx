import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { EmailField, NewPasswordFields } from '../common/fields.views.tsx';
import { formPage } from '../common/form-page.views.tsx';
import { forgotPasswordForm } from './password-reset.schema.ts';

export function forgotPasswordPage(ctx: PageContext, form: FormState): Page {
  const { t } = ctx;
  return formPage(ctx, {
    title: t('accounts.forgot.title'),
    form,
    fields: ['email'],
    action: '/wachtwoord-vergeten',
    submit: t('accounts.forgot.submit'),
    before: <Paragraph text={t('accounts.forgot.intro')} />,
    children: <EmailField t={t} form={form} schema={forgotPasswordForm} autocomplete="email" />,
  });
}

export function forgotPasswordSentPage(ctx: PageContext): Page {
  return {
    title: ctx.t('accounts.forgot.sent.title'),
    body: (
      <>
        <PageHeading text={ctx.t('accounts.forgot.sent.title')} />
        <Paragraph text={ctx.t('accounts.forgot.sent.body')} />
      </>
    ),
  };
}

export function newPasswordPage(ctx: PageContext, form: FormState, action: string): Page {
  const { t } = ctx;
  return formPage(ctx, {
    title: t('accounts.reset.title'),
    form,
    fields: ['password', 'passwordRepeat'],
    action,
    submit: t('accounts.reset.submit'),
    children: <NewPasswordFields t={t} form={form} />,
  });
}
