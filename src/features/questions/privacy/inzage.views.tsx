import type { PageContext } from '../../../platform/http/request-context.ts';
import { P, When } from '../ui/blocks.tsx';
import { TableRegion } from '../../../platform/layout/table.tsx';
import type { Inzage } from './inzage.ts';

/** Who looked at the resident's data, for the resident. */
export function InzageTable({ ctx, rows }: { ctx: PageContext; rows: readonly Inzage[] }) {
  const { t } = ctx;
  if (rows.length === 0) return <P text={t('questions.inzage.none')} />;
  return (
    <TableRegion label={t('questions.inzage.caption')}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" safe>
          {t('questions.inzage.caption')}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {(['when', 'who', 'as'] as const).map((c) => (
              <th class="utrecht-table__header-cell" scope="col" safe>
                {t(`questions.inzage.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <When iso={r.at} lang={ctx.lang} />
              </td>
              <td class="utrecht-table__cell" safe>
                {r.who}
              </td>
              <td class="utrecht-table__cell" safe>
                {r.as}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
