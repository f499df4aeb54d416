import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import { needs, proposerKinds } from './proposals.rules.ts';
import { proposeForm } from './proposals.schema.ts';

const fields = ['kind', 'name', 'email', 'title', 'what', 'forWhom', 'buurt', 'needs', 'money', 'needsNote'] as const;

/** Residents and partners propose a project, with or without an account. */
export function proposePage(ctx: PageContext, form: FormState, data: { buurten: readonly Buurt[]; sent: boolean }): Page {
  const { t } = ctx;
  const label = (f: string) => t(`cooperative.proposal.field.${f}`);
  const labels = Object.fromEntries(fields.map((f) => [f, label(f)]));
  const max = (f: string) => maxLengthOf(proposeForm, f);
  const crumbs = [{ href: `${coopBase(ctx)}/projecten`, label: t('cooperative.projects.title') }];
  return {
    title: t('cooperative.proposal.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={crumbs} />
        <Heading title={t('cooperative.proposal.title')} intro={t('cooperative.proposal.intro')} />
        {data.sent ? (
          <Notice text={t('cooperative.proposal.sent')} />
        ) : (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/projecten/voorstellen`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <ChoiceGroup
                t={t}
                form={form}
                name="kind"
                type="radio"
                legend={label('kind')}
                options={proposerKinds.map((k) => ({ value: k, label: t(`cooperative.proposerKind.${k}`) }))}
              />
              <TextField t={t} form={form} name="name" label={label('name')} autocomplete="name" maxlength={max('name')} />
              <TextField t={t} form={form} name="email" type="email" label={label('email')} autocomplete="email" />
              <TextField t={t} form={form} name="title" label={label('title')} maxlength={max('title')} />
              <TextAreaField t={t} form={form} name="what" label={label('what')} rows={4} maxlength={max('what')} />
              <TextAreaField t={t} form={form} name="forWhom" label={label('forWhom')} rows={2} maxlength={max('forWhom')} />
              <SelectField
                t={t}
                form={form}
                name="buurt"
                label={label('buurt')}
                required={false}
                placeholder={t('cooperative.proposal.buurt.whole')}
                options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
              />
              <ChoiceGroup
                t={t}
                form={form}
                name="needs"
                type="checkbox"
                legend={label('needs')}
                options={needs.map((n) => ({ value: n, label: t(`cooperative.need.${n}`) }))}
              />
              <TextField
                t={t}
                form={form}
                name="money"
                label={label('money')}
                description={t('cooperative.proposal.money.description')}
                required={false}
                inputmode="decimal"
              />
              <TextAreaField
                t={t}
                form={form}
                name="needsNote"
                label={label('needsNote')}
                required={false}
                rows={3}
                maxlength={max('needsNote')}
              />
              <SubmitButton label={t('cooperative.proposal.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}
