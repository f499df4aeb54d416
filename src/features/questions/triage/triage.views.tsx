import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { Badge, H1, Link, P, When } from '../ui/blocks.tsx';
import type { QuestionListItem } from './triage.repository.ts';
import { isLate, listGroupNames, type ListGroup } from './triage.rules.ts';

export interface TriageListData {
  district: District;
  group: ListGroup;
  items: readonly QuestionListItem[];
  search: string;
  now: Date;
}

function StateCell({ t, item, now }: { t: Translate; item: QuestionListItem; now: Date }) {
  const state =
    item.status === 'closed' && item.outcome !== null ? t(`questions.outcome.${item.outcome}`) : t(`questions.state.${item.status}`);
  return (
    <>
      <span safe>{state}</span>
      {item.referral ? <span class="wp-q-cell-line" safe>{`${item.referral.contactName} (${item.referral.organizationName})`}</span> : ''}
      {isLate(item, now) ? <Badge kind="danger" text={t('questions.badge.late')} /> : ''}
      {item.awaitingStaff ? <Badge kind="warning" text={t('questions.badge.message')} /> : ''}
    </>
  );
}

function Tabs({ ctx, data }: { ctx: PageContext; data: TriageListData }) {
  const base = `/${data.district.slug}/vragen`;
  return (
    <nav aria-label={ctx.t('questions.list.groups')}>
      <ul class="wp-q-tabs">
        {listGroupNames.map((g) => (
          <li>
            <a class="utrecht-link" href={`${base}?toon=${g}`} aria-current={g === data.group ? 'page' : undefined} safe>
              {ctx.t(`questions.list.group.${g}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Search({ ctx, data }: { ctx: PageContext; data: TriageListData }) {
  return (
    <form class="wp-q-search" method="get" action={`/${data.district.slug}/vragen`} role="search">
      <label class="utrecht-form-label" for="zoek" safe>
        {ctx.t('questions.list.search')}
      </label>
      <input class="utrecht-textbox utrecht-textbox--html-input" id="zoek" name="zoek" value={data.search} autocomplete="off" />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" safe>
        {ctx.t('questions.list.searchSubmit')}
      </button>
    </form>
  );
}

function Table({ ctx, data }: { ctx: PageContext; data: TriageListData }) {
  const { t } = ctx;
  return (
    <TableRegion label={t(`questions.list.caption.${data.group}`, { count: data.items.length })}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" safe>
          {t(`questions.list.caption.${data.group}`, { count: data.items.length })}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {(['reference', 'buurt', 'urgency', 'asked', 'state'] as const).map((c) => (
              <th class="utrecht-table__header-cell" scope="col" safe>
                {t(`questions.list.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {data.items.map((item) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__cell" scope="row">
                <Link href={`/${data.district.slug}/vragen/${item.id}`} text={item.reference} />
              </th>
              <td class="utrecht-table__cell" safe>
                {item.buurtName ?? t('questions.list.noBuurt')}
              </td>
              <td class="utrecht-table__cell" safe>
                {t(`questions.urgency.${item.urgency}`)}
              </td>
              <td class="utrecht-table__cell">
                <When iso={item.createdAt} lang={ctx.lang} />
                <span class="wp-q-cell-line" safe>
                  {t(`questions.channel.${item.channel}`)}
                </span>
              </td>
              <td class="utrecht-table__cell">
                <StateCell t={t} item={item} now={data.now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function triageListPage(ctx: PageContext, data: TriageListData): Page {
  const { t } = ctx;
  return {
    title: t('questions.list.title'),
    body: (
      <>
        <H1 text={t('questions.list.title')} />
        <P text={t('questions.list.intro')} />
        <p class="utrecht-paragraph">
          <Link href={`/${data.district.slug}/vraag-stellen`} text={t('questions.list.record')} />
        </p>
        <Tabs ctx={ctx} data={data} />
        <Search ctx={ctx} data={data} />
        {data.items.length === 0 ? <P text={t(`questions.list.empty.${data.group}`)} /> : <Table ctx={ctx} data={data} />}
      </>
    ),
  };
}
