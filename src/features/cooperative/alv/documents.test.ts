import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { pdf, postWithFiles } from './alv.testing.ts';

const BOARD = 'bestuur.oost@wijkportaal.example';
const MEMBER = 'lid.oost@wijkportaal.example';

describeEachEngine('ALV documents after convening', (t) => {
  it('adds and replaces a document until the meeting opens, with one mail per member each time; then refuses', async () => {
    t().clock.set('2027-03-01T09:00:00.000Z');
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    const venue = await t()
      .db.selectFrom('locations as l')
      .innerJoin('districts as d', 'd.id', 'l.district_id')
      .select('l.id')
      .where('d.slug', '=', 'oost')
      .where('l.is_meeting_place', '=', 1)
      .executeTakeFirstOrThrow();
    const title = 'ALV met stukken achteraf';
    const form = { title, date: '2027-04-01', time: '19:30', location: venue.id, agenda: 'Opening\nJaarverslag' };
    expect((await postWithFiles(t(), board, '/oost/cooperatie/alv/nieuw', form, { annualReport: pdf('eerste') })).statusCode).toBe(303);
    const alv = await t().db.selectFrom('coop_alvs').select('id').where('title', '=', title).executeTakeFirstOrThrow();
    const path = `/oost/cooperatie/alv/${alv.id}/stukken`;
    expect((await board.get(`/oost/cooperatie/alv/${alv.id}`)).body).toContain(`href="${path}"`);

    // Nothing chosen, or not a PDF: the form again, nothing stored, no mail.
    const none = await postWithFiles(t(), board, path, {}, {});
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Kies minstens één PDF-bestand.');
    const fake = await postWithFiles(t(), board, path, {}, { accounts: Buffer.from('<html>geen pdf</html>') });
    expect(fake.statusCode).toBe(422);
    expect(fake.body).toContain('Dit bestand is geen PDF.');
    const mails = () =>
      t()
        .db.selectFrom('mail_outbox')
        .select(['body'])
        .where('subject', '=', `Nieuw stuk voor de ALV: ${title}`)
        .where('to_address', '=', MEMBER)
        .execute();
    expect(await mails()).toEqual([]);

    // The accounts added: one mail to the member, naming the document, with the ALV's page.
    const added = await postWithFiles(t(), board, path, {}, { accounts: pdf('jaarrekening') });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`/oost/cooperatie/alv/${alv.id}?melding=stukken`);
    const [mail] = await mails();
    expect(mail?.body).toContain(`- Jaarrekening (PDF): http://localhost:3000${path}/jaarrekening.pdf`);
    expect(mail?.body).toContain(`http://localhost:3000/oost/cooperatie/alv/${alv.id}\n`);
    expect(mail?.body).not.toContain('Jaarverslag');

    // The annual report replaced: a second mail; the member downloads the new one.
    expect((await postWithFiles(t(), board, path, {}, { annualReport: pdf('tweede') })).statusCode).toBe(303);
    expect(await mails()).toHaveLength(2);
    const member = t().client();
    await member.signIn(MEMBER, DEMO_PASSWORD);
    const download = await member.get(`${path}/jaarverslag.pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf('tweede'))).toBe(true);
    expect((await member.get(`${path}/jaarrekening.pdf`)).rawPayload.equals(pdf('jaarrekening'))).toBe(true);
    expect((await member.get(path)).statusCode).toBe(403);

    // The meeting has begun: refused with a message, nothing replaced, no mail.
    t().clock.set('2027-04-01T17:31:00.000Z');
    await board.signIn(BOARD, DEMO_PASSWORD); // a month on: a new session
    await member.signIn(MEMBER, DEMO_PASSWORD);
    expect((await board.get(path)).body).not.toContain('enctype="multipart/form-data"'); // the page offers no form any more
    const late = await postWithFiles(t(), board, path, {}, { accounts: pdf('te laat') });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('De vergadering is begonnen. Stukken toevoegen of vervangen kan niet meer.');
    expect(await mails()).toHaveLength(2);
    expect((await member.get(`${path}/jaarrekening.pdf`)).rawPayload.equals(pdf('jaarrekening'))).toBe(true);
    expect((await board.get(`/oost/cooperatie/alv/${alv.id}`)).body).not.toContain(`href="${path}"`);
  });
});
