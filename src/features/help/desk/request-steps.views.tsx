import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { stepAllowed, type Action } from '../lifecycle/lifecycle.rules.ts';
import { Candidates } from '../matching/candidates.views.tsx';
import { Heading, Para, Refusal } from '../shared/components.tsx';
import { DoneForm } from '../volunteers/report-form.views.tsx';
import type { RequestPageData } from './request-page.repository.ts';
import { ButtonAction, CheckForm, DeclineForm, formOr, NetworkForm, ReferForm, type StepForms } from './step-forms.views.tsx';

/** The request's address at the desk; each step posts below it. */
const deskPathOf = (ctx: PageContext, id: string) => `/${ctx.district?.slug ?? ''}/hulp/balie/${id}`;

function Matching({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const { t } = ctx;
  const r = data.request;
  const open = data.proposals.find((p) => p.id === r.openProposalId);
  if (open !== undefined)
    return (
      <Para
        text={t('help.proposal.waiting', {
          name: open.volunteerName,
          since: formatDateTime(open.proposedAt, ctx.lang),
          until: formatDateTime(open.expiresAt, ctx.lang),
        })}
      />
    );
  if (data.matchRefusal !== null) return <Refusal t={t} rule={data.matchRefusal} />;
  if (!stepAllowed('propose', r).ok) return '';
  return (
    <>
      <Heading level={3} text={t('help.candidates.title')} />
      <Candidates ctx={ctx} candidates={data.candidates} proposeAction={`${deskPathOf(ctx, r.id)}/voorstellen`} />
    </>
  );
}

function Proposals({ ctx, data }: { ctx: PageContext; data: RequestPageData }) {
  const { t } = ctx;
  if (data.proposals.length === 0) return '';
  return (
    <>
      <Heading level={3} text={t('help.proposal.history')} />
      <ul class="utrecht-unordered-list">
        {data.proposals.map((p) => (
          <li class="utrecht-unordered-list__item" safe>
            {t('help.proposal.line', {
              name: p.volunteerName,
              at: formatDateTime(p.proposedAt, ctx.lang),
              answer: t(`help.proposal.answer.${p.answer ?? 'open'}`),
            }) + (p.note === null ? '' : ` · ${p.note}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the coordinator can do next, and only that: the lifecycle decides which forms appear. */
export function RequestActions({ ctx, data, forms }: { ctx: PageContext; data: RequestPageData; forms: StepForms }) {
  const { t } = ctx;
  const r = data.request;
  const base = deskPathOf(ctx, r.id);
  const can = (action: Action) => stepAllowed(action, r).ok;
  const checkValues = {
    talent: r.talent ?? '',
    frequency: r.frequency,
    duration: r.estimatedMinutes === null ? '' : String(r.estimatedMinutes),
    meetingPlace: r.meetingPlaceId ?? '',
  };
  const blocks: [boolean, () => JSX.Element][] = [
    [
      can('check'),
      () => (
        <CheckForm
          ctx={ctx}
          base={base}
          form={formOr(forms, 'check', { values: checkValues, errors: {} })}
          rules={data.rules}
          meetingPlaces={data.meetingPlaces}
        />
      ),
    ],
    [can('networkCheck') && r.networkAnswer === null, () => <NetworkForm ctx={ctx} base={base} form={formOr(forms, 'network')} />],
    [r.status === 'checked' || r.status === 'matching' || data.matchRefusal !== null, () => <Matching ctx={ctx} data={data} />],
    [can('done'), () => <DoneForm ctx={ctx} form={formOr(forms, 'done')} request={r} action={`${base}/klaar`} />],
    [
      can('feePaid'),
      () => (
        <ButtonAction ctx={ctx} base={base} step="betaald" intro={t('help.action.feePaid.intro')} label={t('help.action.feePaid.submit')} />
      ),
    ],
    [
      can('heardBack'),
      () => (
        <ButtonAction
          ctx={ctx}
          base={base}
          step="teruggekoppeld"
          intro={t('help.action.heardBack.intro')}
          label={t('help.action.heardBack.submit')}
        />
      ),
    ],
    [can('close'), () => <ButtonAction ctx={ctx} base={base} step="sluiten" label={t('help.action.close.submit')} />],
    [
      can('refer'),
      () => (
        <ReferForm ctx={ctx} base={base} form={formOr(forms, 'refer')} rules={data.rules} socialEntrepreneurs={data.socialEntrepreneurs} />
      ),
    ],
    [can('decline'), () => <DeclineForm ctx={ctx} base={base} form={formOr(forms, 'decline')} />],
    [
      can('withdraw'),
      () => (
        <ButtonAction
          ctx={ctx}
          base={base}
          step="intrekken"
          secondary
          intro={t('help.action.withdraw.intro')}
          label={t('help.action.withdraw.submit')}
        />
      ),
    ],
  ];
  const shown = blocks.filter(([show]) => show);
  return (
    <>
      {shown.length === 0 ? <Para text={t('help.request.nothingToDo')} /> : ''}
      {shown.map(([, render]) => render())}
      <Proposals ctx={ctx} data={data} />
    </>
  );
}
