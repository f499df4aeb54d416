import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Alv } from './alv.repository.ts';
import { PdfField } from './convene.views.tsx';
import { documentKinds } from './documents.rules.ts';

/** After convening, until the meeting opens: the secretary adds a document or replaces one; members get a mail. */
export function documentsPage(ctx: PageContext, data: { alv: Alv; started: boolean }, form: FormState): Page {
  const { alv } = data;
  const { t } = ctx;
  const labels = Object.fromEntries(documentKinds.map((k) => [k, t(`cooperative.alv.doc.${k}`)]));
  const there = alv.files.map((f) => t(`cooperative.alv.doc.${f.kind}`));
  const title = t('cooperative.alv.docAdd.title');
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: `${coopBase(ctx)}/alv`, label: t('cooperative.alv.title') },
            { href: `${coopBase(ctx)}/alv/${alv.id}`, label: alv.title },
          ]}
        />
        <Heading
          title={title}
          intro={t('cooperative.alv.docAdd.intro', { title: alv.title, when: formatDateTime(alv.startsAt, ctx.lang) })}
        />
        <Paragraph
          text={there.length === 0 ? t('cooperative.alv.docAdd.none') : t('cooperative.alv.docAdd.there', { names: there.join(', ') })}
        />
        <ErrorSummary t={t} form={form} labels={labels} />
        {data.started ? (
          <Paragraph text={t('cooperative.alv.doc.tooLate')} />
        ) : (
          <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/${alv.id}/stukken`} enctype="multipart/form-data" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Paragraph text={t('cooperative.alv.docAdd.help')} />
            {documentKinds.map((name) => (
              <PdfField ctx={ctx} form={form} name={name} label={labels[name] ?? name} />
            ))}
            <SubmitButton label={t('cooperative.alv.docAdd.send')} />
          </form>
        )}
      </>
    ),
  };
}
