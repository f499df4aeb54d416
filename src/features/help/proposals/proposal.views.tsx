import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, SubmitButton, TextAreaField, emptyForm } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { HouseRulesSection } from '../house-rules/rules.views.tsx';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { DataList, Heading, LinkTo, Para, RequesterDetails } from '../shared/components.tsx';
import { duration, money, requestLabel, wishedText } from '../shared/words.ts';
import { proposalAnswerForm } from './proposal.schema.ts';

export interface ProposalView {
  request: HelpRequest;
  buurtName: string;
  meetingPlaceName: string | null;
  rules: HouseRules;
}

/** What the volunteer may know before saying yes: the help, the buurt, the moment; no name or address. */
export function RequestSummary({ ctx, view }: { ctx: PageContext; view: ProposalView }) {
  const { t } = ctx;
  const r = view.request;
  return (
    <DataList
      rows={[
        [t('help.field.talent'), requestLabel(t, r)],
        [t('help.field.what'), r.what],
        [t('help.field.buurt'), view.buurtName],
        [t('help.field.when'), wishedText(t, r)],
        [t('help.field.duration'), r.estimatedMinutes === null ? null : duration(t, r.estimatedMinutes)],
        [t('help.field.meetingPlace'), view.meetingPlaceName],
        [
          t('help.field.fee'),
          r.kind === 'odd_job' ? t('help.price.volunteerGets', { fee: money(r.feeRateCents, ctx.lang) }) : t('help.price.free'),
        ],
      ]}
    />
  );
}

export function proposalPage(ctx: PageContext, view: ProposalView, action: string): Page {
  const { t } = ctx;
  return {
    title: t('help.proposal.title'),
    body: (
      <>
        <Heading text={t('help.proposal.title')} />
        <Para lead text={t('help.proposal.intro', { scheme: view.rules.schemeName })} />
        <RequestSummary ctx={ctx} view={view} />
        <form method="post" action={action} class="wp-help-action">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="answer" value="accept" />
          <SubmitButton label={t('help.proposal.accept')} />
        </form>
        <form method="post" action={action} class="wp-form wp-help-action" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="answer" value="decline" />
          <TextAreaField
            t={t}
            form={emptyForm}
            name="note"
            label={t('help.proposal.declineNote')}
            required={false}
            rows={2}
            maxlength={maxLengthOf(proposalAnswerForm, 'note')}
          />
          <SubmitButton secondary label={t('help.proposal.decline')} />
        </form>
        <HouseRulesSection ctx={ctx} rules={view.rules} audience="volunteer" />
      </>
    ),
  };
}

/** After yes: now the volunteer sees who asked and how to reach them. */
export function acceptedPage(ctx: PageContext, view: ProposalView): Page {
  const { t } = ctx;
  const r = view.request;
  const mine = `/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/hulpvragen/${r.id}`;
  return {
    title: t('help.accepted.title'),
    body: (
      <>
        <Heading text={t('help.accepted.title')} />
        <Para lead text={t('help.accepted.intro')} />
        <RequesterDetails t={t} request={r} />
        <RequestSummary ctx={ctx} view={view} />
        <Para text={t('help.accepted.afterwards')} />
        <p class="utrecht-paragraph">
          <LinkTo href={mine} text={t('help.accepted.reportLink')} />
        </p>
        <HouseRulesSection ctx={ctx} rules={view.rules} audience="volunteer" />
      </>
    ),
  };
}

export function declinedPage(ctx: PageContext): Page {
  return {
    title: ctx.t('help.declined.title'),
    body: (
      <>
        <Heading text={ctx.t('help.declined.title')} />
        <Para text={ctx.t('help.declined.body')} />
      </>
    ),
  };
}

/** A link that no longer works: used, expired, or the request is no longer waiting. */
export function linkProblemPage(ctx: PageContext, state: 'unknown' | 'used' | 'expired' | 'closed'): Page {
  const { t } = ctx;
  return {
    title: t(`help.link.${state}.title`),
    body: (
      <>
        <Heading text={t(`help.link.${state}.title`)} />
        <Para text={t(`help.link.${state}.body`)} />
        <p class="utrecht-paragraph">
          <LinkTo href={`/${ctx.district?.slug ?? ''}/hulp/vrijwilliger`} text={t('help.nav.mine')} />
        </p>
      </>
    ),
  };
}
