import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
import { ErrorSummary, Notice, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import {
  DataList,
  duration,
  Heading,
  money,
  Para,
  Refusal,
  StatusBadge,
  Timeline,
  PostButton,
  requestLabel,
  RequesterDetails,
} from './components.tsx';
import { feedbackState, type HouseRules } from './help.rules.ts';
import { isEnded } from './lifecycle.rules.ts';
import type { MeetingPlace, SocialEntrepreneur } from './places.repository.ts';
import type { Proposal } from './proposals.repository.ts';
import type { RankedCandidate } from './ranking.rules.ts';
import { reasonText } from './reasons.ts';
import { actionLabels, type ActionForms } from './request-actions.views.tsx';
import { RequestActions } from './request-steps.views.tsx';
import type { HelpRequest, TimelineStep } from './requests.repository.ts';
import { HouseRulesSection } from './rules.views.tsx';
import { daysIn, partsIn } from './time.rules.ts';

export interface RequestPageData {
  request: HelpRequest;
  buurtName: string;
  meetingPlaceName: string | null;
  volunteerName: string | null;
  rules: HouseRules;
  steps: TimelineStep[];
  proposals: (Proposal & { volunteerName: string })[];
  candidates: RankedCandidate[];
  matchRefusal: string | null;
  meetingPlaces: MeetingPlace[];
  socialEntrepreneurs: SocialEntrepreneur[];
  refusal: string | null;
  notice: string | null;
  forms: ActionForms;
  now: Date;
}

function wishedText(ctx: PageContext, r: HelpRequest): string {
  const { t } = ctx;
  if (r.wishedSlots === 0) return [t('help.when.any'), r.wishedTime ?? ''].filter((p) => p !== '').join(' · ');
  const when = `${daysIn(r.wishedSlots)
    .map((d) => t(`help.day.${d}`))
    .join(', ')}: ${partsIn(r.wishedSlots)
    .map((p) => t(`help.part.${p}`))
    .join(', ')}`;
  return [when, r.wishedTime ?? ''].filter((p) => p !== '').join(' · ');
}

function TheRequest({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const { t } = ctx;
  const r = data.request;
  return (
    <DataList
      rows={[
        [t('help.field.what'), r.what],
        [t('help.field.kind'), t(`help.kind.${r.kind}`)],
        [t('help.field.frequency'), t(`help.frequency.${r.frequency}`)],
        [t('help.field.duration'), r.estimatedMinutes === null ? t('help.field.duration.unknown') : duration(t, r.estimatedMinutes)],
        [t('help.field.when'), wishedText(ctx, r)],
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

export function Candidates({ ctx, candidates }: { ctx: PageContext; candidates: RankedCandidate[] }) {
  const { t } = ctx;
  if (candidates.length === 0) return <Refusal t={t} rule="help.candidates.none" />;
  return (
    <ol class="utrecht-ordered-list wp-help-candidates">
      {candidates.map((c) => (
        <li class="utrecht-ordered-list__item wp-help-candidate">
          <strong safe>{c.name}</strong>
          <ul class="utrecht-unordered-list">
            {c.reasons.map((r) => (
              <li class="utrecht-unordered-list__item" safe>
                {reasonText(t, r)}
              </li>
            ))}
          </ul>
          <PostButton
            csrfToken={ctx.csrfToken}
            action={`${ctx.path.split('?')[0] ?? ''}/voorstellen`}
            hidden={{ volunteer: c.volunteerId }}
            label={t('help.candidates.propose')}
            ariaLabel={t('help.candidates.proposeTo', { name: c.name })}
          />
        </li>
      ))}
    </ol>
  );
}

function Deadline({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const r = data.request;
  const state = feedbackState({ ...r, ended: isEnded(r.status) }, data.rules, data.now);
  if (r.heardBackAt !== null) return <Para text={ctx.t('help.deadline.met', { date: formatDate(r.heardBackAt, ctx.lang) })} />;
  if (state === 'met') return '';
  return <Para text={ctx.t(`help.deadline.${state}`, { date: formatDate(r.feedbackDueAt, ctx.lang) })} />;
}

function failedForm(forms: ActionForms): FormState | undefined {
  return Object.values(forms).find((f) => Object.keys(f.errors).length > 0);
}

/** One request at the coordinator's desk: the question, the requester, what to do next, and the timeline. */
export function requestPage(ctx: PageContext, data: RequestPageData): Page {
  const { t } = ctx;
  const title = `${requestLabel(t, data.request)} · ${data.buurtName}`;
  const failed = failedForm(data.forms);
  return {
    title,
    hasErrors: failed !== undefined || data.refusal !== null,
    body: (
      <>
        <Heading text={title} />
        <p class="utrecht-paragraph">
          <StatusBadge t={t} status={data.request.status} />
        </p>
        <Deadline ctx={ctx} data={data} />
        {data.notice === null ? '' : <Notice text={t(data.notice)} />}
        {data.refusal === null ? '' : <Refusal t={t} rule={data.refusal} />}
        {failed === undefined ? '' : <ErrorSummary t={t} form={failed} labels={actionLabels(ctx)} />}
        <Heading level={2} text={t('help.request.question')} />
        <TheRequest ctx={ctx} data={data} />
        <Heading level={2} text={t('help.request.requester')} />
        <RequesterDetails t={t} request={data.request} />
        <Heading level={2} text={t('help.request.next')} />
        <RequestActions ctx={ctx} data={data} />
        <Heading level={2} text={t('help.timeline.title')} />
        <Timeline t={t} lang={ctx.lang} steps={data.steps} withActors />
        <HouseRulesSection ctx={ctx} rules={data.rules} audience="coordinator" />
      </>
    ),
  };
}
