import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDate, formatDateTime, type Translate } from '../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextAreaField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { ButtonForm, DataList, H1, H2, Link, P, Quote, When } from './blocks.tsx';
import type { Consent } from './consents.repository.ts';
import type { QuestionEvent } from './events.repository.ts';
import type { Question } from './questions.repository.ts';
import { isOpen, responseDueAt } from './questions.rules.ts';
import { QUESTION_MAX } from './questions.schema.ts';
import type { Referral } from './referrals.repository.ts';
import { Timeline } from './timeline.tsx';

export interface Inzage {
  at: string;
  who: string;
  as: string;
}

export interface StatusPageData {
  base: string;
  question: Question;
  buurtName: string | null;
  walkInName: string | null;
  events: readonly QuestionEvent[];
  referral: Referral | null;
  consents: readonly (Consent & { recipients: string })[];
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

function items(t: Translate, c: Consent): string {
  return c.items.map((i) => t(`questions.item.${i}`)).join(', ');
}

function ConsentRequest({ ctx, data, consent }: { ctx: PageContext; data: StatusPageData; consent: Consent & { recipients: string } }) {
  const { t } = ctx;
  return (
    <section class="wp-q-panel" aria-labelledby={`consent-${consent.id}`}>
      <H2 id={`consent-${consent.id}`} text={t('questions.status.consentAsk', { recipients: consent.recipients })} />
      <DataList
        rows={[
          [t('questions.consent.items'), items(t, consent)],
          [t('questions.consent.purpose'), consent.purpose],
          [t('questions.consent.until'), formatDate(consent.validUntil, ctx.lang)],
        ]}
      />
      <div class="utrecht-button-group wp-q-buttons">
        <ButtonForm action={`${data.base}/toestemming/${consent.id}/geven`} csrf={ctx.csrfToken} label={t('questions.status.consentYes')} />
        <ButtonForm
          action={`${data.base}/toestemming/${consent.id}/weigeren`}
          csrf={ctx.csrfToken}
          label={t('questions.status.consentNo')}
          secondary
        />
      </div>
    </section>
  );
}

function GivenConsents({ ctx, data }: { ctx: PageContext; data: StatusPageData }) {
  const { t } = ctx;
  const given = data.consents.filter((c) => c.status === 'given');
  if (given.length === 0) return '';
  return (
    <>
      <H2 text={t('questions.status.consents')} />
      {given.map((c) => (
        <div class="wp-q-panel">
          <P
            text={t('questions.status.consentLine', {
              recipients: c.recipients,
              items: items(t, c),
              purpose: c.purpose,
              until: formatDate(c.validUntil, ctx.lang),
            })}
          />
          <ButtonForm
            action={`${data.base}/toestemming/${c.id}/intrekken`}
            csrf={ctx.csrfToken}
            label={t('questions.status.consentWithdraw')}
            secondary
          />
        </div>
      ))}
    </>
  );
}

function InzageTable({ ctx, rows }: { ctx: PageContext; rows: readonly Inzage[] }) {
  const { t } = ctx;
  if (rows.length === 0) return <P text={t('questions.inzage.none')} />;
  return (
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption" safe>
        {t('questions.inzage.caption')}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {(['when', 'who', 'as'] as const).map((c) => (
            <th class="utrecht-table__header-cell" scope="col" safe>
              {t(`questions.inzage.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {rows.map((r) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">
              <When iso={r.at} lang={ctx.lang} />
            </td>
            <td class="utrecht-table__cell" safe>
              {r.who}
            </td>
            <td class="utrecht-table__cell" safe>
              {r.as}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
          maxlength={QUESTION_MAX}
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
            <ConsentRequest ctx={ctx} data={data} consent={c} />
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
        <GivenConsents ctx={ctx} data={data} />
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

export function withdrawPage(ctx: PageContext, base: string, reference: string): Page {
  const { t } = ctx;
  return {
    title: t('questions.withdraw.title'),
    body: (
      <>
        <H1 text={t('questions.withdraw.title')} />
        <P text={t('questions.withdraw.text', { reference })} />
        <div class="utrecht-button-group wp-q-buttons">
          <ButtonForm action={`${base}/intrekken`} csrf={ctx.csrfToken} label={t('questions.withdraw.confirm')} />
          <Link href={base} text={t('questions.withdraw.back')} />
        </div>
      </>
    ),
  };
}

export function linkProblemPage(ctx: PageContext, state: 'unknown' | 'expired', district: string | null): Page {
  const { t } = ctx;
  return {
    title: t(`questions.link.${state}.title`),
    body: (
      <>
        <H1 text={t(`questions.link.${state}.title`)} />
        <P text={t(`questions.link.${state}.body`)} />
        <p class="utrecht-paragraph">
          <Link href={district === null ? '/' : `/${district}/vraag-stellen`} text={t('questions.link.askAgain')} />
        </p>
      </>
    ),
  };
}
