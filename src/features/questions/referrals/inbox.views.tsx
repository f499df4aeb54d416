import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { isOverdue } from '../question/question.rules.ts';
import { Badge, H1, Link, P, When } from '../ui/blocks.tsx';
import type { InboxItem } from './referrals.repository.ts';

/** The receiver's list of referrals addressed to them, without personal data. */
export function inboxPage(ctx: PageContext, data: { district: District; items: readonly InboxItem[]; now: Date }): Page {
  const { t } = ctx;
  return {
    title: t('questions.inbox.title'),
    body: (
      <>
        <H1 text={t('questions.inbox.title')} />
        <P text={t('questions.inbox.intro')} />
        {data.items.length === 0 ? (
          <P text={t('questions.inbox.empty')} />
        ) : (
          <TableRegion label={t('questions.inbox.caption', { count: data.items.length })}>
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption" safe>
                {t('questions.inbox.caption', { count: data.items.length })}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {(['reference', 'buurt', 'urgency', 'referrer', 'since', 'state'] as const).map((c) => (
                    <th class="utrecht-table__header-cell" scope="col" safe>
                      {t(`questions.inbox.column.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {data.items.map((r) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__cell" scope="row">
                      <Link href={`/${data.district.slug}/doorverwijzingen/${r.id}`} text={r.reference} />
                    </th>
                    <td class="utrecht-table__cell" safe>
                      {r.buurtName ?? t('questions.list.noBuurt')}
                    </td>
                    <td class="utrecht-table__cell" safe>
                      {t(`questions.urgency.${r.urgency}`)}
                    </td>
                    <td class="utrecht-table__cell" safe>
                      {r.referrerName ?? ''}
                    </td>
                    <td class="utrecht-table__cell">
                      <When iso={r.createdAt} lang={ctx.lang} />
                    </td>
                    <td class="utrecht-table__cell">
                      <span safe>{t(`questions.referral.state.${r.status}`)}</span>
                      {r.status === 'pending' && isOverdue(r.dueAt, data.now) ? (
                        <Badge kind="danger" text={t('questions.badge.late')} />
                      ) : (
                        ''
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </>
    ),
  };
}
