import type { PropsWithChildren } from '@kitajs/html';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, SelectField, SubmitButton, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { declineReasons, referralKinds } from '../lifecycle/lifecycle.rules.ts';
import { Heading, Para, StepForm } from '../shared/components.tsx';
import { DurationField, FrequencyField, labelsFor, MeetingPlaceField, TalentField } from '../shared/fields.views.tsx';
import type { MeetingPlace, SocialEntrepreneur } from '../shared/places.repository.ts';
import { declineForm, networkForm, referForm } from './desk.schema.ts';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';

/** The trade word of this step, explained on hover and linked to the glossary. */
const networkCheck: TermWord[] = [{ word: 'netwerkcheck', id: 'netwerkcheck' }];

/** The forms of the request page whose fields can show problems. */
export type StepFormName = 'check' | 'network' | 'decline' | 'refer' | 'done';
export type StepForms = Partial<Record<StepFormName, FormState>>;

/** Each step's form posts to its own fixed address under the request: `base` is the request's desk address. */
interface StepProps {
  ctx: PageContext;
  base: string;
}

function Action({ ctx, base, step, children }: PropsWithChildren<StepProps & { step: string }>) {
  return (
    <StepForm action={`${base}/${step}`} csrfToken={ctx.csrfToken}>
      {children}
    </StepForm>
  );
}

export function stepLabels(ctx: PageContext): Record<string, string> {
  return labelsFor(ctx, 'help.field', [
    'talent',
    'frequency',
    'duration',
    'meetingPlace',
    'answer',
    'networkNote',
    'reason',
    'declineNote',
    'referKind',
    'referTo',
    'referNote',
    'minutes',
    'feePaid',
  ]);
}

export function CheckForm({
  ctx,
  base,
  form,
  rules,
  meetingPlaces,
}: StepProps & {
  form: FormState;
  rules: HouseRules;
  meetingPlaces: MeetingPlace[];
}) {
  const { t } = ctx;
  const l = stepLabels(ctx);
  return (
    <Action ctx={ctx} base={base} step="controleren">
      <Heading level={3} text={t('help.action.check.title')} />
      <Para text={t('help.action.check.intro')} />
      <TalentField ctx={ctx} form={form} label={l.talent ?? ''} rules={rules} />
      <FrequencyField ctx={ctx} form={form} label={l.frequency ?? ''} />
      <DurationField ctx={ctx} form={form} label={l.duration ?? ''} rules={rules} offerLonger />
      <MeetingPlaceField ctx={ctx} form={form} label={l.meetingPlace ?? ''} places={meetingPlaces} />
      <SubmitButton label={t('help.action.check.submit')} />
    </Action>
  );
}

export function NetworkForm({ ctx, base, form }: StepProps & { form: FormState }) {
  const { t } = ctx;
  const l = stepLabels(ctx);
  return (
    <Action ctx={ctx} base={base} step="netwerkcheck">
      <h3 class="utrecht-heading-3">
        <TermIn ctx={ctx} text={t('help.action.network.title')} terms={networkCheck} />
      </h3>
      <Para text={t('help.action.network.intro')} />
      <SelectField
        t={t}
        form={form}
        name="answer"
        label={l.answer ?? ''}
        placeholder={t('help.field.answer.choose')}
        options={['nobody', 'network_can'].map((a) => ({ value: a, label: t(`help.network.${a}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="networkNote"
        label={l.networkNote ?? ''}
        required={false}
        rows={2}
        maxlength={maxLengthOf(networkForm, 'networkNote')}
      />
      <SubmitButton label={t('help.action.network.submit')} />
    </Action>
  );
}

export function DeclineForm({ ctx, base, form }: StepProps & { form: FormState }) {
  const { t } = ctx;
  const l = stepLabels(ctx);
  return (
    <Action ctx={ctx} base={base} step="afwijzen">
      <Heading level={3} text={t('help.action.decline.title')} />
      <SelectField
        t={t}
        form={form}
        name="reason"
        label={l.reason ?? ''}
        placeholder={t('help.field.reason.choose')}
        options={declineReasons.map((r) => ({ value: r, label: t(`help.decline.${r}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="declineNote"
        label={l.declineNote ?? ''}
        required={false}
        rows={2}
        maxlength={maxLengthOf(declineForm, 'declineNote')}
      />
      <SubmitButton secondary label={t('help.action.decline.submit')} />
    </Action>
  );
}

export function ReferForm({
  ctx,
  base,
  form,
  rules,
  socialEntrepreneurs,
}: StepProps & {
  form: FormState;
  rules: HouseRules;
  socialEntrepreneurs: SocialEntrepreneur[];
}) {
  const { t } = ctx;
  const l = stepLabels(ctx);
  const targets = [
    ...socialEntrepreneurs.map((s) => s.name),
    ...rules.socialEntrepreneurs.map((line) => line.split('|')[0]?.trim() ?? line),
    rules.studentDesk,
  ].filter((n) => n !== '');
  return (
    <Action ctx={ctx} base={base} step="doorverwijzen">
      <Heading level={3} text={t('help.action.refer.title')} />
      <Para text={t('help.action.refer.intro', { targets: targets.join(', ') })} />
      <SelectField
        t={t}
        form={form}
        name="referKind"
        label={l.referKind ?? ''}
        options={referralKinds.map((k) => ({ value: k, label: t(`help.referral.${k}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="referTo"
        label={l.referTo ?? ''}
        description={t('help.field.referTo.description')}
        maxlength={maxLengthOf(referForm, 'referTo')}
      />
      <TextAreaField
        t={t}
        form={form}
        name="referNote"
        label={l.referNote ?? ''}
        required={false}
        rows={2}
        maxlength={maxLengthOf(referForm, 'referNote')}
      />
      <SubmitButton secondary label={t('help.action.refer.submit')} />
    </Action>
  );
}

/** A step that needs no more than a click. */
export function ButtonAction({
  ctx,
  base,
  step,
  label,
  intro,
  secondary = false,
}: StepProps & {
  step: string;
  label: string;
  intro?: string;
  secondary?: boolean;
}) {
  return (
    <Action ctx={ctx} base={base} step={step}>
      {intro === undefined ? '' : <Para text={intro} />}
      <SubmitButton secondary={secondary} label={label} />
    </Action>
  );
}

export const formOr = (forms: StepForms, name: StepFormName, fallback: FormState = emptyForm): FormState => forms[name] ?? fallback;
