import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { ChoiceGroup, CheckboxField, SelectField, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Crumbs, Heading, pactBase, Para } from '../shared/pact.components.tsx';
import { PactForm } from '../shared/pact.forms.tsx';
import { planStatuses, tijwGoals, type TijwPart } from './tijw.rules.ts';
import { coreMemberForm, longlistForm, planActionForm, workgroupForm } from './tijw.schema.ts';

function TitleAndDescription(props: {
  ctx: PageContext;
  form: FormState;
  label: string;
  schema: typeof planActionForm | typeof longlistForm;
}) {
  const { ctx, form, label, schema } = props;
  return (
    <>
      <TextField t={ctx.t} form={form} name="title" label={label} maxlength={maxLengthOf(schema, 'title')} />
      <TextAreaField
        t={ctx.t}
        form={form}
        name="description"
        label={ctx.t('pact.project.description')}
        required={false}
        rows={3}
        maxlength={maxLengthOf(schema, 'description')}
      />
    </>
  );
}

function Fields({ ctx, part, form }: { ctx: PageContext; part: TijwPart; form: FormState }) {
  const { t } = ctx;
  const goals = (
    <ChoiceGroup
      type="checkbox"
      t={t}
      form={form}
      name="goals"
      legend={t('pact.tijw.goals')}
      options={tijwGoals.map((g) => ({ value: String(g), label: t(`pact.challenge.g${g}`) }))}
    />
  );
  switch (part) {
    case 'kernteam':
      return (
        <>
          <TextField
            t={t}
            form={form}
            name="organizationName"
            label={t('pact.tijw.organization')}
            maxlength={maxLengthOf(coreMemberForm, 'organizationName')}
          />
          <TextField
            t={t}
            form={form}
            name="name"
            label={t('pact.tijw.person')}
            required={false}
            maxlength={maxLengthOf(coreMemberForm, 'name')}
          />
          <CheckboxField t={t} form={form} name="isQuartermaster" label={t('pact.tijw.isQuartermaster')} />
        </>
      );
    case 'actie':
      return (
        <>
          <TitleAndDescription ctx={ctx} form={form} label={t('pact.tijw.action')} schema={planActionForm} />
          {goals}
          <TextField
            t={t}
            form={form}
            name="owner"
            label={t('pact.tijw.owner')}
            required={false}
            maxlength={maxLengthOf(planActionForm, 'owner')}
          />
          <SelectField
            t={t}
            form={form}
            name="status"
            label={t('pact.project.status')}
            options={planStatuses.map((s) => ({ value: s, label: t(`pact.project.status.${s}`) }))}
          />
        </>
      );
    case 'werkgroep':
      return (
        <>
          <TextField t={t} form={form} name="name" label={t('pact.tijw.group')} maxlength={maxLengthOf(workgroupForm, 'name')} />
          <TextAreaField
            t={t}
            form={form}
            name="task"
            label={t('pact.tijw.task')}
            required={false}
            rows={3}
            maxlength={maxLengthOf(workgroupForm, 'task')}
          />
          <TextAreaField
            t={t}
            form={form}
            name="members"
            label={t('pact.tijw.members')}
            required={false}
            rows={2}
            maxlength={maxLengthOf(workgroupForm, 'members')}
          />
        </>
      );
    case 'longlist':
      return (
        <>
          <TitleAndDescription ctx={ctx} form={form} label={t('pact.tijw.activity')} schema={longlistForm} />
          <TextField
            t={t}
            form={form}
            name="partners"
            label={t('pact.tijw.partners')}
            required={false}
            maxlength={maxLengthOf(longlistForm, 'partners')}
          />
          {goals}
          <CheckboxField t={t} form={form} name="newWayOfWorking" label={t('pact.tijw.criterion.newWayOfWorking')} />
          <CheckboxField t={t} form={form} name="partnersFromSeveralTracks" label={t('pact.tijw.criterion.partnersFromSeveralTracks')} />
        </>
      );
  }
}

export function tijwFormPage(ctx: PageContext, part: TijwPart, form: FormState): Page {
  const { t } = ctx;
  const labels: Record<string, string> = {
    organizationName: t('pact.tijw.organization'),
    title: t(part === 'longlist' ? 'pact.tijw.activity' : 'pact.tijw.action'),
    goals: t('pact.tijw.goals'),
    name: t(part === 'werkgroep' ? 'pact.tijw.group' : 'pact.tijw.person'),
  };
  return {
    title: t(`pact.tijw.add.${part}`),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/thuis-in-je-wijk`, label: t('pact.hub.tijw') }]} />
        <Heading title={t(`pact.tijw.add.${part}`)} />
        {part === 'longlist' ? <Para text={t('pact.tijw.longlist.intro')} /> : ''}
        <PactForm
          ctx={ctx}
          form={form}
          labels={labels}
          action={`${pactBase(ctx)}/thuis-in-je-wijk/nieuw/${part}`}
          submit={t('pact.tijw.save')}
        >
          <Fields ctx={ctx} part={part} form={form} />
        </PactForm>
      </>
    ),
  };
}
