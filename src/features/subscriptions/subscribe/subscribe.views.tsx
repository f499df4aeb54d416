import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { frequencies } from '../digest/digest.rules.ts';

const base = (ctx: PageContext) => `/${ctx.district?.slug ?? ''}/nieuwsbrief`;

function Crumbs({ ctx, label, href }: { ctx: PageContext; label: string; href: string }) {
  return ctx.district === null ? '' : <Breadcrumbs t={ctx.t} district={ctx.district} steps={[{ href, label }]} />;
}

/** Subscribe to the digest: address, buurt or the whole district, weekly or monthly. */
export function subscribePage(ctx: PageContext, data: { buurten: readonly Buurt[]; notice?: string }, form: FormState): Page {
  const { t } = ctx;
  const heading = t('subscriptions.title');
  const labels = {
    email: t('subscriptions.form.email'),
    buurt: t('subscriptions.form.buurt'),
    frequency: t('subscriptions.form.frequency'),
  };
  return {
    title: heading,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} label={heading} href={base(ctx)} />
        <PageHeading text={heading} intro={t('subscriptions.intro')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={base(ctx)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            t={t}
            form={form}
            name="email"
            type="email"
            autocomplete="email"
            label={labels.email}
            description={t('subscriptions.form.email.description')}
          />
          <SelectField
            t={t}
            form={form}
            name="buurt"
            required={false}
            label={labels.buurt}
            placeholder={t('subscriptions.form.buurt.whole')}
            options={data.buurten.map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            t={t}
            form={form}
            name="frequency"
            label={labels.frequency}
            options={frequencies.map((f) => ({ value: f, label: t(`subscriptions.frequency.${f}`) }))}
          />
          <SubmitButton label={t('subscriptions.form.submit')} />
        </form>
        <Paragraph text={t('subscriptions.privacy')} />
      </>
    ),
  };
}

/** The page behind a link in a mail: one button, so that a mail scanner opening the link changes nothing. */
export function buttonPage(
  ctx: PageContext,
  data: { heading: string; text: string; button: string; action: string; csrf: boolean },
  form: FormState,
): Page {
  const { t } = ctx;
  return {
    title: data.heading,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} label={t('subscriptions.title')} href={base(ctx)} />
        <PageHeading text={data.heading} />
        <ErrorSummary t={t} form={form} labels={{}} />
        <Paragraph text={data.text} />
        <form class="wp-form" method="post" action={data.action}>
          {data.csrf ? <CsrfField token={ctx.csrfToken} /> : ''}
          <SubmitButton label={data.button} />
        </form>
      </>
    ),
  };
}

/** After an opt-out: what happened, and how to come back. */
export function optedOutPage(ctx: PageContext): Page {
  const { t } = ctx;
  const heading = t('subscriptions.optedOut.title');
  return {
    title: heading,
    body: (
      <>
        <Crumbs ctx={ctx} label={t('subscriptions.title')} href={base(ctx)} />
        <PageHeading text={heading} intro={t('subscriptions.optedOut.text')} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={base(ctx)} safe>
            {t('subscriptions.optedOut.again')}
          </a>
        </p>
      </>
    ),
  };
}
