import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PactForm } from '../shared/pact.forms.tsx';
import type { PactAccess } from '../shared/access.rules.ts';
import { Badge, Crumbs, date, Heading, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { Partner } from '../partners/partners.repository.ts';
import type { ChairTerm, SteeringMember } from './steering.repository.ts';
import { MAX_STEERING_MEMBERS, periodsFrom, seats, type Seat } from './steering.rules.ts';
import { memberForm } from './steering.schema.ts';

export interface SteeringPageData {
  members: SteeringMember[];
  openSeats: { seat: Seat; open: number }[];
  terms: ChairTerm[];
  currentPeriod: string;
  partners: Partner[];
  access: PactAccess;
  notice?: string;
}

function periodLabel(ctx: PageContext, period: string): string {
  const [year = '', half = '1'] = period.split('-');
  return ctx.t(`pact.period.${half}`, { year });
}

function MemberForm({ ctx, form, data }: { ctx: PageContext; form: FormState; data: SteeringPageData }) {
  const { t } = ctx;
  const labels = {
    seat: t('pact.steering.seat'),
    name: t('pact.steering.name'),
    organization: t('pact.steering.organization'),
    email: t('pact.steering.email'),
    joinedOn: t('pact.steering.joinedOn'),
  };
  return (
    <section aria-labelledby="lid-toevoegen">
      <h2 class="utrecht-heading-2" id="lid-toevoegen" safe>
        {t('pact.steering.add')}
      </h2>
      <Para text={t('pact.steering.add.intro', { max: MAX_STEERING_MEMBERS })} />
      <PactForm ctx={ctx} form={form} labels={labels} action={`${pactBase(ctx)}/regiegroep/leden`} submit={t('pact.steering.add.submit')}>
        <SelectField
          t={t}
          form={form}
          name="seat"
          label={labels.seat}
          placeholder={t('pact.choose')}
          options={seats.map((s) => ({ value: s, label: t(`pact.seat.${s}`) }))}
        />
        <TextField t={t} form={form} name="name" label={labels.name} maxlength={maxLengthOf(memberForm, 'name')} autocomplete="off" />
        <SelectField
          t={t}
          form={form}
          name="organization"
          label={labels.organization}
          required={false}
          placeholder={t('pact.none')}
          options={data.partners.map((p) => ({ value: p.organizationId, label: p.name }))}
        />
        <TextField
          t={t}
          form={form}
          name="email"
          type="email"
          label={labels.email}
          required={false}
          description={t('pact.steering.email.description')}
          autocomplete="off"
        />
        <TextField t={t} form={form} name="joinedOn" type="date" label={labels.joinedOn} />
      </PactForm>
    </section>
  );
}

function ScheduleForm({ ctx, data }: { ctx: PageContext; data: SteeringPageData }) {
  const { t } = ctx;
  const options = periodsFrom(data.currentPeriod, 4).map((p) => ({ value: p, label: periodLabel(ctx, p) }));
  return (
    <form class="wp-form" method="post" action={`${pactBase(ctx)}/regiegroep/rooster`}>
      <CsrfField token={ctx.csrfToken} />
      <SelectField
        t={t}
        form={{ values: { from: data.currentPeriod }, errors: {} }}
        name="from"
        label={t('pact.steering.schedule.from')}
        options={options}
      />
      <input type="hidden" name="terms" value="4" />
      <SubmitButton label={t('pact.steering.schedule.make')} secondary />
    </form>
  );
}

function EndButton({ ctx, member }: { ctx: PageContext; member: SteeringMember }) {
  return (
    <form method="post" action={`${pactBase(ctx)}/regiegroep/leden/${member.id}/stoppen`} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="utrecht-button utrecht-button--subtle" safe>
        {ctx.t('pact.steering.end', { name: member.name })}
      </button>
    </form>
  );
}

export function steeringPage(ctx: PageContext, data: SteeringPageData, form: FormState): Page {
  const { t } = ctx;
  const head = [
    t('pact.steering.seat'),
    t('pact.steering.name'),
    t('pact.steering.organization'),
    t('pact.steering.joinedOn'),
    ...(data.access.steer ? [t('pact.actions')] : []),
  ];
  return {
    title: t('pact.steering.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.steering.title')} intro={t('pact.steering.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <Para text={t('pact.steering.count', { count: data.members.length, max: MAX_STEERING_MEMBERS })} />
        {data.openSeats.length > 0 ? (
          <Notice
            kind="warning"
            text={t('pact.steering.openSeats', { seats: data.openSeats.map((s) => t(`pact.seat.${s.seat}`)).join(', ') })}
          />
        ) : (
          ''
        )}
        <Table
          caption={t('pact.steering.caption')}
          head={head}
          rows={data.members.map((m) => [
            <Text value={t(`pact.seat.${m.seat}`)} />,
            <Text value={m.name} />,
            <Text value={m.organizationName ?? '—'} />,
            <Text value={date(ctx, m.joinedOn)} />,
            ...(data.access.steer ? [<EndButton ctx={ctx} member={m} />] : []),
          ])}
        />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.steering.schedule')}
        </h2>
        <Para text={t('pact.steering.schedule.intro')} />
        {data.terms.length === 0 ? (
          <Para text={t('pact.steering.schedule.none')} />
        ) : (
          <Table
            caption={t('pact.steering.schedule')}
            hideCaption
            head={[t('pact.steering.period'), t('pact.steering.chair')]}
            rows={data.terms.map((term) => [
              <>
                <Text value={periodLabel(ctx, term.period)} />
                {term.period === data.currentPeriod ? (
                  <>
                    {' '}
                    <Badge text={t('pact.steering.now')} tone="good" />
                  </>
                ) : (
                  ''
                )}
              </>,
              <Text value={term.name} />,
            ])}
          />
        )}
        {data.access.steer ? <ScheduleForm ctx={ctx} data={data} /> : ''}
        {data.access.steer ? <MemberForm ctx={ctx} form={form} data={data} /> : ''}
      </>
    ),
  };
}
