import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import { Notice, SelectField, TextAreaField, TextField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import type { PactAccess } from './access.rules.ts';
import type { MeetingSummary, Venue } from './meetings.repository.ts';
import { goalThemes, meetingKinds, type RhythmWarning } from './meetings.rules.ts';
import { Badge, Crumbs, Heading, Link, pactBase, Para, Table, Text } from './pact.components.tsx';
import { CheckboxGroup, PactForm } from './pact.forms.tsx';
import type { Partner } from './partners.repository.ts';

export const statusTone = { planned: 'neutral', held: 'good', cancelled: 'bad' } as const;

export function kindLabel(ctx: PageContext, m: Pick<MeetingSummary, 'kind' | 'theme'>): string {
  const kind = ctx.t(`pact.meeting.kind.${m.kind}`);
  return m.theme === null ? kind : `${kind}: ${ctx.t(`pact.theme.${m.theme}`)}`;
}

function warningText(ctx: PageContext, w: RhythmWarning): string {
  const kind = ctx.t(`pact.meeting.kind.${w.kind}`);
  const themes = (w.missingThemes ?? []).map((th) => ctx.t(`pact.theme.${th}`)).join(', ');
  return ctx.t(w.code, { kind, planned: w.planned, required: w.required, themes });
}

export function meetingsYearPage(
  ctx: PageContext,
  data: { year: number; meetings: MeetingSummary[]; warnings: RhythmWarning[]; access: PactAccess; notice?: string },
): Page {
  const { t } = ctx;
  const base = `${pactBase(ctx)}/bijeenkomsten`;
  return {
    title: t('pact.meetings.title', { year: data.year }),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.meetings.title', { year: data.year })} intro={t('pact.meetings.intro')} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <Link href={`${base}?jaar=${data.year - 1}`} text={t('pact.year.previous', { year: data.year - 1 })} />
          {' · '}
          <Link href={`${base}?jaar=${data.year + 1}`} text={t('pact.year.next', { year: data.year + 1 })} />
          {' · '}
          <Link href={`${base}.ics`} text={t('pact.meetings.feed')} />
        </p>
        {data.access.coordinate ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link-button utrecht-button utrecht-button--primary-action" href={`${base}/nieuw`} safe>
              {t('pact.meetings.new')}
            </a>
          </p>
        ) : (
          ''
        )}
        {data.warnings.length > 0 ? (
          <div class="utrecht-alert utrecht-alert--warning" role="status">
            <div class="utrecht-alert__content">
              <h2 class="utrecht-heading-3" safe>
                {t('pact.rhythm.title', { year: data.year })}
              </h2>
              <ul class="utrecht-unordered-list wp-warning-list">
                {data.warnings.map((w) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {warningText(ctx, w)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <Notice text={t('pact.rhythm.ok', { year: data.year })} />
        )}
        {data.meetings.length === 0 ? (
          <Para text={t('pact.meetings.none', { year: data.year })} />
        ) : (
          <Table
            caption={t('pact.meetings.caption', { year: data.year })}
            head={[
              t('pact.meeting.when'),
              t('pact.meeting.what'),
              t('pact.meeting.venue'),
              t('pact.meeting.organizers'),
              t('pact.meeting.status'),
            ]}
            rows={data.meetings.map((m) => [
              <Text value={formatDateTime(m.startsAt, ctx.lang)} />,
              <>
                <Link href={`${base}/${m.id}`} text={m.title} />
                <br />
                <Text value={kindLabel(ctx, m)} />
              </>,
              <Text value={m.venue.name} />,
              <Text value={m.organizers.map((o) => o.name).join(', ') || '—'} />,
              <Badge text={t(`pact.meeting.status.${m.status}`)} tone={statusTone[m.status]} />,
            ])}
          />
        )}
      </>
    ),
  };
}

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
        <Heading title={heading} intro={t(data.editing === undefined ? 'pact.meetings.new.intro' : 'pact.meeting.edit.intro')} />
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
            maxlength={150}
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
          <CheckboxGroup
            t={t}
            form={form}
            name="organizers"
            legend={labels.organizers}
            description={t('pact.meeting.organizers.description')}
            options={data.partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextAreaField t={t} form={form} name="description" label={labels.description} required={false} maxlength={4000} />
        </PactForm>
      </>
    ),
  };
}
