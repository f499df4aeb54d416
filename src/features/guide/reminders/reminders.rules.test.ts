import { describe, expect, it } from 'vitest';
import { remindersByOwner } from './reminders.rules.ts';

const entry = (id: string) => ({ type: 'organization' as const, id });
const owner = (name: string) => ({ email: `${name}@wijk.example`, name });

describe('stale entry reminders: one mail per owner (issue 3)', () => {
  it('gathers every entry of an owner in one reminder', () => {
    const { reminders } = remindersByOwner([
      { entry: entry('a'), owners: [owner('petra')] },
      { entry: entry('b'), owners: [owner('petra'), owner('karim')] },
    ]);
    expect(reminders.map((r) => [r.email, r.entries.map((e) => e.id)])).toEqual([
      ['petra@wijk.example', ['a', 'b']],
      ['karim@wijk.example', ['b']],
    ]);
  });

  it('counts an entry as reminded only with the mail to its last owner, so a run that stops halfway reminds it again', () => {
    const { reminders } = remindersByOwner([
      { entry: entry('a'), owners: [owner('petra')] },
      { entry: entry('b'), owners: [owner('petra'), owner('karim')] },
    ]);
    expect(reminders.map((r) => r.completes.map((e) => e.id))).toEqual([['a'], ['b']]);
  });

  it('sets apart the entries that nobody owns', () => {
    const { reminders, unowned } = remindersByOwner([{ entry: entry('a'), owners: [] }]);
    expect(reminders).toEqual([]);
    expect(unowned).toEqual([entry('a')]);
  });
});
