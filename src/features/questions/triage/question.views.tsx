import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { CoreAnswersSection, type Conversation } from '../../common-language/index.ts';
import { ConsentList } from '../consent/consent-list.views.tsx';
import type { Travel } from '../consent/consent.rules.ts';
import type { NamedConsent } from '../consent/recipients.ts';
import type { QuestionEvent } from '../question/events.repository.ts';
import type { Question } from '../question/question.repository.ts';
import { isOpen, nextState } from '../question/question.rules.ts';
import { Timeline } from '../question/timeline.tsx';
import type { Referral } from '../referrals/referrals.repository.ts';
import { ActionLinks, Badge, ButtonForm, DataList, H1, H2, Link, P, Quote } from '../ui/blocks.tsx';
import { ReferralPanel } from './referral-panel.views.tsx';

export interface QuestionPageData {
  district: District;
  question: Question;
  buurtName: string | null;
  walkInName: string | null;
  recordedByName: string | null;
  events: readonly QuestionEvent[];
  referrals: readonly (Referral & { travel: Travel })[];
  consents: readonly NamedConsent[];
  notice: string | undefined;
  newLink: string | null;
  now: Date;
  /** "Het goede gesprek" written down with the question, for those who may see it (read on the audit log). */
  conversation?: Conversation | undefined;
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
        <CoreAnswersSection ctx={ctx} conversation={data.conversation} />
        <Actions ctx={ctx} data={data} />
        {data.referrals.length > 0 ? <H2 text={t('questions.detail.referrals')} /> : ''}
        {data.referrals.map((r) => (
          <ReferralPanel ctx={ctx} base={`/${data.district.slug}/vragen/${q.id}`} referral={r} now={data.now} />
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
