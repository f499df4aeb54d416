import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import { BarChart, ChartKey } from './bar-chart.tsx';
import type { Gap, NeedRow } from './gap.rules.ts';

const gapPath = (ctx: PageContext): string => `${coopBase(ctx)}/vraag-en-aanbod`;

function Lists({ ctx, gap }: { ctx: PageContext; gap: Gap }) {
  const { t } = ctx;
  const missing = gap.rows.filter((r) => r.status === 'gap');
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t('cooperative.gap.missing')}
      </h2>
      {missing.length === 0 ? (
        <Paragraph text={t('cooperative.gap.missing.none')} />
      ) : (
        <ul class="utrecht-unordered-list">
          {missing.map((r) => (
            <li class="utrecht-unordered-list__item" safe>
              {t('cooperative.gap.missing.item', { need: t(`cooperative.need.${r.need}`), count: r.demand })}
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2" safe>
        {t('cooperative.gap.unasked')}
      </h2>
      {gap.unaskedTalents.length === 0 ? (
        <Paragraph text={t('cooperative.gap.unasked.none')} />
      ) : (
        <ul class="utrecht-unordered-list">
          {gap.unaskedTalents.map((u) => (
            <li class="utrecht-unordered-list__item" safe>
              {t('cooperative.gap.unasked.item', { talent: t(`cooperative.talent.${u.talent}`), count: u.volunteers })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function GapChart({ ctx, rows, buurt }: { ctx: PageContext; rows: NeedRow[]; buurt: Buurt }) {
  const { t } = ctx;
  const series = [t('cooperative.gap.demand'), t('cooperative.gap.supply')];
  const only = rows.length === 1 ? rows[0] : undefined;
  if (only !== undefined)
    return (
      <p class="utrecht-paragraph">
        <strong safe>
          {t('cooperative.gap.single', { need: t(`cooperative.need.${only.need}`), demand: only.demand, supply: only.supply })}
        </strong>
      </p>
    );
  return (
    <>
      <ChartKey series={series} />
      <BarChart
        ctx={ctx}
        id="gap-chart"
        title={t('cooperative.gap.chart', { buurt: buurt.name })}
        series={series}
        bars={rows.map((r) => ({ label: t(`cooperative.need.${r.need}`), values: [r.demand, r.supply] }))}
        describe={rows
          .map((r) => t('cooperative.gap.describe', { need: t(`cooperative.need.${r.need}`), demand: r.demand, supply: r.supply }))
          .join('; ')}
      />
    </>
  );
}

/** Per buurt: what people ask for against what is offered, as a chart with its table, and what is missing or unused. */
export function gapPage(ctx: PageContext, data: { buurten: readonly Buurt[]; buurt: Buurt; gap: Gap }): Page {
  const { t } = ctx;
  const { buurt, gap } = data;
  const rows = gap.rows.filter((r) => r.status !== 'none');
  const title = t('cooperative.gap.title');
  return {
    title: `${title}: ${buurt.name}`,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={title} intro={t('cooperative.gap.intro')} />
        <nav aria-label={t('cooperative.gap.buurten')}>
          <ul class="wp-survey-key">
            {data.buurten.map((b) => (
              <li>
                <a class="utrecht-link" href={`${gapPath(ctx)}?buurt=${b.slug}`} aria-current={b.id === buurt.id ? 'page' : undefined} safe>
                  {b.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.gap.inBuurt', { buurt: buurt.name })}
        </h2>
        {rows.length === 0 ? <Paragraph text={t('cooperative.gap.empty')} /> : <GapChart ctx={ctx} rows={rows} buurt={buurt} />}
        {rows.length === 0 ? (
          ''
        ) : (
          <DataTable
            caption={t('cooperative.gap.table', { buurt: buurt.name })}
            headers={[
              t('cooperative.gap.col.need'),
              t('cooperative.gap.col.surveyed'),
              t('cooperative.gap.col.requests'),
              t('cooperative.gap.col.unmet'),
              t('cooperative.gap.col.volunteers'),
              t('cooperative.gap.col.offers'),
              t('cooperative.gap.col.status'),
            ]}
            rows={rows.map((r) => [
              t(`cooperative.need.${r.need}`),
              String(r.surveyed),
              String(r.requests),
              String(r.unmet),
              String(r.volunteers),
              String(r.offers),
              t(`cooperative.gap.status.${r.status}`),
            ])}
          />
        )}
        <Lists ctx={ctx} gap={gap} />
        <Paragraph text={t('cooperative.gap.how')} />
      </>
    ),
  };
}
