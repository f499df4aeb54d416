import { readFileSync } from 'node:fs';
import { may } from '../../platform/auth/rights.rules.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Feature } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { conversationRoutes } from './conversations/conversation.routes.tsx';
import type { PoolInviter } from './core/pool-inviter.ts';
import conversationEn from './conversations/messages.en.json' with { type: 'json' };
import conversationNl from './conversations/messages.nl.json' with { type: 'json' };
import { glossaryRoutes } from './glossary/glossary.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as conversations from './migrations/20261201_1600_func_conversations.ts';
import * as conversationSubject from './migrations/20261203_0160_coreq_conversation_subject.ts';
import * as visitDetails from './migrations/20261204_0200_visit_details.ts';
import { seedDemoVisits } from './visits/visits.demo.ts';
import { visitRoutes } from './visits/visit.routes.tsx';
import visitEn from './visits/messages.en.json' with { type: 'json' };
import visitNl from './visits/messages.nl.json' with { type: 'json' };
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './common-language.tables.ts';

/**
 * The common language of seed 000 annex II: the glossary of key terms and trade words
 * (`/{district}/begrippen`, linked from `<Term>` on staff pages) and the core questions
 * that structure a recorded conversation with a resident. The volunteer pool's door comes
 * from the composition (`src/features/index.ts`): neighbour help holds the core questions in
 * its own intake, so the common language cannot import it back.
 */
/** Menu items and start-page tasks for those who record conversations and visits in the district. */
const recordsConversations = (user: CurrentUser | null, d: District): boolean =>
  user !== null && may(user.roles, 'conversation.record', { districtId: d.id });

export const commonLanguageFeatureWith = (ports: { inviteToPool: PoolInviter }): Feature => ({
  name: 'common-language',
  messages: { nl: { ...nl, ...conversationNl, ...visitNl }, en: { ...en, ...conversationEn, ...visitEn } },
  migrations: {
    '20261201_1600_func_conversations': conversations,
    '20261203_0160_coreq_conversation_subject': conversationSubject,
    '20261204_0200_visit_details': visitDetails,
  },
  routes(app, deps) {
    glossaryRoutes(app);
    conversationRoutes(app, deps, ports.inviteToPool);
    visitRoutes(app, deps, ports.inviteToPool);
  },
  demo: seedDemoVisits,
  nav: [
    {
      label: 'common-language.nav.conversation',
      href: (d) => `/${d.slug}/gesprekken/nieuw`,
      visible: recordsConversations,
    },
    {
      label: 'common-language.nav.visits',
      href: (d) => `/${d.slug}/bezoeken`,
      visible: recordsConversations,
    },
    { label: 'common-language.nav.glossary', href: (d) => `/${d.slug}/begrippen`, visible: (user) => user !== null },
  ],
  // Where a buurt assistant lands after signing in (the district's start page): their visits, one click away.
  homeTasks: [
    {
      label: 'common-language.visit.listTitle',
      description: 'common-language.visit.homeTask',
      href: (d) => `/${d.slug}/bezoeken`,
      visible: recordsConversations,
    },
  ],
  styles: readFileSync(new URL('./common-language.css', import.meta.url), 'utf8'),
});
