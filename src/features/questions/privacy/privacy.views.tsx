import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { H1, H2, P } from '../ui/blocks.tsx';
import type { PersonQuery } from './privacy.schema.ts';

export interface Match {
  id: string;
  reference: string;
  createdAt: string;
  status: string;
}

function Hidden({ query }: { query: PersonQuery }) {
  return (
    <>
      {query.email === null ? '' : <input type="hidden" name="email" value={query.email} />}
      {query.phone === null ? '' : <input type="hidden" name="phone" value={query.phone} />}
    </>
  );
}

function PostButton({
  ctx,
  action,
  query,
  label,
  secondary = false,
}: {
  ctx: PageContext;
  action: string;
  query: PersonQuery;
  label: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={action} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <Hidden query={query} />
      <SubmitButton label={label} secondary={secondary} />
    </form>
  );
}

function Matches({ ctx, matches }: { ctx: PageContext; matches: readonly Match[] }) {
  return (
    <ul class="utrecht-unordered-list">
      {matches.map((m) => (
        <li class="utrecht-unordered-list__item" safe>
          {ctx.t('questions.privacy.match', {
            reference: m.reference,
            date: formatDateTime(m.createdAt, ctx.lang),
            state: ctx.t(`questions.state.${m.status}`),
          })}
        </li>
      ))}
    </ul>
  );
}

export function privacyPage(
  ctx: PageContext,
  district: District,
  form: FormState,
  found?: { query: PersonQuery; matches: readonly Match[] },
  notice?: string,
): Page {
  const { t } = ctx;
  const base = `/${district.slug}/beheer/persoonsgegevens`;
  const labels = { email: t('questions.field.email'), phone: t('questions.field.phone') };
  return {
    title: t('questions.privacy.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <H1 text={t('questions.privacy.title')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <P text={t('questions.privacy.intro')} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={base} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="email" type="email" autocomplete="off" required={false} label={labels.email} />
          <TextField t={t} form={form} name="phone" type="tel" autocomplete="off" required={false} label={labels.phone} />
          <SubmitButton label={t('questions.privacy.search')} />
        </form>
        {found === undefined ? (
          ''
        ) : (
          <>
            <H2 text={t('questions.privacy.found', { count: found.matches.length })} />
            <Matches ctx={ctx} matches={found.matches} />
            {found.matches.length === 0 ? (
              ''
            ) : (
              <div class="utrecht-button-group wp-q-buttons">
                <PostButton ctx={ctx} action={`${base}/export`} query={found.query} label={t('questions.privacy.export')} />
                <PostButton ctx={ctx} action={`${base}/wissen`} query={found.query} label={t('questions.privacy.erase')} secondary />
              </div>
            )}
          </>
        )}
      </>
    ),
  };
}

export function eraseConfirmPage(ctx: PageContext, district: District, query: PersonQuery, matches: readonly Match[]): Page {
  const { t } = ctx;
  return {
    title: t('questions.privacy.erase.title'),
    body: (
      <>
        <H1 text={t('questions.privacy.erase.title')} />
        <P text={t('questions.privacy.erase.text', { count: matches.length })} />
        <Matches ctx={ctx} matches={matches} />
        <PostButton
          ctx={ctx}
          action={`/${district.slug}/beheer/persoonsgegevens/wissen/bevestigen`}
          query={query}
          label={t('questions.privacy.erase.confirm')}
        />
      </>
    ),
  };
}
