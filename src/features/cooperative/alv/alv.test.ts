import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { insertCooperative } from '../shared/cooperative.repository.ts';
import { insertAlv } from './alv.repository.ts';
import { postWithFiles } from './alv.testing.ts';

const BOARD = 'bestuur.oost@wijkportaal.example';
const AB = 'ab.oost@wijkportaal.example';
const MEMBER = 'lid.oost@wijkportaal.example';

const agenda = 'Opening\nJaarverslag\nRondvraag en sluiting';

describeEachEngine('the cooperative ALV', (t) => {
  const memberId = async (email: string) =>
    (await t().db.selectFrom('coop_members').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  /** A meeting place of Oost in the guide, and a place of Oost that is not one. */
  const place = async (meeting: boolean) =>
    await t()
      .db.selectFrom('locations as l')
      .innerJoin('districts as d', 'd.id', 'l.district_id')
      .select(['l.id', 'l.name'])
      .where('d.slug', '=', 'oost')
      .where('l.is_meeting_place', '=', meeting ? 1 : 0)
      .orderBy('l.name')
      .executeTakeFirstOrThrow();
  const alvs = (title: string) => t().db.selectFrom('coop_alvs').selectAll().where('title', '=', title).execute();

  it('runs an ALV from the convocation (mail with .ics) through a proxy and the door to adopted minutes', async () => {
    t().clock.set('2027-01-04T09:00:00.000Z');
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    await board.get('/oost/cooperatie/alv/nieuw');
    const venue = await place(true);
    const notVenue = await place(false);
    const form = { title: 'Jaarvergadering test', time: '19:30', location: venue.id, agenda };
    const tooLate = await board.post('/oost/cooperatie/alv/nieuw', { ...form, date: '2027-01-10' });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.body).toContain('minstens 14 dagen voor de vergadering');
    expect(tooLate.body).toContain('value="Jaarvergadering test"');
    const elsewhere = await board.post('/oost/cooperatie/alv/nieuw', { ...form, date: '2027-01-20', location: notVenue.id });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.body).toContain('Kies een ontmoetingsplek uit de lijst.');
    expect(await alvs('Jaarvergadering test')).toEqual([]);

    const convened = await board.post('/oost/cooperatie/alv/nieuw', { ...form, date: '2027-01-20' });
    expect(convened.statusCode).toBe(303);
    const [alv] = await alvs('Jaarvergadering test');
    if (alv === undefined) throw new Error('not stored');
    expect(alv.starts_at).toBe('2027-01-20T18:30:00.000Z');
    // One mail per member with an e-mail address, queued with the change (the outbox sends them after the commit).
    const queued = await t().db.selectFrom('mail_outbox').selectAll().where('subject', '=', 'Uitnodiging: Jaarvergadering test').execute();
    const withEmail = await t()
      .db.selectFrom('coop_members')
      .select('id')
      .where('email', 'is not', null)
      .where('ended_on', 'is', null)
      .execute();
    expect(queued).toHaveLength(withEmail.length);
    const mail = queued.find((m) => m.to_address === MEMBER);
    if (mail === undefined) throw new Error('no mail for the member');
    expect(mail.body).toContain('1. Vaststellen notulen vorige ALV');
    // The place comes from the guide: its name and address, and how accessible it is.
    expect(alv.location_id).toBe(venue.id);
    expect(mail.body).toContain(`Waar: ${venue.name}`);
    expect(mail.body).toMatch(/Toegankelijkheid: (Lichamelijk toegankelijk: |Deze plek is nog niet getest)/);
    const [attachment] = JSON.parse(String(mail.attachments)) as { filename: string; content: string }[];
    if (attachment === undefined) throw new Error('no attachment');
    expect(attachment.filename).toBe('alv.ics');
    const ics = Buffer.from(attachment.content, 'base64').toString('utf8');
    expect(ics).toContain('DTSTART:20270120T183000Z');
    expect(ics).toContain('SUMMARY:Jaarvergadering test');
    const paper = await board.get(`/oost/cooperatie/alv/${alv.id}/oproep`);
    expect(paper.statusCode).toBe(200);
    expect(paper.body).toContain('Leden zonder e-mail');

    // Lotte gives Aaltje her proxy; a second one to Aaltje, one to herself or to a non-member is refused.
    const lotte = t().client();
    await lotte.signIn(MEMBER, DEMO_PASSWORD);
    await lotte.get(`/oost/cooperatie/alv/${alv.id}`);
    const self = await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht`, { holder: MEMBER });
    expect(self.body).toContain('U kunt uzelf geen volmacht geven');
    const stranger = await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht`, { holder: 'niemand@example.org' });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.body).toContain('Dit is geen lid van de coöperatie');
    expect((await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht`, { holder: AB })).statusCode).toBe(303);
    // She takes it back before the meeting, and gives it again.
    const proxiesNow = () => t().db.selectFrom('coop_alv_proxies').selectAll().where('alv_id', '=', alv.id).execute();
    expect((await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht/intrekken`, {})).statusCode).toBe(303);
    expect(await proxiesNow()).toEqual([]);
    expect((await lotte.get(`/oost/cooperatie/alv/${alv.id}?melding=ingetrokken`)).body).toContain('Uw volmacht is ingetrokken.');
    expect((await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht`, { holder: AB })).statusCode).toBe(303);
    await board.get(`/oost/cooperatie/alv/${alv.id}/volmachten`);
    const second = await board.post(`/oost/cooperatie/alv/${alv.id}/volmachten`, {
      principal: await memberId(BOARD),
      holder: await memberId(AB),
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('al het hoogste aantal volmachten (1)');
    const proxies = await t().db.selectFrom('coop_alv_proxies').selectAll().where('alv_id', '=', alv.id).execute();
    expect(proxies).toHaveLength(1);

    // Too early to open; on the evening itself the chair opens, and proxies close.
    await board.get(`/oost/cooperatie/alv/${alv.id}/deur`);
    expect((await board.post(`/oost/cooperatie/alv/${alv.id}/openen`, {})).statusCode).toBe(409);
    t().clock.set('2027-01-20T18:00:00.000Z');
    // Sixteen days later the sessions have ended: both sign in again.
    await board.signIn(BOARD, DEMO_PASSWORD);
    await lotte.signIn(MEMBER, DEMO_PASSWORD);
    await board.get(`/oost/cooperatie/alv/${alv.id}/deur`);
    expect((await board.post(`/oost/cooperatie/alv/${alv.id}/openen`, {})).statusCode).toBe(303);
    await lotte.get(`/oost/cooperatie/alv/${alv.id}`);
    const late = await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht`, { holder: BOARD });
    expect(late.statusCode).toBe(409);
    const lateWithdrawal = await lotte.post(`/oost/cooperatie/alv/${alv.id}/volmacht/intrekken`, {});
    expect(lateWithdrawal.statusCode).toBe(409);
    expect(await proxiesNow()).toHaveLength(1);

    // Aaltje comes in and votes for the minutes: her vote counts for Lotte too. A non-member cannot vote.
    const aaltje = await memberId(AB);
    await board.get(`/oost/cooperatie/alv/${alv.id}/deur`);
    expect((await board.post(`/oost/cooperatie/alv/${alv.id}/deur/${aaltje}`, {})).statusCode).toBe(303);
    const items = await t().db.selectFrom('coop_alv_items').selectAll().where('alv_id', '=', alv.id).orderBy('position').execute();
    const [minutesItem] = items;
    if (minutesItem === undefined) throw new Error('no agenda');
    expect(minutesItem.kind).toBe('minutes');
    const votes = `/oost/cooperatie/alv/${alv.id}/stemmen/${minutesItem.id}`;
    const page = await board.get(votes);
    expect(page.body).toContain('stemt ook voor 1 ander(en)');
    const stranger2 = await board.post(`${votes}/lid`, { member: 'geen-lid', choice: 'for' });
    expect(stranger2.statusCode).toBe(422);
    expect(stranger2.body).toContain('Alleen leden stemmen');
    expect((await board.post(`${votes}/lid`, { member: aaltje, choice: 'for' })).statusCode).toBe(303);
    const counted = await t().db.selectFrom('coop_alv_items').selectAll().where('id', '=', minutesItem.id).executeTakeFirstOrThrow();
    expect([counted.votes_for, counted.votes_against, counted.adopted]).toEqual([2, 0, 1]);

    // The minutes of the ALV before are now adopted and shown to members; this ALV's minutes are drafted.
    const earlier = await t()
      .db.selectFrom('coop_alvs')
      .selectAll()
      .where('minutes', 'is not', null)
      .where('starts_at', '<', alv.starts_at)
      .orderBy('starts_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(earlier.minutes_adopted_on).toBe('2027-01-20');
    expect((await lotte.get(`/oost/cooperatie/alv/${earlier.id}`)).body).toContain(
      'De ALV heeft deze notulen vastgesteld op 20 januari 2027.',
    );
    await board.get(`/oost/cooperatie/alv/${alv.id}/notulen`);
    expect((await board.post(`/oost/cooperatie/alv/${alv.id}/notulen`, { minutes: 'De voorzitter opent.' })).statusCode).toBe(303);
    expect((await lotte.get(`/oost/cooperatie/alv/${alv.id}`)).body).not.toContain('De voorzitter opent.');
    const api = await lotte.get('/api/v1/districts/oost/cooperative/alvs');
    expect(api.statusCode).toBe(200);
    const listed = api.json<{ alvs: { id: string; minutes: string | null }[] }>().alvs;
    expect(listed.find((a) => a.id === earlier.id)?.minutes).toBe(earlier.minutes);
    expect(listed.find((a) => a.id === alv.id)?.minutes).toBeNull();
  });

  it('attaches the documents as PDF files: listed in the mail and on the page, downloadable by members only; a fake PDF stores nothing', async () => {
    t().clock.set('2027-03-01T09:00:00.000Z');
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    const send = async (title: string, files: Record<string, Buffer>) => {
      const form = { title, date: '2027-04-01', time: '19:30', location: (await place(true)).id, agenda };
      return postWithFiles(t(), board, '/oost/cooperatie/alv/nieuw', form, files);
    };
    const fake = await send('ALV met nepstuk', { accounts: Buffer.from('<script>alert(1)</script>') });
    expect(fake.statusCode).toBe(422);
    expect(fake.body).toContain('Dit bestand is geen PDF.');
    expect(fake.body).toContain('value="ALV met nepstuk"');
    expect(await alvs('ALV met nepstuk')).toEqual([]);

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expect((await send('ALV met stukken', { annualReport: pdf, auditReport: pdf })).statusCode).toBe(303);
    const [alv] = await alvs('ALV met stukken');
    if (alv === undefined) throw new Error('not stored');
    const mail = await t()
      .db.selectFrom('mail_outbox')
      .selectAll()
      .where('subject', '=', 'Uitnodiging: ALV met stukken')
      .where('to_address', '=', MEMBER)
      .executeTakeFirstOrThrow();
    expect(mail.body).toContain(`- Jaarverslag (PDF): http://localhost:3000/oost/cooperatie/alv/${alv.id}/stukken/jaarverslag.pdf`);
    expect(mail.body).toContain('- Verslag van de kascommissie (PDF)');
    expect(mail.body).not.toContain('Jaarrekening');
    const lotte = t().client();
    await lotte.signIn(MEMBER, DEMO_PASSWORD);
    expect((await lotte.get(`/oost/cooperatie/alv/${alv.id}`)).body).toContain(`/stukken/jaarverslag.pdf`);
    const download = await lotte.get(`/oost/cooperatie/alv/${alv.id}/stukken/jaarverslag.pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await lotte.get(`/oost/cooperatie/alv/${alv.id}/stukken/jaarrekening.pdf`)).statusCode).toBe(404);
    const resident = t().client();
    await resident.signIn('bewoner.oost@wijkportaal.example', DEMO_PASSWORD);
    expect((await resident.get(`/oost/cooperatie/alv/${alv.id}/stukken/jaarverslag.pdf`)).statusCode).toBe(403);
    expect((await t().client().get(`/oost/cooperatie/alv/${alv.id}/stukken/jaarverslag.pdf`)).statusCode).toBe(303); // to sign in
  });

  it('lets only the secretary or the chair convene: a daily board treasurer is refused and nothing is stored', async () => {
    t().clock.set('2027-01-04T09:00:00.000Z');
    const dirk = await memberId(BOARD);
    await t()
      .db.updateTable('coop_board_seats')
      .set({ function: 'treasurer' })
      .where('member_id', '=', dirk)
      .where('body', '=', 'daily')
      .execute();
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    expect((await board.get('/oost/cooperatie/alv')).body).not.toContain('Nieuwe ALV bijeenroepen');
    expect((await board.get('/oost/cooperatie/alv/nieuw')).statusCode).toBe(403);
    const form = { title: 'ALV van de penningmeester', date: '2027-02-20', time: '19:30', location: (await place(true)).id, agenda };
    expect((await board.post('/oost/cooperatie/alv/nieuw', form)).statusCode).toBe(403);
    expect(await alvs('ALV van de penningmeester')).toEqual([]);
  });

  it('shows the members API only to the board and logs the read', async () => {
    const count = async () =>
      (await t().db.selectFrom('audit_log').select('id').where('action', '=', 'cooperative.register.read').execute()).length;
    const before = await count();
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    const answer = await board.get('/api/v1/districts/oost/cooperative/members');
    expect(answer.statusCode).toBe(200);
    expect(answer.json<{ members: unknown[] }>().members.length).toBeGreaterThan(50);
    expect(await count()).toBe(before + 1);
    const member = t().client();
    await member.signIn(MEMBER, DEMO_PASSWORD);
    expect((await member.get('/api/v1/districts/oost/cooperative/members')).statusCode).toBe(403);
    expect((await t().client().get('/api/v1/districts/oost/cooperative/alvs')).statusCode).toBe(401);
  });

  it("gives Oost's daily board no power over another district's ALV", async () => {
    const overvecht = await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow();
    const at = t().clock.now().toISOString();
    await insertCooperative(t().db, { districtId: overvecht.id, name: 'Coöperatie Overvecht (test)', at });
    const documents = { annualReport: null, accounts: null, auditReport: null };
    const base = { districtId: overvecht.id, title: 'ALV Overvecht', place: 'Zaal', documents, items: [], by: null, at };
    const id = await insertAlv(t().db, { ...base, startsAt: '2027-06-01T17:00:00.000Z' });
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    expect((await board.get('/overvecht/cooperatie/alv/nieuw')).statusCode).toBe(403);
    expect((await board.get(`/overvecht/cooperatie/alv/${id}/deur`)).statusCode).toBe(403);
    await board.get('/oost/cooperatie/alv');
    expect((await board.post(`/overvecht/cooperatie/alv/${id}/openen`, {})).statusCode).toBe(403);
    expect((await board.get(`/oost/cooperatie/alv/${id}/deur`)).statusCode).toBe(404);
    expect((await board.post(`/oost/cooperatie/alv/${id}/openen`, {})).statusCode).toBe(404);
    expect((await alvs('ALV Overvecht'))[0]?.opened_at).toBeNull();
  });
});
