import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import { talents } from '../../help/index.ts';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { poolKinds } from './pools.rules.ts';
import { profileForm } from './pools.schema.ts';

const profileFields = ['kind', 'buurt', 'talents', 'skills', 'availability'] as const;

/** The labels of the profile's fields, for the error summary. */
export function profileLabels(ctx: PageContext): Record<string, string> {
  return Object.fromEntries(profileFields.map((f) => [f, ctx.t(`cooperative.pool.${f}`)]));
}

/** Which group of pool 2, home buurt, talents of the shared list, skills in own words, and when. */
export function ProfileFields({ ctx, form, buurten }: { ctx: PageContext; form: FormState; buurten: readonly Buurt[] }) {
  const { t } = ctx;
  const label = (name: string) => t(`cooperative.pool.${name}`);
  return (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        name="kind"
        type="radio"
        legend={label('kind')}
        options={poolKinds.map((k) => ({ value: k, label: t(`cooperative.poolKind.${k}`) }))}
      />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        label={label('buurt')}
        placeholder={t('cooperative.volunteer.buurt.choose')}
        options={buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <ChoiceGroup
        t={t}
        form={form}
        name="talents"
        type="checkbox"
        legend={label('talents')}
        options={talents.map((v) => ({ value: v, label: t(`help.talent.${v}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="skills"
        label={label('skills')}
        description={t('cooperative.pool.skills.description')}
        required={false}
        rows={3}
        maxlength={maxLengthOf(profileForm, 'skills')}
      />
      <TextField
        t={t}
        form={form}
        name="availability"
        label={label('availability')}
        description={t('cooperative.pool.availability.description')}
        maxlength={maxLengthOf(profileForm, 'availability')}
      />
    </>
  );
}
