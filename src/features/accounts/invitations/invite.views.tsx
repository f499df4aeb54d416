import type { Role } from '../../../platform/auth/roles.rules.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { helpKinds } from '../../help/index.ts';
import { EmailField } from '../common/fields.views.tsx';
import { inviteForm } from './invitation.schema.ts';

/** What the administrator may choose from: the roles they may give, the buurten and organisations of the district. */
export interface InviteChoices {
  assignable: Role[];
  buurten: Buurt[];
  organizations: { id: string; name: string }[];
}

/** On the people page: invite someone, or give someone with an account a role. */
export function InviteForm({ ctx, form, choices }: { ctx: PageContext; form: FormState; choices: InviteChoices }) {
  const { t } = ctx;
  const labels = {
    email: t('accounts.field.email'),
    name: t('accounts.field.name'),
    role: t('accounts.field.role'),
    buurt: t('accounts.field.buurt'),
    organization: t('accounts.field.organization'),
    service: t('accounts.field.service'),
  };
  return (
    <>
      <h2 class="utrecht-heading-2" id="uitnodigen" safe>
        {t('accounts.people.invite.title')}
      </h2>
      <p class="utrecht-paragraph" safe>
        {t('accounts.people.invite.intro')}
      </p>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={`/${ctx.district?.slug ?? ''}/beheer/mensen`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField t={t} form={form} name="name" autocomplete="off" maxlength={maxLengthOf(inviteForm, 'name')} label={labels.name} />
        <EmailField t={t} form={form} schema={inviteForm} autocomplete="off" />
        <SelectField
          t={t}
          form={form}
          name="role"
          label={labels.role}
          placeholder={t('accounts.people.chooseRole')}
          options={choices.assignable.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="buurt"
          required={false}
          label={labels.buurt}
          description={t('accounts.field.buurt.description')}
          placeholder={t('accounts.people.wholeDistrict')}
          options={choices.buurten.map((b) => ({ value: b.slug, label: b.name }))}
        />
        <SelectField
          t={t}
          form={form}
          name="organization"
          required={false}
          label={labels.organization}
          description={t('accounts.field.organization.description')}
          placeholder={t('accounts.people.noOrganization')}
          options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          t={t}
          form={form}
          name="service"
          required={false}
          label={labels.service}
          description={t('accounts.field.service.description')}
          placeholder={t('accounts.people.noService')}
          options={helpKinds.map((k) => ({ value: k, label: t(`accounts.service.${k}`) }))}
        />
        <SubmitButton label={t('accounts.people.invite.submit')} />
      </form>
    </>
  );
}
