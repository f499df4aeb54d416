import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { accessibilityOf } from '../../../platform/testing/pdf.ts';

describeEachEngine('monitoring: indicators, targets, process figures, report', (t) => {
  async function as(role: 'steering_member' | 'coordinator') {
    const email = `${role}${Math.random().toString(36).slice(2, 8)}@wijk.example`;
    await createTestUser(t().db, { email, roles: [{ role, district: 'oost' }] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  it('renders every annex I figure: one measurement as a value, a passed target year marked, charts for a course', async () => {
    const page = await t().client().get('/oost/resultaten');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sociale cohesie');
    expect(page.body).toContain('Nulmeting: 6,4 (2019). Doel: 7 in 2024.');
    expect(page.body).toContain('Dit doel gold voor 2024. Dat jaar is voorbij');
    expect(page.body).toContain('<strong class="wp-figure__value">6,4</strong>');
    expect(page.body).toContain('Er is geen streefwaarde afgesproken.');
    expect(page.body).not.toContain('aria-labelledby="chart-');
    const kanaleneiland = await t().client().get('/kanaleneiland/resultaten');
    expect(kanaleneiland.body).toContain('aria-labelledby="chart-');
    expect(kanaleneiland.body).toContain('viewBox="0 0 360 220"');
    expect(page.body).not.toMatch(/ style="/);
    for (const figure of [
      'Vragen opgelost in het gewone leven',
      'Burenhulp: vrijwilliger gevonden',
      'Plekken getest door ervaringsdeskundigen',
    ]) {
      expect(page.body).toContain(figure);
    }
    expect(page.body).not.toContain('Nog niet te meten');
    const api = (await t().client().json('GET', '/api/v1/districts/oost/monitoring/indicators')).json();
    // Seed 000 annex I: 65 figures (the range "33% tot 40%" as its two bounds); one target, set by §4.
    expect(api).toHaveLength(65);
    expect(api.filter((i: { target: unknown }) => i.target !== null)).toHaveLength(1);
    expect(api.find((i: { name: string }) => i.name === 'Vrijwillig: betrokken bij buurtpreventie').values).toEqual([
      { year: 2019, value: 9.5, source: '' },
    ]);
    const cohesion = api.find((i: { name: string }) => i.name === 'Sociale cohesie');
    expect(cohesion).toMatchObject({
      unit: 'grade',
      better: 'higher',
      target: { value: 7, year: 2024 },
      values: [{ year: 2019, value: 6.4 }],
    });
    const tijw = (await t().client().json('GET', '/api/v1/districts/kanaleneiland/monitoring/indicators')).json();
    expect(tijw[0].values.map((v: { value: number }) => v.value)).toEqual([87, 77]);
    expect(tijw[1].values[0].value).toBe(15_336_000);
  });

  it('stores values per year and recomputes the trend; refuses a target in the past and a value that is not a number', async () => {
    const coordinator = await as('coordinator');
    const steering = await as('steering_member');
    const list = (await coordinator.json('GET', '/api/v1/districts/oost/monitoring/indicators')).json();
    const id = list.find((i: { name: string }) => i.name === 'Sociale cohesie').id;
    await coordinator.get(`/oost/resultaten/indicatoren/${id}`);
    expect((await coordinator.post(`/oost/resultaten/indicatoren/${id}/metingen`, { year: '2023', value: 'zeven' })).body).toContain(
      'Dit is geen getal.',
    );
    expect((await coordinator.post(`/oost/resultaten/indicatoren/${id}/metingen`, { year: '2027', value: '7' })).body).toContain(
      'Een meting kan niet over een jaar gaan dat nog moet komen.',
    );
    expect(
      (
        await coordinator.post(`/oost/resultaten/indicatoren/${id}/metingen`, {
          year: '2023',
          value: '6,8',
          source: 'Bewonersenquête 2023',
        })
      ).statusCode,
    ).toBe(303);
    expect((await coordinator.post(`/oost/resultaten/indicatoren/${id}/doel`, { targetValue: '7', targetYear: '2027' })).statusCode).toBe(
      403,
    );

    await steering.get(`/oost/resultaten/indicatoren/${id}`);
    const past = await steering.post(`/oost/resultaten/indicatoren/${id}/doel`, { targetValue: '7', targetYear: '2025' });
    expect(past.statusCode).toBe(422);
    expect(past.body).toContain('Een doel kan niet in het verleden liggen.');
    const pastApi = await steering.json('PUT', `/api/v1/districts/oost/monitoring/indicators/${id}/target`, { value: 7, year: 2020 });
    expect(pastApi.statusCode).toBe(422);
    let stored = (await steering.json('GET', '/api/v1/districts/oost/monitoring/indicators'))
      .json()
      .find((i: { id: string }) => i.id === id);
    expect(stored.target).toEqual({ value: 7, year: 2024 });
    expect(stored.trend.status).toBe('missed');
    expect((await steering.post(`/oost/resultaten/indicatoren/${id}/doel`, { targetValue: '7', targetYear: '2027' })).statusCode).toBe(303);
    stored = (await steering.json('GET', '/api/v1/districts/oost/monitoring/indicators')).json().find((i: { id: string }) => i.id === id);
    expect(stored.values).toEqual([
      { year: 2019, value: 6.4, source: '' },
      { year: 2023, value: 6.8, source: 'Bewonersenquête 2023' },
    ]);
    expect(stored.trend).toMatchObject({ status: 'on_track' });
    expect(stored.trend.projected).toBeCloseTo(7.2);
  });

  it('computes process figures live from the system', async () => {
    const before = (await t().client().json('GET', '/api/v1/districts/oost/monitoring/process-figures?year=2026')).json();
    const held = before.figures.find((f: { key: string }) => f.key === 'pact.meetingsHeld');
    expect(held.value).toBe(4);
    expect(held.byMonth[1]).toBe(1);
    const withFigures = new Set(t().app.features.flatMap((f) => (Object.hasOwn(f, 'processFigures') ? [f.name] : [])));
    expect(before.notYetAvailable).toEqual(['questions', 'help', 'guide'].filter((topic) => !withFigures.has(topic)));
    const commitments = before.figures.find((f: { key: string }) => f.key === 'pact.commitmentsMet');
    expect(commitments.value).toBeNull();

    const steering = await as('steering_member');
    const partners = (await steering.json('GET', '/api/v1/districts/oost/pact/partners')).json();
    await steering.json('GET', '/api/v1/me');
    await steering.get('/oost/samenwerken/partners');
    for (const [letter, status] of [
      ['a', 'met'],
      ['b', 'met'],
      ['c', 'met'],
      ['d', 'not_met'],
    ] as const) {
      expect(
        (await steering.json('PUT', `/api/v1/districts/oost/pact/partners/${partners[0].id}/commitments`, { year: 2026, letter, status }))
          .statusCode,
      ).toBe(200);
    }
    const meeting = (await steering.json('GET', '/api/v1/districts/oost/pact/meetings?year=2026'))
      .json()
      .meetings.find((m: { status: string }) => m.status === 'planned');
    await steering.json('POST', `/api/v1/districts/oost/pact/meetings/${meeting.id}/record`, { status: 'held', minutes: '' });
    const after = (await t().client().json('GET', '/api/v1/districts/oost/monitoring/process-figures?year=2026')).json();
    expect(after.figures.find((f: { key: string }) => f.key === 'pact.meetingsHeld').value).toBe(5);
    expect(after.figures.find((f: { key: string }) => f.key === 'pact.commitmentsMet').value).toBe(75);
    const page = await t().client().get('/oost/resultaten?jaar=2026');
    expect(page.body).toContain('Bijeenkomsten gehouden');
    expect(page.body).toContain('75%');
  });

  it('prints a progress report as HTML and as a PDF', async () => {
    const html = await t().client().get('/oost/resultaten/rapport?jaar=2026');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Wijkpact &#39;Samen Oost&#39;: voortgang 2026');
    // A name with Turkish and Polish letters prints right (issue 13), in a tagged PDF with embedded fonts.
    await t()
      .db.updateTable('pact_indicators')
      .set({ name: 'Sociale cohesie Çağ Şükür Łódź' })
      .where('name', '=', 'Sociale cohesie')
      .execute();
    const pdf = await t().client().get('/oost/resultaten/rapport.pdf?jaar=2026');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const report = await accessibilityOf(pdf.rawPayload);
    expect(report).toMatchObject({
      tagged: true,
      language: 'nl-NL',
      titleShown: true,
      fontsEmbedded: true,
      title: "Wijkpact 'Samen Oost': voortgang 2026",
    });
    expect(report.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'P', 'Figure', 'L', 'LI']));
    const { text } = report.pdf;
    expect(text).toContain('Sociale cohesie Çağ Şükür Łódź');
    expect(text).toContain("Wijkpact 'Samen Oost': voortgang 2026");
    expect(text).toContain('Sociale cohesie');
    expect(text).toContain('Buurtcampus: studenten in de wijk');
    expect(text).toContain('Bijeenkomsten gehouden');
  });
});
