import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TableRegion } from '../../../platform/layout/table.tsx';
import { Heading, LinkTo, Para } from '../shared/components.tsx';
import { requestLabel } from '../shared/words.ts';
import { StatusBadge } from '../shared/timeline.views.tsx';
import { Pager } from '../../../platform/layout/pager.tsx';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';
import { DESK_EXCERPT, type DeskRequest } from './desk.repository.ts';
import { daysSince, deskLimits, deskSectionNames, pageOf, type DeskSectionName, type DeskSections } from './desk.rules.ts';

/** Trade words in the desk's headings, explained on hover and linked to the glossary. */
const deskTerms: TermWord[] = [{ word: 'netwerkcheck', id: 'netwerkcheck' }];

export interface DeskData {
  sections: DeskSections<DeskRequest>;
  /** One part of the desk, a page at a time; null for the overview of all parts. */
  part: DeskSectionName | null;
  page: number;
  candidateCheck: { checked: number; waiting: number };
  buurten: Buurt[] | null;
  chosenBuurt: string;
  schemeName: string;
  now: Date;
}

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
                  {r.what.length > DESK_EXCERPT ? `${r.what.slice(0, DESK_EXCERPT)}…` : r.what}
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

function deskHref(ctx: PageContext, data: DeskData, part: DeskSectionName, page = 1): string {
  const query = new URLSearchParams({ ...(data.chosenBuurt ? { buurt: data.chosenBuurt } : {}), deel: part });
  if (page > 1) query.set('pagina', String(page));
  return `/${ctx.district?.slug ?? ''}/hulp/balie?${query.toString()}`;
}

function sectionTitle(ctx: PageContext, data: DeskData, s: DeskSectionName): string {
  return ctx.t(`help.desk.section.${s}`, { count: data.sections[s].length });
}

function SectionHeading({ ctx, data, part }: { ctx: PageContext; data: DeskData; part: DeskSectionName }) {
  return (
    <h2 class="utrecht-heading-2" id={part}>
      <TermIn ctx={ctx} text={sectionTitle(ctx, data, part)} terms={deskTerms} />
    </h2>
  );
}

/** Every part of the desk with its oldest rows; a part with more links to all of it. */
function Overview({ ctx, data }: { ctx: PageContext; data: DeskData }) {
  const { t } = ctx;
  const { checked, waiting } = data.candidateCheck;
  return (
    <>
      <ul class="utrecht-unordered-list wp-help-summary">
        {deskSectionNames.map((s) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`#${s}`} safe>
              {sectionTitle(ctx, data, s)}
            </a>
          </li>
        ))}
      </ul>
      {deskSectionNames.map((s) => {
        const rows = data.sections[s];
        return (
          <section aria-labelledby={s}>
            <SectionHeading ctx={ctx} data={data} part={s} />
            {s === 'withoutCandidates' && waiting > checked ? <Para text={t('help.desk.candidatesChecked', { checked })} /> : ''}
            <RequestTable ctx={ctx} id={s} rows={rows.slice(0, deskLimits.rowsPerSection)} now={data.now} />
            {rows.length > deskLimits.rowsPerSection ? (
              <p class="utrecht-paragraph">
                <LinkTo href={deskHref(ctx, data, s)} text={t('help.desk.showAll', { count: rows.length })} />
              </p>
            ) : (
              ''
            )}
          </section>
        );
      })}
    </>
  );
}

/** One part of the desk, a page at a time. */
function Part({ ctx, data, part }: { ctx: PageContext; data: DeskData; part: DeskSectionName }) {
  const shown = pageOf(data.sections[part], data.page, deskLimits.rowsPerPage);
  const back = `/${ctx.district?.slug ?? ''}/hulp/balie${data.chosenBuurt ? `?buurt=${encodeURIComponent(data.chosenBuurt)}` : ''}`;
  return (
    <section aria-labelledby={part}>
      <SectionHeading ctx={ctx} data={data} part={part} />
      <p class="utrecht-paragraph">
        <LinkTo href={back} text={ctx.t('help.desk.backToDesk')} />
      </p>
      <RequestTable ctx={ctx} id={part} rows={shown.rows} now={data.now} />
      <Pager ctx={ctx} page={shown.page} pageCount={shown.pageCount} href={(p) => deskHref(ctx, data, part, p)} />
    </section>
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
        {data.part === null ? <Overview ctx={ctx} data={data} /> : <Part ctx={ctx} data={data} part={data.part} />}
      </>
    ),
  };
}
