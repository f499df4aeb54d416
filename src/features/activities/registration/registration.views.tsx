import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import type { Activity } from '../agenda/activities.repository.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { agendaBase, Crumbs, Heading } from '../agenda/agenda.components.tsx';
import type { Registration } from './registration.repository.ts';

/** The page behind the link in the mail: one button, so a mail scanner that follows links cancels nothing. */
export function cancelPage(ctx: PageContext, form: FormState): Page {
  const { t } = ctx;
  return {
    title: t('activities.cancel.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: ctx.path, label: t('activities.cancel.title') }]} />
        <Heading title={t('activities.cancel.title')} intro={t('activities.cancel.intro')} />
        <ErrorSummary t={t} form={form} labels={{}} />
        <form class="wp-form" method="post" action={ctx.path} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <SubmitButton label={t('activities.cancel.submit')} />
        </form>
      </>
    ),
  };
}

/** Who registered (the organiser and coordinators only; reading it is audited). */
export function registrationsPage(ctx: PageContext, data: { activity: Activity; registrations: Registration[] }): Page {
  const { t } = ctx;
  const base = `${agendaBase(ctx)}/${data.activity.id}`;
  const title = t('activities.registrations.title', { title: data.activity.title });
  return {
    title,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: base, label: data.activity.title },
            { href: `${base}/aanmeldingen`, label: t('activities.registrations.link') },
          ]}
        />
        <Heading title={title} />
        {data.registrations.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('activities.registrations.none')}
          </p>
        ) : (
          <DataTable
            caption={title}
            headers={[
              t('activities.registrations.when'),
              t('activities.register.name'),
              t('activities.register.email'),
              t('activities.register.phone'),
              t('activities.registrations.status'),
            ]}
            rows={data.registrations.map((r) => [
              formatDateTime(r.startsAt, ctx.lang),
              r.name,
              r.email,
              r.phone ?? '',
              `${t(`activities.registration.${r.status}`)}${r.wantsBuddy ? ` · ${t('activities.registrations.buddy')}` : ''}`,
            ])}
          />
        )}
      </>
    ),
  };
}
