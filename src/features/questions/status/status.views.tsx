import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime, type Translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { NamedConsent } from '../consent/recipients.ts';
import { InzageTable } from '../privacy/inzage.views.tsx';
import type { Inzage } from '../privacy/inzage.ts';
import type { QuestionEvent } from '../question/events.repository.ts';
import type { Question } from '../question/question.repository.ts';
import { isOpen, responseDueAt } from '../question/question.rules.ts';
import { messageForm } from '../question/question.schema.ts';
import { Timeline } from '../question/timeline.tsx';
import type { Referral } from '../referrals/referrals.repository.ts';
import { DataList, H1, H2, Link, P, Quote } from '../ui/blocks.tsx';
import { ConsentRequest, GivenConsents } from './status-consents.views.tsx';

export interface StatusPageData {
  base: string;
  question: Question;
  buurtName: string | null;
  walkInName: string | null;
  events: readonly QuestionEvent[];
  referral: Referral | null;
  consents: readonly NamedConsent[];
  inzage: readonly Inzage[];
  fresh: { url: string } | null;
  notice: string | undefined;
}

/** "What happens now", in one plain sentence per state. */
function nowSentence(t: Translate, q: Question, referral: Referral | null, lang: PageContext['lang']): string {
  const who = { contact: referral?.contactName ?? '', organization: referral?.organizationName ?? '' };
  if (q.status === 'new') return t('questions.now.new', { due: formatDateTime(responseDueAt(q.createdAt, q.urgency), lang) });
  if (q.status === 'closed') return t(`questions.now.closed.${q.outcome ?? 'answered'}`, who);
  return t(`questions.now.${q.status}`, who);
}

function MessageForm({ ctx, data, form }: { ctx: PageContext; data: StatusPageData; form: FormState }) {
  const { t } = ctx;
  const closed = !isOpen(data.question.status);
  return (
    <>
      <H2 text={t('questions.status.messageTitle')} id="bericht" />
      <ErrorSummary t={t} form={form} labels={{ message: t('questions.field.message') }} />
      <form class="wp-form" method="post" action={`${data.base}/bericht`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextAreaField
          t={t}
          form={form}
          name="message"
          rows={4}
          maxlength={maxLengthOf(messageForm, 'message')}
          label={t('questions.field.message')}
          description={t(closed ? 'questions.status.messageReopens' : 'questions.status.messageHint')}
        />
        <SubmitButton label={t('questions.status.messageSubmit')} />
      </form>
    </>
  );
}

function Fresh({ ctx, data }: { ctx: PageContext; data: StatusPageData }) {
  if (data.fresh === null) return '';
  const { t } = ctx;
  return (
    <div class="wp-q-panel wp-q-keep-link">
      <H2 text={t('questions.status.keepTitle')} />
      <P text={t('questions.status.keepText', { reference: data.question.reference })} />
      <p class="utrecht-paragraph wp-q-link-text" safe>
        {data.fresh.url}
      </p>
    </div>
  );
}

export function statusPage(ctx: PageContext, data: StatusPageData, form: FormState): Page {
  const { t } = ctx;
  const q = data.question;
  const title = t('questions.status.title', { reference: q.reference });
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <H1 text={title} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <Fresh ctx={ctx} data={data} />
        <H2 text={t('questions.status.now')} />
        <P lead text={nowSentence(t, q, data.referral, ctx.lang)} />
        {data.consents
          .filter((c) => c.status === 'requested')
          .map((c) => (
            <ConsentRequest ctx={ctx} base={data.base} consent={c} />
          ))}
        <H2 text={t('questions.status.yourQuestion')} />
        <Quote text={q.text} />
        <DataList
          rows={[
            [t('questions.field.asked'), formatDateTime(q.createdAt, ctx.lang)],
            [t('questions.field.contactBy'), t(`questions.contactBy.${q.contactBy}`)],
            [t('questions.field.buurt'), data.buurtName],
            [t('questions.field.walkIn'), data.walkInName],
          ]}
        />
        <H2 text={t('questions.status.history')} />
        <Timeline ctx={ctx} events={data.events} audience="resident" />
        {q.status === 'withdrawn' ? '' : <MessageForm ctx={ctx} data={data} form={form} />}
        <GivenConsents ctx={ctx} base={data.base} consents={data.consents} />
        <H2 text={t('questions.inzage.title')} />
        <P text={t('questions.inzage.intro')} />
        <InzageTable ctx={ctx} rows={data.inzage} />
        {isOpen(q.status) ? (
          <>
            <H2 text={t('questions.status.withdrawTitle')} />
            <p class="utrecht-paragraph">
              <Link href={`${data.base}/intrekken`} text={t('questions.status.withdrawLink')} />
            </p>
          </>
        ) : (
          ''
        )}
      </>
    ),
  };
}
