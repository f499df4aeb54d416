import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * SQLite's ranking tiers as words (issue 16): a tier asked FTS5 for the name's words by
 * column (`first : …`, `name : …`), which reads the column lists of every match, about 5 ms
 * at ten times the bench city even when no name holds the word. The name's words are now
 * tokens among the row's words (`wp2n…`, the first also `wp2f…`, match.rules.ts
 * nameTokens), looked up like any other. The update trigger of migration 1030 carries the
 * new words into FTS5. PostgreSQL's rows got them in migration 0100.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (engineOf(db) === 'postgres') return;
  await sql`update guide_search_words set stems = stems || ' wp2n' || replace(name_stems, ' ', ' wp2n')
    || ' wp2f' || substr(name_stems || ' ', 1, instr(name_stems || ' ', ' ') - 1) where name_stems <> ''`.execute(db);
}
