import { beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const BOARD = 'bestuur.oost@wijkportaal.example';
const COORDINATOR = 'coordinator.oost@wijkportaal.example';
const WIJKLEERHUIS = 'wijkleerhuis.oost@wijkportaal.example';

/** Issue 12 items 4, 5 and 7: a project from proposal to call, the talent inventory, and long needs with the students. */
describeEachEngine('cooperative: proposals, pools and students', (t) => {
  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });
  const signIn = async (email: string) => {
    const client = t().client();
    await client.signIn(email, DEMO_PASSWORD);
    return client;
  };
  const audits = async (action: string) =>
    (await t().db.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

  it('takes a proposal without an account, lets the daily board approve it as a decision, and then shows it', async () => {
    const visitor = t().client();
    await visitor.get('/oost/cooperatie/projecten/voorstellen');
    const valid = {
      kind: 'resident',
      name: 'Ria Test',
      email: 'ria.project@wijk.example',
      title: 'Buurtsoep op vrijdag',
      what: 'Elke vrijdag samen soep koken en eten.',
      forWhom: 'Buren die vaak alleen eten.',
      buurt: 'sterrenwijk',
      needs: ['people', 'money'],
      money: '120,50',
    };
    const noNeeds = await visitor.post('/oost/cooperatie/projecten/voorstellen', { ...valid, needs: [], money: '' });
    expect(noNeeds.statusCode).toBe(422);
    expect(noNeeds.body).toContain('Kies wat er nodig is');
    expect(noNeeds.body).toContain('value="Buurtsoep op vrijdag"');
    const script = await visitor.post('/oost/cooperatie/projecten/voorstellen', { ...valid, what: '<script>alert(1)</script>' });
    expect(script.statusCode).toBe(422);
    expect(await t().db.selectFrom('coop_proposals').select('id').where('title', '=', valid.title).execute()).toEqual([]);
    expect((await visitor.post('/oost/cooperatie/projecten/voorstellen', valid)).statusCode).toBe(303);
    const row = await t().db.selectFrom('coop_proposals').selectAll().where('title', '=', valid.title).executeTakeFirstOrThrow();
    expect(row.needs_money_cents).toBe(12050);
    expect((await t().client().get(`/oost/cooperatie/projecten/${row.id}`)).statusCode).toBe(404);
    expect((await t().client().get('/oost')).body).not.toContain('Buurtsoep op vrijdag');

    const member = await signIn('lid.oost@wijkportaal.example');
    expect((await member.get('/oost/cooperatie/projecten/beoordelen')).statusCode).toBe(403);
    const board = await signIn(BOARD);
    const queue = await board.get('/oost/cooperatie/projecten/beoordelen');
    expect(queue.body).toContain('ria.project@wijk.example');
    const decide = `/oost/cooperatie/projecten/beoordelen/${row.id}/besluit`;
    const noMajority = await board.post(decide, { decision: 'approved', votesFor: '1', votesAgainst: '2', votesAbstained: '0' });
    expect(noMajority.statusCode).toBe(422);
    const noReason = await board.post(decide, { decision: 'declined', votesFor: '0', votesAgainst: '3', votesAbstained: '0' });
    expect(noReason.statusCode).toBe(422);
    const approved = await board.post(decide, { decision: 'approved', votesFor: '3', votesAgainst: '1', votesAbstained: '1' });
    expect(approved.statusCode).toBe(303);
    expect((await board.post(decide, { decision: 'approved', votesFor: '3', votesAgainst: '0', votesAbstained: '0' })).statusCode).toBe(
      409,
    );
    const decision = await t()
      .db.selectFrom('coop_decisions')
      .selectAll()
      .where('subject', '=', 'project_proposal')
      .where('text', 'like', '%Buurtsoep%')
      .executeTakeFirstOrThrow();
    expect([decision.body, decision.votes_for, decision.votes_against, decision.adopted]).toEqual(['daily', 3, 1, 1]);
    await t().smtp.waitFor((m) => m.to.includes('ria.project@wijk.example') && m.subject.includes('goedgekeurd'));

    const list = await t().client().get('/oost/cooperatie/projecten');
    expect(list.body).toContain('Buurtsoep op vrijdag');
    const detail = await t().client().get(`/oost/cooperatie/projecten/${row.id}`);
    expect(detail.body).toMatch(/Geld \(€\s120,50\)/);
    const api = await t().client().get('/api/v1/districts/oost/cooperative/projects');
    const projects = JSON.parse(api.body) as { title: string; proposerEmail?: string }[];
    expect(projects.map((p) => p.title)).toContain('Buurtsoep op vrijdag');
    expect(api.body).not.toContain('ria.project@wijk.example');
    // Approved, it is on the district's start page and its buurt's page, linking to it.
    const link = `href="/oost/cooperatie/projecten/${row.id}"`;
    expect((await t().client().get('/oost')).body).toContain(link);
    expect((await t().client().get('/oost/buurten/sterrenwijk')).body).toContain(link);
    expect((await t().client().get('/oost/buurten/abstede')).body).not.toContain(link);
    // The proposals API only reads: GET only in the OpenAPI document, and a POST changes nothing.
    const openapi = JSON.parse((await t().client().get('/api/openapi.json')).body) as { paths: Record<string, object> };
    for (const path of ['/api/v1/districts/{district}/cooperative/projects', '/api/v1/districts/{district}/cooperative/proposals'])
      expect(Object.keys(openapi.paths[path] ?? {}).filter((k) => k !== 'parameters')).toEqual(['get']);
    const count = async () => (await t().db.selectFrom('coop_proposals').select('id').execute()).length;
    const proposalsBefore = await count();
    const posted = await board.json('POST', '/api/v1/districts/oost/cooperative/proposals', { title: 'Via de API' });
    expect(posted.statusCode).toBe(404);
    expect(await count()).toBe(proposalsBefore);

    // The coordinator calls for people with a talent and matches someone from the pools.
    const coordinator = await signIn(COORDINATOR);
    const call = `/oost/cooperatie/projecten/${row.id}/oproep`;
    await coordinator.get(call);
    expect((await coordinator.post(call, { talent: 'digital', text: 'Wij zoeken iemand die de lijst bijhoudt.' })).statusCode).toBe(303);
    const page = await coordinator.get(call);
    expect(page.body).toContain('Tom Zzp&#39;er (demo)');
    expect(page.body).not.toContain('Fatma Ervaringsdeskundige (demo)'); // paused
    const tom = await t().db.selectFrom('users').select('id').where('email', '=', 'zzp.oost@wijkportaal.example').executeTakeFirstOrThrow();
    expect((await coordinator.post(`${call}/koppelen`, { person: tom.id })).statusCode).toBe(303);
    expect((await coordinator.post(`${call}/koppelen`, { person: tom.id })).statusCode).toBe(409);
    await t().smtp.waitFor((m) => m.to.includes('zzp.oost@wijkportaal.example') && m.text.includes('Buurtsoep op vrijdag'));
    expect((await t().client().get(`/oost/cooperatie/projecten/${row.id}`)).body).toContain('Wij zoeken iemand die de lijst bijhoudt.');
  });

  it('finds pool people by talent and buurt for coordinators of the district only, and logs every search', async () => {
    const before = await audits('cooperative.pools.read');
    const coordinator = await signIn(COORDINATOR);
    const found = await coordinator.get('/oost/cooperatie/pools?talent=walk&buurt=sterrenwijk');
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain('Mieke Mantelzorger (demo)');
    expect(found.body).not.toContain('Tom Zzp&#39;er (demo)');
    const garden = await coordinator.get('/oost/cooperatie/pools?talent=digital&pool=2&gepauzeerd=ja');
    expect(garden.body).toContain('Tom Zzp&#39;er (demo)');
    expect(garden.body).toContain('Fatma Ervaringsdeskundige (demo) (gepauzeerd)');
    const api = await coordinator.get('/api/v1/districts/oost/cooperative/pools?talent=walk&buurt=sterrenwijk');
    const body = JSON.parse(api.body) as { total: number; people: { name: string; pool: string }[] };
    expect(body.people.map((p) => p.name)).toContain('Mieke Mantelzorger (demo)');
    expect(await audits('cooperative.pools.read')).toBe(before + 3);

    const elsewhere = await signIn('coordinator.overvecht@wijkportaal.example');
    expect((await elsewhere.get('/oost/cooperatie/pools')).statusCode).toBe(403);
    expect((await elsewhere.get('/api/v1/districts/oost/cooperative/pools')).statusCode).toBe(403);
    const board = await signIn(BOARD);
    expect((await board.get('/oost/cooperatie/pools')).statusCode).toBe(403);
    expect((await board.get('/oost/cooperatie/studenten')).statusCode).toBe(403);
    expect(await audits('cooperative.pools.read')).toBe(before + 3);

    // A pool-2 person pauses: the search leaves them out; they cannot come back after leaving.
    const mieke = await signIn('mantelzorger.oost@wijkportaal.example');
    await mieke.get('/oost/cooperatie/mijn-pool');
    expect((await mieke.post('/oost/cooperatie/mijn-pool/stand', { status: 'paused' })).statusCode).toBe(303);
    expect((await coordinator.get('/oost/cooperatie/pools?talent=walk&buurt=sterrenwijk')).body).not.toContain('Mieke Mantelzorger');
    expect((await mieke.post('/oost/cooperatie/mijn-pool/stand', { status: 'left' })).statusCode).toBe(303);
    expect((await mieke.post('/oost/cooperatie/mijn-pool/stand', { status: 'active' })).statusCode).toBe(409);
  });

  it('sends a long need to the Wijkleerhuis, who matches a student or hands it back to the desk with a reason', async () => {
    const refer = async (phone: string) => {
      const resident = t().client();
      await resident.get('/oost/hulp/vragen');
      const email = `lang${phone.slice(-2)}.${t().engine}@wijk.example`;
      const asked = await resident.post('/oost/hulp/vragen', {
        name: 'Mevrouw Lang',
        phone,
        email,
        buurt: 'sterrenwijk',
        street: 'Kastanjelaan 41',
        talent: 'digital',
        what: `Elke week hulp met de computer ${phone}`,
        frequency: 'long_running',
        duration: '60',
        days: ['tue'],
        parts: ['afternoon'],
        consent: 'ja',
      });
      expect(asked.statusCode).toBe(303);
      const mail = await t().smtp.waitFor((m) => m.to.includes(email) && /hulp\/status\//.test(m.text));
      const status = /http:\/\/localhost:3000(\/oost\/hulp\/status\/[\w-]+)/.exec(mail.text)?.[1] ?? '';
      const { id } = await t().db.selectFrom('help_requests').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
      const coordinator = await signIn(COORDINATOR);
      await coordinator.get(`/oost/hulp/balie/${id}`);
      const referred = await coordinator.post(`/oost/hulp/balie/${id}/doorverwijzen`, { referKind: 'students', referTo: 'Wijkleerhuis' });
      expect(referred.statusCode).toBe(303);
      return { id, status };
    };
    const first = await refer('06 3333 0001');
    const second = await refer('06 3333 0002');
    const before = await audits('cooperative.students.read');
    const leerhuis = await signIn(WIJKLEERHUIS);
    const queue = await leerhuis.get('/oost/cooperatie/studenten');
    expect(queue.body).toContain('Elke week hulp met de computer 06 3333 0001');
    expect(await audits('cooperative.students.read')).toBe(before + 1);
    expect((await leerhuis.get('/overvecht/cooperatie/studenten')).statusCode).toBe(403);

    const student = await t()
      .db.selectFrom('coop_students')
      .select('id')
      .where('name', '=', 'Student Een (demo)')
      .executeTakeFirstOrThrow();
    const matched = await leerhuis.post(`/oost/cooperatie/studenten/vragen/${first.id}/koppelen`, { student: student.id });
    expect(matched.statusCode).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('student.een@voorbeeld.example') && m.text.includes('06 3333 0001'));
    const page = await t().client().get(first.status);
    expect(page.body).toContain('De studenten van Wijkleerhuis');
    expect(page.body).toContain('Een student helpt u (Wijkleerhuis)');

    const noReason = await leerhuis.post(`/oost/cooperatie/studenten/vragen/${second.id}/teruggeven`, { reason: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Zeg waarom u de vraag teruggeeft.');
    const back = await leerhuis.post(`/oost/cooperatie/studenten/vragen/${second.id}/teruggeven`, { reason: 'Geen student met tijd.' });
    expect(back.statusCode).toBe(303);
    const request = await t().db.selectFrom('help_requests').selectAll().where('id', '=', second.id).executeTakeFirstOrThrow();
    expect([request.status, request.outcome_reason]).toEqual(['new', null]);
    const desk = await (await signIn(COORDINATOR)).get(`/oost/hulp/balie/${second.id}`);
    expect(desk.body).toContain('Geen student met tijd.');
    // The resident's page says what happened (not the coordinator's own words).
    const residentPage = await t().client().get(second.status);
    expect(residentPage.body).toContain('Uw vraag ligt weer bij de coördinator van burenhulp.');
    expect(residentPage.body).toContain('Teruggegeven aan de coördinator');
    expect(residentPage.body).not.toContain('Geen student met tijd.');
    expect((await leerhuis.post(`/oost/cooperatie/studenten/vragen/${second.id}/teruggeven`, { reason: 'Nog eens' })).statusCode).toBe(409);
  });
});
