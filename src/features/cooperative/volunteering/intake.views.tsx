import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Intake } from './volunteering.repository.ts';

function IntakeCard({ ctx, i, posted }: { ctx: PageContext; i: Intake & { vogNeeded: boolean }; posted: FormState | null }) {
  const { t } = ctx;
  const id = (name: string) => `${name}-${i.id}`;
  return (
    <section class="wp-card wp-stack" aria-labelledby={id('intake')}>
      <h2 class="utrecht-heading-3" id={id('intake')} safe>
        {i.name}
      </h2>
      <Paragraph text={t('cooperative.intake.facts', { email: i.email, date: day(ctx, i.createdAt) })} />
      <Paragraph text={t('cooperative.intake.talents', { talents: i.talents.map((x) => t(`help.talent.${x}`)).join(', ') })} />
      <Paragraph text={t(i.vogNeeded ? 'cooperative.intake.vogNeeded' : 'cooperative.intake.vogNotNeeded')} />
      <form method="post" action={`${coopBase(ctx)}/vrijwilligers/intake/${i.id}`} class="wp-form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {posted === null ? (
          <>
            <div class="utrecht-form-field utrecht-form-field--distanced">
              <label class="utrecht-form-label" for={id('note')} safe>
                {t('cooperative.intake.note')}
              </label>
              <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id={id('note')} name="note" rows="3" maxlength="2000" safe>
                {i.intakeNote ?? ''}
              </textarea>
            </div>
            <div class="utrecht-form-field utrecht-form-field--distanced">
              <label class="utrecht-form-label" for={id('vog')} safe>
                {t('cooperative.intake.vogDate')}
              </label>
              <input
                class="utrecht-textbox utrecht-textbox--html-input"
                type="date"
                id={id('vog')}
                name="vogDate"
                value={i.vogDate ?? undefined}
              />
            </div>
          </>
        ) : (
          // The card that was sent and refused: what was typed comes back, with the problems beside it.
          <>
            <TextAreaField t={t} form={posted} name="note" label={t('cooperative.intake.note')} rows={3} maxlength={2000} />
            <TextField t={t} form={posted} name="vogDate" type="date" label={t('cooperative.intake.vogDate')} />
          </>
        )}
        <div class="utrecht-button-group">
          <button type="submit" name="decision" value="activate" class="utrecht-button utrecht-button--primary-action" safe>
            {t('cooperative.intake.activate', { name: i.name })}
          </button>
          <button type="submit" name="decision" value="hold" class="utrecht-button utrecht-button--secondary-action" safe>
            {t('cooperative.intake.hold')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The coordinator's queue of neighbours who signed up: the intake conversation, the VOG, activation. */
export function intakePage(
  ctx: PageContext,
  waiting: readonly (Intake & { vogNeeded: boolean })[],
  form: FormState,
  notice?: string,
  /** The intake whose form was sent and refused, to show it again as typed. */
  postedId?: string,
): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.intake.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.intake.title')} intro={t('cooperative.intake.intro')} ctx={ctx} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={{ note: t('cooperative.intake.note'), vogDate: t('cooperative.intake.vogDate') }} />
        {waiting.length === 0 ? (
          <Paragraph text={t('cooperative.intake.none')} />
        ) : (
          waiting.map((i) => <IntakeCard ctx={ctx} i={i} posted={i.id === postedId ? form : null} />)
        )}
      </>
    ),
  };
}
