import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Badge, Crumbs, DataList, Heading, Link, pactBase, Para, Text } from '../shared/pact.components.tsx';
import { List, Record, type MeetingPageData } from './meeting-record.views.tsx';
import { venueLine } from './meeting-event.rules.ts';
import { kindLabel, statusTone } from './meetings.views.tsx';

export function meetingPage(ctx: PageContext, data: MeetingPageData, form: FormState): Page {
  const { t } = ctx;
  const m = data.meeting;
  const base = `${pactBase(ctx)}/bijeenkomsten/${m.id}`;
  return {
    title: m.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[{ href: `${pactBase(ctx)}/bijeenkomsten?jaar=${m.startsAt.slice(0, 4)}`, label: t('pact.hub.meetings') }]}
        />
        <Heading title={m.title} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <DataList
          items={[
            [t('pact.meeting.what'), <Text value={kindLabel(ctx, m)} />],
            [
              t('pact.meeting.when'),
              <Text value={`${formatDateTime(m.startsAt, ctx.lang)} – ${formatDateTime(m.endsAt, ctx.lang).split(' ').at(-1) ?? ''}`} />,
            ],
            [t('pact.meeting.venue'), <Text value={venueLine(m)} />],
            [t('pact.meeting.organizers'), <Text value={m.organizers.map((o) => o.name).join(', ') || '—'} />],
            ...(data.chair === null ? [] : ([[t('pact.steering.chair'), <Text value={data.chair} />]] as [string, JSX.Element][])),
            [t('pact.meeting.status'), <Badge text={t(`pact.meeting.status.${m.status}`)} tone={statusTone[m.status]} />],
          ]}
        />
        {m.description === '' ? '' : <Para text={m.description} />}
        <p class="utrecht-paragraph">
          <Link href={`${base}/bijeenkomst.ics`} text={t('pact.meeting.addToCalendar')} />
          {data.access.coordinate ? (
            <>
              {' · '}
              <Link href={`${base}/wijzigen`} text={t('pact.meeting.edit')} />
            </>
          ) : (
            ''
          )}
        </p>
        {data.access.coordinate ? (
          <form method="post" action={`${base}/uitnodigen`} class="wp-form">
            <CsrfField token={ctx.csrfToken} />
            <Para
              text={
                m.invitedAt === null
                  ? t('pact.meeting.notInvited')
                  : t('pact.meeting.invitedAt', { when: formatDateTime(m.invitedAt, ctx.lang) })
              }
            />
            <SubmitButton label={t(m.status === 'cancelled' ? 'pact.meeting.sendCancellation' : 'pact.meeting.invite')} />
          </form>
        ) : (
          ''
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('pact.meeting.agenda')}
        </h2>
        <List items={data.items.filter((i) => i.kind === 'agenda').map((i) => i.text)} empty={t('pact.meeting.noAgenda')} />
        {data.access.work ? (
          <Record ctx={ctx} base={base} data={data} form={form} />
        ) : (
          <Para text={t('pact.meeting.signInForRecord')} muted />
        )}
      </>
    ),
  };
}
