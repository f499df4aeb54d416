import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { StaleNotice } from '../common/entry.views.tsx';
import { entryPath, guidePath, segmentOf } from '../common/paths.ts';
import type { EntryType } from '../model/guide.model.ts';
import type { ChangeRow } from '../model/history.repository.ts';

export interface EditFrame {
  district: District;
  type: EntryType;
  id: string | null;
  name: string;
  notice?: string;
  verifiedAt: string | null;
  stale: boolean;
  history: ChangeRow[];
}

function History({ ctx, history }: { ctx: PageContext; history: readonly ChangeRow[] }) {
  if (history.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('guide.history.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {history.map((h) => (
          <li class="utrecht-unordered-list__item" safe>
            {ctx.t('guide.history.line', {
              when: formatDateTime(h.at, ctx.lang),
              who: h.byName ?? ctx.t('guide.history.system'),
              what: ctx.t(`guide.history.${h.action}`),
              fields: Object.keys(h.details).join(', '),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function VerifyForm({ ctx, frame }: { ctx: PageContext; frame: EditFrame }) {
  if (frame.id === null) return '';
  return (
    <form method="post" action={`${entryPath(frame.district, frame.type, frame.id)}/nagekeken`} class="wp-verify">
      <CsrfField token={ctx.csrfToken} />
      <StaleNotice ctx={ctx} stale={frame.stale} verifiedAt={frame.verifiedAt} />
      <SubmitButton label={ctx.t('guide.verify.submit')} secondary />
    </form>
  );
}

/** The frame of every edit page: title, notice, the form, the parts below it, verification and history. */
export function editPage(
  ctx: PageContext,
  frame: EditFrame,
  form: FormState,
  labels: Record<string, string>,
  fields: JSX.Element,
  below: JSX.Element = '',
): Page {
  const { t } = ctx;
  const title = frame.id === null ? t(`guide.new.${frame.type}`) : t('guide.editTitle', { name: frame.name });
  const action =
    frame.id === null
      ? guidePath(frame.district, `/${segmentOf[frame.type]}/nieuw`)
      : `${entryPath(frame.district, frame.type, frame.id)}/bewerken`;
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb
          ctx={ctx}
          district={frame.district}
          trail={frame.id === null ? [] : [{ href: entryPath(frame.district, frame.type, frame.id), label: frame.name }]}
        />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {frame.notice ? <Notice text={frame.notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {fields}
          <SubmitButton label={t('guide.save')} />
        </form>
        {below}
        <VerifyForm ctx={ctx} frame={frame} />
        <History ctx={ctx} history={frame.history} />
      </>
    ),
  };
}
