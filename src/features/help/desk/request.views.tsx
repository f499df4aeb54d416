import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/i18n.ts';
import { ErrorSummary, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { CoreAnswersSection } from '../../common-language/index.ts';
import { feedbackState } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { isEnded } from '../lifecycle/lifecycle.rules.ts';
import { DataList, Heading, Para, Refusal, RequesterDetails } from '../shared/components.tsx';
import { duration, money, referenceOf, requestLabel, wishedText } from '../shared/words.ts';
import { StatusBadge, Timeline } from '../shared/timeline.views.tsx';
import type { RequestPageData } from './request-page.repository.ts';
import { RequestActions } from './request-steps.views.tsx';
import { stepLabels, type StepForms } from './step-forms.views.tsx';

/** What the page shows besides the request: a form sent back with its problems, a refusal, a notice. */
export interface RequestPageState {
  forms: StepForms;
  refusal: string | null;
  notice: string | undefined;
}

function TheRequest({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const { t } = ctx;
  const r = data.request;
  return (
    <DataList
      rows={[
        [t('help.status.reference'), referenceOf(r.id)],
        [t('help.field.what'), r.what],
        [t('help.field.kind'), t(`help.kind.${r.kind}`)],
        [t('help.field.frequency'), t(`help.frequency.${r.frequency}`)],
        [t('help.field.duration'), r.estimatedMinutes === null ? t('help.field.duration.unknown') : duration(t, r.estimatedMinutes)],
        [t('help.field.when'), wishedText(t, r)],
        [t('help.field.meetingPlace'), data.meetingPlaceName],
        [
          t('help.field.fee'),
          r.kind === 'odd_job' ? t('help.price.perHour', { fee: money(r.feeRateCents, ctx.lang) }) : t('help.price.free'),
        ],
        [
          t('help.field.network'),
          r.networkAnswer === null ? null : t(`help.network.${r.networkAnswer}`) + (r.networkNote === null ? '' : ` · ${r.networkNote}`),
        ],
        [t('help.field.volunteer'), data.volunteerName],
        [t('help.field.done'), r.minutesDone === null ? null : duration(t, r.minutesDone)],
        [
          t('help.field.feeDue'),
          r.feeCents === null || r.kind !== 'odd_job'
            ? null
            : `${money(r.feeCents, ctx.lang)} · ${t(r.feePaid ? 'help.fee.paid' : 'help.fee.notPaid')}`,
        ],
        [t('help.field.source'), `${t(`help.source.${r.source}`)} · ${formatDateTime(r.createdAt, ctx.lang)}`],
        [
          t('help.field.outcome'),
          r.outcomeReason === null ? null : [t(`help.outcome.${r.outcomeReason}`), r.outcomeNote ?? ''].filter((p) => p !== '').join(' · '),
        ],
      ]}
    />
  );
}

function Deadline({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const r = data.request;
  const state = feedbackState({ ...r, ended: isEnded(r.status) }, data.rules, data.now);
  if (r.heardBackAt !== null) return <Para text={ctx.t('help.deadline.met', { date: formatDate(r.heardBackAt, ctx.lang) })} />;
  if (state === 'met') return '';
  return <Para text={ctx.t(`help.deadline.${state}`, { date: formatDate(r.feedbackDueAt, ctx.lang) })} />;
}

function failedForm(forms: StepForms): FormState | undefined {
  return Object.values(forms).find((f) => Object.keys(f.errors).length > 0);
}

/** One request at the coordinator's desk: the question, the requester, what to do next, and the timeline. */
export function requestPage(ctx: PageContext, data: RequestPageData, state: RequestPageState): Page {
  const { t } = ctx;
  const title = `${requestLabel(t, data.request)} · ${data.buurtName}`;
  const failed = failedForm(state.forms);
  return {
    title,
    hasErrors: failed !== undefined || state.refusal !== null,
    body: (
      <>
        <Heading text={title} />
        <p class="utrecht-paragraph">
          <StatusBadge t={t} status={data.request.status} />
        </p>
        <Deadline ctx={ctx} data={data} />
        {state.notice === undefined ? '' : <Notice text={state.notice} />}
        {state.refusal === null ? '' : <Refusal t={t} rule={state.refusal} />}
        {failed === undefined ? '' : <ErrorSummary t={t} form={failed} labels={stepLabels(ctx)} />}
        <Heading level={2} text={t('help.request.question')} />
        <TheRequest ctx={ctx} data={data} />
        <Heading level={2} text={t('help.request.requester')} />
        <RequesterDetails t={t} request={data.request} />
        <CoreAnswersSection ctx={ctx} conversation={data.conversation} />
        <Heading level={2} text={t('help.request.next')} />
        <RequestActions ctx={ctx} data={data} forms={state.forms} />
        <Heading level={2} text={t('help.timeline.title')} />
        <Timeline t={t} lang={ctx.lang} steps={data.steps} withActors />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="coordinator" />
      </>
    ),
  };
}
