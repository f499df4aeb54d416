import type { PropsWithChildren } from '@kitajs/html';
import type { PageContext } from '../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  emptyForm,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../platform/layout/forms.tsx';
import { duration, Heading, money, Para } from './components.tsx';
import type { HouseRules } from './help.rules.ts';
import { declineReasons, referralKinds } from './lifecycle.rules.ts';
import type { MeetingPlace, SocialEntrepreneur } from './places.repository.ts';
import { DurationField, FrequencyField, labelsFor, MeetingPlaceField, TalentField } from './fields.views.tsx';
import type { HelpRequest } from './requests.repository.ts';

export type ActionForm = 'check' | 'network' | 'decline' | 'refer' | 'done';
export type ActionForms = Partial<Record<ActionForm, FormState>>;

function Action({ ctx, step, children }: PropsWithChildren<{ ctx: PageContext; step: string }>) {
  return (
    <form class="wp-form wp-help-action" method="post" action={`${ctx.path.split('?')[0] ?? ''}/${step}`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      {children}
    </form>
  );
}

export function actionLabels(ctx: PageContext): Record<string, string> {
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
  form,
  rules,
  meetingPlaces,
}: {
  ctx: PageContext;
  form: FormState;
  rules: HouseRules;
  meetingPlaces: MeetingPlace[];
}) {
  const { t } = ctx;
  const l = actionLabels(ctx);
  return (
    <Action ctx={ctx} step="controleren">
      <Heading level={3} text={t('help.action.check.title')} />
      <Para text={t('help.action.check.intro')} />
      <TalentField ctx={ctx} form={form} label={l.talent ?? ''} rules={rules} />
      <FrequencyField ctx={ctx} form={form} label={l.frequency ?? ''} />
      <DurationField ctx={ctx} form={form} label={l.duration ?? ''} rules={rules} />
      <MeetingPlaceField ctx={ctx} form={form} label={l.meetingPlace ?? ''} places={meetingPlaces} />
      <SubmitButton label={t('help.action.check.submit')} />
    </Action>
  );
}

export function NetworkForm({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const l = actionLabels(ctx);
  return (
    <Action ctx={ctx} step="netwerkcheck">
      <Heading level={3} text={t('help.action.network.title')} />
      <Para text={t('help.action.network.intro')} />
      <SelectField
        t={t}
        form={form}
        name="answer"
        label={l.answer ?? ''}
        placeholder={t('help.field.answer.choose')}
        options={['nobody', 'network_can'].map((a) => ({ value: a, label: t(`help.network.${a}`) }))}
      />
      <TextAreaField t={t} form={form} name="networkNote" label={l.networkNote ?? ''} required={false} rows={2} maxlength={500} />
      <SubmitButton label={t('help.action.network.submit')} />
    </Action>
  );
}

export function DeclineForm({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const l = actionLabels(ctx);
  return (
    <Action ctx={ctx} step="afwijzen">
      <Heading level={3} text={t('help.action.decline.title')} />
      <SelectField
        t={t}
        form={form}
        name="reason"
        label={l.reason ?? ''}
        placeholder={t('help.field.reason.choose')}
        options={declineReasons.map((r) => ({ value: r, label: t(`help.decline.${r}`) }))}
      />
      <TextAreaField t={t} form={form} name="declineNote" label={l.declineNote ?? ''} required={false} rows={2} maxlength={500} />
      <SubmitButton secondary label={t('help.action.decline.submit')} />
    </Action>
  );
}

export function ReferForm({
  ctx,
  form,
  rules,
  socialEntrepreneurs,
}: {
  ctx: PageContext;
  form: FormState;
  rules: HouseRules;
  socialEntrepreneurs: SocialEntrepreneur[];
}) {
  const { t } = ctx;
  const l = actionLabels(ctx);
  const targets = [
    ...socialEntrepreneurs.map((s) => s.name),
    ...rules.socialEntrepreneurs.map((line) => line.split('|')[0]?.trim() ?? line),
    rules.studentDesk,
  ].filter((n) => n !== '');
  return (
    <Action ctx={ctx} step="doorverwijzen">
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
        maxlength={200}
      />
      <TextAreaField t={t} form={form} name="referNote" label={l.referNote ?? ''} required={false} rows={2} maxlength={500} />
      <SubmitButton secondary label={t('help.action.refer.submit')} />
    </Action>
  );
}

export function DoneForm({ ctx, form, request }: { ctx: PageContext; form: FormState; request: HelpRequest }) {
  const { t } = ctx;
  const l = actionLabels(ctx);
  const options = [15, 30, 45, 60, 75, 90, 105, 120, 150, 180].map((m) => ({ value: String(m), label: duration(t, m) }));
  return (
    <Action ctx={ctx} step="klaar">
      <Heading level={3} text={t('help.action.done.title')} />
      <SelectField
        t={t}
        form={form}
        name="minutes"
        label={l.minutes ?? ''}
        placeholder={t('help.field.minutes.choose')}
        options={options}
      />
      {request.kind === 'odd_job' ? (
        <CheckboxField
          t={t}
          form={form}
          name="feePaid"
          label={t('help.field.feePaidRate', { fee: money(request.feeRateCents, ctx.lang) })}
        />
      ) : (
        <Para text={t('help.action.done.free')} />
      )}
      <SubmitButton label={t('help.action.done.submit')} />
    </Action>
  );
}

/** A step that needs no more than a click. */
export function ButtonAction({
  ctx,
  step,
  label,
  intro,
  secondary = false,
}: {
  ctx: PageContext;
  step: string;
  label: string;
  intro?: string;
  secondary?: boolean;
}) {
  return (
    <Action ctx={ctx} step={step}>
      {intro === undefined ? '' : <Para text={intro} />}
      <SubmitButton secondary={secondary} label={label} />
    </Action>
  );
}

export const formOr = (forms: ActionForms, name: ActionForm, fallback: FormState = emptyForm): FormState => forms[name] ?? fallback;
