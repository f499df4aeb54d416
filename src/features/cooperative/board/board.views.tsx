import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import type { Member } from '../membership/membership.repository.ts';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { SeatRow } from './board.repository.ts';
import { bodies, functions } from './board.rules.ts';

function EndSeat({ ctx, seat }: { ctx: PageContext; seat: SeatRow }) {
  return (
    <form method="post" action={`${coopBase(ctx)}/bestuur/zetels/${seat.id}/einde`} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="utrecht-button utrecht-button--subtle" safe>
        {ctx.t('cooperative.board.end', { name: seat.name })}
      </button>
    </form>
  );
}

function SeatForm({ ctx, form, members }: { ctx: PageContext; form: FormState; members: readonly Member[] }) {
  const { t } = ctx;
  return (
    <form class="wp-form" method="post" action={`${coopBase(ctx)}/bestuur/zetels`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <SelectField
        t={t}
        form={form}
        name="member"
        label={t('cooperative.board.member')}
        placeholder={t('cooperative.board.choose')}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <SelectField
        t={t}
        form={form}
        name="body"
        label={t('cooperative.board.body')}
        options={bodies.map((b) => ({ value: b, label: t(`cooperative.body.${b}`) }))}
      />
      <SelectField
        t={t}
        form={form}
        name="function"
        label={t('cooperative.board.function')}
        options={functions.map((f) => ({ value: f, label: t(`cooperative.function.${f}`) }))}
      />
      <TextField t={t} form={form} name="termStart" type="date" label={t('cooperative.board.termStart')} />
      <TextField t={t} form={form} name="termEnd" type="date" label={t('cooperative.board.termEnd')} />
      <SubmitButton label={t('cooperative.board.add')} />
    </form>
  );
}

/** Who sits on the general board, the daily board and the kascommissie; the board keeps it up to date. */
export function boardPage(
  ctx: PageContext,
  seats: readonly SeatRow[],
  manage: { members: readonly Member[] } | null,
  form: FormState,
  notice?: string,
): Page {
  const { t } = ctx;
  const labels = {
    member: t('cooperative.board.member'),
    body: t('cooperative.board.body'),
    function: t('cooperative.board.function'),
    termStart: t('cooperative.board.termStart'),
    termEnd: t('cooperative.board.termEnd'),
  };
  return {
    title: t('cooperative.board.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.board.title')} intro={t('cooperative.board.intro')} ctx={ctx} explainTitle />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        {bodies.map((body) => {
          const held = seats.filter((s) => s.body === body);
          return (
            <section aria-labelledby={`body-${body}`}>
              <h2 class="utrecht-heading-2" id={`body-${body}`} safe>
                {t(`cooperative.body.${body}`)}
              </h2>
              {held.length === 0 ? (
                <Paragraph text={t('cooperative.board.empty')} />
              ) : (
                <DataTable
                  caption={t(`cooperative.body.${body}`)}
                  hideCaption
                  headers={[
                    t('cooperative.register.name'),
                    t('cooperative.board.function'),
                    t('cooperative.board.term'),
                    ...(manage === null ? [] : [t('cooperative.board.actions')]),
                  ]}
                  rows={held.map((s) => [
                    s.name,
                    t(`cooperative.function.${s.function}`),
                    t('cooperative.board.termText', { from: day(ctx, s.termStart), to: day(ctx, s.termEnd) }),
                    ...(manage === null ? [] : [{ html: <EndSeat ctx={ctx} seat={s} /> }]),
                  ])}
                />
              )}
            </section>
          );
        })}
        {manage === null ? (
          ''
        ) : (
          <section aria-labelledby="new-seat">
            <h2 class="utrecht-heading-2" id="new-seat" safe>
              {t('cooperative.board.add')}
            </h2>
            <SeatForm ctx={ctx} form={form} members={manage.members} />
          </section>
        )}
      </>
    ),
  };
}
