import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createHelpRequestFromQuestion } from './handover.actions.ts';
import en from '../messages.en.json' with { type: 'json' };
import nl from '../messages.nl.json' with { type: 'json' };

describeEachEngine('handover: a triaged question becomes a help request', (t) => {
  async function ids(district: string, buurt: string) {
    const d = await t().db.selectFrom('districts').select('id').where('slug', '=', district).executeTakeFirstOrThrow();
    const b = await t().db.selectFrom('buurten').select('id').where('slug', '=', buurt).executeTakeFirstOrThrow();
    return { districtId: d.id, buurtId: b.id };
  }
  const base = {
    kind: 'service' as const,
    what: 'Samen boodschappen doen bij de supermarkt op de Biltstraat',
    requesterName: 'Mevrouw De Vries (demo)',
    phone: '06-1111 0001',
    email: null,
    street: 'Kastanjelaan 12',
    wishedTime: 'dinsdagmiddag',
    questionId: 'question-1',
    createdBy: null,
  };
  const countRequests = async () => (await t().db.selectFrom('help_requests').select('id').execute()).length;

  it('creates a new request with its first timeline step and reads the wished time', async () => {
    const result = await createHelpRequestFromQuestion(t().db, { ...(await ids('oost', 'sterrenwijk')), ...base }, t().clock.now());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t().db.selectFrom('help_requests').selectAll().where('id', '=', result.requestId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'new', source: 'question', question_id: 'question-1', kind: 'service', fee_rate_cents: 0 });
    expect(row.wished_slots).toBe(1 << 4);
    expect(row.feedback_due_at).toBe('2026-11-30T09:00:00.000Z');
    const steps = await t().db.selectFrom('help_request_events').select('step').where('request_id', '=', result.requestId).execute();
    expect(steps).toEqual([{ step: 'created' }]);
  });

  it('refuses a second open request of the same requester (one service at a time) and stores nothing', async () => {
    const before = await countRequests();
    const result = await createHelpRequestFromQuestion(
      t().db,
      { ...(await ids('oost', 'sterrenwijk')), ...base, phone: '+31 6 1111 0001', questionId: 'question-2' },
      t().clock.now(),
    );
    expect(result).toEqual({ ok: false, rule: 'help.rule.oneAtATime' });
    expect(await countRequests()).toBe(before);
  });

  it('holds one service at a time when two requests of one person arrive at once', async () => {
    const where = await ids('oost', 'oudwijk');
    const one = { ...where, ...base, phone: null, email: 'tegelijk@wijk.example', street: null };
    const results = await Promise.all([
      createHelpRequestFromQuestion(t().db, { ...one, questionId: 'q-a' }, t().clock.now()),
      createHelpRequestFromQuestion(t().db, { ...one, questionId: 'q-b' }, t().clock.now()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, rule: 'help.rule.oneAtATime' }]);
    const stored = await t().db.selectFrom('help_requests').select('id').where('email', '=', 'tegelijk@wijk.example').execute();
    expect(stored).toHaveLength(1);
  });

  it('refuses an unknown buurt, a district without neighbour help and an incomplete question', async () => {
    const oost = await ids('oost', 'ondiep');
    expect(await createHelpRequestFromQuestion(t().db, { ...oost, ...base, phone: '0600000009' }, t().clock.now())).toEqual({
      ok: false,
      rule: 'help.refusal.unknownBuurt',
    });
    const overvecht = await ids('overvecht', 'vechtzoom');
    expect(await createHelpRequestFromQuestion(t().db, { ...overvecht, ...base, phone: '0600000009' }, t().clock.now())).toEqual({
      ok: false,
      rule: 'help.refusal.notAvailable',
    });
    const sterrenwijk = await ids('oost', 'sterrenwijk');
    const incomplete = await createHelpRequestFromQuestion(t().db, { ...sterrenwijk, ...base, what: '  ' }, t().clock.now());
    expect(incomplete).toEqual({ ok: false, rule: 'help.refusal.incomplete' });
    const unreachable = { ...sterrenwijk, ...base, phone: null, email: null, street: null };
    expect(await createHelpRequestFromQuestion(t().db, unreachable, t().clock.now())).toEqual({
      ok: false,
      rule: 'help.refusal.contactNeeded',
    });
  });

  it("works inside the caller's transaction and leaves nothing behind when it refuses", async () => {
    const where = await ids('oost', 'abstede');
    const one = { ...where, ...base, phone: '0600000077', street: null };
    const outcome = await t()
      .db.transaction()
      .execute(async (trx) => {
        const first = await createHelpRequestFromQuestion(trx, { ...one, questionId: 'q-tx-1' }, t().clock.now());
        const second = await createHelpRequestFromQuestion(trx, { ...one, questionId: 'q-tx-2' }, t().clock.now());
        return { first, second };
      });
    expect(outcome.first.ok).toBe(true);
    expect(outcome.second).toEqual({ ok: false, rule: 'help.rule.oneAtATime' });
    const locks = await t()
      .db.selectFrom('help_requester_locks')
      .select('request_id')
      .where('requester_key', '=', 'tel:0600000077')
      .execute();
    expect(locks).toHaveLength(1);
  });

  it('names refusals by catalog keys that exist in Dutch and English', () => {
    for (const key of ['help.rule.oneAtATime', 'help.refusal.unknownBuurt', 'help.refusal.notAvailable', 'help.refusal.incomplete']) {
      expect(nl).toHaveProperty([key]);
      expect(en).toHaveProperty([key]);
    }
  });
});
