import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/i18n.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { Heading, LinkTo, Para, PostButton } from '../shared/components.tsx';
import { duration, requestLabel } from '../shared/words.ts';
import { StatusBadge } from '../shared/timeline.views.tsx';
import type { VolunteerService } from './services.repository.ts';

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
