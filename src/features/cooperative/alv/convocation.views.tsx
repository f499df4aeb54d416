import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import type { Member } from '../membership/membership.repository.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Alv } from './alv.repository.ts';
import { PlaceAccess } from './place.views.tsx';
import type { AlvPlace } from './place.ts';

/**
 * The convocation on paper, for members without e-mail: it prints on its own (the portal's
 * print styles drop the menus); the list of who gets it is on the screen only.
 */
export function convocationPage(
  ctx: PageContext,
  data: { alv: Alv; cooperative: string; paper: readonly Member[]; place: AlvPlace | undefined },
): Page {
  const { t } = ctx;
  const { alv } = data;
  return {
    title: t('cooperative.alv.convocation.title'),
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: `${coopBase(ctx)}/alv`, label: t('cooperative.alv.title') },
            { href: `${coopBase(ctx)}/alv/${alv.id}`, label: alv.title },
          ]}
        />
        <Heading title={t('cooperative.alv.convocation.heading', { title: alv.title })} intro={data.cooperative} />
        <Paragraph text={t('cooperative.alv.convocation.dear')} />
        <Paragraph text={t('cooperative.alv.convocation.invite', { when: formatDateTime(alv.startsAt, ctx.lang), place: alv.place })} />
        <PlaceAccess ctx={ctx} place={data.place} />
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.alv.agenda')}
        </h2>
        <ol class="utrecht-ordered-list">
          {alv.items.map((i) => (
            <li class="utrecht-ordered-list__item" safe>
              {i.title}
            </li>
          ))}
        </ol>
        <Paragraph text={t('cooperative.alv.convocation.proxy')} />
        <Paragraph text={t('cooperative.alv.convocation.documents')} />
        {alv.files.length === 0 ? (
          ''
        ) : (
          <ul class="utrecht-unordered-list">
            {alv.files.map((f) => (
              <li class="utrecht-unordered-list__item" safe>
                {t(`cooperative.alv.doc.${f.kind}`)}
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="paper" class="wp-no-print">
          <h2 class="utrecht-heading-2" id="paper" safe>
            {t('cooperative.alv.convocation.paperTitle')}
          </h2>
          {data.paper.length === 0 ? (
            <Paragraph text={t('cooperative.alv.convocation.nobody')} />
          ) : (
            <DataTable
              caption={t('cooperative.alv.convocation.paperTitle')}
              hideCaption
              headers={[t('cooperative.alv.door.name'), t('cooperative.alv.convocation.buurt')]}
              rows={data.paper.map((m) => [m.name, m.buurtName ?? ''])}
            />
          )}
        </section>
      </>
    ),
  };
}
