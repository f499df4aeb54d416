import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { Partner } from '../partners/partners.repository.ts';
import { Crumbs, Heading, pactBase } from '../shared/pact.components.tsx';
import { PactForm } from '../shared/pact.forms.tsx';
import type { Venue } from './meetings.repository.ts';
import { goalThemes, meetingKinds } from './meetings.rules.ts';
import { meetingForm } from './meetings.schema.ts';

/** The same form plans a new meeting or changes one (`editing` set): then it posts to the meeting and says so. */
export function meetingFormPage(ctx: PageContext, data: { venues: Venue[]; partners: Partner[]; editing?: string }, form: FormState): Page {
  const { t } = ctx;
  const heading = t(data.editing === undefined ? 'pact.meetings.new' : 'pact.meeting.edit');
  const action = `${pactBase(ctx)}/bijeenkomsten${data.editing === undefined ? '' : `/${data.editing}/wijzigen`}`;
  const labels = {
    kind: t('pact.meeting.kind'),
    theme: t('pact.meeting.theme'),
    title: t('pact.meeting.title'),
    date: t('pact.meeting.date'),
    start: t('pact.meeting.start'),
    end: t('pact.meeting.end'),
    venue: t('pact.meeting.venue'),
    organizers: t('pact.meeting.organizers'),
    description: t('pact.meeting.description'),
  };
  return {
    title: heading,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/bijeenkomsten`, label: t('pact.hub.meetings') }]} />
        <Heading title={heading} intro={t(data.editing === undefined ? 'pact.meetings.new.intro' : 'pact.meeting.edit.intro')} ctx={ctx} />
        <PactForm
          ctx={ctx}
          form={form}
          labels={labels}
          action={action}
          submit={t(data.editing === undefined ? 'pact.meetings.plan' : 'pact.meeting.edit.save')}
        >
          <SelectField
            t={t}
            form={form}
            name="kind"
            label={labels.kind}
            placeholder={t('pact.choose')}
            options={meetingKinds.map((k) => ({ value: k, label: t(`pact.meeting.kind.${k}`) }))}
          />
          <SelectField
            t={t}
            form={form}
            name="theme"
            label={labels.theme}
            required={false}
            description={t('pact.meeting.theme.description')}
            placeholder={t('pact.none')}
            options={goalThemes.map((th) => ({ value: th, label: t(`pact.theme.${th}`) }))}
          />
          <TextField
            t={t}
            form={form}
            name="title"
            label={labels.title}
            required={false}
            maxlength={maxLengthOf(meetingForm, 'title')}
            description={t('pact.meeting.title.description')}
          />
          <TextField t={t} form={form} name="date" type="date" label={labels.date} />
          <TextField t={t} form={form} name="start" type="time" label={labels.start} />
          <TextField t={t} form={form} name="end" type="time" label={labels.end} />
          <SelectField
            t={t}
            form={form}
            name="venue"
            label={labels.venue}
            placeholder={t('pact.choose')}
            options={data.venues.map((v) => ({ value: v.id, label: v.name }))}
          />
          <ChoiceGroup
            type="checkbox"
            t={t}
            form={form}
            name="organizers"
            legend={labels.organizers}
            description={t('pact.meeting.organizers.description')}
            options={data.partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextAreaField
            t={t}
            form={form}
            name="description"
            label={labels.description}
            required={false}
            maxlength={maxLengthOf(meetingForm, 'description')}
          />
        </PactForm>
      </>
    ),
  };
}
