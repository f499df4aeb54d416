import type { StartSection } from '../../../platform/feature.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { listProposals, PROPOSALS_VERSION, type Proposal } from './proposals.repository.ts';

/** How many approved projects the start page names; the rest are one link away. */
const SHOWN = 5;

/**
 * The projects the cooperative's board approved, on the district's start page (and a
 * buurt's page: the projects in that buurt), each linking to its page.
 */
export const projectsSection: StartSection = {
  slot: 'news',
  versions: [PROPOSALS_VERSION],
  async render({ db, ctx, district, buurt, where }) {
    if (where === 'kiosk') return '';
    const approved = (await listProposals(db, district.id, 'approved')).filter((p) => buurt === null || p.buurtId === buurt.id);
    return approved.length === 0 ? '' : <Projects ctx={ctx} projects={approved.slice(0, SHOWN)} more={approved.length > SHOWN} />;
  },
};

function Projects({ ctx, projects, more }: { ctx: PageContext; projects: readonly Proposal[]; more: boolean }) {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/cooperatie/projecten`;
  return (
    <section class="wp-start-block" aria-labelledby="start-projects">
      <h2 class="utrecht-heading-2" id="start-projects" safe>
        {t('cooperative.projects.start.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {projects.map((p) => (
          <li>
            <a class="utrecht-link" href={`${base}/${p.id}`} safe>
              {p.title}
            </a>
            {p.buurtName === null ? '' : <span class="wp-muted" safe>{` (${p.buurtName})`}</span>}
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={base} safe>
          {t(more ? 'cooperative.projects.start.more' : 'cooperative.projects.start.all')}
        </a>
      </p>
    </section>
  );
}
