import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { MeetingSummary } from '../meetings/meetings.repository.ts';
import type { CityProgramme } from '../programmes/programmes.actions.ts';
import { CityBodies } from '../programmes/programmes.views.tsx';
import { bodyKinds } from '../programmes/programmes.rules.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { Badge, Crumbs, date, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { CoreTeamMember, LonglistItem, PlanAction, Workgroup } from './tijw.repository.ts';
import { checkCriteria, isEligible, type TijwPart } from './tijw.rules.ts';

/** The goals an activity serves, in short. */
const goalsText = (ctx: PageContext, goals: readonly number[]) => goals.map((g) => ctx.t(`pact.challenge.g${g}.short`)).join(', ');
const yesNo = (ctx: PageContext, value: boolean) => <Badge text={ctx.t(value ? 'pact.yes' : 'pact.no')} tone={value ? 'good' : 'bad'} />;

function AddLink({ ctx, part, show }: { ctx: PageContext; part: TijwPart; show: boolean }) {
  if (!show) return '';
  return (
    <p class="utrecht-paragraph">
      <Link href={`${pactBase(ctx)}/thuis-in-je-wijk/nieuw/${part}`} text={ctx.t(`pact.tijw.add.${part}`)} />
    </p>
  );
}

function Longlist({ ctx, items }: { ctx: PageContext; items: LonglistItem[] }) {
  const { t } = ctx;
  const criteria = ['newWayOfWorking', 'partnersFromSeveralTracks', 'severalGoals', 'fifthGoal'] as const;
  return (
    <Table
      caption={t('pact.tijw.longlist.caption')}
      hideCaption
      head={[t('pact.tijw.activity'), ...criteria.map((c) => t(`pact.tijw.criterion.${c}.short`)), t('pact.tijw.eligible')]}
      rows={items.map((item) => {
        const check = checkCriteria(item);
        return [
          <>
            <Text value={item.title} />
            <br />
            <Text value={[item.partners, goalsText(ctx, item.goals)].filter((s) => s !== '').join(' · ')} />
          </>,
          ...criteria.map((c) => yesNo(ctx, check[c])),
          <Badge
            text={t(isEligible(item) ? 'pact.tijw.eligible.yes' : 'pact.tijw.eligible.no')}
            tone={isEligible(item) ? 'good' : 'neutral'}
          />,
        ];
      })}
    />
  );
}

/** The district's learning meetings (seed 003 §4.4: three a year), each linked to its page. */
function LearningMeetings({ ctx, meetings }: { ctx: PageContext; meetings: readonly MeetingSummary[] }) {
  if (meetings.length === 0) return <Para text={ctx.t('pact.programme.learning.none')} />;
  return (
    <ul class="utrecht-unordered-list">
      {meetings.map((m) => (
        <li class="utrecht-unordered-list__item">
          <Link href={`${pactBase(ctx)}/bijeenkomsten/${m.id}`} text={`${date(ctx, m.startsAt)}: ${m.title}`} />
        </li>
      ))}
    </ul>
  );
}

function CitySection({ ctx, cities }: { ctx: PageContext; cities: readonly CityProgramme[] }) {
  return (
    <>
      {cities.map((city) => (
        <section aria-labelledby={`stad-${city.programme.id}`}>
          <h2 class="utrecht-heading-2" id={`stad-${city.programme.id}`} safe>
            {ctx.t('pact.programme.city')}
          </h2>
          <Para text={ctx.t('pact.programme.city.intro')} />
          <CityBodies ctx={ctx} city={city} kinds={bodyKinds} />
        </section>
      ))}
    </>
  );
}

export function tijwPage(
  ctx: PageContext,
  data: {
    team: CoreTeamMember[];
    actions: PlanAction[];
    groups: Workgroup[];
    longlist: LonglistItem[];
    learning: MeetingSummary[];
    cities: CityProgramme[];
    access: PactAccess;
    notice?: string;
  },
): Page {
  const { t } = ctx;
  const can = data.access.actionPlan;
  const quartermasters = data.team.filter((m) => m.isQuartermaster);
  return {
    title: t('pact.hub.tijw'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.hub.tijw')} intro={t('pact.tijw.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <h2 class="utrecht-heading-2" safe>
          {t('pact.tijw.team')}
        </h2>
        <Para
          text={
            quartermasters.length === 0
              ? t('pact.tijw.noQuartermaster')
              : t('pact.tijw.quartermaster', { names: quartermasters.map((m) => `${m.name} (${m.organizationName})`).join(', ') })
          }
        />
        <Para
          text={
            data.team
              .filter((m) => !m.isQuartermaster)
              .map((m) => (m.name === '' ? m.organizationName : `${m.name} (${m.organizationName})`))
              .join(', ') || t('pact.tijw.noMembers')
          }
        />
        <AddLink ctx={ctx} part="kernteam" show={can} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.tijw.plan')}
        </h2>
        {data.actions.length === 0 ? (
          <Para text={t('pact.tijw.noActions')} />
        ) : (
          <Table
            caption={t('pact.tijw.plan')}
            hideCaption
            head={[t('pact.tijw.action'), t('pact.tijw.goals'), t('pact.tijw.owner'), t('pact.project.status')]}
            rows={data.actions.map((a) => [
              <Text value={a.title} />,
              <Text value={goalsText(ctx, a.goals)} />,
              <Text value={a.owner === '' ? t('pact.programme.unknown') : a.owner} />,
              <Text value={t(`pact.project.status.${a.status}`)} />,
            ])}
          />
        )}
        <AddLink ctx={ctx} part="actie" show={can} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.programme.learning')}
        </h2>
        <Para text={t('pact.programme.learning.intro')} />
        <LearningMeetings ctx={ctx} meetings={data.learning} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.programme.districtGroups')}
        </h2>
        {data.groups.length === 0 ? (
          <Para text={t('pact.tijw.noGroups')} />
        ) : (
          <Table
            caption={t('pact.tijw.groups')}
            hideCaption
            head={[t('pact.tijw.group'), t('pact.tijw.task'), t('pact.tijw.members')]}
            rows={data.groups.map((g) => [<Text value={g.name} />, <Text value={g.task} />, <Text value={g.members} />])}
          />
        )}
        <AddLink ctx={ctx} part="werkgroep" show={can} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.tijw.longlist')}
        </h2>
        <Para text={t('pact.tijw.longlist.intro')} />
        {data.longlist.length === 0 ? <Para text={t('pact.tijw.noLonglist')} /> : <Longlist ctx={ctx} items={data.longlist} />}
        <AddLink ctx={ctx} part="longlist" show={can} />
        <CitySection ctx={ctx} cities={data.cities} />
      </>
    ),
  };
}
