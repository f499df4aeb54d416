import type { EntryType } from '../model/guide.model.ts';

interface Entry {
  type: EntryType;
  id: string;
}

/** One mail: everything one person is reminded of, and the entries that are fully reminded once it is queued. */
export interface Reminder<E extends Entry> {
  email: string;
  name: string;
  entries: E[];
  /** The entries of which this is the last owner to be reminded: only then is the entry reminded. */
  completes: E[];
}

/**
 * Gathers the due entries by owner, so each person gets one mail listing all of theirs. An
 * entry with several owners counts as reminded with the mail to the last of them, so a run
 * that stops halfway never marks an entry whose owners were not all reminded. An entry
 * without owners has nobody to remind: it is only marked (`unowned`).
 */
export function remindersByOwner<E extends Entry>(
  due: readonly { entry: E; owners: readonly { email: string; name: string }[] }[],
): { reminders: Reminder<E>[]; unowned: E[] } {
  const byEmail = new Map<string, Reminder<E>>();
  for (const { entry, owners } of due) {
    for (const owner of owners) {
      const reminder = byEmail.get(owner.email) ?? { email: owner.email, name: owner.name, entries: [], completes: [] };
      reminder.entries.push(entry);
      byEmail.set(owner.email, reminder);
    }
  }
  const reminders = [...byEmail.values()];
  const unowned: E[] = [];
  for (const { entry } of due) {
    const last = reminders.findLast((r) => r.entries.includes(entry));
    if (last === undefined) unowned.push(entry);
    else last.completes.push(entry);
  }
  return { reminders, unowned };
}
