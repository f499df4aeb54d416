import { beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { addContact, askAs, questionIdOf, signedIn } from '../questions.testing.ts';

describeEachEngine('hand-over to neighbour help, and scaling down', (t) => {
  let coordinator: TestClient;
  beforeAll(async () => {
    await createTestUser(t().db, {
      email: 'femke@wijk.example',
      name: 'Femke',
      roles: [
        { role: 'coordinator', district: 'oost' },
        { role: 'coordinator', district: 'overvecht' },
      ],
    });
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
  });

  const helpRequestOf = (questionId: string) =>
    t().db.selectFrom('help_requests').selectAll().where('question_id', '=', questionId).executeTakeFirst();

  it('turns a question into a neighbour-help request with what the consent allows', async () => {
    const status = await askAs(t().client(), {
      text: 'Mijn buurman krijgt zijn boodschappen niet gedaan.',
      name: 'Kees',
      phone: '06 10 20 30 40',
    });
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/toestemming`);
    await coordinator.post(`/oost/vragen/${id}/toestemming`, {
      neighbourHelp: 'on',
      items: ['name', 'phone'],
      purpose: 'Een vrijwilliger belt voor de boodschappen',
      how: 'verbal',
      validUntil: '2027-01-31',
    });
    const form = await coordinator.get(`/oost/vragen/${id}/buurthulp`);
    expect(form.body).toContain('Met toestemming van de bewoner gaan mee naar buurthulp: Naam, Telefoonnummer.');
    expect(form.body).toMatch(/<option value="oudwijk" selected/);
    const empty = await coordinator.post(`/oost/vragen/${id}/buurthulp`, { buurt: 'oudwijk', what: '' });
    expect(empty.statusCode).toBe(422);
    expect(await helpRequestOf(id)).toBeUndefined();
    const done = await coordinator.post(`/oost/vragen/${id}/buurthulp`, {
      kind: 'service',
      buurt: 'oudwijk',
      what: 'Boodschappen doen, eens per week',
      wishedTime: 'dinsdagmiddag',
    });
    expect(done.statusCode).toBe(303);
    const help = await helpRequestOf(id);
    expect(help).toMatchObject({
      requester_name: 'Kees',
      phone: '06 10 20 30 40',
      email: null,
      street: null,
      kind: 'service',
      source: 'question',
      what: 'Boodschappen doen, eens per week',
    });
    const question = await t().db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(question).toMatchObject({ status: 'closed', outcome: 'neighbour_help' });
    const event = await t()
      .db.selectFrom('question_events')
      .selectAll()
      .where('question_id', '=', id)
      .where('kind', '=', 'handed_over')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.data ?? '{}')).toEqual({ helpRequestId: help?.id, helpKind: 'service' });
    expect((await t().client().get(status)).body).toContain('Uw vraag is doorgegeven aan buurthulp.');
  });

  it('without consent only the summary travels, and help reaches the resident through the coordinator', async () => {
    const status = await askAs(t().client(), {
      text: 'Ik wil graag een maatje voor de inloop.',
      name: 'Jet',
      phone: '06 99 88 77 66',
      email: 'jet@voorbeeld.example',
    });
    const id = await questionIdOf(t().db, status);
    const form = await coordinator.get(`/oost/vragen/${id}/buurthulp`);
    expect(form.body).toContain('Er is geen toestemming voor buurthulp.');
    const done = await coordinator.post(`/oost/vragen/${id}/buurthulp`, {
      kind: 'service',
      buurt: 'oudwijk',
      what: 'Zoekt iemand om mee te gaan naar de inloop',
    });
    expect(done.statusCode).toBe(303);
    const help = await helpRequestOf(id);
    const reference = (await t().db.selectFrom('questions').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).reference;
    expect(help).toMatchObject({
      requester_name: `Bewoner van vraag ${reference}`,
      phone: null,
      email: null,
      street: 'Bereikbaar via Femke (femke@wijk.example)',
    });
    expect(JSON.stringify(help)).not.toContain('Jet');
  });

  it("shows the help feature's house rule when it refuses, and changes nothing", async () => {
    const resident = t().client();
    await resident.get('/overvecht/vraag-stellen');
    const asked = await resident.post('/overvecht/vraag-stellen', {
      text: 'Hulp met de tuin',
      name: 'Ria',
      contactBy: 'phone',
      phone: '06 11 11 11 11',
      urgency: 'normal',
      buurt: 'vechtzoom',
    });
    const id = await questionIdOf(t().db, String(asked.headers.location).replace(/\?.*$/, ''));
    await coordinator.get(`/overvecht/vragen/${id}/buurthulp`);
    const refused = await coordinator.post(`/overvecht/vragen/${id}/buurthulp`, {
      kind: 'odd_job',
      buurt: 'vechtzoom',
      what: 'Tuin opruimen',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('In deze wijk is er nog geen burenhulp via Wijkportaal.');
    expect((await t().db.selectFrom('questions').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('new');
    expect(await helpRequestOf(id)).toBeUndefined();
  });

  it('lets a professional scale down an accepted referral to neighbour help, as an explicit step', async () => {
    const karim = await createTestUser(t().db, {
      email: 'karim@bt.example',
      name: 'Karim',
      roles: [{ role: 'professional', district: 'oost' }],
    });
    const { contactId } = await addContact(t().db, { organization: 'Buurtteam Oost', name: 'Karim', userId: karim });
    const id = await questionIdOf(t().db, await askAs(t().client(), { name: 'Ans', phone: '06 55 55 55 55' }));
    await coordinator.get(`/oost/vragen/${id}/doorverwijzen`);
    await coordinator.post(`/oost/vragen/${id}/doorverwijzen`, { contact: contactId, summary: 'Schulden', formalCare: 'yes' });
    const referral = await t().db.selectFrom('referrals').select('id').where('question_id', '=', id).executeTakeFirstOrThrow();
    const professional = await signedIn(t().client(), 'karim@bt.example');
    await professional.get(`/oost/doorverwijzingen/${referral.id}`);
    expect(
      (
        await professional.post(`/oost/doorverwijzingen/${referral.id}/afschalen`, {
          kind: 'service',
          buurt: 'oudwijk',
          what: 'Wekelijks een praatje',
        })
      ).statusCode,
    ).toBe(409);
    await professional.post(`/oost/doorverwijzingen/${referral.id}/aannemen`, {});
    await professional.get(`/oost/doorverwijzingen/${referral.id}/afschalen`);
    const down = await professional.post(`/oost/doorverwijzingen/${referral.id}/afschalen`, {
      kind: 'service',
      buurt: 'oudwijk',
      what: 'Wekelijks een praatje',
    });
    expect(down.statusCode).toBe(303);
    expect((await t().db.selectFrom('referrals').select('status').where('id', '=', referral.id).executeTakeFirstOrThrow()).status).toBe(
      'scaled_down',
    );
    expect(await helpRequestOf(id)).toMatchObject({
      requester_name:
        'Bewoner van vraag ' +
        (await t().db.selectFrom('questions').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).reference,
    });
    const events = await t().db.selectFrom('question_events').select('kind').where('question_id', '=', id).execute();
    expect(events.map((e) => e.kind)).toContain('scaled_down');
  });
});
