import { DataList } from '../../../platform/layout/text.tsx';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { AssessmentView, type PlaceWithAccess } from '../../guide/index.ts';
import { registrationForm } from '../registration/registration.schema.ts';
import type { Activity, AgendaItem } from './activities.repository.ts';
import { agendaBase, costText, Crumbs, Heading, whenText } from './agenda.components.tsx';

export interface ActivityPageData {
  activity: Activity;
  upcoming: AgendaItem[];
  place: PlaceWithAccess | undefined;
  buurten: Buurt[];
  /** Places taken per occurrence start, when registration is asked. */
  taken: Map<string, number>;
  mayEdit: boolean;
  notice?: string;
}

function Facts({ ctx, data }: { ctx: PageContext; data: ActivityPageData }) {
  const { t } = ctx;
  const a = data.activity;
  const contact = [a.contactName, a.contactPhone, a.contactEmail].filter((s) => s !== null && s !== '').join(', ');
  const rows: [string, string][] = [
    [t('activities.field.audience'), a.audience === '' ? t('activities.audience.everyone') : a.audience],
    [t('activities.field.theme'), t(`activities.theme.${a.theme}`)],
    [t('activities.field.cost'), costText(ctx, a.costCents)],
    [t('activities.field.organizer'), a.organizerName],
    [t('activities.field.contact'), contact],
  ];
  return <DataList rows={rows} />;
}

/** The dates still to come that go on: the ones a resident can register for. */
const openDates = (data: ActivityPageData) => data.upcoming.filter((item) => item.cancelled === null);

function RegistrationForm({ ctx, data, form }: { ctx: PageContext; data: ActivityPageData; form: FormState }) {
  const { t } = ctx;
  const a = data.activity;
  const labels = {
    occurrence: t('activities.register.occurrence'),
    name: t('activities.register.name'),
    email: t('activities.register.email'),
    phone: t('activities.register.phone'),
    buddy: t('activities.register.buddy'),
    buurt: t('activities.register.buurt'),
  };
  const options = openDates(data).map((item) => {
    const taken = data.taken.get(item.startsAt) ?? 0;
    const left =
      a.capacity === null
        ? ''
        : taken >= a.capacity
          ? ` (${t('activities.register.full')})`
          : ` (${t('activities.register.left', { count: a.capacity - taken })})`;
    return { value: item.startsAt, label: `${whenText(ctx, item.startsAt, item.endsAt)}${left}` };
  });
  const values =
    form.values.occurrence === undefined && options[0] !== undefined ? { ...form.values, occurrence: options[0].value } : form.values;
  const shown = { ...form, values };
  return (
    <section aria-labelledby="register-heading">
      <h2 class="utrecht-heading-2" id="register-heading" safe>
        {t('activities.register.heading')}
      </h2>
      <p class="utrecht-paragraph" safe>
        {t('activities.register.intro')}
      </p>
      <ErrorSummary t={t} form={shown} labels={labels} />
      <form class="wp-form" method="post" action={`${agendaBase(ctx)}/${a.id}/aanmelden`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <SelectField t={t} form={shown} name="occurrence" label={labels.occurrence} options={options} />
        <TextField
          t={t}
          form={shown}
          name="name"
          label={labels.name}
          autocomplete="name"
          maxlength={maxLengthOf(registrationForm, 'name')}
        />
        <TextField
          t={t}
          form={shown}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          description={t('activities.register.email.description')}
        />
        <TextField t={t} form={shown} name="phone" type="tel" label={labels.phone} autocomplete="tel" required={false} />
        <CheckboxField t={t} form={shown} name="buddy" label={labels.buddy} description={t('activities.register.buddy.description')} />
        <SelectField
          t={t}
          form={shown}
          name="buurt"
          label={labels.buurt}
          required={false}
          placeholder={t('activities.filter.choose')}
          description={t('activities.register.buurt.description')}
          options={data.buurten.map((b) => ({ value: b.id, label: b.name }))}
        />
        <SubmitButton label={t('activities.register.submit')} />
      </form>
    </section>
  );
}

/** Waiting for approval (only its organiser sees it then), or cancelled with the reason. */
function StatusNotice({ ctx, activity }: { ctx: PageContext; activity: Activity }) {
  if (activity.status === 'pending') return <Notice kind="info" text={ctx.t('activities.status.pending')} />;
  if (activity.status !== 'cancelled') return '';
  return <Notice kind="warning" text={ctx.t('activities.status.cancelled.reason', { reason: activity.cancelReason ?? '' })} />;
}

/** For the organiser and coordinators: change, who registered, cancel. */
function EditorLinks({ ctx, activity }: { ctx: PageContext; activity: Activity }) {
  const { t } = ctx;
  const base = `${agendaBase(ctx)}/${activity.id}`;
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={`${base}/wijzigen`} safe>
        {t('activities.edit')}
      </a>
      {' · '}
      <a class="utrecht-link" href={`${base}/aanmeldingen`} safe>
        {t('activities.registrations.link')}
      </a>
      {activity.status === 'published' ? (
        <>
          {' · '}
          <a class="utrecht-link" href={`${base}/afgelasten`} safe>
            {t('activities.cancelling.link')}
          </a>
        </>
      ) : (
        ''
      )}
    </p>
  );
}

/** One activity: what, for whom, when (the next dates), where (with the place's assessment), cost, who, and registering. */
export function activityPage(ctx: PageContext, data: ActivityPageData, form: FormState): Page {
  const { t } = ctx;
  const a = data.activity;
  const base = `${agendaBase(ctx)}/${a.id}`;
  return {
    title: a.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: base, label: a.title }]} />
        <Heading title={a.title} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        <StatusNotice ctx={ctx} activity={a} />
        <p class="utrecht-paragraph wp-prewrap" safe>
          {a.description}
        </p>
        <Facts ctx={ctx} data={data} />
        <h2 class="utrecht-heading-2" safe>
          {t('activities.when.heading')}
        </h2>
        {data.upcoming.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('activities.when.none')}
          </p>
        ) : (
          ''
        )}
        <ul class="utrecht-unordered-list">
          {data.upcoming.slice(0, 8).map((item) => (
            <li safe>
              {item.cancelled === null
                ? whenText(ctx, item.startsAt, item.endsAt)
                : t('activities.cancelled.date', { when: whenText(ctx, item.startsAt, item.endsAt), reason: item.cancelled })}
            </li>
          ))}
        </ul>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/activiteit.ics`} safe>
            {t('activities.ics.one')}
          </a>
        </p>
        <h2 class="utrecht-heading-2" safe>
          {t('activities.where.heading')}
        </h2>
        <p class="utrecht-paragraph" safe>
          {data.place === undefined ? '' : [data.place.name, data.place.address].filter((s) => s !== '').join(', ')}
        </p>
        <h3 class="utrecht-heading-3" safe>
          {t('activities.where.access')}
        </h3>
        <AssessmentView ctx={ctx} assessment={data.place?.assessment ?? null} />
        {a.registration && a.status === 'published' && openDates(data).length > 0 ? (
          <RegistrationForm ctx={ctx} data={data} form={form} />
        ) : (
          ''
        )}
        {data.mayEdit ? <EditorLinks ctx={ctx} activity={a} /> : ''}
      </>
    ),
  };
}
