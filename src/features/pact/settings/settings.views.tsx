import type { PageContext } from '../../../platform/http/request-context.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { Notice, SelectField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Crumbs, Heading, pactBase } from '../shared/pact.components.tsx';
import { PactForm } from '../shared/pact.forms.tsx';
import { settingsForm } from './settings.schema.ts';
import { programmes } from './settings.rules.ts';

export function settingsPage(ctx: PageContext, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const labels = { pactName: t('pact.settings.pactName'), programme: t('pact.settings.programme') };
  return {
    title: t('pact.settings.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.settings.title')} intro={t('pact.settings.intro')} ctx={ctx} />
        {notice ? <Notice text={notice} /> : ''}
        <PactForm ctx={ctx} form={form} labels={labels} action={`${pactBase(ctx)}/instellingen`} submit={t('pact.settings.save')}>
          <TextField t={t} form={form} name="pactName" label={labels.pactName} maxlength={maxLengthOf(settingsForm, 'pactName')} />
          <SelectField
            t={t}
            form={form}
            name="programme"
            label={labels.programme}
            options={programmes.map((p) => ({ value: p, label: t(`pact.programme.${p}`) }))}
          />
        </PactForm>
      </>
    ),
  };
}
