import { beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const COORDINATOR = 'coordinator.oost@wijkportaal.example';

describeEachEngine('cooperative volunteer sign-up', (t) => {
  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });

  it('goes from sign-up without an invitation through the intake to activation and a first proposal', async () => {
    const help = await t()
      .db.selectFrom('help_requests as r')
      .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
      .select(['r.id', 'r.talent', 'b.slug'])
      .where('r.status', 'in', ['checked', 'matching'])
      .where('r.open_proposal_id', 'is', null)
      .where('r.talent', 'in', ['groceries', 'walk', 'waste'])
      .executeTakeFirstOrThrow();
    const neighbour = t().client();
    await neighbour.get('/oost/cooperatie/vrijwilliger-worden');
    const form = {
      name: 'Nina Nieuw',
      email: 'nina@wijk.example',
      password: 'een lang wachtwoord voor nina',
      passwordRepeat: 'een lang wachtwoord voor nina',
      buurt: help.slug,
      street: 'Voorbeeldstraat',
      talents: [help.talent ?? 'groceries'],
      liability: 'on',
    };
    const notAccepted = await neighbour.post('/oost/cooperatie/vrijwilliger-worden', form);
    expect(notAccepted.statusCode).toBe(422);
    expect(notAccepted.body).toContain('u houdt zich aan de spelregels');
    expect(notAccepted.body).toContain('value="Nina Nieuw"');
    expect(notAccepted.body).not.toContain('een lang wachtwoord');
    expect(await t().db.selectFrom('users').select('id').where('email', '=', 'nina@wijk.example').execute()).toEqual([]);
    expect((await neighbour.post('/oost/cooperatie/vrijwilliger-worden', { ...form, houseRules: 'on' })).statusCode).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('nina@wijk.example') && m.subject === 'Uw aanmelding als vrijwilliger');
    const volunteer = await t()
      .db.selectFrom('help_volunteers as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(['v.id', 'v.active'])
      .where('u.email', '=', 'nina@wijk.example')
      .executeTakeFirstOrThrow();
    expect(volunteer.active).toBe(0);

    const coordinator = t().client();
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD);
    const early = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${help.id}/proposals`, {
      volunteerId: volunteer.id,
    });
    // Not active yet: no proposals until the intake is done.
    expect(early.body).toContain('staat op pauze');
    const queue = await coordinator.get('/oost/cooperatie/vrijwilligers/intake');
    expect(queue.body).toContain('Nina Nieuw');
    const intake = await t().db.selectFrom('coop_volunteer_intakes').select('id').where('status', '=', 'waiting').executeTakeFirstOrThrow();
    const path = `/oost/cooperatie/vrijwilligers/intake/${intake.id}`;
    const future = await coordinator.post(path, { note: 'Fijn gesprek', vogDate: '2027-01-01', decision: 'activate' });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('De datum van de VOG ligt in de toekomst.');
    expect((await coordinator.post(path, { note: 'Fijn gesprek', decision: 'activate' })).statusCode).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('nina@wijk.example') && m.subject === 'Welkom als vrijwilliger');

    const proposed = await coordinator.json('POST', `/api/v1/districts/oost/help/requests/${help.id}/proposals`, {
      volunteerId: volunteer.id,
    });
    expect(proposed.statusCode).toBe(200);
    await t().smtp.waitFor((m) => m.to.includes('nina@wijk.example') && m.text.includes('/hulp/'));
    const nina = t().client();
    await nina.signIn('nina@wijk.example', 'een lang wachtwoord voor nina');
    expect((await nina.get('/oost/hulp/vrijwilliger')).statusCode).toBe(200);
  });

  it('asks a VOG for help inside the home before activating, and refuses an address that has an account', async () => {
    const neighbour = t().client();
    await neighbour.get('/oost/cooperatie/vrijwilliger-worden');
    const base = {
      buurt: 'abstede',
      street: 'Proefstraat',
      liability: 'on',
      houseRules: 'on',
      password: 'nog een lang wachtwoord',
      passwordRepeat: 'nog een lang wachtwoord',
    };
    const taken = await neighbour.post('/oost/cooperatie/vrijwilliger-worden', {
      ...base,
      name: 'Femke',
      email: COORDINATOR,
      talents: ['walk'],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('Log eerst in');
    const sent = await neighbour.post('/oost/cooperatie/vrijwilliger-worden', {
      ...base,
      name: 'Otto Oppas',
      email: 'otto@wijk.example',
      talents: ['home_visit'],
    });
    expect(sent.statusCode).toBe(303);
    const coordinator = t().client();
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD);
    const queue = await coordinator.get('/oost/cooperatie/vrijwilligers/intake');
    expect(queue.body).toContain('Voor deze hulp is een VOG nodig.');
    const otto = await t()
      .db.selectFrom('coop_volunteer_intakes as i')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .select('i.id')
      .where('u.email', '=', 'otto@wijk.example')
      .executeTakeFirstOrThrow();
    const path = `/oost/cooperatie/vrijwilligers/intake/${otto.id}`;
    const noVog = await coordinator.post(path, { note: 'Wil op bezoek bij ouderen', decision: 'activate' });
    expect(noVog.statusCode).toBe(422);
    expect((await coordinator.post(path, { note: 'Wil op bezoek bij ouderen', decision: 'hold' })).statusCode).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('otto@wijk.example') && m.subject === 'Wilt u een VOG aanvragen?');
    expect((await coordinator.post(path, { note: 'VOG gezien', vogDate: '2026-11-20', decision: 'activate' })).statusCode).toBe(303);
    const row = await t()
      .db.selectFrom('help_volunteers as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(['v.active', 'v.vog_on_file'])
      .where('u.email', '=', 'otto@wijk.example')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ active: 1, vog_on_file: 1 });
    const volunteer = t().client();
    await volunteer.signIn('vrijwilliger.oost@wijkportaal.example', DEMO_PASSWORD);
    expect((await volunteer.get('/oost/cooperatie/vrijwilligers/intake')).statusCode).toBe(403);
  });

  it('lets the board or a coordinator choose which kinds of help ask a VOG: without one, no proposal for them', async () => {
    // A request of Oost waiting for a volunteer: a walk, once, of an hour.
    const oost = (await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow()).id;
    const request = await t()
      .db.selectFrom('help_requests')
      .select('id')
      .where('district_id', '=', oost)
      .where('status', '=', 'new')
      .executeTakeFirstOrThrow();
    await t()
      .db.updateTable('help_requests')
      .set({ status: 'checked', kind: 'service', talent: 'walk', frequency: 'once', estimated_minutes: 60, open_proposal_id: null })
      .where('id', '=', request.id)
      .execute();
    // An active volunteer of Oost without a VOG, who offers walks (talent bit 0).
    const lotte = await t()
      .db.selectFrom('help_volunteers as v')
      .innerJoin('districts as d', 'd.id', 'v.district_id')
      .select(['v.id', 'v.vog_on_file'])
      .where('d.slug', '=', 'oost')
      .where('v.active', '=', 1)
      .where('v.vog_on_file', '=', 0)
      .executeTakeFirstOrThrow();
    await t().db.updateTable('help_volunteers').set({ talents: 1 }).where('id', '=', lotte.id).execute();
    expect(lotte.vog_on_file).toBe(0);
    const kinds = () => t().db.selectFrom('help_vog_kinds').select('talents').execute();

    // A volunteer has no say in it: refused, nothing stored.
    const volunteer = t().client();
    await volunteer.signIn('vrijwilliger.oost@wijkportaal.example', DEMO_PASSWORD);
    await volunteer.get('/oost/cooperatie');
    expect((await volunteer.post('/oost/cooperatie/vog', { talents: ['walk'] })).statusCode).toBe(403);
    expect(await kinds()).toEqual([]);

    const coordinator = t().client();
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD);
    const page = await coordinator.get('/oost/cooperatie/vog');
    expect(page.body).toContain('value="home_visit" checked');
    expect((await coordinator.post('/oost/cooperatie/vog', { talents: ['walk', 'home_visit'] })).statusCode).toBe(303);
    expect(await kinds()).toEqual([{ talents: 'walk,home_visit' }]);
    const propose = () =>
      coordinator.json('POST', `/api/v1/districts/oost/help/requests/${request.id}/proposals`, { volunteerId: lotte.id });
    const refused = await propose();
    expect(refused.body).toContain('Voor deze hulp vraagt de coöperatie een verklaring omtrent het gedrag (VOG).');
    expect(await t().db.selectFrom('help_proposals').select('id').where('request_id', '=', request.id).execute()).toEqual([]);

    // The general board takes walks off the list: now she may be asked.
    const board = t().client();
    await board.signIn('ab.oost@wijkportaal.example', DEMO_PASSWORD);
    await board.get('/oost/cooperatie/vog');
    expect((await board.post('/oost/cooperatie/vog', { talents: ['home_visit'] })).statusCode).toBe(303);
    expect((await propose()).statusCode).toBe(200);
  });
});
