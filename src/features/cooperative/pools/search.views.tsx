import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Pager } from '../../../platform/layout/pager.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph, DataList } from '../../../platform/layout/text.tsx';
import { talents } from '../../help/index.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { PoolPerson } from './pools.rules.ts';

export interface SearchState {
  talent: string | null;
  buurt: string | null;
  pool: '1' | '2' | null;
  withPaused: boolean;
}

/** One person of the inventory: who, which pool, where, what they can and when; and how to reach them. */
export function PersonCard({ ctx, p, children }: { ctx: PageContext; p: PoolPerson; children?: JSX.Element }) {
  const { t } = ctx;
  const extra: JSX.Element = children ?? '';
  const rows: [string, string][] = [
    [t('cooperative.pools.pool'), t(p.pool === 'volunteer' ? 'cooperative.pools.pool1' : `cooperative.poolKind.${p.pool}`)],
    [t('cooperative.pools.buurt'), p.buurtName],
    [t('cooperative.pool.talents'), p.talents.map((x) => t(`help.talent.${x}`)).join(', ') || '—'],
    [t('cooperative.pool.skills'), p.skills === '' ? '—' : p.skills],
    [t('cooperative.pool.availability'), p.availability === '' ? t('cooperative.pools.seeProfile') : p.availability],
    [t('cooperative.volunteer.email'), p.email],
  ];
  return (
    <li class="wp-card wp-stack">
      <h2 class="utrecht-heading-3" safe>
        {p.active ? p.name : t('cooperative.pools.paused', { name: p.name })}
      </h2>
      <DataList rows={rows} />
      {extra}
    </li>
  );
}

function query(s: SearchState, page: number): string {
  const parts: [string, string | null][] = [
    ['talent', s.talent],
    ['buurt', s.buurt],
    ['pool', s.pool],
    ['gepauzeerd', s.withPaused ? 'ja' : null],
    ['pagina', page > 1 ? String(page) : null],
  ];
  const q = parts.flatMap(([k, v]) => (v === null ? [] : [`${k}=${encodeURIComponent(v)}`])).join('&');
  return q === '' ? '' : `?${q}`;
}

function Select({ id, label, value, options }: { id: string; label: string; value: string | null; options: [string, string][] }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--distanced">
      <label class="utrecht-form-label" for={`search-${id}`} safe>
        {label}
      </label>
      <select class="utrecht-select utrecht-select--html-select" id={`search-${id}`} name={id}>
        {options.map(([v, l]) => (
          <option value={v} selected={v === (value ?? '')} safe>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The coordinator finds people in both pools by talent and buurt. */
export function searchPage(
  ctx: PageContext,
  s: SearchState,
  data: { buurten: readonly Buurt[]; found: { people: PoolPerson[]; total: number; pages: number; page: number } },
): Page {
  const { t } = ctx;
  const base = `${coopBase(ctx)}/pools`;
  return {
    title: t('cooperative.pools.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.pools.title')} intro={t('cooperative.pools.intro')} />
        <form class="wp-form" method="get" action={base} role="search" aria-label={t('cooperative.pools.title')}>
          <Select
            id="talent"
            label={t('cooperative.pools.talent')}
            value={s.talent}
            options={[['', t('cooperative.pools.anyTalent')], ...talents.map((x): [string, string] => [x, t(`help.talent.${x}`)])]}
          />
          <Select
            id="buurt"
            label={t('cooperative.pools.buurt')}
            value={s.buurt}
            options={[['', t('cooperative.pools.anyBuurt')], ...data.buurten.map((b): [string, string] => [b.slug, b.name])]}
          />
          <Select
            id="pool"
            label={t('cooperative.pools.pool')}
            value={s.pool}
            options={[
              ['', t('cooperative.pools.bothPools')],
              ['1', t('cooperative.pools.pool1')],
              ['2', t('cooperative.pools.pool2')],
            ]}
          />
          <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id="search-gepauzeerd"
              name="gepauzeerd"
              value="ja"
              checked={s.withPaused}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="search-gepauzeerd" safe>
              {t('cooperative.pools.withPaused')}
            </label>
          </div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" safe>
            {t('cooperative.pools.search')}
          </button>
        </form>
        <h2 class="utrecht-heading-2" aria-live="polite" safe>
          {t('cooperative.pools.found', { count: data.found.total })}
        </h2>
        {data.found.total === 0 ? <Paragraph text={t('cooperative.pools.none')} /> : ''}
        <ul class="wp-card-list">
          {data.found.people.map((p) => (
            <PersonCard ctx={ctx} p={p} />
          ))}
        </ul>
        <Pager ctx={ctx} page={data.found.page} pageCount={data.found.pages} href={(p) => `${base}${query(s, p)}`} />
      </>
    ),
  };
}
