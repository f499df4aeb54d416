import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
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
import type { PlaceWithAccess } from '../../guide/index.ts';
import type { Activity } from '../agenda/activities.repository.ts';
import { activityThemes } from '../agenda/activity.rules.ts';
import { agendaBase, Crumbs, Heading } from '../agenda/agenda.components.tsx';
import { repeatChoices } from '../agenda/recurrence.rules.ts';
import { activityForm } from './organise.schema.ts';

const names = [
  'title',
  'description',
  'audience',
  'theme',
  'buurt',
  'place',
  'date',
  'start',
  'end',
  'repeat',
  'until',
  'exceptions',
  'cost',
] as const;
const contactNames = ['organizer', 'contactName', 'contactPhone', 'contactEmail', 'registration', 'capacity'] as const;

type FieldType = 'date' | 'time' | 'email' | 'tel' | 'number';
const optional = new Set(['audience', 'buurt', 'until', 'exceptions', 'contactPhone', 'contactEmail', 'capacity']);
const described = new Set(['audience', 'until', 'exceptions', 'cost', 'capacity', 'place']);

/** One text field of the form: its label, whether it is needed, its hint and its limit follow from its name. */
function Field({ ctx, form, name, type }: { ctx: PageContext; form: FormState; name: string; type?: FieldType }) {
  return (
    <TextField
      t={ctx.t}
      form={form}
      name={name}
      type={type}
      label={ctx.t(`activities.form.${name}`)}
      required={!optional.has(name)}
      description={described.has(name) ? ctx.t(`activities.form.${name}.description`) : undefined}
      maxlength={maxLengthOf(activityForm, name)}
    />
  );
}

/** Adding an activity, or changing one (`editing`): the same form. */
export function activityFormPage(
  ctx: PageContext,
  data: { places: PlaceWithAccess[]; buurten: Buurt[]; editing?: string; firstTime: boolean },
  form: FormState,
): Page {
  const { t } = ctx;
  const heading = t(data.editing === undefined ? 'activities.new' : 'activities.edit');
  const labels = Object.fromEntries([...names, ...contactNames].map((n) => [n, t(`activities.form.${n}`)]));
  const field = (name: string, type?: FieldType) => <Field ctx={ctx} form={form} name={name} type={type} />;
  const contactFields = (
    <>
      {field('organizer')}
      {field('contactName')}
      {field('contactPhone', 'tel')}
      {field('contactEmail', 'email')}
      <CheckboxField
        t={t}
        form={form}
        name="registration"
        label={labels.registration ?? ''}
        description={t('activities.form.registration.description')}
      />
      {field('capacity', 'number')}
    </>
  );
  return {
    title: heading,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: ctx.path, label: heading }]} />
        <Heading title={heading} intro={t('activities.form.intro')} />
        {data.firstTime ? <Notice kind="info" text={t('activities.form.firstTime')} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form
          class="wp-form"
          method="post"
          action={data.editing === undefined ? `${agendaBase(ctx)}/nieuw` : `${agendaBase(ctx)}/${data.editing}/wijzigen`}
          novalidate
        >
          <CsrfField token={ctx.csrfToken} />
          {field('title')}
          <TextAreaField
            t={t}
            form={form}
            name="description"
            label={labels.description ?? ''}
            maxlength={maxLengthOf(activityForm, 'description')}
          />
          {field('audience')}
          <SelectField
            t={t}
            form={form}
            name="theme"
            label={labels.theme ?? ''}
            placeholder={t('activities.filter.choose')}
            options={activityThemes.map((th) => ({ value: th, label: t(`activities.theme.${th}`) }))}
          />
          <SelectField
            t={t}
            form={form}
            name="buurt"
            label={labels.buurt ?? ''}
            required={false}
            placeholder={t('activities.form.buurt.whole')}
            options={data.buurten.map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            t={t}
            form={form}
            name="place"
            label={labels.place ?? ''}
            placeholder={t('activities.filter.choose')}
            description={t('activities.form.place.description')}
            options={data.places.map((p) => ({ value: p.id, label: p.name }))}
          />
          {field('date', 'date')}
          {field('start', 'time')}
          {field('end', 'time')}
          <SelectField
            t={t}
            form={form}
            name="repeat"
            label={labels.repeat ?? ''}
            options={repeatChoices.map((r) => ({ value: r, label: t(`activities.repeat.${r}`) }))}
          />
          {field('until', 'date')}
          {field('exceptions')}
          {field('cost')}
          {contactFields}
          <SubmitButton label={t('activities.form.save')} />
        </form>
      </>
    ),
  };
}

/** The organiser's own activities; a coordinator also sees what waits for approval. */
export function managePage(ctx: PageContext, data: { mine: Activity[]; pending: Activity[]; mayApprove: boolean; notice?: string }): Page {
  const { t } = ctx;
  const base = agendaBase(ctx);
  const Line = ({ a }: { a: Activity }) => (
    <li>
      <a class="utrecht-link" href={`${base}/${a.id}`} safe>
        {a.title}
      </a>
      <span class="wp-muted" safe>{` · ${a.startsLocal.replace('T', ' ')} · ${t(`activities.status.${a.status}.short`)}`}</span>
    </li>
  );
  return {
    title: t(data.mayApprove ? 'activities.manage' : 'activities.mine'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${base}/beheer`, label: t(data.mayApprove ? 'activities.manage' : 'activities.mine') }]} />
        <Heading title={t(data.mayApprove ? 'activities.manage' : 'activities.mine')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        {data.mayApprove ? (
          <section aria-labelledby="pending-heading">
            <h2 class="utrecht-heading-2" id="pending-heading" safe>
              {t('activities.pending.heading')}
            </h2>
            {data.pending.length === 0 ? (
              <p class="utrecht-paragraph" safe>
                {t('activities.pending.none')}
              </p>
            ) : (
              ''
            )}
            <ul class="utrecht-unordered-list">
              {data.pending.map((a) => (
                <li>
                  <span safe>{`${a.title} (${a.organizerName})`}</span>
                  <form class="wp-inline-form" method="post" action={`${base}/${a.id}/goedkeuren`}>
                    <CsrfField token={ctx.csrfToken} />
                    <SubmitButton label={t('activities.approve', { title: a.title })} secondary />
                  </form>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}
        <h2 class="utrecht-heading-2" safe>
          {t('activities.mine')}
        </h2>
        {data.mine.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('activities.mine.none')}
          </p>
        ) : (
          ''
        )}
        <ul class="utrecht-unordered-list">
          {data.mine.map((a) => (
            <Line a={a} />
          ))}
        </ul>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/nieuw`} safe>
            {t('activities.new')}
          </a>
        </p>
      </>
    ),
  };
}
