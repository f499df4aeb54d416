import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TermIn } from '../../../platform/layout/term.tsx';
import { may as mayRight, type Right } from '../../../platform/auth/rights.rules.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { coopBase, coopTerms, Crumbs, Heading, LinkList } from '../shared/components.tsx';
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
  const signedIn = user !== null;
  // Each link with whether this person may use it: [shown, path, label key].
  const table: [boolean, string, string][] = [
    [true, 'lid-worden', 'cooperative.apply.title'],
    [true, 'vrijwilliger-worden', 'cooperative.volunteer.title'],
    [signedIn, 'mijn-lidmaatschap', 'cooperative.mine.title'],
    [may('dailyBoard'), 'aanmeldingen', 'cooperative.applications.title'],
    [may('board'), 'leden', 'cooperative.register.title'],
    [true, 'bestuur', 'cooperative.board.title'],
    [may('coordinate'), 'vrijwilligers/intake', 'cooperative.intake.title'],
    [may('coordinate') || may('board'), 'vog', 'cooperative.vog.title'],
    [may('decisions'), 'besluiten', 'cooperative.decisions.title'],
    [may('surveys') || may('paperEntry') || may('insight'), 'peilingen', 'cooperative.surveys.title'],
    [may('insight'), 'vraag-en-aanbod', 'cooperative.gap.title'],
    [may('decisions'), 'alv', 'cooperative.alv.title'],
    [true, 'projecten', 'cooperative.projects.title'],
    [true, 'pool-aanmelden', 'cooperative.pool.join.title'],
    [signedIn, 'mijn-pool', 'cooperative.pool.mine.title'],
    [right('pools.search'), 'pools', 'cooperative.pools.title'],
    [right('students.coordinate'), 'studenten', 'cooperative.students.title'],
  ];
  const links: Link[] = table.filter(([shown]) => shown).map(([, path, label]) => ({ href: `${base}/${path}`, label: t(label) }));
  // Open needs surveys first: anyone may answer them, without an account.
  const answer = surveys.map((s) => ({ href: `${base}/peiling/${s.id}`, label: t('cooperative.surveys.home.answer', { title: s.title }) }));
  return {
    title: cooperative.name,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={cooperative.name} intro={t('cooperative.home.intro')} />
        <p class="utrecht-paragraph">
          <TermIn ctx={ctx} text={t('cooperative.home.alv')} terms={coopTerms} />
        </p>
        <LinkList links={[...answer, ...links]} />
      </>
    ),
  };
}
