import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { accountRoutes } from './account/account.routes.tsx';
import { auditLogRoutes } from './audit-log/audit-log.routes.tsx';
import { invitationRoutes } from './invitations/invitation.routes.tsx';
import { mailsRoutes } from './mails/mails.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { passwordResetRoutes } from './password-reset/password-reset.routes.tsx';
import { peopleApi } from './people/people.api.ts';
import { seedDemoAccounts } from './people/people.demo.ts';
import { peopleRoutes } from './people/people.routes.tsx';
import { signInRoutes } from './sign-in/sign-in.routes.tsx';

/**
 * Accounts and roles: sign-in, password reset, invitations, who holds which role where,
 * and for administrators the audit log and the mails that keep failing.
 */
export const accountsFeature: Feature = {
  name: 'accounts',
  messages: { nl, en },
  demo: seedDemoAccounts,
  routes(app, deps) {
    signInRoutes(app, deps);
    passwordResetRoutes(app, deps);
    invitationRoutes(app, deps);
    peopleRoutes(app, deps);
    peopleApi(app, deps);
    auditLogRoutes(app, deps);
    accountRoutes(app, deps);
    mailsRoutes(app, deps);
  },
  nav: [
    {
      label: 'accounts.nav.people',
      href: (district) => `/${district.slug}/beheer/mensen`,
      visible: (user, district) => user !== null && hasRole(user.roles, ['administrator'], { districtId: district.id }),
    },
  ],
};
