import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import type { FailingMail } from '../../../platform/mail/outbox.repository.ts';

function ResendButton({ ctx, mail }: { ctx: PageContext; mail: FailingMail }) {
  return (
    <form method="post" action={`/beheer/mails/${mail.id}/opnieuw`} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        aria-label={ctx.t('accounts.mails.resendOf', { subject: mail.subject, to: mail.to })}
        safe
      >
        {ctx.t('accounts.mails.resend')}
      </button>
    </form>
  );
}

/** Given up for good, or when the outbox tries next. */
function stateOf(ctx: PageContext, mail: FailingMail): string {
  return mail.failedAt === null
    ? ctx.t('accounts.mails.nextAttempt', { when: formatDateTime(mail.nextAttemptAt, ctx.lang) })
    : ctx.t('accounts.mails.gaveUp', { when: formatDateTime(mail.failedAt, ctx.lang) });
}

function MailTable({ ctx, mails }: { ctx: PageContext; mails: readonly FailingMail[] }) {
  const { t } = ctx;
  const headers = ['to', 'subject', 'created', 'attempts', 'lastError', 'state', 'action'].map((h) => t(`accounts.mails.${h}`));
  return (
    <DataTable
      caption={t('accounts.mails.tableCaption')}
      headers={headers}
      rows={mails.map((m) => [
        m.to,
        m.subject,
        formatDateTime(m.createdAt, ctx.lang),
        String(m.attempts),
        m.lastError ?? '',
        stateOf(ctx, m),
        { html: <ResendButton ctx={ctx} mail={m} /> },
      ])}
    />
  );
}

export function failingMailsPage(ctx: PageContext, mails: readonly FailingMail[], notice?: string): Page {
  const { t } = ctx;
  return {
    title: t('accounts.mails.title'),
    body: (
      <>
        <PageHeading text={t('accounts.mails.title')} />
        {notice ? <Notice text={notice} /> : ''}
        <Paragraph text={t('accounts.mails.intro')} />
        {mails.length === 0 ? <Paragraph text={t('accounts.mails.none')} /> : <MailTable ctx={ctx} mails={mails} />}
      </>
    ),
  };
}
