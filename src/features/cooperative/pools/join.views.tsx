import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, CsrfField, ErrorSummary, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import { AccountFields } from '../volunteering/sign-up.views.tsx';
import { ProfileFields, profileLabels } from './profile.views.tsx';

/** Pool 2: informal carers, experts by experience and freelancers sign up themselves, with or without an account. */
export function joinPage(ctx: PageContext, form: FormState, data: { buurten: readonly Buurt[]; sent: boolean }): Page {
  const { t } = ctx;
  const account = ['name', 'email', 'password', 'passwordRepeat'].map((f): [string, string] => [f, t(`cooperative.volunteer.${f}`)]);
  const labels = { ...Object.fromEntries(account), ...profileLabels(ctx), privacy: t('cooperative.pool.privacy') };
  return {
    title: t('cooperative.pool.join.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.pool.join.title')} intro={t('cooperative.pool.join.intro')} />
        {data.sent ? (
          <Notice text={t('cooperative.pool.join.sent')} />
        ) : (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/pool-aanmelden`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              {ctx.user === null ? <AccountFields ctx={ctx} form={form} /> : ''}
              <ProfileFields ctx={ctx} form={form} buurten={data.buurten} />
              <CheckboxField
                t={t}
                form={form}
                name="privacy"
                label={t('cooperative.pool.privacy')}
                description={t('cooperative.pool.privacy.description')}
              />
              <SubmitButton label={t('cooperative.pool.join.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}
