import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { requireAccess, requireRole } from '../../../platform/http/guards.ts';

/** Editors of the district edit and publish; an editor of Oost is nobody in Overvecht. */
export const requireEditor = requireRole('editor');

export const mayPublishNews = (user: CurrentUser, district: District | null): boolean =>
  district !== null && hasRole(user.roles, ['editor', 'partner_contact', 'coordinator'], { districtId: district.id });
export const requireNewsWriter = requireAccess(mayPublishNews);

export const isEditorOf = (user: CurrentUser | null, district: Pick<District, 'id'>): boolean =>
  user !== null && hasRole(user.roles, ['editor'], { districtId: district.id });
