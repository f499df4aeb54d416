import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { SelectField, type FormState } from '../../../platform/layout/forms.tsx';
import { feeRateFor, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { CheckboxGroup } from './checkbox-group.views.tsx';
import { duration, money } from './words.ts';
import type { MeetingPlace } from './places.repository.ts';
import { frequencies, talentKinds, talents } from './talents.rules.ts';
import { dayParts, days } from './time.rules.ts';

/** Fields that the request form, the coordinator's check and the volunteer's profile share. */

interface FieldProps {
  ctx: PageContext;
  form: FormState;
  label: string;
}

/** Each kind of help with its price, so the fee is clear before anyone asks. */
function talentOptions(ctx: PageContext, rules: HouseRules) {
  return talents.map((talent) => {
    const kind = talentKinds[talent];
    const fee = money(feeRateFor(rules, kind), ctx.lang);
    const price = kind === 'odd_job' ? ctx.t('help.price.perHour', { fee }) : ctx.t('help.price.free');
    return { value: talent, label: `${ctx.t(`help.talent.${talent}`)} (${price})` };
  });
}

/** Half-hour steps up to the longest a service may take, then "longer" where it is offered. */
function durationOptions(ctx: PageContext, rules: HouseRules, offerLonger: boolean) {
  const steps: { value: string; label: string }[] = [];
  for (let m = 30; m <= rules.maxServiceMinutes; m += 30) steps.push({ value: String(m), label: duration(ctx.t, m) });
  if (!offerLonger) return steps;
  const longer = ctx.t('help.field.duration.longer', { duration: duration(ctx.t, rules.maxServiceMinutes) });
  return [...steps, { value: 'meer', label: longer }];
}

export function TalentField({ ctx, form, label, rules }: FieldProps & { rules: HouseRules }) {
  return (
    <SelectField
      t={ctx.t}
      form={form}
      name="talent"
      label={label}
      placeholder={ctx.t('help.field.talent.choose')}
      options={talentOptions(ctx, rules)}
    />
  );
}

export function FrequencyField({ ctx, form, label }: FieldProps) {
  const options = frequencies.map((f) => ({ value: f, label: ctx.t(`help.frequency.${f}`) }));
  return <SelectField t={ctx.t} form={form} name="frequency" label={label} options={options} />;
}

/**
 * How long a job takes. A resident is offered only what the house rules allow, and told why
 * (issue 10.7); the desk may record "longer" to refer the job on.
 */
export function DurationField({ ctx, form, label, rules, offerLonger }: FieldProps & { rules: HouseRules; offerLonger: boolean }) {
  const placeholder = ctx.t('help.field.duration.unknown');
  const limit = offerLonger ? undefined : ctx.t('help.field.duration.limit', { duration: duration(ctx.t, rules.maxServiceMinutes) });
  return (
    <SelectField
      t={ctx.t}
      form={form}
      name="duration"
      label={label}
      required={false}
      placeholder={placeholder}
      description={limit}
      options={durationOptions(ctx, rules, offerLonger)}
    />
  );
}

export function MeetingPlaceField({
  ctx,
  form,
  label,
  places,
  description,
}: FieldProps & { places: MeetingPlace[]; description?: string }) {
  const options = places.map((p) => ({ value: p.id, label: p.name }));
  const placeholder = ctx.t('help.field.meetingPlace.none');
  return (
    <SelectField
      t={ctx.t}
      form={form}
      name="meetingPlace"
      label={label}
      required={false}
      description={description}
      placeholder={placeholder}
      options={options}
    />
  );
}

export function BuurtField({ ctx, form, label, buurten }: FieldProps & { buurten: Buurt[] }) {
  const options = buurten.map((b) => ({ value: b.slug, label: b.name }));
  return <SelectField t={ctx.t} form={form} name="buurt" label={label} placeholder={ctx.t('help.field.buurt.choose')} options={options} />;
}

export function WhenFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const dayOptions = days.map((d) => ({ value: d, label: t(`help.day.${d}`) }));
  const partOptions = dayParts.map((p) => ({ value: p, label: t(`help.part.${p}`) }));
  return (
    <>
      <CheckboxGroup
        t={t}
        form={form}
        name="days"
        legend={t('help.field.days')}
        description={t('help.field.days.description')}
        compact
        options={dayOptions}
      />
      <CheckboxGroup t={t} form={form} name="parts" legend={t('help.field.parts')} compact options={partOptions} />
    </>
  );
}

/** Labels of fields by name, from one catalog prefix. */
export function labelsFor(ctx: PageContext, prefix: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, ctx.t(`${prefix}.${n}`)]));
}
