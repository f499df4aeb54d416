import type { District } from '../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDate, formatDateTime, type Translate } from '../../platform/i18n/i18n.ts';
import { Notice } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { ActionLinks, Badge, ButtonForm, DataList, H1, H2, Link, P, Quote } from './blocks.tsx';
import type { Travel } from './consent.rules.ts';
import type { Consent } from './consents.repository.ts';
import type { QuestionEvent } from './events.repository.ts';
import type { Question } from './questions.repository.ts';
import { isOpen, isOverdue, nextState } from './questions.rules.ts';
import type { Referral } from './referrals.repository.ts';
import { Timeline } from './timeline.tsx';

export interface QuestionPageData {
  district: District;
  question: Question;
  buurtName: string | null;
  walkInName: string | null;
  recordedByName: string | null;
  events: readonly QuestionEvent[];
  referrals: readonly (Referral & { travel: Travel })[];
  consents: readonly (Consent & { recipients: string; recordedByName: string | null })[];
  notice: string | undefined;
  newLink: string | null;
  now: Date;
}

function Person({ ctx, data }: { ctx: PageContext; data: QuestionPageData }) {
  const { t } = ctx;
  const q = data.question;
  const via =
    data.recordedByName === null
      ? t(`questions.channel.${q.channel}`)
      : t('questions.recordedBy', { channel: t(`questions.channel.${q.channel}`), name: data.recordedByName });
  return (
    <DataList
      rows={[
        [t('questions.item.name'), q.requesterName],
        [t('questions.field.contactBy'), t(`questions.contactBy.${q.contactBy}`)],
        [t('questions.item.phone'), q.phone],
        [t('questions.item.email'), q.email],
        [t('questions.item.address'), q.street],
        [t('questions.field.walkIn'), data.walkInName],
        [t('questions.field.buurt'), data.buurtName ?? t('questions.list.noBuurt')],
        [t('questions.field.urgencyShort'), t(`questions.urgency.${q.urgency}`)],
        [t('questions.field.received'), `${formatDateTime(q.createdAt, ctx.lang)} (${via})`],
      ]}
    />
  );
}

/** The steps a coordinator can take now; which ones follows from the state machine. */
function Actions({ ctx, data }: { ctx: PageContext; data: QuestionPageData }) {
  const { t } = ctx;
  const q = data.question;
  const base = `/${data.district.slug}/vragen/${q.id}`;
  const can = (action: Parameters<typeof nextState>[1]) => nextState(q.status, action) !== null;
  const links = [
    can('answer') ? [`${base}/beantwoorden`, 'questions.action.answer'] : null,
    can('point') ? [`${base}/wijzen`, 'questions.action.point'] : null,
    can('refer') ? [`${base}/doorverwijzen`, 'questions.action.refer'] : null,
    can('hand_over') ? [`${base}/buurthulp`, 'questions.action.handOver'] : null,
    can('message') ? [`${base}/bericht`, 'questions.action.message'] : null,
    isOpen(q.status) ? [`${base}/toestemming`, 'questions.action.consent'] : null,
  ].filter((l): l is [string, string] => l !== null);
  return (
    <>
      <H2 text={t('questions.detail.actions')} />
      {links.length === 0 ? <P text={t('questions.detail.noActions')} /> : ''}
      <ActionLinks links={links.map(([href, key]) => [href, t(key)] as const)} />
      {q.status === 'withdrawn' ? (
        ''
      ) : (
        <ButtonForm action={`${base}/nieuwe-link`} csrf={ctx.csrfToken} label={t('questions.action.newLink')} secondary />
      )}
    </>
  );
}

export function travelText(t: Translate, travel: Travel, lang: PageContext['lang']): string {
  if (!travel.personal) return t(`questions.travel.${travel.reason}`);
  return t('questions.travel.shared', {
    items: travel.items.map((i) => t(`questions.item.${i}`)).join(', '),
    until: formatDate(travel.until, lang),
  });
}

function ReferralPanel({ ctx, data, referral }: { ctx: PageContext; data: QuestionPageData; referral: Referral & { travel: Travel } }) {
  const { t } = ctx;
  const late = referral.status === 'pending' && isOverdue(referral.dueAt, data.now);
  return (
    <div class="wp-q-panel">
      <h3 class="utrecht-heading-3" safe>{`${referral.contactName} (${referral.organizationName})`}</h3>
      <p class="utrecht-paragraph">
        <Badge text={t(`questions.referral.state.${referral.status}`)} kind={referral.status === 'declined' ? 'warning' : 'neutral'} />{' '}
        {late ? <Badge kind="danger" text={t('questions.badge.late')} /> : ''}
      </p>
      <DataList
        rows={[
          [t('questions.referral.since'), formatDateTime(referral.createdAt, ctx.lang)],
          [t('questions.referral.due'), referral.status === 'pending' ? formatDateTime(referral.dueAt, ctx.lang) : null],
          [t('questions.referral.summary'), referral.summary],
          [t('questions.referral.formalCare'), t(referral.formalCare ? 'questions.yes' : 'questions.no')],
          [t('questions.referral.personalData'), travelText(t, referral.travel, ctx.lang)],
          [t('questions.referral.declineReason'), referral.declineReason],
          [t('questions.referral.outcome'), referral.outcome],
        ]}
      />
      {referral.status === 'pending' ? (
        <ButtonForm
          action={`/${data.district.slug}/vragen/${data.question.id}/doorverwijzingen/${referral.id}/intrekken`}
          csrf={ctx.csrfToken}
          label={t('questions.action.retract')}
          secondary
        />
      ) : (
        ''
      )}
    </div>
  );
}

export function ConsentList({
  ctx,
  consents,
  withdrawBase,
}: {
  ctx: PageContext;
  consents: QuestionPageData['consents'];
  withdrawBase: string | null;
}) {
  const { t } = ctx;
  if (consents.length === 0) return <P text={t('questions.consent.none')} />;
  return (
    <>
      {consents.map((c) => (
        <div class="wp-q-panel">
          <p class="utrecht-paragraph">
            <Badge text={t(`questions.consent.state.${c.status}`)} kind={c.status === 'given' ? 'success' : 'neutral'} />
          </p>
          <DataList
            rows={[
              [t('questions.consent.to'), c.recipients],
              [t('questions.consent.items'), c.items.map((i) => t(`questions.item.${i}`)).join(', ')],
              [t('questions.consent.purpose'), c.purpose],
              [t('questions.consent.until'), formatDate(c.validUntil, ctx.lang)],
              [t('questions.consent.how'), t(`questions.consent.how.${c.how}`, { name: c.recordedByName ?? t('questions.someone') })],
            ]}
          />
          {withdrawBase !== null && (c.status === 'given' || c.status === 'requested') ? (
            <ButtonForm
              action={`${withdrawBase}/${c.id}/intrekken`}
              csrf={ctx.csrfToken}
              label={t('questions.consent.withdrawForResident')}
              secondary
            />
          ) : (
            ''
          )}
        </div>
      ))}
    </>
  );
}

function NewLink({ ctx, url }: { ctx: PageContext; url: string | null }) {
  if (url === null) return '';
  return (
    <div class="wp-q-panel wp-q-keep-link">
      <H2 text={ctx.t('questions.newLink.title')} />
      <P text={ctx.t('questions.newLink.text')} />
      <p class="utrecht-paragraph wp-q-link-text" safe>
        {url}
      </p>
    </div>
  );
}

export function questionPage(ctx: PageContext, data: QuestionPageData): Page {
  const { t } = ctx;
  const q = data.question;
  const title = t('questions.detail.title', { reference: q.reference });
  return {
    title,
    body: (
      <>
        <p class="utrecht-paragraph">
          <Link href={`/${data.district.slug}/vragen`} text={t('questions.detail.back')} />
        </p>
        <H1 text={title} />
        <p class="utrecht-paragraph">
          <Badge
            text={q.status === 'closed' && q.outcome ? t(`questions.outcome.${q.outcome}`) : t(`questions.state.${q.status}`)}
            kind="active"
          />
          {q.awaitingStaff ? <Badge kind="warning" text={t('questions.badge.message')} /> : ''}
        </p>
        {data.notice ? <Notice text={data.notice} /> : ''}
        <NewLink ctx={ctx} url={data.newLink} />
        <H2 text={t('questions.detail.question')} />
        <Quote text={q.text} />
        <H2 text={t('questions.detail.person')} />
        <Person ctx={ctx} data={data} />
        <Actions ctx={ctx} data={data} />
        {data.referrals.length > 0 ? <H2 text={t('questions.detail.referrals')} /> : ''}
        {data.referrals.map((r) => (
          <ReferralPanel ctx={ctx} data={data} referral={r} />
        ))}
        <H2 text={t('questions.detail.consents')} />
        <ConsentList ctx={ctx} consents={data.consents} withdrawBase={`/${data.district.slug}/vragen/${q.id}/toestemming`} />
        <H2 text={t('questions.detail.timeline')} />
        <Timeline ctx={ctx} events={data.events} audience="staff" />
      </>
    ),
  };
}

/** The question an action page is about, so the coordinator need not switch pages. */
export function QuestionContext({ ctx, question }: { ctx: PageContext; question: Question }) {
  return (
    <div class="wp-q-panel">
      <P text={ctx.t('questions.detail.title', { reference: question.reference })} />
      <Quote text={question.text} />
    </div>
  );
}
