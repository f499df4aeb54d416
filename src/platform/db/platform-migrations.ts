import type { Migrations } from './migrator.ts';
import * as core from './migrations/20261123_0900_platform_core.ts';
import * as reliability from './migrations/20261130_0900_platform_reliability.ts';
import * as roleService from './migrations/20261201_0900_func_role_service.ts';
import * as invitationService from './migrations/20261202_0160_platform_invitation_service.ts';
import * as mailOptOuts from './migrations/20261202_0140_platform_mail_opt_outs.ts';

/** The platform's part of the one migration history (features add theirs in `src/migrations.ts`). */
export const platformMigrations: Migrations = {
  '20261123_0900_platform_core': core,
  '20261130_0900_platform_reliability': reliability,
  '20261201_0900_func_role_service': roleService,
  '20261202_0160_platform_invitation_service': invitationService,
  '20261202_0140_platform_mail_opt_outs': mailOptOuts,
};
