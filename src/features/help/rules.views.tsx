import type { PageContext } from '../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { duration, Heading, money, Para, TextList } from './components.tsx';
import type { HouseRules } from './help.rules.ts';
import type { SocialEntrepreneur } from './places.repository.ts';

export type Audience = 'requester' | 'volunteer' | 'coordinator';

function ruleLines(ctx: PageContext, rules: HouseRules, audience: Audience): string[] {
  const { t } = ctx;
  const params = {
    fee: money(rules.oddJobFeeCents, ctx.lang),
    duration: duration(t, rules.maxServiceMinutes),
    days: rules.feedbackDays,
    reminder: rules.reminderDays,
    count: rules.manyJobsCount,
    period: rules.manyJobsDays,
    studentDesk: rules.studentDesk,
  };
  const line = (key: string) => t(`help.houseRules.${audience}.${key}`, params);
  const lines = [line('free'), line('fee'), line('maxDuration')];
  if (rules.oneAtATime) lines.push(line('oneAtATime'));
  lines.push(line('feedback'));
  if (rules.networkCheckRequired) lines.push(line('network'));
  lines.push(line('large'));
  if (rules.studentsForLongRunning) lines.push(line('students'));
  if (rules.vogRequiredForHomeVisits && audience !== 'requester') lines.push(line('vog'));
  return lines;
}

/** The cooperative's house rules in plain words for this reader, with the liability notice (seed 004). */
export function HouseRulesSection({ ctx, rules, audience }: { ctx: PageContext; rules: HouseRules; audience: Audience }) {
  const { t } = ctx;
  return (
    <section class="wp-help-rules" aria-labelledby="spelregels">
      <Heading level={2} id="spelregels" text={t('help.houseRules.title', { cooperative: rules.cooperativeName })} />
      <TextList items={ruleLines(ctx, rules, audience)} />
      <div class="utrecht-alert utrecht-alert--info wp-help-liability">
        <p class="utrecht-paragraph utrecht-alert__message" safe>
          {t('help.liability', { cooperative: rules.cooperativeName })}
        </p>
      </div>
    </section>
  );
}

/** Where large or many jobs go: the social entrepreneurs in the guide and the cooperative's own list. */
export function SocialEntrepreneurs({
  ctx,
  fromGuide,
  configured,
}: {
  ctx: PageContext;
  fromGuide: SocialEntrepreneur[];
  configured: string[];
}) {
  const lines = [
    ...fromGuide.map((s) => [s.name, s.description, s.contact ?? ''].filter((p) => p !== '').join(' · ')),
    ...configured.map((line) =>
      line
        .split('|')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .join(' · '),
    ),
  ];
  if (lines.length === 0) return '';
  return (
    <section aria-labelledby="sociale-ondernemers">
      <Heading level={2} id="sociale-ondernemers" text={ctx.t('help.socialEntrepreneurs.title')} />
      <Para text={ctx.t('help.socialEntrepreneurs.intro')} />
      <TextList items={lines} />
    </section>
  );
}

const numberFields = ['oddJobFee', 'maxServiceMinutes', 'feedbackDays', 'reminderDays', 'manyJobsCount', 'manyJobsDays'] as const;
const flagFields = ['oneAtATime', 'networkCheckRequired', 'vogRequiredForHomeVisits', 'studentsForLongRunning'] as const;
const textFields = ['cooperativeName', 'schemeName', 'studentDesk', 'contactPhone', 'contactEmail', 'walkIn'] as const;

export function rulesFormValues(rules: HouseRules): FormState['values'] {
  const on = (flag: boolean) => (flag ? 'on' : '');
  return {
    cooperativeName: rules.cooperativeName,
    schemeName: rules.schemeName,
    oddJobFee: (rules.oddJobFeeCents / 100).toFixed(2).replace('.', ','),
    maxServiceMinutes: String(rules.maxServiceMinutes),
    oneAtATime: on(rules.oneAtATime),
    feedbackDays: String(rules.feedbackDays),
    reminderDays: String(rules.reminderDays),
    networkCheckRequired: on(rules.networkCheckRequired),
    vogRequiredForHomeVisits: on(rules.vogRequiredForHomeVisits),
    manyJobsCount: String(rules.manyJobsCount),
    manyJobsDays: String(rules.manyJobsDays),
    studentsForLongRunning: on(rules.studentsForLongRunning),
    studentDesk: rules.studentDesk,
    socialEntrepreneurs: rules.socialEntrepreneurs.join('\n'),
    contactPhone: rules.contactPhone,
    contactEmail: rules.contactEmail,
    walkIn: rules.walkIn,
  };
}

/** The administrator sets the cooperative's house rules ("Bestuur: vaststellen kaders en spelregels"). */
export function rulesAdminPage(ctx: PageContext, form: FormState, saved: boolean): Page {
  const { t } = ctx;
  const label = (name: string) => t(`help.rulesForm.${name}`);
  const labels = Object.fromEntries([...numberFields, ...flagFields, ...textFields, 'socialEntrepreneurs'].map((n) => [n, label(n)]));
  return {
    title: t('help.rulesForm.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.rulesForm.title')} />
        <Para text={t('help.rulesForm.intro')} />
        {saved ? <Notice text={t('help.rulesForm.saved')} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`/${ctx.district?.slug ?? ''}/beheer/spelregels`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {textFields.slice(0, 2).map((name) => (
            <TextField t={t} form={form} name={name} label={label(name)} maxlength={120} />
          ))}
          {numberFields.map((name) => (
            <TextField
              t={t}
              form={form}
              name={name}
              label={label(name)}
              inputmode={name === 'oddJobFee' ? 'decimal' : 'numeric'}
              description={t(`help.rulesForm.${name}.description`)}
            />
          ))}
          {flagFields.map((name) => (
            <CheckboxField t={t} form={form} name={name} label={label(name)} />
          ))}
          {textFields.slice(2).map((name) => (
            <TextField t={t} form={form} name={name} label={label(name)} required={false} />
          ))}
          <TextAreaField
            t={t}
            form={form}
            name="socialEntrepreneurs"
            label={label('socialEntrepreneurs')}
            description={t('help.rulesForm.socialEntrepreneurs.description')}
            required={false}
            maxlength={4000}
          />
          <SubmitButton label={t('help.rulesForm.submit')} />
        </form>
      </>
    ),
  };
}
