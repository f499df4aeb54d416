import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { PlaceDetails } from '../../guide/index.ts';
import { conveneForm } from './alv.schema.ts';
import { placeText } from './place.ts';
import { documentKinds, PDF_MAX_BYTES, type DocumentKind } from './documents.rules.ts';

/** A file field for one PDF document: optional, its problem beside it. */
export function PdfField({ ctx, form, name, label }: { ctx: PageContext; form: FormState; name: DocumentKind; label: string }) {
  const error = form.errors[name];
  const id = `field-${name}`;
  const described = error ? `${id}-description ${id}-error` : `${id}-description`;
  return (
    <div class={`utrecht-form-field utrecht-form-field--distanced${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          <span safe>{label}</span>
          <span class="wp-optional" safe>{` (${ctx.t('form.optional')})`}</span>
        </label>
      </div>
      <div class="utrecht-form-field-description utrecht-form-field__description" id={`${id}-description`} safe>
        {ctx.t('cooperative.alv.doc.fileHelp', { mb: PDF_MAX_BYTES / 1024 / 1024 })}
      </div>
      {error ? (
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-error`} safe>
          {ctx.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          type="file"
          id={id}
          name={name}
          accept="application/pdf"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
        />
      </div>
    </div>
  );
}

/** The daily board convenes an ALV: when, where, the agenda and the documents. */
export function convenePage(ctx: PageContext, data: { noticeDays: number; places: readonly PlaceDetails[] }, form: FormState): Page {
  const { noticeDays, places } = data;
  const { t } = ctx;
  const labels = {
    title: t('cooperative.alv.field.title'),
    date: t('cooperative.alv.field.date'),
    time: t('cooperative.alv.field.time'),
    location: t('cooperative.alv.field.location'),
    agenda: t('cooperative.alv.field.agenda'),
    annualReport: t('cooperative.alv.doc.annualReport'),
    accounts: t('cooperative.alv.doc.accounts'),
    auditReport: t('cooperative.alv.doc.auditReport'),
  };
  const max = (name: string) => maxLengthOf(conveneForm, name);
  return {
    title: t('cooperative.alv.convene.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${coopBase(ctx)}/alv`, label: t('cooperative.alv.title') }]} />
        <Heading title={t('cooperative.alv.convene.title')} intro={t('cooperative.alv.convene.intro', { days: noticeDays })} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/nieuw`} enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            t={t}
            form={form}
            name="title"
            label={labels.title}
            description={t('cooperative.alv.field.titleHelp')}
            maxlength={max('title')}
          />
          <TextField t={t} form={form} name="date" type="date" label={labels.date} />
          <TextField t={t} form={form} name="time" type="time" label={labels.time} description={t('cooperative.alv.field.timeHelp')} />
          <SelectField
            t={t}
            form={form}
            name="location"
            label={labels.location}
            description={t('cooperative.alv.field.locationHelp')}
            placeholder={t('cooperative.alv.field.locationChoose')}
            options={places.map((p) => ({
              value: p.id,
              label: placeText({ name: p.name, address: [p.streetAddress, p.postalCode, p.city].filter(Boolean).join(', ') }),
            }))}
          />
          <TextAreaField
            t={t}
            form={form}
            name="agenda"
            label={labels.agenda}
            description={t('cooperative.alv.field.agendaHelp')}
            maxlength={max('agenda')}
            rows={8}
          />
          <h2 class="utrecht-heading-2" safe>
            {t('cooperative.alv.documents')}
          </h2>
          <Paragraph text={t('cooperative.alv.documentsHelp')} />
          {documentKinds.map((name) => (
            <PdfField ctx={ctx} form={form} name={name} label={labels[name]} />
          ))}
          <SubmitButton label={t('cooperative.alv.convene.send')} />
        </form>
      </>
    ),
  };
}
