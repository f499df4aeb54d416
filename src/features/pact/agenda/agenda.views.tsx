import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PactForm } from '../shared/pact.forms.tsx';
import type { PactAccess } from '../shared/access.rules.ts';
import type { AgendaVersion } from './agenda.repository.ts';
import type { Project } from './projects.repository.ts';
import { ProjectTable } from './project-table.views.tsx';
import type { ProjectChange } from './agenda.rules.ts';
import type { Programme } from '../settings/settings.rules.ts';
import { Crumbs, date, Heading, Link, pactBase, Para } from '../shared/pact.components.tsx';
import type { Partner } from '../partners/partners.repository.ts';
import { ProjectForm } from './project-form.views.tsx';

export interface AgendaPageData {
  year: number;
  working: AgendaVersion | null;
  adopted: AgendaVersion[];
  lastAdopted: AgendaVersion | null;
  projects: Project[];
  removed: Project[];
  changes: ProjectChange[];
  partners: Partner[];
  programme: Programme;
  access: PactAccess;
  notice?: string;
}

function AdoptForm({ ctx, data, form }: { ctx: PageContext; data: AgendaPageData; form: FormState }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="vaststellen">
      <h2 class="utrecht-heading-2" id="vaststellen" safe>
        {t('pact.agenda.adopt')}
      </h2>
      <Para text={t('pact.agenda.adopt.intro')} />
      <PactForm
        ctx={ctx}
        form={form}
        labels={{ adoptedOn: t('pact.agenda.adoptedOn') }}
        action={`${pactBase(ctx)}/wijkagenda/${data.year}/vaststellen`}
        submit={t('pact.agenda.adopt.submit', { year: data.year })}
      >
        <TextField t={t} form={form} name="adoptedOn" type="date" label={t('pact.agenda.adoptedOn')} />
      </PactForm>
    </section>
  );
}

function Status({ ctx, data }: { ctx: PageContext; data: AgendaPageData }) {
  const { t } = ctx;
  const last = data.lastAdopted;
  if (last === null) return <Notice kind="info" text={t('pact.agenda.notAdopted')} />;
  return (
    <>
      <Notice kind="info" text={t('pact.agenda.adoptedOn.line', { date: date(ctx, last.adoptedOn ?? ''), number: last.number })} />
      <p class="utrecht-paragraph">
        {data.adopted.map((v, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            <Link
              href={`${pactBase(ctx)}/wijkagenda/${data.year}/versie/${v.number}`}
              text={t('pact.agenda.versionLink', { number: v.number, date: date(ctx, v.adoptedOn ?? '') })}
            />
          </>
        ))}
      </p>
      <Para text={data.changes.length === 0 ? t('pact.agenda.noChanges') : t('pact.agenda.changes', { count: data.changes.length })} />
    </>
  );
}

export function agendaPage(ctx: PageContext, data: AgendaPageData, forms: { project: FormState; adopt: FormState }): Page {
  const { t } = ctx;
  const base = `${pactBase(ctx)}/wijkagenda`;
  return {
    title: t('pact.agenda.title', { year: data.year }),
    hasErrors: Object.keys(forms.project.errors).length + Object.keys(forms.adopt.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.agenda.title', { year: data.year })} intro={t('pact.agenda.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <Link href={`${base}/${data.year - 1}`} text={t('pact.year.previous', { year: data.year - 1 })} />
          {' · '}
          <Link href={`${base}/${data.year + 1}`} text={t('pact.year.next', { year: data.year + 1 })} />
        </p>
        <Status ctx={ctx} data={data} />
        {data.projects.length === 0 ? (
          <Para text={t('pact.agenda.empty.line')} />
        ) : (
          <ProjectTable
            ctx={ctx}
            year={data.year}
            projects={data.projects}
            changes={data.changes}
            caption={t('pact.agenda.caption', { year: data.year })}
          />
        )}
        {data.removed.length > 0 ? <Para text={t('pact.agenda.removed', { titles: data.removed.map((p) => p.title).join(', ') })} /> : ''}
        {data.access.steer && data.projects.length > 0 ? <AdoptForm ctx={ctx} data={data} form={forms.adopt} /> : ''}
        {data.access.coordinate ? (
          <section aria-labelledby="project-toevoegen">
            <h2 class="utrecht-heading-2" id="project-toevoegen" safe>
              {t('pact.project.add')}
            </h2>
            <ProjectForm
              ctx={ctx}
              action={`${base}/${data.year}/projecten`}
              form={forms.project}
              partners={data.partners}
              programme={data.programme}
              submit={t('pact.project.add')}
            />
          </section>
        ) : (
          ''
        )}
      </>
    ),
  };
}

export function versionPage(ctx: PageContext, data: { version: AgendaVersion; projects: Project[] }): Page {
  const { t } = ctx;
  const { version } = data;
  return {
    title: t('pact.agenda.version.title', { year: version.year, number: version.number }),
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[{ href: `${pactBase(ctx)}/wijkagenda/${version.year}`, label: t('pact.agenda.title', { year: version.year }) }]}
        />
        <Heading
          title={t('pact.agenda.version.title', { year: version.year, number: version.number })}
          intro={t('pact.agenda.version.intro', { date: date(ctx, version.adoptedOn ?? '') })}
        />
        <ProjectTable
          ctx={ctx}
          year={version.year}
          projects={data.projects}
          changes={[]}
          caption={t('pact.agenda.version.caption', { number: version.number })}
        />
      </>
    ),
  };
}
