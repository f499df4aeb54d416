import type { PageContext } from '../../../platform/http/request-context.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { Activity } from '../agenda/activities.repository.ts';
import { agendaBase, Crumbs, Heading, whenText } from '../agenda/agenda.components.tsx';
import type { DatedOccurrence } from './cancellation.repository.ts';
import { cancelForm } from './cancellation.schema.ts';

export interface CancelPageData {
  activity: Activity;
  /** The dates still to come that go on: the ones that can be cancelled one by one. */
  coming: DatedOccurrence[];
}

/** The organiser's page to cancel the whole activity or one date, with the reason residents read. */
export function cancelActivityPage(ctx: PageContext, data: CancelPageData, form: FormState): Page {
  const { t } = ctx;
  const a = data.activity;
  const base = `${agendaBase(ctx)}/${a.id}`;
  const title = t('activities.cancelling.title', { title: a.title });
  const labels = { what: t('activities.cancelling.what'), reason: t('activities.cancelling.reason') };
  const options = [
    { value: 'all', label: t('activities.cancelling.whole') },
    ...data.coming.map((o) => ({ value: o.startsAt, label: whenText(ctx, o.startsAt, o.endsAt) })),
  ];
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: base, label: a.title },
            { href: `${base}/afgelasten`, label: t('activities.cancelling.link') },
          ]}
        />
        <Heading title={title} intro={t('activities.cancelling.intro')} />
        {a.status === 'cancelled' ? <Notice kind="warning" text={t('activities.status.cancelled')} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${base}/afgelasten`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField t={t} form={form} name="what" label={labels.what} options={options} />
          <TextAreaField
            t={t}
            form={form}
            name="reason"
            rows={3}
            label={labels.reason}
            description={t('activities.cancelling.reason.description')}
            maxlength={maxLengthOf(cancelForm, 'reason')}
          />
          <SubmitButton label={t('activities.cancelling.submit')} />
        </form>
      </>
    ),
  };
}
