import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  ChoiceGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';
import type { CaseMeetingView } from './case-meetings.actions.ts';
import { agreementForm, conveneForm } from './case-meetings.schema.ts';

const mdo: TermWord[] = [{ word: 'MDO', id: 'mdo', abbr: true }];

function Intro({ ctx, text }: { ctx: PageContext; text: string }) {
  return (
    <p class="utrecht-paragraph">
      <TermIn ctx={ctx} text={text} terms={mdo} />
    </p>
  );
}

/** A professional convenes a case meeting: the question's reference, the partners, what it is about (no names) and the day. */
export function convenePage(ctx: PageContext, form: FormState, organizations: readonly { id: string; name: string }[]): Page {
  const { t } = ctx;
  const title = t('questions.caseMeeting.newTitle');
  const labels = {
    reference: t('questions.caseMeeting.reference'),
    partners: t('questions.caseMeeting.partners'),
    topic: t('questions.caseMeeting.topic'),
    meetsOn: t('questions.caseMeeting.meetsOn'),
    startsAt: t('questions.caseMeeting.startsAt'),
    place: t('questions.caseMeeting.place'),
  };
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <ErrorSummary t={t} form={form} labels={labels} />
        <PageHeading text={title} />
        <Intro ctx={ctx} text={t('questions.caseMeeting.newIntro')} />
        <form method="post" action={`/${ctx.district?.slug ?? ''}/casusoverleg/nieuw`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            t={t}
            form={form}
            name="reference"
            label={labels.reference}
            autocomplete="off"
            maxlength={maxLengthOf(conveneForm, 'reference')}
          />
          <ChoiceGroup
            t={t}
            form={form}
            name="partners"
            legend={labels.partners}
            type="checkbox"
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField
            t={t}
            form={form}
            name="topic"
            label={labels.topic}
            description={t('questions.caseMeeting.topicHelp')}
            maxlength={maxLengthOf(conveneForm, 'topic')}
          />
          <TextField t={t} form={form} name="meetsOn" label={labels.meetsOn} type="date" />
          <TextField t={t} form={form} name="startsAt" label={labels.startsAt} type="time" />
          <TextField
            t={t}
            form={form}
            name="place"
            label={labels.place}
            description={t('questions.caseMeeting.placeHelp')}
            maxlength={maxLengthOf(conveneForm, 'place')}
          />
          <SubmitButton label={t('questions.caseMeeting.convene')} />
        </form>
      </>
    ),
  };
}

function Resident({ ctx, data }: { ctx: PageContext; data: CaseMeetingView }) {
  const { t } = ctx;
  const shared = data.views.filter((v) => v.view.travel.personal);
  if (shared.length === 0) return <Paragraph text={t('questions.caseMeeting.anonymous')} />;
  return (
    <>
      {shared.map(({ organizationId, view }) => {
        const r = view.resident;
        const facts = [r.name, r.phone, r.email, r.address, r.question].filter((f): f is string => f !== null);
        return (
          <section>
            <h3 class="utrecht-heading-3" safe>
              {t('questions.caseMeeting.sharedWith', { organization: data.names.get(organizationId) ?? '' })}
            </h3>
            <ul class="utrecht-unordered-list">
              {facts.map((f) => (
                <li safe>{f}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** The meeting: the case (anonymous unless consent covers the viewer's organisation), the partners and the agreements. */
export function caseMeetingPage(ctx: PageContext, data: CaseMeetingView, form: FormState): Page {
  const { t } = ctx;
  const m = data.meeting;
  const title = t('questions.caseMeeting.title', { reference: data.question.reference, date: formatDate(m.meetsOn, ctx.lang) });
  const partners = m.partnerIds.map((p) => ({ value: p, label: data.names.get(p) ?? p }));
  const labels = {
    lead: t('questions.caseMeeting.lead'),
    nextStep: t('questions.caseMeeting.nextStep'),
    dueOn: t('questions.caseMeeting.dueOn'),
  };
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <ErrorSummary t={t} form={form} labels={labels} />
        <PageHeading text={title} />
        <Paragraph text={m.topic} lead />
        {m.startsAt !== null && m.place !== null ? (
          <Paragraph text={t('questions.caseMeeting.whenWhere', { time: m.startsAt, place: m.place })} />
        ) : (
          ''
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('questions.caseMeeting.partners')}
        </h2>
        <ul class="utrecht-unordered-list">
          {partners.map((p) => (
            <li safe>{p.label}</li>
          ))}
        </ul>
        <h2 class="utrecht-heading-2" safe>
          {t('questions.caseMeeting.resident')}
        </h2>
        <Resident ctx={ctx} data={data} />
        <h2 class="utrecht-heading-2" safe>
          {t('questions.caseMeeting.agreements')}
        </h2>
        {data.agreements.length === 0 ? (
          <Paragraph text={t('questions.caseMeeting.noAgreements')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.agreements.map((a) => (
              <li safe>
                {t('questions.caseMeeting.agreement', {
                  lead: data.names.get(a.leadOrganizationId) ?? '',
                  step: a.nextStep,
                  date: formatDate(a.dueOn, ctx.lang),
                })}
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`/${ctx.district?.slug ?? ''}/casusoverleg/${m.id}/afspraak`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="utrecht-heading-3" safe>
            {t('questions.caseMeeting.newAgreement')}
          </h3>
          <SelectField
            t={t}
            form={form}
            name="lead"
            label={labels.lead}
            options={partners}
            placeholder={t('questions.caseMeeting.chooseLead')}
          />
          <TextField t={t} form={form} name="nextStep" label={labels.nextStep} maxlength={maxLengthOf(agreementForm, 'nextStep')} />
          <TextField t={t} form={form} name="dueOn" label={labels.dueOn} type="date" />
          <SubmitButton label={t('questions.caseMeeting.saveAgreement')} />
        </form>
      </>
    ),
  };
}
