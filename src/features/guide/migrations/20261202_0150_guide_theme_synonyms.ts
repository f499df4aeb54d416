import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { derivedId } from '../model/ids.ts';
import { normalizeText } from '../search/search.rules.ts';

/**
 * A starter list of everyday words per kind of question (issue 10.4): what a resident types
 * where a professional names a theme. Ordinary Dutch words, no facts; coordinators change
 * the lists on `/…/gids/beheer/woorden`.
 */
const starter: Record<string, string[]> = {
  geld: ['geld', 'schuld', 'rekeningen', 'betalen', 'toeslag', 'armoede', 'uitkering', 'budget', 'administratie', 'belasting'],
  contact: ['eenzaam', 'alleen', 'praten', 'gezelschap', 'maatje', 'vrienden', 'somber', 'verdriet'],
  praktisch: ['klusje', 'klus', 'boodschappen', 'tuin', 'verhuizen', 'lamp', 'kapot', 'repareren', 'vervoer', 'rollator', 'rolstoel'],
  gezondheid: ['ziek', 'dokter', 'huisarts', 'pijn', 'medicijnen', 'vergeetachtig', 'dementie', 'stress'],
  opvoeden: ['kind', 'baby', 'puber', 'opvoeding', 'school', 'huiswerk', 'peuter'],
  wonen: ['buren', 'burenruzie', 'overlast', 'lawaai', 'huur', 'woning', 'vocht', 'schimmel'],
  meedoen: ['werk', 'baan', 'taal', 'cursus', 'vrijwilligerswerk', 'opleiding', 'stage'],
  bewegen: ['sport', 'sporten', 'wandelen', 'fitness', 'zwemmen', 'gym'],
  mantelzorg: ['zorgen', 'verzorgen', 'mantelzorger', 'overbelast', 'respijt', 'ontlasten'],
  digitaal: ['computer', 'laptop', 'telefoon', 'mobiel', 'internet', 'digid', 'formulier', 'email', 'tablet'],
  ontmoeten: ['koffie', 'gezellig', 'ontmoeting', 'activiteit', 'uitje', 'eten'],
};

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('guide_theme_synonyms')
    .addColumn('term_id', 'text', (c) => c.notNull().references('taxonomy_terms.id').onDelete('cascade'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('guide_theme_synonyms_pk', ['term_id', 'word'])
    .execute();
  const rows = Object.entries(starter).flatMap(([code, words]) =>
    words.map((word, position) => ({ term_id: derivedId('term', 'thema', code), word: normalizeText(word), position })),
  );
  await db.insertInto('guide_theme_synonyms').values(rows).execute();
}
