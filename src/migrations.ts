import { platformMigrations } from './platform/db/platform-migrations.ts';
import type { Migrations } from './platform/db/migrator.ts';
import { features } from './features/index.ts';

/** The whole history: the platform's migrations and every feature's, ordered by name. */
export const migrations: Migrations = Object.fromEntries([
  ...Object.entries(platformMigrations),
  ...features.flatMap((f) => Object.entries(f.migrations ?? {})),
]);
