import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { ChangeRow } from '../model/history.repository.ts';
import { Breadcrumb, CheckboxGroup, entryPath, guidePath, StaleNotice } from '../common/common.views.tsx';
import type { EntryType, Term } from '../model/guide.model.ts';
import { organizationKinds } from '../guide.tables.ts';
import { termLabelKey } from '../model/taxonomy.ts';

/** Labels by field name; a missing one reads as empty rather than undefined. */
const labelOf = (labels: Record<string, string>) => (name: string) => labels[name] ?? '';

export interface EditFrame {
  district: District;
  type: EntryType;
  id: string | null;
  name: string;
  notice?: string;
  verifiedAt: string | null;
  stale: boolean;
  history: ChangeRow[];
}

function History({ ctx, history }: { ctx: PageContext; history: readonly ChangeRow[] }) {
  if (history.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('guide.history.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {history.map((h) => (
          <li class="utrecht-unordered-list__item" safe>
            {ctx.t('guide.history.line', {
              when: formatDateTime(h.at, ctx.lang),
              who: h.byName ?? ctx.t('guide.history.system'),
              what: ctx.t(`guide.history.${h.action}`),
              fields: Object.keys(h.details).join(', '),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function VerifyForm({ ctx, frame }: { ctx: PageContext; frame: EditFrame }) {
  if (frame.id === null) return '';
  return (
    <form method="post" action={`${entryPath(frame.district, frame.type, frame.id)}/nagekeken`} class="wp-verify">
      <CsrfField token={ctx.csrfToken} />
      <StaleNotice ctx={ctx} stale={frame.stale} verifiedAt={frame.verifiedAt} />
      <SubmitButton label={ctx.t('guide.verify.submit')} secondary />
    </form>
  );
}

/** The frame of every edit page: title, notice, the form, the parts below it, verification and history. */
export function editPage(
  ctx: PageContext,
  frame: EditFrame,
  form: FormState,
  labels: Record<string, string>,
  fields: JSX.Element,
  below: JSX.Element = '',
): Page {
  const { t } = ctx;
  const title = frame.id === null ? t(`guide.new.${frame.type}`) : t('guide.editTitle', { name: frame.name });
  const action =
    frame.id === null
      ? guidePath(frame.district, `/${frame.type === 'service' ? 'aanbod' : frame.type === 'location' ? 'plekken' : 'organisaties'}/nieuw`)
      : `${entryPath(frame.district, frame.type, frame.id)}/bewerken`;
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb
          ctx={ctx}
          district={frame.district}
          trail={frame.id === null ? [] : [{ href: entryPath(frame.district, frame.type, frame.id), label: frame.name }]}
        />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {frame.notice ? <Notice text={frame.notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {fields}
          <SubmitButton label={t('guide.save')} />
        </form>
        {below}
        <VerifyForm ctx={ctx} frame={frame} />
        <History ctx={ctx} history={frame.history} />
      </>
    ),
  };
}

export function organizationFields(ctx: PageContext, form: FormState, labels: Record<string, string>) {
  const { t } = ctx;
  const l = labelOf(labels);
  return (
    <>
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={150} />
      <TextField t={t} form={form} name="alternateName" required={false} label={l('alternateName')} maxlength={150} />
      <SelectField
        t={t}
        form={form}
        name="kind"
        label={l('kind')}
        options={organizationKinds.map((k) => ({ value: k, label: t(`guide.term.organisatie.${k}`) }))}
      />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={l('description')}
        description={t('guide.field.description.hint')}
        maxlength={4000}
      />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} autocomplete="tel" />
      <TextField t={t} form={form} name="email" type="email" required={false} label={l('email')} />
      <TextField t={t} form={form} name="website" type="url" required={false} label={l('website')} />
    </>
  );
}

export function locationFields(
  ctx: PageContext,
  form: FormState,
  labels: Record<string, string>,
  choices: { buurten: readonly Buurt[]; organizations: readonly { id: string; name: string }[] },
) {
  const { t } = ctx;
  const l = labelOf(labels);
  return (
    <>
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={150} />
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        required={false}
        label={l('organizationId')}
        placeholder={t('guide.field.noOrganization')}
        options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextAreaField t={t} form={form} name="description" required={false} label={l('description')} maxlength={4000} />
      <TextField t={t} form={form} name="streetAddress" required={false} label={l('streetAddress')} autocomplete="street-address" />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} />
      <TextField t={t} form={form} name="postalCode" required={false} label={l('postalCode')} autocomplete="postal-code" />
      <SelectField
        t={t}
        form={form}
        name="buurt"
        required={false}
        label={l('buurt')}
        placeholder={t('guide.field.noBuurt')}
        options={choices.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxField t={t} form={form} name="isMeetingPlace" value="ja" label={l('isMeetingPlace')} />
      <TextAreaField t={t} form={form} name="transportation" required={false} label={l('transportation')} rows={2} maxlength={1000} />
      <TextAreaField
        t={t}
        form={form}
        name="accessibilityDescription"
        required={false}
        label={l('accessibilityDescription')}
        rows={3}
        maxlength={2000}
      />
    </>
  );
}

export interface ServiceChoices {
  buurten: readonly Buurt[];
  organizations: readonly { id: string; name: string }[];
  locations: readonly { id: string; name: string }[];
  themes: readonly Term[];
  audiences: readonly Term[];
  languages: readonly string[];
}

export function serviceFields(ctx: PageContext, form: FormState, labels: Record<string, string>, c: ServiceChoices) {
  const { t } = ctx;
  const l = labelOf(labels);
  const termOption = (term: Term) => ({ value: term.id, label: t(termLabelKey(term)) });
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="organizationId"
        label={l('organizationId')}
        options={c.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField t={t} form={form} name="name" label={l('name')} maxlength={150} />
      <TextField t={t} form={form} name="alternateName" required={false} label={l('alternateName')} maxlength={150} />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        required={false}
        label={l('description')}
        description={t('guide.field.description.hint')}
        maxlength={4000}
      />
      <CheckboxField t={t} form={form} name="active" value="ja" label={l('active')} />
      <CheckboxField t={t} form={form} name="isInformal" value="ja" label={l('isInformal')} />
      <SelectField
        t={t}
        form={form}
        name="costKind"
        label={l('costKind')}
        options={(['free', 'amount', 'ask'] as const).map((k) => ({ value: k, label: t(`guide.field.costKind.${k}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="costAmount"
        required={false}
        label={l('costAmount')}
        description={t('guide.field.costAmount.hint')}
        inputmode="decimal"
      />
      <TextField t={t} form={form} name="costDescription" required={false} label={l('costDescription')} maxlength={500} />
      <TextAreaField
        t={t}
        form={form}
        name="eligibilityDescription"
        required={false}
        label={l('eligibilityDescription')}
        rows={2}
        maxlength={1000}
      />
      <TextAreaField
        t={t}
        form={form}
        name="applicationProcess"
        required={false}
        label={l('applicationProcess')}
        rows={2}
        maxlength={1000}
      />
      <TextField t={t} form={form} name="phone" type="tel" required={false} label={l('phone')} />
      <TextField t={t} form={form} name="url" type="url" required={false} label={l('url')} />
      <TextField t={t} form={form} name="email" type="email" required={false} label={l('email')} />
      <CheckboxGroup ctx={ctx} form={form} name="terms" legend={l('terms')} options={c.themes.map(termOption)} />
      <CheckboxGroup ctx={ctx} form={form} name="audiences" legend={l('audiences')} options={c.audiences.map(termOption)} />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="buurten"
        legend={l('buurten')}
        options={c.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="locations"
        legend={l('locations')}
        options={c.locations.map((l) => ({ value: l.id, label: l.name }))}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="languages"
        legend={l('languages')}
        options={c.languages.map((code) => ({ value: code, label: t(`guide.language.${code}`) }))}
      />
    </>
  );
}
