import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph, DataList } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import { needsText } from './projects.views.tsx';
import type { Proposal } from './proposals.repository.ts';

function Field({ id, name, label, type = 'text', value }: { id: string; name: string; label: string; type?: string; value?: string }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--distanced">
      <label class="utrecht-form-label" for={id} safe>
        {label}
      </label>
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        id={id}
        name={name}
        type={type}
        value={value}
        inputmode={type === 'text' ? undefined : 'numeric'}
      />
    </div>
  );
}

function DecisionForm({ ctx, p, form }: { ctx: PageContext; p: Proposal; form: FormState }) {
  const { t } = ctx;
  const mine = form.values.id === p.id;
  const v = (name: string, fallback: string) => (mine ? (form.values[name] ?? fallback) : fallback);
  return (
    <form method="post" action={`${coopBase(ctx)}/projecten/beoordelen/${p.id}/besluit`} class="wp-form">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="id" value={p.id} />
      <Field id={`reason-${p.id}`} name="reason" label={t('cooperative.review.reason')} value={v('reason', '')} />
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
          {t('cooperative.review.votes')}
        </legend>
        <Field id={`for-${p.id}`} name="votesFor" type="number" label={t('cooperative.review.votesFor')} value={v('votesFor', '0')} />
        <Field
          id={`against-${p.id}`}
          name="votesAgainst"
          type="number"
          label={t('cooperative.review.votesAgainst')}
          value={v('votesAgainst', '0')}
        />
        <Field
          id={`abstained-${p.id}`}
          name="votesAbstained"
          type="number"
          label={t('cooperative.review.votesAbstained')}
          value={v('votesAbstained', '0')}
        />
      </fieldset>
      <div class="utrecht-button-group">
        <button type="submit" name="decision" value="approved" class="utrecht-button utrecht-button--primary-action" safe>
          {t('cooperative.review.approve', { title: p.title })}
        </button>
        <button type="submit" name="decision" value="declined" class="utrecht-button utrecht-button--secondary-action" safe>
          {t('cooperative.review.decline', { title: p.title })}
        </button>
      </div>
    </form>
  );
}

/** The daily board's list: proposals waiting for a decision (with the form), then those decided. */
export function reviewPage(ctx: PageContext, proposals: readonly Proposal[], form: FormState, notice?: string): Page {
  const { t } = ctx;
  const waiting = proposals.filter((p) => p.status === 'pending');
  const decided = proposals.filter((p) => p.status !== 'pending');
  const labels = {
    reason: t('cooperative.review.reason'),
    votesFor: t('cooperative.review.votesFor'),
    votesAgainst: t('cooperative.review.votesAgainst'),
    votesAbstained: t('cooperative.review.votesAbstained'),
    decision: t('cooperative.review.title'),
  };
  return {
    title: t('cooperative.review.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${coopBase(ctx)}/projecten`, label: t('cooperative.projects.title') }]} />
        <Heading title={t('cooperative.review.title')} intro={t('cooperative.review.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        {waiting.length === 0 ? <Paragraph text={t('cooperative.review.none')} /> : ''}
        {waiting.map((p) => (
          <section class="wp-card wp-stack" aria-labelledby={`proposal-${p.id}`}>
            <h2 class="utrecht-heading-3" id={`proposal-${p.id}`} safe>
              {p.title}
            </h2>
            <DataList
              rows={[
                [t('cooperative.proposal.field.what'), p.what],
                [t('cooperative.proposal.field.forWhom'), p.forWhom],
                [t('cooperative.proposal.field.buurt'), p.buurtName ?? t('cooperative.proposal.buurt.whole')],
                [t('cooperative.proposal.field.needs'), needsText(ctx, p)],
                [t('cooperative.proposal.field.needsNote'), p.needsNote ?? '—'],
                [t('cooperative.review.by'), `${p.proposerName} (${t(`cooperative.proposerKind.${p.proposerKind}`)}), ${p.proposerEmail}`],
                [t('cooperative.review.on'), day(ctx, p.createdAt)],
              ]}
            />
            <DecisionForm ctx={ctx} p={p} form={form} />
          </section>
        ))}
        {decided.length === 0 ? (
          ''
        ) : (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('cooperative.review.decided')}
            </h2>
            <ul class="utrecht-unordered-list">
              {decided.map((p) => (
                <li class="utrecht-unordered-list__item" safe>
                  {t(`cooperative.review.outcome.${p.status}`, { title: p.title, reason: p.decisionReason ?? '' })}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    ),
  };
}
