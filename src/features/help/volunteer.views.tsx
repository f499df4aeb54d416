import type { Buurt } from '../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
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
} from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { CheckboxGroup, duration, Heading, LinkTo, Para, PostButton, requestLabel, StatusBadge } from './components.tsx';
import type { HouseRules } from './help.rules.ts';
import { talents } from './help.rules.ts';
import { reaches } from './ranking.rules.ts';
import { BuurtField, labelsFor, WhenFields } from './fields.views.tsx';
import { HouseRulesSection } from './rules.views.tsx';
import type { VolunteerService } from './services.repository.ts';

export interface ProfileData {
  buurten: Buurt[];
  rules: HouseRules;
  saved: boolean;
  vogOnFile: boolean | null;
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
        {data.saved ? <Notice text={t('help.profile.saved')} /> : ''}
        {data.vogOnFile === null ? '' : <Para text={t(data.vogOnFile ? 'help.profile.vog.onFile' : 'help.profile.vog.missing')} />}
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
          <TextAreaField t={t} form={form} name="talentNote" label={labels.talentNote ?? ''} required={false} rows={2} maxlength={500} />
          <WhenFields ctx={ctx} form={form} />
          <BuurtField ctx={ctx} form={form} label={labels.buurt ?? ''} buurten={data.buurten} />
          <TextField
            t={t}
            form={form}
            name="street"
            label={labels.street ?? ''}
            description={t('help.profile.street.description')}
            autocomplete="address-line1"
            maxlength={120}
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

interface OpenProposal {
  id: string;
  expires_at: string;
  kind: string;
  talent: string | null;
  what: string;
  buurtName: string;
}

export interface MineData {
  hasProfile: boolean;
  proposals: OpenProposal[];
  current: VolunteerService[];
  past: VolunteerService[];
  years: { year: number; minutes: number; count: number }[];
  rules: HouseRules;
}

function Proposals({ ctx, proposals }: { ctx: PageContext; proposals: OpenProposal[] }) {
  const { t } = ctx;
  if (proposals.length === 0) return '';
  const base = `/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/voorstellen`;
  return (
    <>
      <Heading level={2} text={t('help.mine.proposals')} />
      <ul class="utrecht-unordered-list">
        {proposals.map((p) => {
          const what = requestLabel(t, p);
          const line = `${what} · ${p.buurtName} · ${t('help.mine.answerBefore', { date: formatDateTime(p.expires_at, ctx.lang) })}`;
          return (
            <li class="utrecht-unordered-list__item">
              <span safe>{line}</span>
              <PostButton
                csrfToken={ctx.csrfToken}
                action={`${base}/${p.id}`}
                inline
                hidden={{ answer: 'accept' }}
                label={t('help.proposal.accept')}
                ariaLabel={t('help.mine.acceptOf', { what })}
              />{' '}
              <PostButton
                csrfToken={ctx.csrfToken}
                action={`${base}/${p.id}`}
                inline
                secondary
                hidden={{ answer: 'decline' }}
                label={t('help.proposal.decline')}
                ariaLabel={t('help.mine.declineOf', { what })}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Services({ ctx, services, empty }: { ctx: PageContext; services: VolunteerService[]; empty: string }) {
  if (services.length === 0) return <Para text={ctx.t(empty)} />;
  const base = `/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/hulpvragen`;
  return (
    <ul class="utrecht-unordered-list">
      {services.map((s) => (
        <li class="utrecht-unordered-list__item">
          <LinkTo href={`${base}/${s.id}`} text={`${requestLabel(ctx.t, s)} · ${s.buurtName}`} />{' '}
          <StatusBadge t={ctx.t} status={s.status} />
          {s.doneAt === null || s.minutesDone === null ? (
            ''
          ) : (
            <span safe>{` · ${formatDate(s.doneAt, ctx.lang)} · ${duration(ctx.t, s.minutesDone)}`}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Mijn hulp": what the volunteer does now, did before, and their own hours per year. */
export function minePage(ctx: PageContext, data: MineData): Page {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/hulp/vrijwilliger`;
  return {
    title: t('help.mine.title'),
    body: (
      <>
        <Heading text={t('help.mine.title')} />
        {data.hasProfile ? '' : <Notice kind="info" text={t('help.mine.noProfile')} />}
        <p class="utrecht-paragraph">
          <LinkTo href={`${base}/profiel`} text={t(data.hasProfile ? 'help.mine.editProfile' : 'help.mine.makeProfile')} />
        </p>
        <Proposals ctx={ctx} proposals={data.proposals} />
        <Heading level={2} text={t('help.mine.current')} />
        <Services ctx={ctx} services={data.current} empty="help.mine.noCurrent" />
        <Heading level={2} text={t('help.mine.hours')} />
        {data.years.length === 0 ? (
          <Para text={t('help.mine.noHours')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.years.map((y) => (
              <li class="utrecht-unordered-list__item" safe>
                {t('help.mine.yearLine', { year: y.year, hours: duration(t, y.minutes), count: y.count })}
              </li>
            ))}
          </ul>
        )}
        <Para text={t('help.mine.thanks')} />
        <Heading level={2} text={t('help.mine.past')} />
        <Services ctx={ctx} services={data.past} empty="help.mine.noPast" />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="volunteer" />
      </>
    ),
  };
}
