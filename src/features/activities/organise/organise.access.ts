import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { requireAccess } from '../../../platform/http/guards.ts';

/** Organisers: partner contacts and coordinators of the district (issue 11.5). */
export const mayOrganise = (user: CurrentUser, district: District | null): boolean =>
  district !== null && hasRole(user.roles, ['partner_contact', 'coordinator'], { districtId: district.id });

export const isCoordinatorOf = (user: CurrentUser | null, district: Pick<District, 'id'>): boolean =>
  user !== null && hasRole(user.roles, ['coordinator'], { districtId: district.id });

/** A coordinator edits every activity of the district; another organiser only their own. */
export const mayEdit = (user: CurrentUser, district: District, activity: { organizerUserId: string | null }): boolean =>
  isCoordinatorOf(user, district) || activity.organizerUserId === user.id;

export const requireOrganiser = requireAccess(mayOrganise);
export const requireCoordinator = requireAccess((user, district) => district !== null && isCoordinatorOf(user, district));
