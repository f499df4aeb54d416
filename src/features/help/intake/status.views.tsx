import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Notice, SubmitButton } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { deadlineNote, stepAllowed } from '../lifecycle/lifecycle.rules.ts';
import type { TimelineStep } from '../lifecycle/events.repository.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { DataList, Heading, Para } from '../shared/components.tsx';
import { referenceOf, requestLabel } from '../shared/words.ts';
import { StatusBadge, Timeline } from '../shared/timeline.views.tsx';

export interface StatusPageData {
  /** The page's own address: the requester's personal link. */
  path: string;
  request: HelpRequest;
  buurtName: string;
  steps: TimelineStep[];
  rules: HouseRules;
  notice: 'new' | 'withdrawn' | null;
  mailed: boolean;
  now: Date;
}

/** When the request last moved, and what it means for hearing back: never a promise whose day has passed. */
function Freshness({ ctx, data }: { ctx: PageContext; data: StatusPageData }) {
  const last = data.steps.reduce((latest, s) => (s.at > latest ? s.at : latest), data.request.createdAt);
  const note = deadlineNote(data.request, data.now);
  const date = formatDate(data.request.feedbackDueAt, ctx.lang);
  return (
    <>
      <Para text={ctx.t('help.status.lastChanged', { date: formatDateTime(last, ctx.lang) })} />
      {note === null ? '' : <Para text={ctx.t(note === 'ahead' ? 'help.status.deadline' : 'help.status.deadlinePassed', { date })} />}
    </>
  );
}

/** The requester's own page, behind their personal link: where the request stands, and a way to withdraw it. */
export function statusPage(ctx: PageContext, data: StatusPageData): Page {
  const { t } = ctx;
  const { request } = data;
  return {
    title: t('help.status.title'),
    body: (
      <>
        <Heading text={t('help.status.title')} />
        {data.notice === 'new' ? (
          <Notice text={t(data.mailed ? 'help.status.thanksMailed' : 'help.status.thanks', { reference: referenceOf(request.id) })} />
        ) : (
          ''
        )}
        {data.notice === 'withdrawn' ? <Notice text={t('help.status.withdrawnNotice')} /> : ''}
        <p class="utrecht-paragraph">
          <StatusBadge t={t} status={request.status} />
        </p>
        <Para text={t(`help.status.next.${request.status}`)} />
        <Freshness ctx={ctx} data={data} />
        {request.status === 'referred' && request.outcomeReason === 'referred_students' ? (
          <Para
            text={t('help.status.withStudents', {
              desk: data.rules.studentDesk === '' ? t('help.status.studentDesk') : data.rules.studentDesk,
            })}
          />
        ) : (
          ''
        )}
        {request.status === 'new' && data.steps.some((s) => s.step === 'handed_back') ? <Para text={t('help.status.handedBack')} /> : ''}
        <DataList
          rows={[
            [t('help.status.reference'), referenceOf(request.id)],
            [t('help.field.talent'), requestLabel(t, request)],
            [t('help.field.what'), request.what],
            [t('help.field.buurt'), data.buurtName],
          ]}
        />
        <Heading level={2} text={t('help.timeline.title')} />
        <Timeline t={t} lang={ctx.lang} steps={data.steps} withActors={false} />
        <Para text={t('help.status.keepLink')} />
        {stepAllowed('withdraw', request).ok ? (
          <form method="post" action={`${data.path}/intrekken`}>
            <CsrfField token={ctx.csrfToken} />
            <Para text={t('help.status.withdrawIntro')} />
            <SubmitButton secondary label={t('help.status.withdraw')} />
          </form>
        ) : (
          ''
        )}
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="requester" />
      </>
    ),
  };
}
