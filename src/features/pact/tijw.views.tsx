import type { PageContext } from '../../platform/http/request-context.ts';
import { CheckboxField, Notice, SelectField, TextAreaField, TextField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import type { PactAccess } from './access.rules.ts';
import { Badge, Crumbs, Heading, Link, pactBase, Para, Table, Text } from './pact.components.tsx';
import { CheckboxGroup, PactForm } from './pact.forms.tsx';
import type { CoreTeamMember, LonglistItem, PlanAction, Workgroup } from './tijw.repository.ts';
import { checkCriteria, isEligible, tijwGoals } from './tijw.rules.ts';
import { planStatuses } from './tijw.schema.ts';

export const tijwParts = ['kernteam', 'actie', 'werkgroep', 'longlist'] as const;
export type TijwPart = (typeof tijwParts)[number];

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

export function tijwPage(
  ctx: PageContext,
  data: {
    team: CoreTeamMember[];
    actions: PlanAction[];
    groups: Workgroup[];
    longlist: LonglistItem[];
    access: PactAccess;
    notice?: string;
  },
): Page {
  const { t } = ctx;
  const can = data.access.coordinate;
  const quartermasters = data.team.filter((m) => m.isQuartermaster);
  return {
    title: t('pact.hub.tijw'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.hub.tijw')} intro={t('pact.tijw.intro')} />
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
              <Text value={a.owner === '' ? '—' : a.owner} />,
              <Text value={t(`pact.project.status.${a.status}`)} />,
            ])}
          />
        )}
        <AddLink ctx={ctx} part="actie" show={can} />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.tijw.groups')}
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
      </>
    ),
  };
}

function TitleAndDescription({ ctx, form, label }: { ctx: PageContext; form: FormState; label: string }) {
  return (
    <>
      <TextField t={ctx.t} form={form} name="title" label={label} maxlength={200} />
      <TextAreaField
        t={ctx.t}
        form={form}
        name="description"
        label={ctx.t('pact.project.description')}
        required={false}
        rows={3}
        maxlength={2000}
      />
    </>
  );
}

function Fields({ ctx, part, form }: { ctx: PageContext; part: TijwPart; form: FormState }) {
  const { t } = ctx;
  const goals = (
    <CheckboxGroup
      t={t}
      form={form}
      name="goals"
      legend={t('pact.tijw.goals')}
      options={tijwGoals.map((g) => ({ value: String(g), label: t(`pact.challenge.g${g}`) }))}
    />
  );
  switch (part) {
    case 'kernteam':
      return (
        <>
          <TextField t={t} form={form} name="organizationName" label={t('pact.tijw.organization')} maxlength={150} />
          <TextField t={t} form={form} name="name" label={t('pact.tijw.person')} required={false} maxlength={100} />
          <CheckboxField t={t} form={form} name="isQuartermaster" label={t('pact.tijw.isQuartermaster')} />
        </>
      );
    case 'actie':
      return (
        <>
          <TitleAndDescription ctx={ctx} form={form} label={t('pact.tijw.action')} />
          {goals}
          <TextField t={t} form={form} name="owner" label={t('pact.tijw.owner')} required={false} maxlength={200} />
          <SelectField
            t={t}
            form={form}
            name="status"
            label={t('pact.project.status')}
            options={planStatuses.map((s) => ({ value: s, label: t(`pact.project.status.${s}`) }))}
          />
        </>
      );
    case 'werkgroep':
      return (
        <>
          <TextField t={t} form={form} name="name" label={t('pact.tijw.group')} maxlength={150} />
          <TextAreaField t={t} form={form} name="task" label={t('pact.tijw.task')} required={false} rows={3} maxlength={1000} />
          <TextAreaField t={t} form={form} name="members" label={t('pact.tijw.members')} required={false} rows={2} maxlength={1000} />
        </>
      );
    case 'longlist':
      return (
        <>
          <TitleAndDescription ctx={ctx} form={form} label={t('pact.tijw.activity')} />
          <TextField t={t} form={form} name="partners" label={t('pact.tijw.partners')} required={false} maxlength={1000} />
          {goals}
          <CheckboxField t={t} form={form} name="newWayOfWorking" label={t('pact.tijw.criterion.newWayOfWorking')} />
          <CheckboxField t={t} form={form} name="partnersFromSeveralTracks" label={t('pact.tijw.criterion.partnersFromSeveralTracks')} />
        </>
      );
  }
}

export function tijwFormPage(ctx: PageContext, part: TijwPart, form: FormState): Page {
  const { t } = ctx;
  const labels: Record<string, string> = {
    organizationName: t('pact.tijw.organization'),
    title: t(part === 'longlist' ? 'pact.tijw.activity' : 'pact.tijw.action'),
    goals: t('pact.tijw.goals'),
    name: t(part === 'werkgroep' ? 'pact.tijw.group' : 'pact.tijw.person'),
  };
  return {
    title: t(`pact.tijw.add.${part}`),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/thuis-in-je-wijk`, label: t('pact.hub.tijw') }]} />
        <Heading title={t(`pact.tijw.add.${part}`)} />
        {part === 'longlist' ? <Para text={t('pact.tijw.longlist.intro')} /> : ''}
        <PactForm
          ctx={ctx}
          form={form}
          labels={labels}
          action={`${pactBase(ctx)}/thuis-in-je-wijk/nieuw/${part}`}
          submit={t('pact.tijw.save')}
        >
          <Fields ctx={ctx} part={part} form={form} />
        </PactForm>
      </>
    ),
  };
}
