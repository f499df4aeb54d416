import { readFileSync } from 'node:fs';
import { may } from '../../platform/auth/rights.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { conversationRoutes } from './conversations/conversation.routes.tsx';
import type { PoolInviter } from './core/pool-inviter.ts';
import conversationEn from './conversations/messages.en.json' with { type: 'json' };
import conversationNl from './conversations/messages.nl.json' with { type: 'json' };
import { glossaryRoutes } from './glossary/glossary.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as conversations from './migrations/20261201_1600_func_conversations.ts';
import * as conversationSubject from './migrations/20261203_0160_coreq_conversation_subject.ts';
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './common-language.tables.ts';

/**
 * The common language of seed 000 annex II: the glossary of key terms and trade words
 * (`/{district}/begrippen`, linked from `<Term>` on staff pages) and the core questions
 * that structure a recorded conversation with a resident. The volunteer pool's door comes
 * from the composition (`src/features/index.ts`): neighbour help holds the core questions in
 * its own intake, so the common language cannot import it back.
 */
export const commonLanguageFeatureWith = (ports: { inviteToPool: PoolInviter }): Feature => ({
  name: 'common-language',
  messages: { nl: { ...nl, ...conversationNl }, en: { ...en, ...conversationEn } },
  migrations: {
    '20261201_1600_func_conversations': conversations,
    '20261203_0160_coreq_conversation_subject': conversationSubject,
  },
  routes(app, deps) {
    glossaryRoutes(app);
    conversationRoutes(app, deps, ports.inviteToPool);
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
});
