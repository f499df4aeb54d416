import type { PageContext } from '../../../platform/http/request-context.ts';
import { ErrorSummary, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import { RequestSummary, type ProposalView } from '../proposals/proposal.views.tsx';
import { Heading, Para, RequesterDetails } from '../shared/components.tsx';
import { duration, money } from '../shared/words.ts';
import { labelsFor } from '../shared/fields.views.tsx';
import { StatusBadge } from '../shared/timeline.views.tsx';
import { DoneForm } from './report-form.views.tsx';

/** A request the volunteer took on: who and where, and the report when it is done. */
export function servicePage(ctx: PageContext, view: ProposalView, form: FormState, notice: string | undefined): Page {
  const { t } = ctx;
  const r = view.request;
  const hasErrors = Object.keys(form.errors).length > 0;
  return {
    title: t('help.service.title'),
    hasErrors,
    body: (
      <>
        <Heading text={t('help.service.title')} />
        <p class="utrecht-paragraph">
          <StatusBadge t={t} status={r.status} />
        </p>
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={labelsFor(ctx, 'help.field', ['minutes', 'feePaid'])} />
        <RequesterDetails t={t} request={r} />
        <RequestSummary ctx={ctx} view={view} />
        {r.status === 'matched' ? (
          <DoneForm ctx={ctx} form={form} request={r} action={`/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/hulpvragen/${r.id}/klaar`} />
        ) : (
          ''
        )}
        {r.minutesDone === null ? '' : <Para text={t('help.service.done', { hours: duration(t, r.minutesDone) })} />}
        {r.feeCents !== null && r.kind === 'odd_job' ? (
          <Para text={t(r.feePaid ? 'help.service.feePaid' : 'help.service.feeOpen', { fee: money(r.feeCents, ctx.lang) })} />
        ) : (
          ''
        )}
        <HouseRulesSection ctx={ctx} rules={view.rules} audience="volunteer" />
      </>
    ),
  };
}
