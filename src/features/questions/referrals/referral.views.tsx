import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { ConsentList, travelText } from '../consent/consent-list.views.tsx';
import type { ReceiverView } from '../consent/receiver-view.ts';
import type { NamedConsent } from '../consent/recipients.ts';
import type { Question } from '../question/question.repository.ts';
import { isOverdue } from '../question/question.rules.ts';
import { ActionLinks, Badge, ButtonForm, DataList, H1, H2, Link, P } from '../ui/blocks.tsx';
import type { Referral } from './referrals.repository.ts';

export interface ReferralPageData {
  district: District;
  referral: Referral;
  question: Pick<Question, 'reference' | 'urgency' | 'createdAt'>;
  buurtName: string | null;
  view: ReceiverView;
  referrer: { name: string; email: string };
  consents: readonly NamedConsent[];
  notice: string | undefined;
  now: Date;
}

function Resident({ ctx, data }: { ctx: PageContext; data: ReferralPageData }) {
  const { t } = ctx;
  const { travel, resident: s } = data.view;
  return (
    <>
      <H2 text={t('questions.receiver.resident')} />
      {travel.personal ? (
        <>
          <P text={travelText(t, travel, ctx.lang)} />
          <DataList
            rows={[
              [t('questions.item.name'), s.name],
              [t('questions.item.phone'), s.phone],
              [t('questions.item.email'), s.email],
              [t('questions.item.address'), s.address],
              [t('questions.item.question'), s.question],
            ]}
          />
        </>
      ) : (
        <Notice kind="info" text={`${travelText(t, travel, ctx.lang)} ${t('questions.receiver.viaReferrer', data.referrer)}`} />
      )}
    </>
  );
}

function Steps({ ctx, data }: { ctx: PageContext; data: ReferralPageData }) {
  const { t } = ctx;
  const base = `/${data.district.slug}/doorverwijzingen/${data.referral.id}`;
  if (data.referral.status === 'pending') {
    return (
      <div class="utrecht-button-group wp-q-buttons">
        <ButtonForm action={`${base}/aannemen`} csrf={ctx.csrfToken} label={t('questions.receiver.accept')} />
        <Link href={`${base}/afwijzen`} text={t('questions.receiver.decline')} />
      </div>
    );
  }
  if (data.referral.status !== 'accepted') return '';
  const links = [
    [`${base}/afsluiten`, 'questions.receiver.close'],
    [`${base}/opschalen`, 'questions.receiver.scaleUp'],
    [`${base}/afschalen`, 'questions.receiver.scaleDown'],
    [`${base}/toestemming`, 'questions.receiver.consent'],
  ] as const;
  return <ActionLinks links={links.map(([href, key]) => [href, t(key)] as const)} />;
}

export function referralPage(ctx: PageContext, data: ReferralPageData): Page {
  const { t } = ctx;
  const r = data.referral;
  const title = t('questions.receiver.title', { reference: data.question.reference });
  return {
    title,
    body: (
      <>
        <p class="utrecht-paragraph">
          <Link href={`/${data.district.slug}/doorverwijzingen`} text={t('questions.receiver.back')} />
        </p>
        <H1 text={title} />
        <p class="utrecht-paragraph">
          <Badge kind="active" text={t(`questions.referral.state.${r.status}`)} />{' '}
          {r.status === 'pending' && isOverdue(r.dueAt, data.now) ? <Badge kind="danger" text={t('questions.badge.late')} /> : ''}
        </p>
        {data.notice ? <Notice text={data.notice} /> : ''}
        <DataList
          rows={[
            [t('questions.referral.summary'), r.summary],
            [t('questions.field.urgencyShort'), t(`questions.urgency.${data.question.urgency}`)],
            [t('questions.field.buurt'), data.buurtName ?? t('questions.list.noBuurt')],
            [t('questions.receiver.referrer'), `${data.referrer.name} (${data.referrer.email})`],
            [t('questions.receiver.for'), `${r.contactName}, ${r.organizationName}`],
            [t('questions.referral.since'), formatDateTime(r.createdAt, ctx.lang)],
            [t('questions.referral.due'), r.status === 'pending' ? formatDateTime(r.dueAt, ctx.lang) : null],
            [t('questions.referral.outcome'), r.outcome],
          ]}
        />
        <Resident ctx={ctx} data={data} />
        <H2 text={t('questions.receiver.steps')} />
        <Steps ctx={ctx} data={data} />
        <H2 text={t('questions.detail.consents')} />
        <ConsentList ctx={ctx} consents={data.consents} withdrawBase={null} />
      </>
    ),
  };
}
