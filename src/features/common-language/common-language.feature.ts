import { readFileSync } from 'node:fs';
import { may } from '../../platform/auth/rights.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { conversationRoutes } from './conversations/conversation.routes.tsx';
import conversationEn from './conversations/messages.en.json' with { type: 'json' };
import conversationNl from './conversations/messages.nl.json' with { type: 'json' };
import { glossaryRoutes } from './glossary/glossary.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as conversations from './migrations/20261201_1600_func_conversations.ts';
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './common-language.tables.ts';

/**
 * The common language of seed 000 annex II: the glossary of key terms and trade words
 * (`/{district}/begrippen`, linked from `<Term>` on staff pages) and the core questions
 * that structure a recorded conversation with a resident.
 */
export const commonLanguageFeature: Feature = {
  name: 'common-language',
  messages: { nl: { ...nl, ...conversationNl }, en: { ...en, ...conversationEn } },
  migrations: { '20261201_1600_func_conversations': conversations },
  routes(app, deps) {
    glossaryRoutes(app);
    conversationRoutes(app, deps);
  },
  nav: [
    {
      label: 'common-language.nav.conversation',
      href: (d) => `/${d.slug}/gesprekken/nieuw`,
      visible: (user, d) => user !== null && may(user.roles, 'conversation.record', { districtId: d.id }),
    },
    { label: 'common-language.nav.glossary', href: (d) => `/${d.slug}/begrippen`, visible: (user) => user !== null },
  ],
  styles: readFileSync(new URL('./common-language.css', import.meta.url), 'utf8'),
};
