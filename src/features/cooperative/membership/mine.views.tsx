import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Member } from './membership.repository.ts';
import { endForm } from './membership.schema.ts';

function Membership({ ctx, m, form }: { ctx: PageContext; m: Member; form: FormState }) {
  const { t } = ctx;
  const who = m.organizationName === null ? m.name : t('cooperative.applications.for', { name: m.name, organization: m.organizationName });
  return (
    <section class="wp-card wp-stack" aria-labelledby={`membership-${m.id}`}>
      <h2 class="utrecht-heading-3" id={`membership-${m.id}`} safe>
        {who}
      </h2>
      <Paragraph text={t('cooperative.mine.since', { date: day(ctx, m.joinedOn) })} />
      {m.endedOn === null ? (
        <form method="post" action={`${coopBase(ctx)}/mijn-lidmaatschap/${m.id}/opzeggen`} class="wp-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            t={t}
            form={form}
            name="reason"
            label={t('cooperative.mine.reason')}
            required={false}
            maxlength={maxLengthOf(endForm, 'reason')}
          />
          <CheckboxField t={t} form={form} name="sure" label={t('cooperative.mine.sure')} />
          <SubmitButton label={t('cooperative.mine.end')} secondary />
        </form>
      ) : (
        <Paragraph text={t('cooperative.mine.ended', { date: day(ctx, m.endedOn) })} />
      )}
    </section>
  );
}

/** A member's own memberships: since when, and a way to end them. */
export function minePage(ctx: PageContext, memberships: readonly Member[], form: FormState, notice?: string): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.mine.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.mine.title')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={{ sure: t('cooperative.mine.sure'), reason: t('cooperative.mine.reason') }} />
        {memberships.length === 0 ? (
          <>
            <Paragraph text={t('cooperative.mine.none')} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${coopBase(ctx)}/lid-worden`} safe>
                {t('cooperative.apply.title')}
              </a>
            </p>
          </>
        ) : (
          memberships.map((m) => <Membership ctx={ctx} m={m} form={form} />)
        )}
      </>
    ),
  };
}
