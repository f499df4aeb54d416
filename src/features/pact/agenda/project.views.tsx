import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import type { AgendaVersion } from './agenda.repository.ts';
import type { Project } from './projects.repository.ts';
import { ProjectForm } from './project-form.views.tsx';
import { noteForm } from './agenda.schema.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { Programme } from '../settings/settings.rules.ts';
import { challengeLabel, Crumbs, DataList, date, euros, Heading, pactBase, Para, Text } from '../shared/pact.components.tsx';
import { PactForm } from '../shared/pact.forms.tsx';
import type { Partner } from '../partners/partners.repository.ts';

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
        <TextAreaField t={t} form={form} name="text" label={labels.text} rows={3} maxlength={maxLengthOf(noteForm, 'text')} />
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
