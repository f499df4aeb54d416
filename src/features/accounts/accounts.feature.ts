import { hasRole } from '../../platform/auth/roles.rules.ts';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { Feature } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { meResponse } from './accounts.schema.ts';
import { seedDemoAccounts } from './accounts.demo.ts';
import { invitationRoutes } from './invitation.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { passwordResetRoutes } from './password-reset.routes.tsx';
import { peopleRoutes } from './people.routes.tsx';
import { signInRoutes } from './sign-in.routes.tsx';

/** Accounts and roles: sign-in, password reset, invitations, and who holds which role where. */
export const accountsFeature: Feature = {
  name: 'accounts',
  messages: { nl, en },
  demo: seedDemoAccounts,
  routes(app, deps) {
    signInRoutes(app, deps);
    passwordResetRoutes(app, deps);
    invitationRoutes(app, deps);
    peopleRoutes(app, deps);
    apiRoute(
      app,
      { method: 'get', path: '/api/v1/me', summary: 'The signed-in user and their roles', tag: 'accounts', response: meResponse },
      (_input, request) => {
        if (request.user === null) throw new HttpProblem(401);
        const { id, name, email, roles } = request.user;
        return { id, name, email, roles };
      },
    );
  },
  nav: [
    {
      label: 'accounts.nav.people',
      href: (district) => `/${district.slug}/beheer/mensen`,
      visible: (user, district) => user !== null && hasRole(user.roles, ['administrator'], { districtId: district.id }),
    },
  ],
};
