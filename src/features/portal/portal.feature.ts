import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { portalApi } from './portal.api.ts';
import { portalRoutes } from './portal.routes.tsx';

/** The portal itself: choosing a district, its start page, its buurten, and the about pages. */
export const portalFeature: Feature = {
  name: 'portal',
  messages: { nl, en },
  routes(app, deps) {
    portalRoutes(app, deps);
    portalApi(app, deps);
  },
  nav: [
    { label: 'portal.nav.home', href: (d) => `/${d.slug}` },
    { label: 'portal.nav.buurten', href: (d) => `/${d.slug}/buurten` },
  ],
};
