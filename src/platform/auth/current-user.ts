import type { RoleAssignment } from './roles.rules.ts';

/** The person signed in on this request, with every role they hold. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: RoleAssignment[];
}
