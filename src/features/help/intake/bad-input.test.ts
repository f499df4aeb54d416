import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import {
  askForm,
  askOnline,
  DEMO_PASSWORD,
  JOOP,
  proposalPath,
  requestIdByPhone,
  signedIn,
  statusOf,
  volunteerIdOf,
} from '../help.testing.ts';

describeEachEngine('neighbour help: bad input gets a clear message and changes nothing', (t) => {
  const count = async () => (await t().db.selectFrom('help_requests').select('id').execute()).length;

  it('refuses a 3-hour odd job and points to the social entrepreneurs', async () => {
    const before = await count();
    const answer = await askOnline(t().client(), { phone: '06 5555 0001', talent: 'repairs', duration: 'meer' });
    expect(answer.statusCode).toBe(422);
    expect(answer.body).toContain('Dit is een grote klus');
    expect(answer.body).toContain('Klusbedrijf Buurtwerk Oost (demo)');
    expect(answer.body).toContain('aria-invalid="true"');
    expect(await count()).toBe(before);
  });

  it('refuses a second open service of the same requester', async () => {
    expect((await askOnline(t().client(), { phone: '', email: 'twee@wijk.example', street: '' })).statusCode).toBe(303);
    const second = await askOnline(t().client(), { phone: '', email: 'Twee@Wijk.example', street: '', what: 'Nog iets' });
    expect(second.statusCode).toBe(422);
    expect(second.body).toContain('U heeft al een hulpvraag die nog loopt');
    expect(await t().db.selectFrom('help_requests').select('id').where('email', '=', 'twee@wijk.example').execute()).toHaveLength(1);
  });

  it('refuses an unknown buurt, a made-up kind of help, a missing consent and oversized text', async () => {
    const before = await count();
    const cases: [Record<string, string>, string][] = [
      [{ buurt: 'ondiep' }, 'Deze buurt kennen we niet in deze wijk'],
      [{ talent: 'koning' }, 'Kies wat voor hulp het is.'],
      [{ consent: '' }, 'Zet een vinkje als u het goed vindt'],
      [{ what: 'x'.repeat(2001) }, 'Gebruik niet meer dan 2000 tekens'],
      [{ phone: 'bel me', email: '' }, 'Vul een telefoonnummer in met minstens 10 cijfers'],
      [{ phone: '', email: '' }, 'Vul een telefoonnummer of een e-mailadres in'],
    ];
    for (const [overrides, message] of cases) {
      const answer = await askOnline(t().client(), { phone: '06 5555 0003', ...overrides });
      expect(answer.statusCode, message).toBe(422);
      expect(answer.body).toContain(message);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a form without its CSRF token and an oversized body', async () => {
    const client = t().client();
    expect((await client.post('/oost/hulp/vragen', askForm({ phone: '06 5555 0004' }), { csrf: false })).statusCode).toBe(403);
    await client.get('/oost/hulp/vragen');
    expect((await client.post('/oost/hulp/vragen', askForm({ phone: '06 5555 0004', what: 'x'.repeat(300_000) }))).statusCode).toBe(413);
  });

  it('refuses a fee on a free service and a 3-hour report, and keeps the request as it was', async () => {
    await askOnline(t().client(), { phone: '06 5555 0005', street: 'Kastanjelaan 55', what: 'Boodschappen, fout gemeld' });
    const id = await requestIdByPhone(t(), '06 5555 0005');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, fout gemeld');
    const byMail = t().client();
    await byMail.get(link);
    await byMail.post(link, { answer: 'accept' });
    const volunteer = t().client();
    await volunteer.signIn(JOOP, DEMO_PASSWORD);
    await volunteer.get(`/oost/hulp/vrijwilliger/hulpvragen/${id}`);
    const withFee = await volunteer.post(`/oost/hulp/vrijwilliger/hulpvragen/${id}/klaar`, { minutes: '60', feePaid: 'on' });
    expect(withFee.statusCode).toBe(422);
    expect(withFee.body).toContain('Een gratis dienst kost niets, nooit');
    const tooLong = await volunteer.post(`/oost/hulp/vrijwilliger/hulpvragen/${id}/klaar`, { minutes: '180' });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain('Dit duurt langer dan een dienst mag duren');
    const row = await t().db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'matched', minutes_done: null, fee_cents: null });
  });

  it('tells a volunteer that a withdrawn request is no longer open, and changes nothing', async () => {
    t().clock.advanceMinutes(61); // a fresh rate-limit window for the online form
    const resident = t().client();
    const asked = await askOnline(resident, { phone: '06 5555 0006', street: 'Kastanjelaan 66', what: 'Boodschappen, later ingetrokken' });
    const statusPath = String(asked.headers.location).split('?')[0] ?? '';
    const id = await requestIdByPhone(t(), '06 5555 0006');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, later ingetrokken');
    const volunteer = t().client();
    expect((await volunteer.get(link)).statusCode).toBe(200);
    await resident.get(statusPath);
    await resident.post(`${statusPath}/intrekken`, {});
    const page = await volunteer.get(link);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Deze hulpvraag is niet meer open');
    expect((await volunteer.post(link, { answer: 'accept' })).statusCode).toBe(410);
    expect(await statusOf(t(), id)).toBe('withdrawn');
  });

  it('refuses forged, malformed and expired links', async () => {
    t().clock.advanceMinutes(61);
    const client = t().client();
    expect((await client.get(`/oost/hulp/voorstel/${'A'.repeat(43)}`)).statusCode).toBe(404);
    expect((await client.get('/oost/hulp/voorstel/niet-echt')).statusCode).toBe(404);
    expect((await client.get(`/oost/hulp/status/${'B'.repeat(43)}`)).statusCode).toBe(404);
    await askOnline(t().client(), { phone: '06 5555 0007', street: 'Kastanjelaan 77', what: 'Boodschappen, link verloopt' });
    const id = await requestIdByPhone(t(), '06 5555 0007');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, link verloopt');
    expect((await client.get(link.replace('/oost/', '/overvecht/'))).statusCode).toBe(404);
    t().clock.advanceMinutes(3 * 24 * 60 + 1);
    const expired = await client.get(link);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Deze link is verlopen');
    expect(await statusOf(t(), id)).toBe('matching');
  });

  it('answers unknown steps and requests with not found', async () => {
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/balie');
    expect((await coordinator.get('/oost/hulp/balie/bestaat-niet')).statusCode).toBe(404);
    const id = (await t().db.selectFrom('help_requests').select('id').executeTakeFirstOrThrow()).id;
    expect((await coordinator.post(`/oost/hulp/balie/${id}/toveren`, {})).statusCode).toBe(404);
  });

  it('limits how often one address can send the online form', async () => {
    t().clock.advanceMinutes(61);
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push((await askOnline(t().client(), { phone: '', email: '', consent: '' })).statusCode);
    expect(answers.slice(0, 20).every((s) => s === 422)).toBe(true);
    expect(answers[20]).toBe(429);
    const limited = await askOnline(t().client(), { phone: '06 5555 0009' });
    expect(limited.body).toContain('U heeft het te vaak achter elkaar geprobeerd');
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
