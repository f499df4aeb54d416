import { newsSection } from './story/start-block.tsx';
import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as storiesCore from './migrations/20261201_1610_events_stories.ts';
import * as storyPhotos from './migrations/20261201_1620_events_story_photos.ts';
import * as storiesVersion from './migrations/20261206_0310_perf_stories_version.ts';
import './stories.tables.ts';
import { seedDemoStories } from './story/story.demo.ts';
import { newspaperRoutes } from './newspaper/newspaper.routes.tsx';
import { isEditorOf } from './story/story.access.ts';
import { storiesApi } from './story/story.api.ts';
import { storyRoutes } from './story/story.routes.tsx';

/** Capability F, news and stories (Oost voor Elkaar): residents send in, editors publish, partners write news. */
export const storiesFeature: Feature = {
  name: 'stories',
  messages: { nl, en },
  migrations: {
    '20261201_1610_events_stories': storiesCore,
    '20261201_1620_events_story_photos': storyPhotos,
    '20261206_0310_perf_stories_version': storiesVersion,
  },
  routes(app, deps) {
    storyRoutes(app, deps);
    newspaperRoutes(app, deps);
    storiesApi(app, deps);
  },
  demo: seedDemoStories,
  startSections: [newsSection],
  nav: [
    { label: 'stories.nav', href: (d) => `/${d.slug}/verhalen` },
    { label: 'stories.paper.nav', href: (d) => `/${d.slug}/verhalen/krant`, visible: (user, d) => isEditorOf(user, d) },
  ],
  headLinks: [{ rel: 'alternate', type: 'application/atom+xml', href: (d) => `/${d.slug}/verhalen/atom.xml`, title: 'stories.feed.title' }],
  styles: readFileSync(new URL('./stories.css', import.meta.url), 'utf8'),
};
