import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
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
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { reaches } from '../matching/ranking.rules.ts';
import { CheckboxGroup } from '../shared/checkbox-group.views.tsx';
import { Heading, Para } from '../shared/components.tsx';
import { BuurtField, labelsFor, WhenFields } from '../shared/fields.views.tsx';
import { talents } from '../shared/talents.rules.ts';
import { profileForm } from './profile.schema.ts';

export interface ProfileData {
  buurten: Buurt[];
  rules: HouseRules;
  notice: string | undefined;
  /** Their own VOG: seen and counting, lapsed, or none; null when they have no profile yet. */
  vog: 'onFile' | 'lapsed' | 'missing' | null;
}

/** The volunteer's own profile: talents, time, where they live and how far they go. */
export function profilePage(ctx: PageContext, form: FormState, data: ProfileData): Page {
  const { t } = ctx;
  const labels = labelsFor(ctx, 'help.profile', ['buurt', 'street', 'talents', 'talentNote', 'days', 'parts', 'reach', 'active']);
  return {
    title: t('help.profile.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.profile.title')} />
        <Para lead text={t('help.profile.intro')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        {data.vog === null ? '' : <Para text={t(`help.profile.vog.${data.vog}`)} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/profiel`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <CheckboxGroup
            t={t}
            form={form}
            name="talents"
            legend={labels.talents ?? ''}
            options={talents.map((x) => ({ value: x, label: t(`help.talent.${x}`) }))}
          />
          <TextAreaField
            t={t}
            form={form}
            name="talentNote"
            label={labels.talentNote ?? ''}
            required={false}
            rows={2}
            maxlength={maxLengthOf(profileForm, 'talentNote')}
          />
          <WhenFields ctx={ctx} form={form} />
          <BuurtField ctx={ctx} form={form} label={labels.buurt ?? ''} buurten={data.buurten} />
          <TextField
            t={t}
            form={form}
            name="street"
            label={labels.street ?? ''}
            description={t('help.profile.street.description')}
            autocomplete="address-line1"
            maxlength={maxLengthOf(profileForm, 'street')}
          />
          <SelectField
            t={t}
            form={form}
            name="reach"
            label={labels.reach ?? ''}
            options={reaches.map((r) => ({ value: r, label: t(`help.reach.${r}`) }))}
          />
          <CheckboxField t={t} form={form} name="active" label={labels.active ?? ''} description={t('help.profile.active.description')} />
          <SubmitButton label={t('help.profile.submit')} />
        </form>
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="volunteer" />
      </>
    ),
  };
}
