import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { ChoiceGroup, CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading } from '../../../platform/layout/text.tsx';
import { helpKinds } from '../../help/index.ts';
import type { Assignment } from './people.repository.ts';

/** The page where an administrator chooses the service a coordinating volunteer coordinates. */
export function servicePage(ctx: PageContext, form: FormState, assignment: Assignment): Page {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/beheer/mensen`;
  const title = t('accounts.people.service.title', { name: assignment.userName });
  const legend = t('accounts.field.service');
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={ctx.district ?? { slug: '', name: '' }} steps={[{ href: base, label: t('accounts.people.title') }]} />
        <PageHeading text={title} intro={t('accounts.people.service.intro')} />
        <ErrorSummary t={t} form={form} labels={{ service: legend }} />
        <form class="wp-form" method="post" action={`${base}/rollen/${assignment.id}/dienst`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ChoiceGroup
            t={t}
            form={form}
            name="service"
            type="radio"
            legend={legend}
            options={helpKinds.map((k) => ({ value: k, label: t(`accounts.service.${k}`) }))}
          />
          <SubmitButton label={t('accounts.people.service.submit')} />
        </form>
      </>
    ),
  };
}
