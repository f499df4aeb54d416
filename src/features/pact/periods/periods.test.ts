import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact periods', (t) => {
  async function steering(name: string) {
    const email = `${name}@wijk.example`;
    await createTestUser(t().db, { email, roles: [{ role: 'steering_member', district: 'oost' }] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  const periods = () => t().db.selectFrom('pact_periods').selectAll().orderBy('starts_on').execute();

  it('shows Oost 2022–2024 as ended, waiting for its evaluation, and a 2025–2027 draft', async () => {
    const page = await t().client().get('/oost/samenwerken/periodes');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Wijkpact &#39;Samen Oost&#39; 2022–2024');
    expect(page.body).toContain('De streefwaarden ervan gelden niet meer.');
    expect(page.body).toContain('19 van de 19 partners tekenden voor deze periode.');
    expect(page.body).toContain('Concept');
    expect(page.body).toContain('Voor deze periode zijn geen streefwaarden afgesproken.');
    expect(page.body).not.toContain('/afsluiten');
    expect((await t().client().get('/noordwest/samenwerken/periodes')).body).toContain('Er is nog geen periode vastgelegd.');
  });

  it('lets the steering group close a period with a verdict for every commitment and indicator, once', async () => {
    const client = await steering('regie.sluiten');
    const [ended] = await periods();
    const form = `/oost/samenwerken/periodes/${ended?.id ?? ''}/afsluiten`;
    const page = await client.get(form);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('a. Eén aanspreekpunt voor de samenwerking in de wijk');
    const indicators = await t()
      .db.selectFrom('pact_indicators as i')
      .innerJoin('districts as d', 'd.id', 'i.district_id')
      .select('i.id')
      .where('d.slug', '=', 'oost')
      .execute();
    const answers: Record<string, string> = {
      c_a: 'met',
      c_b: 'met',
      c_c: 'partly',
      c_d: 'not',
      c_e: 'partly',
      conclusion: 'Samen verder.',
    };
    const missing = await client.post(form, answers);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Kies: gehaald, deels gehaald of niet gehaald.');
    expect(missing.body).toContain('Samen verder.');
    for (const i of indicators) answers[`i_${i.id}`] = 'partly';
    const [, draft] = await periods();
    await client.get('/oost/samenwerken/periodes');
    const tooSoon = await client.post(`/oost/samenwerken/periodes/${draft?.id ?? ''}/starten`, {});
    expect(tooSoon.statusCode).toBe(409);
    await client.get(form);
    const closed = await client.post(form, answers);
    expect(closed.statusCode).toBe(303);
    const evaluations = await t()
      .db.selectFrom('pact_period_evaluations')
      .selectAll()
      .where('period_id', '=', ended?.id ?? '')
      .execute();
    expect(evaluations).toHaveLength(5 + indicators.length);
    const list = await client.get('/oost/samenwerken/periodes');
    expect(list.body).toContain(`Gehaald: 2. Deels gehaald: ${2 + indicators.length}. Niet gehaald: 1.`);
    expect(list.body).toContain('Samen verder.');
    expect((await client.post(form, answers)).statusCode).toBe(409);
    expect((await t().client().get(form)).statusCode).not.toBe(200);
  });

  it('starts the next period with partners who sign again and its own targets', async () => {
    const client = await steering('regie.starten');
    const [ended, draft] = await periods();
    const base = `/oost/samenwerken/periodes/${draft?.id ?? ''}`;
    await client.get('/oost/samenwerken/periodes');
    const partner = await t()
      .db.selectFrom('pact_period_signatures')
      .select('partner_id')
      .where('period_id', '=', ended?.id ?? '')
      .executeTakeFirstOrThrow();
    expect((await client.post(`${base}/ondertekenen`, { partner: partner.partner_id, signedOn: '2025-02-03' })).statusCode).toBe(303);
    const indicator = await t()
      .db.selectFrom('pact_indicators')
      .select(['id', 'name'])
      .where('name', '=', 'Sociale cohesie')
      .executeTakeFirstOrThrow();
    const outside = await client.post(`${base}/streefwaarden`, { indicator: indicator.id, value: '7,2', year: '2030' });
    expect(outside.statusCode).toBe(422);
    expect(outside.body).toContain('Kies een jaar binnen de periode.');
    expect(outside.body).toContain('value="7,2"');
    expect((await client.post(`${base}/streefwaarden`, { indicator: indicator.id, value: '7,2', year: '2027' })).statusCode).toBe(303);
    // The period before it was closed by the test above.
    await client.get('/oost/samenwerken/periodes');
    expect((await client.post(`${base}/starten`, {})).statusCode).toBe(303);
    const target = await t()
      .db.selectFrom('pact_indicators')
      .select(['target_milli', 'target_year'])
      .where('id', '=', indicator.id)
      .executeTakeFirstOrThrow();
    expect({ value: Number(target.target_milli), year: target.target_year }).toEqual({ value: 7200, year: 2027 });
    const page = await client.get('/oost/samenwerken/periodes');
    expect(page.body).toContain('1 van de 19 partners tekenden voor deze periode.');
    expect(page.body).toContain('3 februari 2025');
  });
});
