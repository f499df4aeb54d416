import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import type { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const BOARD = 'bestuur.oost@wijkportaal.example';
const COORDINATOR = 'coordinator.oost@wijkportaal.example';

/** The house rules of seed 004 as the form sends them, with a decision of the general board. */
const adoption = (overrides: Record<string, string> = {}) => ({
  cooperativeName: 'Wijkcoöperatie Oost voor Elkaar',
  schemeName: 'Oost helpt',
  oddJobFee: '5,00',
  maxServiceMinutes: '120',
  oneAtATime: 'on',
  feedbackDays: '7',
  reminderDays: '2',
  networkCheckRequired: 'on',
  vogRequiredForHomeVisits: 'on',
  manyJobsCount: '3',
  manyJobsDays: '30',
  studentsForLongRunning: 'on',
  studentDesk: 'Wijkleerhuis',
  body: 'general',
  decidedOn: '2026-11-23',
  text: 'Bijdrage voor een klus wordt € 5,00 per uur.',
  votesFor: '5',
  votesAgainst: '1',
  votesAbstained: '1',
  ...overrides,
});

async function signIn(t: () => { client(): TestClient }, email: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const client = t().client();
  await client.signIn(email, password);
  return client;
}

describeEachEngine('cooperative board and house rules', (t) => {
  it('shows the boards and the kascommissie, and keeps the kascommissie apart from the board', async () => {
    const page = await t().client().get('/oost/cooperatie/bestuur');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dirk Dagelijks Bestuur (demo)');
    expect(page.body).toContain('Kascommissie');
    const board = await signIn(t, BOARD);
    const form = await board.get('/oost/cooperatie/bestuur');
    const fatima = /<option value="([^"]+)"[^>]*>Fatima Voorbeeld \(demo\)/.exec(form.body)?.[1] ?? '';
    const seat = { member: fatima, body: 'daily', function: 'member', termStart: '2026-01-01', termEnd: '2028-12-31' };
    const both = await board.post('/oost/cooperatie/bestuur/zetels', seat);
    expect(both.statusCode).toBe(409);
    expect(both.body).toContain('kan niet ook in het bestuur zitten');
    const hanna = /<option value="([^"]+)"[^>]*>Hanna Voorbeeld \(demo\)/.exec(form.body)?.[1] ?? '';
    const chair = await board.post('/oost/cooperatie/bestuur/zetels', { ...seat, member: hanna, body: 'general', function: 'chair' });
    expect(chair.statusCode).toBe(409);
    expect(chair.body).toContain('Deze functie is al bezet.');
    const added = await board.post('/oost/cooperatie/bestuur/zetels', { ...seat, member: hanna, body: 'general' });
    expect(added.statusCode).toBe(303);
    expect((await t().client().get('/oost/cooperatie/bestuur')).body).toContain('Hanna Voorbeeld (demo)');
  });

  it('lets the board — not the administrator — adopt the house rules; help applies the version of the day a request was made', async () => {
    const older = await t()
      .db.selectFrom('help_requests')
      .select('id')
      .where('created_at', '<', '2026-11-23')
      .where('status', 'in', ['new', 'checked', 'matching'])
      .executeTakeFirstOrThrow();
    await createTestUser(t().db, { email: 'beheer.coop@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = await signIn(t, 'beheer.coop@wijk.example', TEST_PASSWORD);
    expect((await admin.get('/oost/beheer/spelregels')).statusCode).toBe(404);
    expect((await admin.get('/oost/cooperatie/besluiten/spelregels')).statusCode).toBe(403);

    const board = await signIn(t, BOARD);
    const page = await board.get('/oost/cooperatie/besluiten/spelregels');
    expect(page.body).toContain('value="4,50"');
    // The demo holds other decisions (an approved project proposal): count the new ones.
    const all = async () => (await t().db.selectFrom('coop_decisions').select('id').execute()).length;
    const before = await all();
    const count = async () => (await all()) - before;
    const noMajority = await board.post('/oost/cooperatie/besluiten/spelregels', adoption({ votesFor: '2', votesAgainst: '3' }));
    expect(noMajority.statusCode).toBe(422);
    expect(noMajority.body).toContain('Dan zijn de spelregels niet vastgesteld.');
    const future = await board.post('/oost/cooperatie/besluiten/spelregels', adoption({ decidedOn: '2026-12-24' }));
    expect(future.statusCode).toBe(422);
    expect(await count()).toBe(0);
    expect((await board.post('/oost/cooperatie/besluiten/spelregels', adoption())).statusCode).toBe(303);
    expect(await count()).toBe(1);

    const decisions = await board.get('/oost/cooperatie/besluiten');
    expect(decisions.body).toContain('5 voor, 1 tegen, 1 onthouden');
    const versions = await t()
      .db.selectFrom('help_rules_versions')
      .select(['decision_id', 'in_force_from'])
      .orderBy('adopted_at')
      .execute();
    expect(versions).toHaveLength(2);
    expect(versions[0]?.decision_id).toBeNull();
    expect(versions[1]?.decision_id).toEqual(expect.any(String));
    expect((await t().client().get('/oost/hulp')).body).toMatch(/€\s5,00 per uur/);

    const resident = t().client();
    await resident.get('/oost/hulp/vragen');
    const asked = await resident.post('/oost/hulp/vragen', {
      name: 'Mevrouw Regels',
      phone: '06 2222 0777',
      buurt: 'sterrenwijk',
      street: 'Kastanjelaan 40',
      talent: 'garden',
      what: 'De heg snoeien',
      frequency: 'once',
      duration: '60',
      days: ['tue'],
      parts: ['afternoon'],
      consent: 'ja',
    });
    expect(asked.statusCode).toBe(303);
    const newer = await t()
      .db.selectFrom('help_requests')
      .select(['id', 'fee_rate_cents'])
      .where('phone', '=', '06 2222 0777')
      .executeTakeFirstOrThrow();
    expect(newer.fee_rate_cents).toBe(500);
    const coordinator = await signIn(t, COORDINATOR);
    expect((await coordinator.get(`/oost/hulp/balie/${older.id}`)).body).toMatch(/€\s4,50/);
    expect((await coordinator.get(`/oost/hulp/balie/${newer.id}`)).body).toMatch(/€\s5,00/);
  });

  it("gives Oost's board no power over another district, and members only read the decisions", async () => {
    const overvecht = await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow();
    await t()
      .db.insertInto('coop_cooperatives')
      .values({ district_id: overvecht.id, name: 'Coöperatie Overvecht (test)', created_at: '2026-11-01' })
      .execute();
    const board = await signIn(t, BOARD);
    expect((await board.get('/overvecht/cooperatie/besluiten/spelregels')).statusCode).toBe(403);
    expect((await board.get('/overvecht/cooperatie/besluiten')).statusCode).toBe(403);
    const member = await signIn(t, 'lid.oost@wijkportaal.example');
    const read = await member.get('/oost/cooperatie/besluiten');
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain('Besluit vastleggen');
    const text = { body: 'general', decidedOn: '2026-11-20', text: 'Iets', votesFor: '1', votesAgainst: '0', votesAbstained: '0' };
    expect((await member.post('/oost/cooperatie/besluiten', text)).statusCode).toBe(403);
    await board.get('/oost/cooperatie/besluiten');
    expect((await board.post('/oost/cooperatie/besluiten', { ...text, text: '<script>x</script>' })).statusCode).toBe(422);
    expect((await board.post('/oost/cooperatie/besluiten', text)).statusCode).toBe(303);
  });
});
