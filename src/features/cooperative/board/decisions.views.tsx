import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import {
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
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Decision } from './board.repository.ts';
import { decidingBodies } from './board.rules.ts';
import { decisionRecordForm } from './board.schema.ts';

export function decisionLabels(t: Translate) {
  return {
    body: t('cooperative.decisions.body'),
    decidedOn: t('cooperative.decisions.decidedOn'),
    text: t('cooperative.decisions.text'),
    votesFor: t('cooperative.decisions.votesFor'),
    votesAgainst: t('cooperative.decisions.votesAgainst'),
    votesAbstained: t('cooperative.decisions.votesAbstained'),
  };
}

/** Which board, the day, the words and the votes: the fields every recorded decision has. */
export function DecisionFields({ t, form }: { t: Translate; form: FormState }) {
  const labels = decisionLabels(t);
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="body"
        label={labels.body}
        options={decidingBodies.map((b) => ({ value: b, label: t(`cooperative.body.${b}`) }))}
      />
      <TextField t={t} form={form} name="decidedOn" type="date" label={labels.decidedOn} />
      <TextAreaField t={t} form={form} name="text" label={labels.text} maxlength={maxLengthOf(decisionRecordForm, 'text')} rows={3} />
      {(['votesFor', 'votesAgainst', 'votesAbstained'] as const).map((name) => (
        <TextField t={t} form={form} name={name} label={labels[name]} inputmode="numeric" />
      ))}
    </>
  );
}

function DecisionTable({ ctx, decisions }: { ctx: PageContext; decisions: readonly Decision[] }) {
  const { t } = ctx;
  if (decisions.length === 0) return <Paragraph text={t('cooperative.decisions.none')} />;
  return (
    <DataTable
      caption={t('cooperative.decisions.title')}
      hideCaption
      headers={[
        t('cooperative.decisions.decidedOn'),
        t('cooperative.decisions.body'),
        t('cooperative.decisions.text'),
        t('cooperative.decisions.votes'),
        t('cooperative.decisions.outcome'),
      ]}
      rows={decisions.map((d) => [
        day(ctx, d.decidedOn),
        t(`cooperative.body.${d.body}`),
        d.text,
        t('cooperative.decisions.voteCount', { for: d.votesFor, against: d.votesAgainst, abstained: d.votesAbstained }),
        t(d.adopted ? 'cooperative.decisions.adopted' : 'cooperative.decisions.rejected'),
      ])}
    />
  );
}

/** The boards' decisions; the board records a new one here. */
export function decisionsPage(
  ctx: PageContext,
  decisions: readonly Decision[],
  mayRecord: boolean,
  form: FormState,
  notice?: string,
): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.decisions.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.decisions.title')} intro={t('cooperative.decisions.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <DecisionTable ctx={ctx} decisions={decisions} />
        {mayRecord ? (
          <section aria-labelledby="record">
            <h2 class="utrecht-heading-2" id="record" safe>
              {t('cooperative.decisions.record')}
            </h2>
            <ErrorSummary t={t} form={form} labels={decisionLabels(t)} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/besluiten`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <DecisionFields t={t} form={form} />
              <SubmitButton label={t('cooperative.decisions.record')} />
            </form>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${coopBase(ctx)}/besluiten/spelregels`} safe>
                {t('cooperative.rules.title')}
              </a>
            </p>
          </section>
        ) : (
          ''
        )}
      </>
    ),
  };
}
