import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph, DataList } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Application } from './membership.repository.ts';
import { decisionForm } from './membership.schema.ts';

function Facts({ ctx, a }: { ctx: PageContext; a: Application }) {
  const { t } = ctx;
  const items: [string, string][] = [
    [t('cooperative.apply.kind'), t(`cooperative.kind.${a.kind}`)],
    [t('cooperative.apply.email'), a.email],
    [t('cooperative.apply.phone'), a.phone ?? '—'],
    [t('cooperative.apply.buurt'), a.buurtName ?? '—'],
    [t('cooperative.apply.motivation'), a.motivation === '' ? '—' : a.motivation],
    [t('cooperative.applications.on'), day(ctx, a.createdAt)],
  ];
  return <DataList rows={items} />;
}

/** The daily board's queue: each application with its facts and one form to admit or decline. */
export function applicationsPage(ctx: PageContext, applications: readonly Application[], form: FormState, notice?: string): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.applications.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.applications.title')} intro={t('cooperative.applications.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={{}} />
        {applications.length === 0 ? <Paragraph text={t('cooperative.applications.none')} /> : ''}
        {applications.map((a) => {
          const who =
            a.organizationName === null ? a.name : t('cooperative.applications.for', { name: a.name, organization: a.organizationName });
          return (
            <section class="wp-card wp-stack" aria-labelledby={`application-${a.id}`}>
              <h2 class="utrecht-heading-3" id={`application-${a.id}`} safe>
                {who}
              </h2>
              <Facts ctx={ctx} a={a} />
              <form method="post" action={`${coopBase(ctx)}/aanmeldingen/${a.id}/besluit`} class="wp-form">
                <CsrfField token={ctx.csrfToken} />
                <div class="utrecht-form-field utrecht-form-field--distanced">
                  <label class="utrecht-form-label" for={`reason-${a.id}`} safe>
                    {t('cooperative.applications.reason')}
                  </label>
                  <input
                    class="utrecht-textbox utrecht-textbox--html-input"
                    id={`reason-${a.id}`}
                    name="reason"
                    maxlength={maxLengthOf(decisionForm, 'reason')}
                  />
                </div>
                <div class="utrecht-button-group">
                  <button type="submit" name="decision" value="admitted" class="utrecht-button utrecht-button--primary-action" safe>
                    {t('cooperative.applications.admit', { name: a.name })}
                  </button>
                  <button type="submit" name="decision" value="declined" class="utrecht-button utrecht-button--secondary-action" safe>
                    {t('cooperative.applications.decline', { name: a.name })}
                  </button>
                </div>
              </form>
            </section>
          );
        })}
      </>
    ),
  };
}
