import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { may as mayRight, type Right } from '../../../platform/auth/rights.rules.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Cooperative } from '../shared/cooperative.repository.ts';
import type { Survey } from '../surveys/surveys.repository.ts';

interface Link {
  href: string;
  label: string;
}

/** What the cooperative is (seed 004) and what each person can do here. */
export function homePage(ctx: PageContext, cooperative: Cooperative, surveys: readonly Survey[] = []): Page {
  const { t, user } = ctx;
  const base = coopBase(ctx);
  const districtId = ctx.district?.id ?? '';
  const may = (power: Parameters<typeof mayInCooperative>[1]) => user !== null && mayInCooperative(user.roles, power, districtId);
  const right = (r: Right) => user !== null && mayRight(user.roles, r, { districtId });
  const links: Link[] = [
    { href: `${base}/lid-worden`, label: t('cooperative.apply.title') },
    { href: `${base}/vrijwilliger-worden`, label: t('cooperative.volunteer.title') },
    ...(user === null ? [] : [{ href: `${base}/mijn-lidmaatschap`, label: t('cooperative.mine.title') }]),
    ...(may('dailyBoard') ? [{ href: `${base}/aanmeldingen`, label: t('cooperative.applications.title') }] : []),
    ...(may('board') ? [{ href: `${base}/leden`, label: t('cooperative.register.title') }] : []),
    { href: `${base}/bestuur`, label: t('cooperative.board.title') },
    ...(may('coordinate') ? [{ href: `${base}/vrijwilligers/intake`, label: t('cooperative.intake.title') }] : []),
    ...(may('decisions') ? [{ href: `${base}/besluiten`, label: t('cooperative.decisions.title') }] : []),
    ...(may('surveys') || may('paperEntry') || may('insight')
      ? [{ href: `${base}/peilingen`, label: t('cooperative.surveys.title') }]
      : []),
    ...(may('insight') ? [{ href: `${base}/vraag-en-aanbod`, label: t('cooperative.gap.title') }] : []),
    ...(may('decisions') ? [{ href: `${base}/alv`, label: t('cooperative.alv.title') }] : []),
    { href: `${base}/projecten`, label: t('cooperative.projects.title') },
    { href: `${base}/pool-aanmelden`, label: t('cooperative.pool.join.title') },
    ...(user === null ? [] : [{ href: `${base}/mijn-pool`, label: t('cooperative.pool.mine.title') }]),
    ...(right('pools.search') ? [{ href: `${base}/pools`, label: t('cooperative.pools.title') }] : []),
    ...(right('students.coordinate') ? [{ href: `${base}/studenten`, label: t('cooperative.students.title') }] : []),
  ];
  // Open needs surveys first: anyone may answer them, without an account.
  const answer = surveys.map((s) => ({ href: `${base}/peiling/${s.id}`, label: t('cooperative.surveys.home.answer', { title: s.title }) }));
  return {
    title: cooperative.name,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={cooperative.name} intro={t('cooperative.home.intro')} />
        <Paragraph text={t('cooperative.home.alv')} />
        <ul class="utrecht-unordered-list">
          {[...answer, ...links].map((l) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={l.href} safe>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}
