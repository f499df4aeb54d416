import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { Heading, LinkTo, Para } from '../shared/components.tsx';
import { requestLabel } from '../shared/words.ts';
import { StatusBadge } from '../shared/timeline.views.tsx';
import type { DeskRequest } from './desk.repository.ts';
import { daysSince, type DeskSections } from './desk.rules.ts';

export interface DeskData {
  sections: DeskSections<DeskRequest>;
  buurten: Buurt[] | null;
  chosenBuurt: string;
  schemeName: string;
  now: Date;
}

const sectionOrder = ['overdue', 'near', 'toCheck', 'networkCheck', 'withoutCandidates', 'toClose', 'open'] as const;

function RequestTable({ ctx, id, rows, now }: { ctx: PageContext; id: string; rows: DeskRequest[]; now: Date }) {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/hulp/balie`;
  if (rows.length === 0) return <Para text={t('help.desk.none')} />;
  return (
    <TableRegion labelledBy={id}>
      <table class="utrecht-table utrecht-table--html-table" aria-labelledby={id}>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {['request', 'buurt', 'status', 'age', 'due'].map((c) => (
              <th class="utrecht-table__header-cell" scope="col" safe>
                {t(`help.desk.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <LinkTo href={`${base}/${r.id}`} text={requestLabel(t, r)} />
                <div class="wp-help-excerpt" safe>
                  {r.what.length > 80 ? `${r.what.slice(0, 80)}…` : r.what}
                </div>
              </td>
              <td class="utrecht-table__cell" safe>
                {r.buurtName}
              </td>
              <td class="utrecht-table__cell">
                <StatusBadge t={t} status={r.status} />
              </td>
              <td class="utrecht-table__cell" safe>
                {t('help.desk.days', { count: daysSince(r.createdAt, now) })}
              </td>
              <td class="utrecht-table__cell" safe>
                {r.heardBackAt === null ? formatDate(r.feedbackDueAt, ctx.lang) : t('help.desk.heardBack')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function BuurtFilter({ ctx, buurten, chosen }: { ctx: PageContext; buurten: Buurt[]; chosen: string }) {
  const { t } = ctx;
  return (
    <form method="get" action={`/${ctx.district?.slug ?? ''}/hulp/balie`} class="wp-help-filter">
      <label class="utrecht-form-label" for="filter-buurt" safe>
        {t('help.desk.filter')}
      </label>
      <select class="utrecht-select utrecht-select--html-select" id="filter-buurt" name="buurt">
        <option value="" safe>
          {t('help.desk.allBuurten')}
        </option>
        {buurten.map((b) => (
          <option value={b.slug} selected={b.slug === chosen} safe>
            {b.name}
          </option>
        ))}
      </select>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" safe>
        {t('help.desk.show')}
      </button>
    </form>
  );
}

/** The coordinator's desk per buurt or district (issue item 6). */
export function deskPage(ctx: PageContext, data: DeskData): Page {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/hulp`;
  return {
    title: t('help.desk.title', { scheme: data.schemeName }),
    body: (
      <>
        <Heading text={t('help.desk.title', { scheme: data.schemeName })} />
        <ul class="utrecht-unordered-list wp-help-links">
          <li class="utrecht-unordered-list__item">
            <LinkTo href={`${base}/balie/nieuw`} text={t('help.desk.new.link')} />
          </li>
          <li class="utrecht-unordered-list__item">
            <LinkTo href={`${base}/vrijwilligers`} text={t('help.volunteers.title')} />
          </li>
          <li class="utrecht-unordered-list__item">
            <LinkTo href={`${base}/waardering`} text={t('help.appreciation.title')} />
          </li>
        </ul>
        {data.buurten === null ? '' : <BuurtFilter ctx={ctx} buurten={data.buurten} chosen={data.chosenBuurt} />}
        <ul class="utrecht-unordered-list wp-help-summary">
          {sectionOrder.map((s) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`#${s}`} safe>
                {t(`help.desk.section.${s}`, { count: data.sections[s].length })}
              </a>
            </li>
          ))}
        </ul>
        {sectionOrder.map((s) => (
          <section aria-labelledby={s}>
            <Heading level={2} id={s} text={t(`help.desk.section.${s}`, { count: data.sections[s].length })} />
            <RequestTable ctx={ctx} id={s} rows={data.sections[s]} now={data.now} />
          </section>
        ))}
      </>
    ),
  };
}
