import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { DEMO_PASSWORD, JOOP, signedIn, volunteerIdOf } from '../help.testing.ts';

describeEachEngine('neighbour help: the JSON API', (t) => {
  it('serves the house rules to anyone, and requests and volunteers only to coordinators', async () => {
    const rules = await t().client().json('GET', '/api/v1/districts/oost/help/rules');
    expect(rules.statusCode).toBe(200);
    expect(rules.json()).toMatchObject({ schemeName: 'Oost helpt', oddJobFeeCents: 450, maxServiceMinutes: 120, feedbackDays: 7 });
    expect(rules.json().liabilityNotice).toContain('vriendendienst');
    expect((await t().client().json('GET', '/api/v1/districts/oost/help/requests')).statusCode).toBe(401);
    const { client: volunteer } = await signedIn(t(), [{ role: 'volunteer', district: 'oost' }]);
    expect((await volunteer.json('GET', '/api/v1/districts/oost/help/requests')).statusCode).toBe(403);
    expect((await volunteer.json('GET', '/api/v1/districts/oost/help/volunteers')).statusCode).toBe(403);
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    const list = (await coordinator.json('GET', '/api/v1/districts/oost/help/requests?status=new')).json();
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r: { status: string }) => r.status === 'new')).toBe(true);
    expect(JSON.stringify(list)).not.toContain('06 0000');
    const volunteers = (await coordinator.json('GET', '/api/v1/districts/oost/help/volunteers')).json();
    expect(volunteers.map((v: { name: string }) => v.name)).toContain('Joop Vrijwilliger (demo)');
    expect(JSON.stringify(volunteers)).not.toContain('Kastanjelaan');
  });

  it('records, ranks, proposes and reports done under the same house rules', async () => {
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/balie');
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'sterrenwijk').executeTakeFirstOrThrow();
    const body = {
      buurtId: buurt.id,
      talent: 'groceries',
      what: 'Boodschappen via de API',
      requesterName: 'API Test',
      phone: '06 7777 0001',
      street: 'Kastanjelaan 70',
    };
    const large = await coordinator.json('POST', '/api/v1/districts/oost/help/requests', {
      ...body,
      talent: 'repairs',
      estimatedMinutes: 180,
      phone: '06 7777 0002',
    });
    expect(large.statusCode).toBe(422);
    expect(large.json().error).toMatchObject({ code: 'help.rule.largeJob', status: 422 });
    expect(large.json().error.message).toContain('grote klus');
    const invalid = await coordinator.json('POST', '/api/v1/districts/oost/help/requests', { ...body, talent: 'koning' });
    expect(invalid.statusCode).toBe(422);
    const created = await coordinator.json('POST', '/api/v1/districts/oost/help/requests', body);
    expect(created.statusCode).toBe(200);
    const { id } = created.json();
    expect((await coordinator.json('POST', '/api/v1/districts/oost/help/requests', { ...body, what: 'Nog een' })).json().error.code).toBe(
      'help.rule.oneAtATime',
    );

    const detail = (await coordinator.json('GET', `/api/v1/districts/oost/help/requests/${id}`)).json();
    expect(detail.requester).toEqual({ name: 'API Test', phone: '06 7777 0001', email: null, street: 'Kastanjelaan 70' });
    expect(detail.timeline).toEqual([expect.objectContaining({ step: 'created' })]);
    const early = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${id}/proposals`, {
      volunteerId: await volunteerIdOf(t(), JOOP),
    });
    expect(early.json().error.code).toBe('help.refusal.wrongStep'); // checked first, then matched

    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    const ranked = (await coordinator.json('GET', `/api/v1/districts/oost/help/requests/${id}/candidates`)).json();
    expect(ranked[0]).toMatchObject({ name: 'Joop Vrijwilliger (demo)', proximity: 'street' });
    expect(ranked[0].reasons).toContain('Woont in dezelfde straat');
    const joop = await volunteerIdOf(t(), JOOP);
    const proposed = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${id}/proposals`, { volunteerId: joop });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json().status).toBe('matching');
    const again = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${id}/proposals`, { volunteerId: joop });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('help.refusal.alreadyProposed');
  });

  it('lets a volunteer keep their profile and report done, refusing a fee on a free service', async () => {
    const joop = t().client();
    await joop.signIn(JOOP, DEMO_PASSWORD);
    await joop.get('/oost/hulp/vrijwilliger');
    const me = (await joop.json('GET', '/api/v1/districts/oost/help/volunteers/me')).json();
    expect(me).toMatchObject({ name: 'Joop Vrijwilliger (demo)', street: 'Kastanjelaan' });
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'sterrenwijk').executeTakeFirstOrThrow();
    const changed = await joop.json('PUT', '/api/v1/districts/oost/help/volunteers/me', {
      buurtId: buurt.id,
      street: 'Kastanjelaan',
      talents: ['groceries', 'walk', 'buddy'],
      reach: 'neighbours',
      days: ['tue'],
      parts: ['afternoon'],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().talents).toEqual(['walk', 'groceries', 'buddy']);
    expect(
      (
        await joop.json('PUT', '/api/v1/districts/oost/help/volunteers/me', {
          buurtId: 'elders',
          street: 'X',
          talents: ['walk'],
          reach: 'buurt',
        })
      ).statusCode,
    ).toBe(422);

    const matched = await t()
      .db.selectFrom('help_requests as r')
      .innerJoin('help_volunteers as v', 'v.id', 'r.volunteer_id')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(['r.id', 'r.kind'])
      .where('r.status', '=', 'matched')
      .where('u.email', '=', 'marieke.maatje@wijkportaal.example')
      .executeTakeFirstOrThrow();
    expect((await joop.json('POST', `/api/v1/districts/oost/help/requests/${matched.id}/done`, { minutes: 60 })).statusCode).toBe(403);
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/balie');
    const withFee = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${matched.id}/done`, {
      minutes: 60,
      feePaid: true,
    });
    expect(withFee.statusCode).toBe(422);
    expect(withFee.json().error.code).toBe('help.rule.freeServicesFree');
    const done = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${matched.id}/done`, { minutes: 45 });
    expect(done.json()).toMatchObject({ status: 'done', feeCents: 0 });
  });

  it('describes every help operation in the OpenAPI document', async () => {
    const paths = Object.keys((await t().client().json('GET', '/api/openapi.json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/districts/{district}/help/rules',
        '/api/v1/districts/{district}/help/requests',
        '/api/v1/districts/{district}/help/requests/{id}',
        '/api/v1/districts/{district}/help/requests/{id}/candidates',
        '/api/v1/districts/{district}/help/requests/{id}/proposals',
        '/api/v1/districts/{district}/help/requests/{id}/done',
        '/api/v1/districts/{district}/help/volunteers',
        '/api/v1/districts/{district}/help/volunteers/me',
      ]),
    );
  });
});
