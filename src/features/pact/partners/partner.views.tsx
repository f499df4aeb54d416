import type { PageContext } from '../../../platform/http/request-context.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { Badge, Crumbs, DataList, date, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { Commitment } from './commitments.repository.ts';
import type { Partner } from './partners.repository.ts';
import { commitmentLetters, commitmentStatuses, type CommitmentLetter } from './partners.rules.ts';
import { commitmentsForm, contactForm } from './partners.schema.ts';
import { ContactCell } from './partners.views.tsx';

const tone = { met: 'good', not_met: 'bad', open: 'neutral' } as const;

function CommitmentsForm({ ctx, form, year, partnerId }: { ctx: PageContext; form: FormState; year: number; partnerId: string }) {
  const { t } = ctx;
  const labels = Object.fromEntries(commitmentLetters.map((l) => [l, t(`pact.commitment.${l}`)]));
  return (
    <form class="wp-form" method="post" action={`${pactBase(ctx)}/partners/${partnerId}/afspraken`} novalidate>
      <h2 class="utrecht-heading-2" safe>
        {t('pact.commitments.edit', { year })}
      </h2>
      <ErrorSummary t={t} form={form} labels={labels} />
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="year" value={String(year)} />
      {commitmentLetters.map((l) => (
        <>
          <SelectField
            t={t}
            form={form}
            name={l}
            label={labels[l] ?? l}
            options={commitmentStatuses.map((s) => ({ value: s, label: t(`pact.commitment.status.${s}`) }))}
          />
          <TextField
            t={t}
            form={form}
            name={`note_${l}`}
            label={t('pact.commitments.noteFor', { letter: l })}
            required={false}
            maxlength={maxLengthOf(commitmentsForm, `note_${l}`)}
          />
        </>
      ))}
      <SubmitButton label={t('pact.commitments.save')} />
    </form>
  );
}

export interface PartnerPageData {
  partner: Partner;
  year: number;
  commitments: Commitment[];
  evidence: Record<CommitmentLetter, boolean | null>;
  access: PactAccess;
  notice?: string;
}

function ContactForm({ ctx, partner, form }: { ctx: PageContext; partner: Partner; form: FormState }) {
  const { t } = ctx;
  const labels = { name: t('pact.join.contactName'), email: t('pact.join.contactEmail'), phone: t('pact.join.contactPhone') };
  const shown: FormState =
    Object.keys(form.values).length > 0
      ? form
      : {
          errors: {},
          values: { name: partner.contact?.name ?? '', email: partner.contact?.email ?? '', phone: partner.contact?.phone ?? '' },
        };
  return (
    <form class="wp-form" method="post" action={`${pactBase(ctx)}/partners/${partner.id}/aanspreekpunt`} novalidate>
      <h2 class="utrecht-heading-2" safe>
        {t('pact.partners.contact.edit')}
      </h2>
      <Para text={t('pact.partners.contact.intro')} />
      <ErrorSummary t={t} form={form} labels={labels} />
      <CsrfField token={ctx.csrfToken} />
      <TextField t={t} form={shown} name="name" label={labels.name} maxlength={maxLengthOf(contactForm, 'name')} autocomplete="off" />
      <TextField t={t} form={shown} name="email" type="email" label={labels.email} autocomplete="off" />
      <TextField t={t} form={shown} name="phone" type="tel" label={labels.phone} required={false} autocomplete="off" />
      <SubmitButton label={t('pact.partners.contact.save')} />
    </form>
  );
}

export function partnerPage(ctx: PageContext, data: PartnerPageData, forms: { commitments: FormState; contact: FormState }): Page {
  const form = forms.commitments;
  const { t } = ctx;
  const { partner, year } = data;
  const base = `${pactBase(ctx)}/partners/${partner.id}`;
  const status = (l: CommitmentLetter) => data.commitments.find((c) => c.letter === l);
  const filled: FormState =
    Object.keys(form.values).length > 0
      ? form
      : {
          errors: {},
          values: Object.fromEntries(
            commitmentLetters.flatMap((l) => [
              [l, status(l)?.status ?? 'open'],
              [`note_${l}`, status(l)?.note ?? ''],
            ]),
          ),
        };
  return {
    title: partner.name,
    hasErrors: Object.keys(form.errors).length + Object.keys(forms.contact.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/partners`, label: t('pact.partners.title') }]} />
        <Heading title={partner.name} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <DataList
          items={[
            [
              t('pact.partners.signedOn'),
              <Text value={partner.signedOn === null ? t('pact.programme.unknown') : date(ctx, partner.signedOn)} />,
            ],
            [t('pact.partners.role'), <Text value={partner.role === '' ? t('pact.programme.unknown') : partner.role} />],
            ...(data.access.work
              ? ([[t('pact.partners.contact'), <ContactCell ctx={ctx} partner={partner} />]] as [string, JSX.Element][])
              : []),
          ]}
        />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.commitments.title', { year })}
        </h2>
        <Para text={t('pact.commitments.intro')} />
        <p class="utrecht-paragraph">
          <Link href={`${base}?jaar=${year - 1}`} text={t('pact.year.previous', { year: year - 1 })} />
          {' · '}
          <Link href={`${base}?jaar=${year + 1}`} text={t('pact.year.next', { year: year + 1 })} />
        </p>
        <Table
          caption={t('pact.commitments.caption', { year })}
          head={[t('pact.commitments.what'), t('pact.commitments.status'), t('pact.commitments.evidence'), t('pact.commitments.note')]}
          rows={commitmentLetters.map((l) => {
            const c = status(l);
            const evidence = data.evidence[l];
            return [
              <Text value={t(`pact.commitment.${l}`)} />,
              <Badge text={t(`pact.commitment.status.${c?.status ?? 'open'}`)} tone={tone[c?.status ?? 'open']} />,
              <Text value={t(`pact.evidence.${l}.${evidence === null ? 'unknown' : String(evidence)}`)} />,
              <Text value={c?.note ?? ''} />,
            ];
          })}
        />
        {data.access.steer ? <CommitmentsForm ctx={ctx} form={filled} year={year} partnerId={partner.id} /> : ''}
        {data.access.steer ? <ContactForm ctx={ctx} partner={partner} form={forms.contact} /> : ''}
      </>
    ),
  };
}
