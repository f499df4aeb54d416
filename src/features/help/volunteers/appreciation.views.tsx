import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { Heading, Para } from '../shared/components.tsx';
import { duration } from '../shared/words.ts';
import type { HelpYear } from './figures.repository.ts';

const monthKeys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The district's totals, for appreciation: what volunteers gave together; never a ranking of people. */
export function appreciationPage(ctx: PageContext, year: number, figures: HelpYear): Page {
  const { t } = ctx;
  const minutes = figures.minutesByMonth.reduce((a, b) => a + b, 0);
  return {
    title: t('help.appreciation.title'),
    body: (
      <>
        <Heading text={t('help.appreciation.title')} />
        <Para
          lead
          text={t('help.appreciation.intro', {
            year,
            hours: duration(t, minutes),
            count: figures.servicesDone,
            volunteers: figures.activeVolunteers,
          })}
        />
        <TableRegion label={t('help.appreciation.caption', { year })}>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" safe>
              {t('help.appreciation.caption', { year })}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {['month', 'matches', 'hours'].map((c) => (
                  <th class="utrecht-table__header-cell" scope="col" safe>
                    {t(`help.appreciation.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {monthKeys.map((m, i) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row" safe>
                    {t(`help.month.${m}`)}
                  </th>
                  <td class="utrecht-table__cell" safe>
                    {String(figures.matchesByMonth[i] ?? 0)}
                  </td>
                  <td class="utrecht-table__cell" safe>
                    {duration(t, figures.minutesByMonth[i] ?? 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        <Para text={t('help.appreciation.noRanking')} />
      </>
    ),
  };
}
