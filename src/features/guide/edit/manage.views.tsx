import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { entryPath, guidePath } from '../common/paths.ts';
import type { EntryType } from '../model/guide.model.ts';

export interface ManageEntry {
  type: EntryType;
  id: string;
  name: string;
  verifiedAt: string | null;
  stale: boolean;
}

export interface ManageData {
  district: District;
  entries: ManageEntry[];
  staleCount: number;
  coordinator: boolean;
  administrator: boolean;
  organizations: { id: string; name: string }[];
}

function EntryTable({ ctx, data }: { ctx: PageContext; data: ManageData }) {
  const { t } = ctx;
  return (
    <TableRegion label={t('guide.manage.caption')}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" safe>
          {t('guide.manage.caption')}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col" safe>
              {t('guide.manage.name')}
            </th>
            <th class="utrecht-table__header-cell" scope="col" safe>
              {t('guide.manage.kind')}
            </th>
            <th class="utrecht-table__header-cell" scope="col" safe>
              {t('guide.manage.verified')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {data.entries.map((e) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`${entryPath(data.district, e.type, e.id)}/bewerken`} safe>
                  {e.name}
                </a>
              </td>
              <td class="utrecht-table__cell" safe>
                {t(`guide.entry.${e.type}`)}
              </td>
              <td class="utrecht-table__cell">
                <span safe>{e.verifiedAt ? formatDate(e.verifiedAt, ctx.lang) : t('guide.verified.never')}</span>
                {e.stale ? (
                  <strong class="wp-stale" safe>
                    {` ${t('guide.manage.stale')}`}
                  </strong>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Link({ href, label }: { href: string; label: string }) {
  return (
    <li class="utrecht-link-list__item">
      <a class="utrecht-link utrecht-link-list__link" href={href} safe>
        {label}
      </a>
    </li>
  );
}

export function managePage(ctx: PageContext, data: ManageData): Page {
  const { t } = ctx;
  const title = t('guide.manage.title');
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={data.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.manage.intro')}
        </p>
        {data.staleCount > 0 ? <Notice kind="warning" text={t('guide.manage.staleCount', { count: data.staleCount })} /> : ''}
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          {data.coordinator ? <Link href={guidePath(data.district, '/organisaties/nieuw')} label={t('guide.new.organization')} /> : ''}
          <Link href={guidePath(data.district, '/aanbod/nieuw')} label={t('guide.new.service')} />
          <Link href={guidePath(data.district, '/plekken/nieuw')} label={t('guide.new.location')} />
          {data.coordinator ? <Link href={guidePath(data.district, '/beheer/import')} label={t('guide.import.title')} /> : ''}
          {data.coordinator ? <Link href={guidePath(data.district, '/beheer/woorden')} label={t('guide.synonyms.link')} /> : ''}
          {data.administrator ? (
            <Link href={guidePath(data.district, '/beheer/ervaringsdeskundigen')} label={t('guide.experts.title')} />
          ) : (
            ''
          )}
        </ul>
        <EntryTable ctx={ctx} data={data} />
      </>
    ),
  };
}
