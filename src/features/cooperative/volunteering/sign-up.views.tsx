import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  ChoiceGroup,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { talents, WhenFields } from '../../help/index.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import { signUpWithAccountForm } from './volunteering.schema.ts';

const fields = ['name', 'email', 'password', 'passwordRepeat', 'buurt', 'street', 'talents', 'days', 'parts', 'liability', 'houseRules'];

/** Someone who is not signed in makes an account with the sign-up. */
export function AccountFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const label = (name: string) => t(`cooperative.volunteer.${name}`);
  return (
    <>
      <Paragraph text={t('cooperative.volunteer.account')} />
      <TextField
        t={t}
        form={form}
        name="name"
        label={label('name')}
        autocomplete="name"
        maxlength={maxLengthOf(signUpWithAccountForm, 'name')}
      />
      <TextField t={t} form={form} name="email" type="email" label={label('email')} autocomplete="email" />
      <TextField t={t} form={form} name="password" type="password" label={label('password')} autocomplete="new-password" />
      <TextField t={t} form={form} name="passwordRepeat" type="password" label={label('passwordRepeat')} autocomplete="new-password" />
    </>
  );
}

/** A neighbour signs up as a volunteer, with or without an account; what they accept is spelled out. */
export function signUpPage(
  ctx: PageContext,
  form: FormState,
  data: { buurten: readonly Buurt[]; cooperative: string; sent: boolean },
): Page {
  const { t } = ctx;
  const labels = Object.fromEntries(fields.map((f) => [f, t(`cooperative.volunteer.${f}`)]));
  const label = (name: string) => t(`cooperative.volunteer.${name}`);
  return {
    title: t('cooperative.volunteer.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.volunteer.title')} intro={t('cooperative.volunteer.intro')} />
        {data.sent ? (
          <Notice text={t('cooperative.volunteer.sent')} />
        ) : (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/vrijwilliger-worden`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              {ctx.user === null ? <AccountFields ctx={ctx} form={form} /> : ''}
              <SelectField
                t={t}
                form={form}
                name="buurt"
                label={label('buurt')}
                placeholder={t('cooperative.volunteer.buurt.choose')}
                options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
              />
              <TextField
                t={t}
                form={form}
                name="street"
                label={label('street')}
                description={t('cooperative.volunteer.street.description')}
                autocomplete="address-line1"
              />
              <ChoiceGroup
                t={t}
                form={form}
                name="talents"
                type="checkbox"
                legend={label('talents')}
                options={talents.map((v) => ({ value: v, label: t(`help.talent.${v}`) }))}
              />
              <WhenFields ctx={ctx} form={form} />
              <CheckboxField
                t={t}
                form={form}
                name="liability"
                label={label('liability')}
                description={t('help.liability', { cooperative: data.cooperative })}
              />
              <CheckboxField
                t={t}
                form={form}
                name="houseRules"
                label={label('houseRules')}
                description={t('cooperative.volunteer.houseRules.description')}
              />
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/${ctx.district?.slug ?? ''}/hulp#spelregels`} safe>
                  {t('cooperative.volunteer.readRules')}
                </a>
              </p>
              <SubmitButton label={t('cooperative.volunteer.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}
