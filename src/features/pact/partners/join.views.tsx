import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Crumbs, DataList, date, Heading, pactBase, Para, Text } from '../shared/pact.components.tsx';
import type { JoinRequest } from './join-requests.repository.ts';
import { decisionForm, joinForm } from './partners.schema.ts';

export function joinPage(ctx: PageContext, form: FormState, sent: boolean): Page {
  const { t } = ctx;
  const labels = {
    organization: t('pact.join.organization'),
    contactName: t('pact.join.contactName'),
    contactEmail: t('pact.join.contactEmail'),
    contactPhone: t('pact.join.contactPhone'),
    addedValue: t('pact.join.addedValue'),
  };
  return {
    title: t('pact.join.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/partners`, label: t('pact.partners.title') }]} />
        <Heading title={t('pact.join.title')} intro={t('pact.join.intro')} ctx={ctx} />
        {sent ? (
          <Notice text={t('pact.join.sent')} />
        ) : (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${pactBase(ctx)}/partners/aanmelden`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextField
                t={t}
                form={form}
                name="organization"
                label={labels.organization}
                maxlength={maxLengthOf(joinForm, 'organization')}
                autocomplete="organization"
              />
              <TextField
                t={t}
                form={form}
                name="contactName"
                label={labels.contactName}
                maxlength={maxLengthOf(joinForm, 'contactName')}
                autocomplete="name"
                description={t('pact.join.contactName.description')}
              />
              <TextField t={t} form={form} name="contactEmail" type="email" label={labels.contactEmail} autocomplete="email" />
              <TextField t={t} form={form} name="contactPhone" type="tel" label={labels.contactPhone} required={false} autocomplete="tel" />
              <TextAreaField
                t={t}
                form={form}
                name="addedValue"
                label={labels.addedValue}
                description={t('pact.join.addedValue.description')}
                maxlength={maxLengthOf(joinForm, 'addedValue')}
              />
              <SubmitButton label={t('pact.join.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}

export function joinRequestsPage(ctx: PageContext, requests: JoinRequest[], form: FormState, notice?: string): Page {
  const { t } = ctx;
  const base = `${pactBase(ctx)}/partners/aanmeldingen`;
  return {
    title: t('pact.join.requests.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/partners`, label: t('pact.partners.title') }]} />
        <Heading title={t('pact.join.requests.title')} intro={t('pact.join.requests.intro')} ctx={ctx} />
        {notice ? <Notice text={notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={{}} />
        {requests.length === 0 ? <Para text={t('pact.join.requests.none')} /> : ''}
        {requests.map((r) => (
          <section class="wp-card wp-stack" aria-labelledby={`request-${r.id}`}>
            <h2 class="utrecht-heading-3" id={`request-${r.id}`} safe>
              {r.organizationName}
            </h2>
            <DataList
              items={[
                [t('pact.join.contactName'), <Text value={r.contactName} />],
                [t('pact.join.contactEmail'), <Text value={r.contactEmail} />],
                [t('pact.join.contactPhone'), <Text value={r.contactPhone ?? '—'} />],
                [t('pact.join.addedValue'), <Text value={r.addedValue} />],
                [t('pact.join.requestedOn'), <Text value={date(ctx, r.createdAt)} />],
              ]}
            />
            <form method="post" action={`${base}/${r.id}/besluit`} class="wp-form">
              <CsrfField token={ctx.csrfToken} />
              <div class="utrecht-form-field utrecht-form-field--distanced">
                <label class="utrecht-form-label" for={`note-${r.id}`} safe>
                  {t('pact.join.note')}
                </label>
                <input
                  class="utrecht-textbox utrecht-textbox--html-input"
                  id={`note-${r.id}`}
                  name="note"
                  maxlength={maxLengthOf(decisionForm, 'note')}
                />
              </div>
              <div class="utrecht-button-group">
                <button type="submit" name="decision" value="approved" class="utrecht-button utrecht-button--primary-action" safe>
                  {t('pact.join.approve', { organization: r.organizationName })}
                </button>
                <button type="submit" name="decision" value="declined" class="utrecht-button utrecht-button--secondary-action" safe>
                  {t('pact.join.decline')}
                </button>
              </div>
            </form>
          </section>
        ))}
      </>
    ),
  };
}
