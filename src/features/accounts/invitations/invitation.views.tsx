import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { NewPasswordFields } from '../common/fields.views.tsx';
import { formPage } from '../common/form-page.views.tsx';
import { acceptInvitationForm } from './invitation.schema.ts';

export function acceptInvitationPage(
  ctx: PageContext,
  form: FormState,
  invitation: { email: string; roleLabel: string; districtName: string },
  action: string,
): Page {
  const { t } = ctx;
  const intro = t('accounts.invitation.intro', { role: invitation.roleLabel, district: invitation.districtName, email: invitation.email });
  return formPage(ctx, {
    title: t('accounts.invitation.title'),
    form,
    fields: ['name', 'password', 'passwordRepeat'],
    action,
    submit: t('accounts.invitation.submit'),
    before: <Paragraph text={intro} />,
    children: (
      <>
        <TextField
          t={t}
          form={form}
          name="name"
          autocomplete="name"
          maxlength={maxLengthOf(acceptInvitationForm, 'name')}
          label={t('accounts.field.name')}
          description={t('accounts.field.name.description')}
        />
        <NewPasswordFields t={t} form={form} />
      </>
    ),
  });
}
