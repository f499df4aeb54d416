import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as networksMigration from './migrations/20261201_1400_front_portal_networks.ts';
import networksEn from './networks/messages.en.json' with { type: 'json' };
import networksNl from './networks/messages.nl.json' with { type: 'json' };
import { networksApi } from './networks/networks.api.ts';
import { networkRoutes } from './networks/networks.routes.tsx';
import { networkSection } from './networks/networks.section.tsx';
import * as postcodesMigration from './migrations/20261202_0130_portal_postcodes.ts';
import postcodesEn from './postcodes/messages.en.json' with { type: 'json' };
import postcodesNl from './postcodes/messages.nl.json' with { type: 'json' };
import { seedDemoPostcodes } from './postcodes/postcodes.demo.ts';
import { postcodeRoutes } from './postcodes/postcodes.routes.tsx';
import { portalApi } from './portal.api.ts';
import { portalRoutes } from './portal.routes.tsx';
import startEn from './start/messages.en.json' with { type: 'json' };
import startNl from './start/messages.nl.json' with { type: 'json' };
import { startRoutes } from './start/start.routes.tsx';
import { footerContact } from './walk-ins/footer-contact.ts';
import { walkInsApi } from './walk-ins/walk-ins.api.ts';
import { walkInRoutes } from './walk-ins/walk-ins.routes.tsx';
import * as platformsQaMigration from './migrations/20261203_0100_portal_platforms_qa.ts';
import * as startVersionMigration from './migrations/20261206_0330_perf_portal_versions.ts';
import platformsEn from './platforms/messages.en.json' with { type: 'json' };
import platformsNl from './platforms/messages.nl.json' with { type: 'json' };
import { platformsApi } from './platforms/platforms.api.ts';
import { seedDemoPlatforms } from './platforms/platforms.demo.ts';
import { platformRoutes } from './platforms/platforms.routes.tsx';
import qaEn from './qa/messages.en.json' with { type: 'json' };
import qaNl from './qa/messages.nl.json' with { type: 'json' };
import { qaApi } from './qa/qa.api.ts';
import { seedDemoQa } from './qa/qa.demo.ts';
import { qaRoutes } from './qa/qa.routes.tsx';
import { searchQaExtras } from './qa/qa.search.ts';
import kioskEn from './kiosk/messages.en.json' with { type: 'json' };
import kioskNl from './kiosk/messages.nl.json' with { type: 'json' };
import { kioskTodayRoutes } from './kiosk/today.routes.tsx';

/**
 * The portal itself: choosing a district, its start page (the front door), its buurt networks and walk-in
 * points, the platforms the steering group chose, questions and answers, the kiosk's agenda, and the about pages.
 */
export const portalFeature: Feature = {
  name: 'portal',
  messages: {
    nl: { ...nl, ...startNl, ...networksNl, ...postcodesNl, ...platformsNl, ...qaNl, ...kioskNl },
    en: { ...en, ...startEn, ...networksEn, ...postcodesEn, ...platformsEn, ...qaEn, ...kioskEn },
  },
  migrations: {
    '20261201_1400_front_portal_networks': networksMigration,
    '20261202_0130_portal_postcodes': postcodesMigration,
    '20261203_0100_portal_platforms_qa': platformsQaMigration,
    '20261206_0330_perf_portal_versions': startVersionMigration,
  },
  routes(app, deps) {
    portalRoutes(app);
    startRoutes(app, deps);
    walkInRoutes(app, deps);
    networkRoutes(app, deps);
    postcodeRoutes(app, deps);
    portalApi(app, deps);
    networksApi(app, deps);
    walkInsApi(app, deps);
    platformRoutes(app, deps);
    platformsApi(app, deps);
    qaRoutes(app, deps);
    qaApi(app, deps);
    kioskTodayRoutes(app, deps);
  },
  async demo(db, deps) {
    const at = deps.clock.now().toISOString();
    await seedDemoPostcodes(db, at);
    await seedDemoPlatforms(db, at);
    await seedDemoQa(db, at);
  },
  search: searchQaExtras,
  startSections: [networkSection],
  footerContact,
  nav: [
    { label: 'portal.nav.home', href: (d) => `/${d.slug}` },
    { label: 'portal.nav.buurten', href: (d) => `/${d.slug}/buurten` },
  ],
};
