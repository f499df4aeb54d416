import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { signedIn } from '../help.testing.ts';

const ROWS = 10_000;
const rowCount = (html: string) => (html.match(/<tr class="utrecht-table__row">/g) ?? []).length;

describeEachEngine('the desk with 10,000 open requests', (t) => {
  it('stays one light page, and shows every part a page at a time', async () => {
    const { db } = t();
    const district = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const buurten = await db.selectFrom('buurten').select('id').where('district_id', '=', district.id).execute();
    const start = Date.parse('2026-01-05T09:00:00Z');
    for (let first = 0; first < ROWS; first += 500) {
      const rows = Array.from({ length: 500 }, (_, i) => {
        const n = first + i;
        const created = new Date(start + n * 60_000).toISOString();
        return {
          id: `bulk-${String(n).padStart(5, '0')}`,
          district_id: district.id,
          buurt_id: buurten[n % buurten.length]?.id ?? '',
          kind: 'odd_job',
          talent: 'groceries',
          what: `Boodschappen halen, verzoek ${n}. ${'Een lange omschrijving. '.repeat(20)}`,
          frequency: 'once',
          wished_slots: 0,
          requester_name: `Bewoner ${n}`,
          requester_key: `bulk-${n}`,
          source: 'online',
          created_at: created,
          status: n % 3 === 0 ? 'new' : 'matching',
          status_at: created,
          feedback_due_at: new Date(start + n * 60_000 + 5 * 86_400_000).toISOString(),
          fee_rate_cents: 0,
          fee_paid: 0,
        };
      });
      await db.insertInto('help_requests').values(rows).execute();
    }
    const { client } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);

    const desk = await client.get('/oost/hulp/balie');
    expect(desk.statusCode).toBe(200);
    expect(desk.body.length).toBeLessThan(400_000);
    expect(rowCount(desk.body)).toBeLessThanOrEqual(7 * 26);
    expect(desk.body).toContain('Bekijk ze alle');
    expect(desk.body).toContain('kijken we hier bij de 20 oudste hulpvragen');

    const part = await client.get('/oost/hulp/balie?deel=open&pagina=3');
    expect(part.statusCode).toBe(200);
    expect(rowCount(part.body)).toBe(51);
    expect(part.body).toContain('verzoek 100.');
    expect(part.body).toMatch(/Pagina 3 van \d+/);

    const past = await client.get('/oost/hulp/balie?deel=open&pagina=99999');
    expect(past.body).toMatch(/Pagina (\d+) van \1/);
    expect((await client.get('/oost/hulp/balie?deel=iets-anders')).statusCode).toBe(404);
  });
});
