import type { PageContext } from '../../platform/http/request-context.ts';
import { Notice, SelectField, TextAreaField, TextField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import type { PactAccess } from './access.rules.ts';
import type { AgendaVersion, Project } from './agenda.repository.ts';
import { challengesOf, euroInput, projectStatuses } from './agenda.rules.ts';
import type { Programme } from './meetings.rules.ts';
import { challengeLabel, Crumbs, DataList, date, euros, Heading, pactBase, Para, Text } from './pact.components.tsx';
import { CheckboxGroup, PactForm } from './pact.forms.tsx';
import type { Partner } from './partners.repository.ts';

const labelsOf = (ctx: PageContext) => ({
  title: ctx.t('pact.project.title'),
  description: ctx.t('pact.project.description'),
  challenges: ctx.t('pact.project.challenges'),
  owners: ctx.t('pact.project.owners'),
  budget: ctx.t('pact.project.budget'),
  budgetSource: ctx.t('pact.project.budgetSource'),
  status: ctx.t('pact.project.status'),
});

export function ProjectForm(props: {
  ctx: PageContext;
  action: string;
  form: FormState;
  partners: Partner[];
  programme: Programme;
  submit: string;
  project?: Project;
}) {
  const { ctx, form, project } = props;
  const { t } = ctx;
  const labels = labelsOf(ctx);
  const shown: FormState =
    project === undefined || Object.keys(form.values).length > 0
      ? form
      : {
          errors: {},
          values: {
            title: project.title,
            description: project.description,
            budget: project.budgetCents === null ? '' : euroInput(project.budgetCents),
            budgetSource: project.budgetSource,
            status: project.status,
          },
        };
  return (
    <>
      <PactForm ctx={ctx} form={form} labels={labels} action={props.action} submit={props.submit}>
        <TextField t={t} form={shown} name="title" label={labels.title} maxlength={200} />
        <TextAreaField t={t} form={shown} name="description" label={labels.description} required={false} rows={3} maxlength={4000} />
        <CheckboxGroup
          t={t}
          form={shown}
          name="challenges"
          legend={labels.challenges}
          description={t(`pact.project.challenges.description.${props.programme}`)}
          options={challengesOf[props.programme].map((c) => ({ value: c, label: t(`pact.challenge.${c}`) }))}
          checked={project?.challenges}
        />
        <CheckboxGroup
          t={t}
          form={shown}
          name="owners"
          legend={labels.owners}
          options={props.partners.map((p) => ({ value: p.id, label: p.name }))}
          checked={project?.owners}
        />
        <TextField
          t={t}
          form={shown}
          name="budget"
          label={labels.budget}
          required={false}
          inputmode="decimal"
          description={t('pact.project.budget.description')}
          maxlength={40}
        />
        <TextField
          t={t}
          form={shown}
          name="budgetSource"
          label={labels.budgetSource}
          required={false}
          maxlength={200}
          description={t('pact.project.budgetSource.description')}
        />
        <SelectField
          t={t}
          form={shown}
          name="status"
          label={labels.status}
          options={projectStatuses.map((s) => ({ value: s, label: t(`pact.project.status.${s}`) }))}
        />
      </PactForm>
    </>
  );
}

export interface ProjectPageData {
  project: Project;
  version: AgendaVersion;
  partners: Partner[];
  programme: Programme;
  access: PactAccess;
  notice?: string;
}

function NoteForm({ ctx, action, form }: { ctx: PageContext; action: string; form: FormState }) {
  const { t } = ctx;
  const labels = { notedOn: t('pact.note.date'), text: t('pact.note.text') };
  return (
    <section aria-labelledby="voortgang">
      <h2 class="utrecht-heading-2" id="voortgang" safe>
        {t('pact.note.add')}
      </h2>
      <PactForm ctx={ctx} form={form} labels={labels} action={action} submit={t('pact.note.add')}>
        <TextField t={t} form={form} name="notedOn" type="date" label={labels.notedOn} />
        <TextAreaField t={t} form={form} name="text" label={labels.text} rows={3} maxlength={2000} />
      </PactForm>
    </section>
  );
}

export function projectPage(ctx: PageContext, data: ProjectPageData, forms: { project: FormState; note: FormState }): Page {
  const { t } = ctx;
  const { project, version } = data;
  const base = `${pactBase(ctx)}/wijkagenda/${version.year}`;
  const frozen = version.adoptedOn !== null;
  return {
    title: project.title,
    hasErrors: Object.keys(forms.project.errors).length + Object.keys(forms.note.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: base, label: t('pact.agenda.title', { year: version.year }) }]} />
        <Heading title={project.title} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        {frozen ? (
          <Notice kind="info" text={t('pact.project.frozen', { number: version.number, date: date(ctx, version.adoptedOn ?? '') })} />
        ) : (
          ''
        )}
        {project.description === '' ? '' : <Para text={project.description} />}
        <DataList
          items={[
            [t('pact.project.challenges'), <Text value={challengeLabel(ctx, project.challenges)} />],
            [t('pact.project.owners'), <Text value={project.ownerNames.join(', ') || '—'} />],
            [
              t('pact.project.budget'),
              <Text value={`${euros(ctx, project.budgetCents)}${project.budgetSource === '' ? '' : ` (${project.budgetSource})`}`} />,
            ],
            [t('pact.project.status'), <Text value={t(`pact.project.status.${project.status}`)} />],
          ]}
        />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.project.notes')}
        </h2>
        {project.notes.length === 0 ? (
          <Para text={t('pact.project.noNotes')} muted />
        ) : (
          <ul class="utrecht-unordered-list">
            {project.notes.map((n) => (
              <li
                class="utrecht-unordered-list__item"
                safe
              >{`${date(ctx, n.notedOn)} — ${n.text}${n.authorName === '' ? '' : ` (${n.authorName})`}`}</li>
            ))}
          </ul>
        )}
        {data.access.coordinate && !frozen ? (
          <NoteForm ctx={ctx} action={`${base}/projecten/${project.id}/voortgang`} form={forms.note} />
        ) : (
          ''
        )}
        {data.access.coordinate && !frozen ? (
          <section aria-labelledby="wijzigen">
            <h2 class="utrecht-heading-2" id="wijzigen" safe>
              {t('pact.project.edit')}
            </h2>
            <ProjectForm
              ctx={ctx}
              action={`${base}/projecten/${project.id}`}
              form={forms.project}
              partners={data.partners}
              programme={data.programme}
              submit={t('pact.project.save')}
              project={project}
            />
          </section>
        ) : (
          ''
        )}
      </>
    ),
  };
}
