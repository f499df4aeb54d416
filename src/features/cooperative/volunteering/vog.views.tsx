import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { talents, VogPeriod } from '../../help/index.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';

/** The validity form's values for a period in months: whole years where it fits; empty for no end. */
export function validityValues(months: number | null): Record<string, string> {
  if (months === null) return { amount: '', unit: 'years' };
  return months % 12 === 0 ? { amount: String(months / 12), unit: 'years' } : { amount: String(months), unit: 'months' };
}

function KindsForm({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const legend = t('cooperative.vog.kinds');
  return (
    <>
      <ErrorSummary t={t} form={form} labels={{ talents: legend }} />
      <form class="wp-form" method="post" action={`${coopBase(ctx)}/vog`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <ChoiceGroup
          t={t}
          form={form}
          name="talents"
          type="checkbox"
          legend={legend}
          description={t('cooperative.vog.kindsHelp')}
          options={talents.map((v) => ({ value: v, label: t(`help.talent.${v}`) }))}
        />
        <SubmitButton label={t('cooperative.vog.save')} />
      </form>
    </>
  );
}

/** How long a VOG counts: a number of years or months, or empty for no end. */
function ValidityForm({ ctx, form, months }: { ctx: PageContext; form: FormState; months: number | null }) {
  const { t } = ctx;
  const labels = { amount: t('cooperative.vog.amount'), unit: t('cooperative.vog.unit') };
  return (
    <section aria-labelledby="vog-validity">
      <h2 class="utrecht-heading-2" id="vog-validity" safe>
        {t('cooperative.vog.validityTitle')}
      </h2>
      <VogPeriod ctx={ctx} months={months} />
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={`${coopBase(ctx)}/vog/geldigheid`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="amount"
          inputmode="numeric"
          maxlength={3}
          required={false}
          label={labels.amount}
          description={t('cooperative.vog.amountHelp')}
        />
        <ChoiceGroup
          t={t}
          form={form}
          name="unit"
          type="radio"
          legend={labels.unit}
          options={[
            { value: 'years', label: t('cooperative.vog.years') },
            { value: 'months', label: t('cooperative.vog.months') },
          ]}
        />
        <SubmitButton label={t('cooperative.vog.saveValidity')} />
      </form>
    </section>
  );
}

/** The board or a coordinator ticks which kinds of help ask a VOG, and sets how long a VOG counts. */
export function vogPage(ctx: PageContext, data: { kinds: FormState; validity: FormState; months: number | null }, notice?: string): Page {
  const { t } = ctx;
  const errors = { ...data.kinds.errors, ...data.validity.errors };
  return {
    title: t('cooperative.vog.title'),
    hasErrors: Object.keys(errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.vog.title')} intro={t('cooperative.vog.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <KindsForm ctx={ctx} form={data.kinds} />
        <ValidityForm ctx={ctx} form={data.validity} months={data.months} />
      </>
    ),
  };
}
