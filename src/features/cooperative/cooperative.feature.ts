import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import { mergeCatalogs } from '../../platform/i18n/i18n.ts';
import { alvApi } from './alv/alv.api.ts';
import { alvRoutes } from './alv/alv.routes.tsx';
import './alv/alv.tables.ts';
import alvEn from './alv/messages.en.json' with { type: 'json' };
import alvNl from './alv/messages.nl.json' with { type: 'json' };
import { meetingRoutes } from './alv/meeting.routes.tsx';
import { boardRoutes } from './board/board.routes.tsx';
import boardEn from './board/messages.en.json' with { type: 'json' };
import boardNl from './board/messages.nl.json' with { type: 'json' };
import './cooperative.tables.ts';
import './surveys/surveys.tables.ts';
import { answerRoutes } from './surveys/answer.routes.tsx';
import surveysEn from './surveys/messages.en.json' with { type: 'json' };
import surveysNl from './surveys/messages.nl.json' with { type: 'json' };
import { surveysApi } from './surveys/surveys.api.ts';
import { surveysRoutes } from './surveys/surveys.routes.tsx';
import { questionsRoutes } from './surveys/questions.routes.tsx';
import volunteeringEn from './volunteering/messages.en.json' with { type: 'json' };
import volunteeringNl from './volunteering/messages.nl.json' with { type: 'json' };
import { volunteeringRoutes } from './volunteering/volunteering.routes.tsx';
import { homeRoutes } from './home/home.routes.tsx';
import membershipEn from './membership/messages.en.json' with { type: 'json' };
import membershipNl from './membership/messages.nl.json' with { type: 'json' };
import { membershipRoutes } from './membership/membership.routes.tsx';
import { seedDemoCooperative } from './cooperative.demo.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as membership from './migrations/20261201_1500_coop_membership.ts';
import * as board from './migrations/20261201_1501_coop_board.ts';
import * as volunteerIntakes from './migrations/20261201_1502_coop_volunteer_intakes.ts';
import * as surveys from './migrations/20261202_0120_coop_surveys.ts';
import * as alv from './migrations/20261202_0100_coop_alv.ts';
import * as pools from './migrations/20261202_0110_coop_pools.ts';
import * as alvDocuments from './migrations/20261203_0140_coop_alv_documents.ts';
import * as alvPlace from './migrations/20261203_0141_coop_alv_place.ts';
import * as proposalsVersion from './migrations/20261206_0320_perf_proposals_version.ts';
import poolsEn from './pools/messages.en.json' with { type: 'json' };
import poolsNl from './pools/messages.nl.json' with { type: 'json' };
import { poolsRoutes } from './pools/pools.routes.tsx';
import { poolsApi } from './pools/pools.api.ts';
import proposalsEn from './proposals/messages.en.json' with { type: 'json' };
import proposalsNl from './proposals/messages.nl.json' with { type: 'json' };
import { proposalsRoutes } from './proposals/proposals.routes.tsx';
import { proposalsApi } from './proposals/proposals.api.ts';
import { projectsSection } from './proposals/start-block.tsx';
import studentsEn from './students/messages.en.json' with { type: 'json' };
import studentsNl from './students/messages.nl.json' with { type: 'json' };
import { studentsRoutes } from './students/students.routes.tsx';

/**
 * Capability G (seed 004): the district's cooperative — members and their register, the
 * boards and their decisions, the ALV, pools of talent, needs surveys.
 */
export const cooperativeFeature: Feature = {
  name: 'cooperative',
  messages: mergeCatalogs([
    { nl, en },
    { nl: membershipNl, en: membershipEn },
    { nl: boardNl, en: boardEn },
    { nl: volunteeringNl, en: volunteeringEn },
    { nl: surveysNl, en: surveysEn },
    { nl: alvNl, en: alvEn },
    { nl: proposalsNl, en: proposalsEn },
    { nl: poolsNl, en: poolsEn },
    { nl: studentsNl, en: studentsEn },
  ]),
  migrations: {
    '20261201_1500_coop_membership': membership,
    '20261201_1501_coop_board': board,
    '20261201_1502_coop_volunteer_intakes': volunteerIntakes,
    '20261202_0120_coop_surveys': surveys,
    '20261202_0100_coop_alv': alv,
    '20261202_0110_coop_pools': pools,
    '20261203_0140_coop_alv_documents': alvDocuments,
    '20261203_0141_coop_alv_place': alvPlace,
    '20261206_0320_perf_proposals_version': proposalsVersion,
  },
  demo: seedDemoCooperative,
  routes(app, deps) {
    homeRoutes(app, deps);
    membershipRoutes(app, deps);
    boardRoutes(app, deps);
    volunteeringRoutes(app, deps);
    surveysRoutes(app, deps);
    questionsRoutes(app, deps);
    answerRoutes(app, deps);
    surveysApi(app, deps);
    alvRoutes(app, deps);
    meetingRoutes(app, deps);
    alvApi(app, deps);
    proposalsRoutes(app, deps);
    poolsRoutes(app, deps);
    studentsRoutes(app, deps);
    proposalsApi(app, deps);
    poolsApi(app, deps);
  },
  styles: readFileSync(new URL('./surveys/surveys.css', import.meta.url), 'utf8'),
  nav: [{ label: 'cooperative.nav', href: (d) => `/${d.slug}/cooperatie` }],
  startSections: [projectsSection],
};
