// The yardstick of bench:http (issue 16): a bare Fastify 5 + better-sqlite3 server on a copy
// of the demo database. Its search runs the app's FTS5 query (the same match text per tier,
// counts capped the same way, the same keys in the same order) and answers the same rows as
// minimal HTML. The start page and the detail page run the reads the app made for them
// (http-capture.ts) and list the rows. No layout, no session, no CSRF, no compression.
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { replayReads, type Read } from './http-capture.ts';
import { RANK_TIERS, sqliteMatch, sqliteTierMatch } from '../src/features/guide/search/match.rules.ts';
import { queryWords } from '../src/features/guide/search/search.rules.ts';
import { expansionsOf, synonymIndex } from '../src/features/guide/synonyms/synonyms.rules.ts';

const segment: Record<string, string> = { service: 'aanbod', location: 'plekken', organization: 'organisaties' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body: string) => `<!doctype html><html lang="nl"><title>bare</title><body>${body}</body></html>`;

interface Row {
  entry_id: string;
  entry_type: string;
  name: string;
  subtitle: string;
  summary: string;
}

export async function startBare(file: string, pages: Record<string, Read[]>): Promise<{ port: number; close: () => Promise<void> }> {
  const db = new Database(file, { readonly: true });
  const replays = new Map(Object.entries(pages).map(([url, reads]) => [url, replayReads(db, reads)]));
  const district = db.prepare<[string], { id: string; name: string }>('select id, name from districts where slug = ?');
  const count = db.prepare<[string], { n: number }>(
    'select count(*) as n from (select rowid from guide_search_fts where guide_search_fts match ? limit 1001) c',
  );
  const rows = db.prepare<[string, string, number], Row>(`select s.entry_id, s.entry_type, s.name, s.subtitle, s.summary
    from (select k.entry_id, k.ord, k.name_norm from guide_search_keys k
      where k.district_id = ? and k.seq in (select rowid from guide_search_fts where guide_search_fts match ?)
      order by k.district_id, k.ord, k.name_norm, k.entry_id limit ?) k
    join guide_search s on s.entry_id = k.entry_id order by k.ord, k.name_norm, k.entry_id`);
  const themeWords = new Map<string, string[]>();
  for (const r of db.prepare<[], { term_id: string; word: string }>('select term_id, word from guide_theme_synonyms').all())
    themeWords.set(r.term_id, [...(themeWords.get(r.term_id) ?? []), r.word]);
  const synonyms = synonymIndex([...themeWords].map(([termId, words]) => ({ termId, words })));
  const app = Fastify();
  app.get<{ Params: { district: string }; Querystring: { q?: string } }>('/:district/gids', async (request, reply) => {
    const d = district.get(request.params.district);
    if (d === undefined) return reply.code(404).send();
    const words = queryWords(request.query.q ?? '');
    // As the app: everyday words also match their themes, the matches are counted once,
    // and the tiers are read in order until the page is full.
    const wordThemes = expansionsOf(words, synonyms);
    const filter = { districtId: d.id, ...(wordThemes.length > 0 ? { wordThemes } : {}) };
    const total = count.get(sqliteMatch(words, filter))?.n ?? 0;
    const found: Row[] = [];
    for (let tier = 0; tier < RANK_TIERS && total > 0 && found.length < 20; tier++)
      found.push(...rows.all(d.id, sqliteTierMatch(words, filter, tier), 20 - found.length));
    const items = found.map(
      (r) =>
        `<li><a href="/${esc(request.params.district)}/gids/${segment[r.entry_type] ?? ''}/${r.entry_id}">${esc(r.name)}</a> ${esc(r.subtitle)}<p>${esc(r.summary)}</p></li>`,
    );
    return reply
      .type('text/html; charset=utf-8')
      .send(page(`<h1>${esc(d.name)}</h1><p>${Math.min(total, 1000)}</p><ol>${items.join('')}</ol>`));
  });
  // The start page and a detail page: the same reads as the app's, rows as a list.
  for (const route of ['/:district/gids/:kind/:id', '/:district'])
    app.get(route, async (request, reply) => {
      const replay = replays.get(request.url);
      if (replay === undefined) return reply.code(404).send();
      return reply.type('text/html; charset=utf-8').send(page(replay()));
    });
  const ping = db.prepare('select 1');
  app.get('/healthz', (_request, reply) => reply.send({ status: ping.get() === undefined ? 'unavailable' : 'ok' }));
  await app.listen({ host: '127.0.0.1', port: Number(process.env.BARE_PORT ?? 0) });
  const address = app.server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    async close() {
      await app.close();
      db.close();
    },
  };
}
