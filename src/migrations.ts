import type { Migrations } from './platform/db/migrator.ts';
import * as platformCore from './platform/db/migrations/20261123_0900_platform_core.ts';
import { features } from './features/index.ts';

/** The whole history: the platform's migrations and every feature's, ordered by name. */
export const migrations: Migrations = Object.fromEntries([
  ['20261123_0900_platform_core', platformCore],
  ...features.flatMap((f) => Object.entries(f.migrations ?? {})),
]);
