import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

/** A question written down for a resident by the Sterrenwijk buurt assistant, with "Het goede gesprek". */
const written = {
  channel: 'phone',
  text: 'Waar kan ik terecht met vragen over mijn huur?',
  name: 'Meneer Api',
  contactBy: 'phone',
  phone: '06 3131 0009',
  buurt: 'sterrenwijk',
  urgency: 'normal',
  coreAchieve: 'Rust over de huur',
  coreSelf: 'Zelf de brieven bewaren',
};

describeEachEngine('the questions API with the conversation recorded with a question', (t) => {
  const buurtId = async (slug: string) =>
    (await t().db.selectFrom('buurten').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  it('gives the conversation to those who may see it on the web page, audited, and to no one else', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    await assistant.get('/oost/vraag-stellen');
    expect((await assistant.post('/oost/vraag-stellen', written)).statusCode).toBe(303);
    await assistant.get('/oost/vraag-stellen');
    const plain = { ...written, name: 'Mevrouw Zonder', coreAchieve: '', coreSelf: '' };
    expect((await assistant.post('/oost/vraag-stellen', plain)).statusCode).toBe(303);
    const idOf = async (name: string) =>
      (await t().db.selectFrom('questions').select('id').where('requester_name', '=', name).executeTakeFirstOrThrow()).id;
    const withTalk = await idOf('Meneer Api');
    const without = await idOf('Mevrouw Zonder');

    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const one = await coordinator.json('GET', `/api/v1/districts/oost/questions/${withTalk}`);
    expect(one.statusCode).toBe(200);
    const { conversation } = one.json();
    expect(conversation).toMatchObject({
      answers: { achieve: 'Rust over de huur', self: 'Zelf de brieven bewaren', know: null },
      invitedToPool: false,
    });
    expect(conversation.recordedBy).toEqual(expect.any(String));
    expect(conversation.recordedAt).toEqual(expect.any(String));
    const reads = await t().db.selectFrom('audit_log').select('subject_id').where('action', '=', 'conversation.read').execute();
    expect(reads.map((r) => r.subject_id)).toContain(conversation.id);
    expect((await coordinator.json('GET', `/api/v1/districts/oost/questions/${without}`)).json().conversation).toBeNull();

    // A colleague of the buurt who did not record it, with the conversation kept for another buurt:
    // the web page leaves it out, so the API does too, and nothing is audited for them.
    await t()
      .db.updateTable('conversations')
      .set({ buurt_id: await buurtId('oudwijk') })
      .where('id', '=', conversation.id)
      .execute();
    await createTestUser(t().db, {
      email: 'tweede.sterrenwijk@wijk.example',
      roles: [{ role: 'buurt_assistant', district: 'oost', buurt: 'sterrenwijk' }],
    });
    const colleague = t().client();
    await colleague.signIn('tweede.sterrenwijk@wijk.example', TEST_PASSWORD);
    const seen = await colleague.json('GET', `/api/v1/districts/oost/questions/${withTalk}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ name: 'Meneer Api', conversation: null });
    expect((await colleague.get(`/oost/vragen/${withTalk}`)).body).not.toContain('Rust over de huur');
    const after = await t().db.selectFrom('audit_log').select('subject_id').where('action', '=', 'conversation.read').execute();
    expect(after).toHaveLength(reads.length);

    // A buurt assistant of another buurt does not get the question at all.
    await createTestUser(t().db, {
      email: 'abstede@wijk.example',
      roles: [{ role: 'buurt_assistant', district: 'oost', buurt: 'abstede' }],
    });
    const stranger = t().client();
    await stranger.signIn('abstede@wijk.example', TEST_PASSWORD);
    expect((await stranger.json('GET', `/api/v1/districts/oost/questions/${withTalk}`)).statusCode).toBe(404);
  });
});
