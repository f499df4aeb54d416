import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Partner } from '../partners/partners.repository.ts';
import type { Programme } from '../settings/settings.rules.ts';
import { PactForm } from '../shared/pact.forms.tsx';
import { challengesOf, euroInput, projectStatuses } from './agenda.rules.ts';
import { projectForm } from './agenda.schema.ts';
import type { Project } from './projects.repository.ts';

const labelsOf = (ctx: PageContext) => ({
  title: ctx.t('pact.project.title'),
  description: ctx.t('pact.project.description'),
  challenges: ctx.t('pact.project.challenges'),
  owners: ctx.t('pact.project.owners'),
  budget: ctx.t('pact.project.budget'),
  budgetSource: ctx.t('pact.project.budgetSource'),
  status: ctx.t('pact.project.status'),
});

/** The same form adds a project or, given one, changes it. */
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
        <TextField t={t} form={shown} name="title" label={labels.title} maxlength={maxLengthOf(projectForm, 'title')} />
        <TextAreaField
          t={t}
          form={shown}
          name="description"
          label={labels.description}
          required={false}
          rows={3}
          maxlength={maxLengthOf(projectForm, 'description')}
        />
        <ChoiceGroup
          type="checkbox"
          t={t}
          form={shown}
          name="challenges"
          legend={labels.challenges}
          description={t(`pact.project.challenges.description.${props.programme}`)}
          options={challengesOf[props.programme].map((c) => ({ value: c, label: t(`pact.challenge.${c}`) }))}
          checked={project?.challenges}
        />
        <ChoiceGroup
          type="checkbox"
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
          maxlength={maxLengthOf(projectForm, 'budget')}
        />
        <TextField
          t={t}
          form={shown}
          name="budgetSource"
          label={labels.budgetSource}
          required={false}
          maxlength={maxLengthOf(projectForm, 'budgetSource')}
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
