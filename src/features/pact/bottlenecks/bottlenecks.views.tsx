import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PactForm } from '../shared/pact.forms.tsx';
import type { PactAccess } from '../shared/access.rules.ts';
import type { Bottleneck, BottleneckEvent } from './bottlenecks.repository.ts';
import type { BottleneckAction } from './bottlenecks.rules.ts';
import { raiseForm, stepForm } from './bottlenecks.schema.ts';
import { Badge, Crumbs, DataList, date, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';

const tone = { open: 'warning', in_progress: 'neutral', escalated: 'bad', resolved: 'good' } as const;

export interface Aged {
  bottleneck: Bottleneck;
  age: number;
}

function RaiseForm({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const labels = { title: t('pact.bottleneck.title'), description: t('pact.bottleneck.description') };
  return (
    <section aria-labelledby="melden">
      <h2 class="utrecht-heading-2" id="melden" safe>
        {t('pact.bottleneck.raise')}
      </h2>
      <Para text={t('pact.bottleneck.raise.intro')} />
      <PactForm ctx={ctx} form={form} labels={labels} action={`${pactBase(ctx)}/knelpunten`} submit={t('pact.bottleneck.raise.submit')}>
        <TextField t={t} form={form} name="title" label={labels.title} maxlength={maxLengthOf(raiseForm, 'title')} />
        <TextAreaField
          t={t}
          form={form}
          name="description"
          label={labels.description}
          description={t('pact.bottleneck.description.hint')}
          maxlength={maxLengthOf(raiseForm, 'description')}
        />
      </PactForm>
    </section>
  );
}

export function bottlenecksPage(ctx: PageContext, data: { items: Aged[]; access: PactAccess; notice?: string }, form: FormState): Page {
  const { t } = ctx;
  return {
    title: t('pact.bottlenecks.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.bottlenecks.title')} intro={t('pact.bottlenecks.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        {data.items.length === 0 ? (
          <Para text={t('pact.bottlenecks.none')} />
        ) : (
          <Table
            caption={t('pact.bottlenecks.caption')}
            head={[t('pact.bottleneck.title'), t('pact.bottleneck.raisedBy'), t('pact.bottleneck.status'), t('pact.bottleneck.age')]}
            rows={data.items.map(({ bottleneck: b, age }) => [
              <Link href={`${pactBase(ctx)}/knelpunten/${b.id}`} text={b.title} />,
              <Text value={b.partnerName ?? b.raisedByName} />,
              <Badge text={t(`pact.bottleneck.status.${b.status}`)} tone={tone[b.status]} />,
              <Text value={t(b.status === 'resolved' ? 'pact.bottleneck.ageResolved' : 'pact.bottleneck.ageOpen', { count: age })} />,
            ])}
          />
        )}
        {data.access.raise ? <RaiseForm ctx={ctx} form={form} /> : ''}
      </>
    ),
  };
}

/** One form for the next step: choose it, and say why or how where that is needed. */
function StepForm({ ctx, id, actions, form }: { ctx: PageContext; id: string; actions: BottleneckAction[]; form: FormState }) {
  const { t } = ctx;
  const chosen = form.values.action ?? actions[0];
  const error = form.errors.action;
  return (
    <form class="wp-form" method="post" action={`${pactBase(ctx)}/knelpunten/${id}/stap`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <fieldset class="utrecht-form-fieldset wp-fieldset" id="field-action" aria-describedby={error ? 'field-action-error' : undefined}>
        <legend class="utrecht-form-fieldset__legend" safe>
          {t('pact.bottleneck.next')}
        </legend>
        {error ? (
          <div class="utrecht-form-field-error-message" id="field-action-error" safe>
            {t(error.code, error.params)}
          </div>
        ) : (
          ''
        )}
        {actions.map((a) => (
          <div class="utrecht-form-field utrecht-form-field--radio wp-check">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`action-${a}`}
              name="action"
              value={a}
              checked={a === chosen}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`action-${a}`} safe>
              {t(`pact.bottleneck.${a}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        t={t}
        form={form}
        name="note"
        label={t('pact.bottleneck.note')}
        description={t('pact.bottleneck.note.description')}
        required={false}
        rows={3}
        maxlength={maxLengthOf(stepForm, 'note')}
      />
      <SubmitButton label={t('pact.bottleneck.step.submit')} />
    </form>
  );
}

export function bottleneckPage(
  ctx: PageContext,
  data: { item: Aged; events: BottleneckEvent[]; actions: BottleneckAction[]; notice?: string },
  form: FormState,
): Page {
  const { t } = ctx;
  const b = data.item.bottleneck;
  return {
    title: b.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/knelpunten`, label: t('pact.bottlenecks.title') }]} />
        <Heading title={b.title} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={{ note: t('pact.bottleneck.note'), action: t('pact.bottleneck.next') }} />
        <Para text={b.description} />
        <DataList
          items={[
            [
              t('pact.bottleneck.raisedBy'),
              <Text value={b.partnerName === null ? b.raisedByName : `${b.raisedByName} (${b.partnerName})`} />,
            ],
            [t('pact.bottleneck.raisedAt'), <Text value={date(ctx, b.raisedAt)} />],
            [t('pact.bottleneck.status'), <Badge text={t(`pact.bottleneck.status.${b.status}`)} tone={tone[b.status]} />],
            [
              t('pact.bottleneck.age'),
              <Text
                value={t(b.status === 'resolved' ? 'pact.bottleneck.ageResolved' : 'pact.bottleneck.ageOpen', { count: data.item.age })}
              />,
            ],
            ...(b.resolution === null
              ? []
              : ([[t('pact.bottleneck.resolution'), <Text value={b.resolution} />]] as [string, JSX.Element][])),
          ]}
        />
        <h2 class="utrecht-heading-2" safe>
          {t('pact.bottleneck.history')}
        </h2>
        <ol class="utrecht-ordered-list">
          {data.events.map((e) => (
            <li
              class="utrecht-ordered-list__item"
              safe
            >{`${formatDateTime(e.at, ctx.lang)} — ${t(`pact.bottleneck.event.${e.action}`, { name: e.actorName })}${e.note === '' ? '' : `: ${e.note}`}`}</li>
          ))}
        </ol>
        {data.actions.length > 0 ? <StepForm ctx={ctx} id={b.id} actions={data.actions} form={form} /> : ''}
      </>
    ),
  };
}
