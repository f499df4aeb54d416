import { formatEuros } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph, DataList } from '../../../platform/layout/text.tsx';
import { may } from '../../../platform/auth/rights.rules.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { coopBase, Crumbs, Heading, LinkList } from '../shared/components.tsx';
import type { Proposal } from './proposals.repository.ts';

const euros = (ctx: PageContext, cents: number): string => formatEuros(cents, ctx.lang);

/** What the project needs, in words: people, an amount of money, a place. */
export function needsText(ctx: PageContext, p: Proposal): string {
  const { t } = ctx;
  return p.needs
    .map((n) =>
      n === 'money' && p.moneyCents !== null
        ? t('cooperative.need.moneyAmount', { amount: euros(ctx, p.moneyCents) })
        : t(`cooperative.need.${n}`),
    )
    .join(', ');
}

/** The approved projects of the district, for everyone; and where to propose one. */
export function projectsPage(ctx: PageContext, projects: readonly Proposal[]): Page {
  const { t, user } = ctx;
  const base = coopBase(ctx);
  const districtId = ctx.district?.id ?? '';
  const board = user !== null && mayInCooperative(user.roles, 'dailyBoard', districtId);
  return {
    title: t('cooperative.projects.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.projects.title')} intro={t('cooperative.projects.intro')} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/projecten/voorstellen`} safe>
            {t('cooperative.proposal.title')}
          </a>
        </p>
        {board ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/projecten/beoordelen`} safe>
              {t('cooperative.review.title')}
            </a>
          </p>
        ) : (
          ''
        )}
        {projects.length === 0 ? <Paragraph text={t('cooperative.projects.none')} /> : ''}
        <ul class="wp-card-list">
          {projects.map((p) => (
            <li class="wp-card wp-stack">
              <h2 class="utrecht-heading-3">
                <a class="utrecht-link" href={`${base}/projecten/${p.id}`} safe>
                  {p.title}
                </a>
              </h2>
              <Paragraph text={p.buurtName ?? t('cooperative.proposal.buurt.whole')} />
              {p.callTalent === null ? '' : <Paragraph text={t('cooperative.call.badge', { talent: t(`help.talent.${p.callTalent}`) })} />}
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

/** One approved project: what, for whom, where, what it needs, and its call for people. */
export function projectPage(ctx: PageContext, p: Proposal, notice?: string): Page {
  const { t, user } = ctx;
  const base = coopBase(ctx);
  const coordinator = user !== null && may(user.roles, 'pools.search', { districtId: ctx.district?.id ?? '' });
  return {
    title: p.title,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${base}/projecten`, label: t('cooperative.projects.title') }]} />
        <Heading title={p.title} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <DataList
          rows={[
            [t('cooperative.proposal.field.what'), p.what],
            [t('cooperative.proposal.field.forWhom'), p.forWhom],
            [t('cooperative.proposal.field.buurt'), p.buurtName ?? t('cooperative.proposal.buurt.whole')],
            [t('cooperative.proposal.field.needs'), needsText(ctx, p)],
            [t('cooperative.projects.by'), p.proposerName],
          ]}
        />
        {p.callTalent === null ? (
          ''
        ) : (
          <section class="wp-card wp-stack" aria-labelledby="call">
            <h2 class="utrecht-heading-2" id="call" safe>
              {t('cooperative.call.title', { talent: t(`help.talent.${p.callTalent}`) })}
            </h2>
            <Paragraph text={p.callText ?? ''} />
            <Paragraph text={t('cooperative.call.howToJoin')} />
            <LinkList
              links={[
                { href: `${base}/vrijwilliger-worden`, label: t('cooperative.volunteer.title') },
                { href: `${base}/pool-aanmelden`, label: t('cooperative.pool.join.title') },
              ]}
            />
          </section>
        )}
        {coordinator && p.needs.includes('people') ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/projecten/${p.id}/oproep`} safe>
              {t('cooperative.call.manage')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
