import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import {
  ChoiceGroup,
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
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import { memberKinds } from './membership.rules.ts';
import { applyForm } from './membership.schema.ts';

/** The application form: no account needed. */
export function applyPage(ctx: PageContext, form: FormState, buurten: readonly Buurt[], sent: boolean): Page {
  const { t } = ctx;
  const labels = {
    kind: t('cooperative.apply.kind'),
    name: t('cooperative.apply.name'),
    organization: t('cooperative.apply.organization'),
    email: t('cooperative.apply.email'),
    phone: t('cooperative.apply.phone'),
    buurt: t('cooperative.apply.buurt'),
    motivation: t('cooperative.apply.motivation'),
  };
  return {
    title: t('cooperative.apply.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.apply.title')} intro={t('cooperative.apply.intro')} />
        {sent ? (
          <Notice text={t('cooperative.apply.sent')} />
        ) : (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/lid-worden`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <ChoiceGroup
                t={t}
                form={form}
                name="kind"
                type="radio"
                legend={labels.kind}
                options={memberKinds.map((k) => ({ value: k, label: t(`cooperative.kind.${k}`) }))}
              />
              <TextField
                t={t}
                form={form}
                name="name"
                label={labels.name}
                description={t('cooperative.apply.name.description')}
                maxlength={maxLengthOf(applyForm, 'name')}
                autocomplete="name"
              />
              <TextField
                t={t}
                form={form}
                name="organization"
                label={labels.organization}
                description={t('cooperative.apply.organization.description')}
                required={false}
                maxlength={maxLengthOf(applyForm, 'organization')}
                autocomplete="organization"
              />
              <TextField t={t} form={form} name="email" type="email" label={labels.email} autocomplete="email" />
              <TextField t={t} form={form} name="phone" type="tel" label={labels.phone} required={false} autocomplete="tel" />
              <SelectField
                t={t}
                form={form}
                name="buurt"
                label={labels.buurt}
                required={false}
                placeholder={t('cooperative.apply.buurt.none')}
                options={buurten.map((b) => ({ value: b.slug, label: b.name }))}
              />
              <TextAreaField
                t={t}
                form={form}
                name="motivation"
                label={labels.motivation}
                required={false}
                maxlength={maxLengthOf(applyForm, 'motivation')}
              />
              <SubmitButton label={t('cooperative.apply.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}
