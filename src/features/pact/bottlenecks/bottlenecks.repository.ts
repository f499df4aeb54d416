import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { partnerNames } from '../partners/partners.repository.ts';
import { bottleneckStatuses, type BottleneckStatus } from './bottlenecks.rules.ts';

export interface Bottleneck {
  id: string;
  title: string;
  description: string;
  raisedByUserId: string | null;
  raisedByName: string;
  partnerName: string | null;
  status: BottleneckStatus;
  raisedAt: string;
  escalatedAt: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface BottleneckEvent {
  at: string;
  actorName: string;
  action: string;
  note: string;
}

function query(db: DbOrTx, districtId: string) {
  return db.selectFrom('pact_bottlenecks').selectAll().where('district_id', '=', districtId);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

/** Bottlenecks with the name of the partner they were raised for. */
async function named(db: DbOrTx, districtId: string, rows: readonly Row[]): Promise<Bottleneck[]> {
  const partners = rows.some((r) => r.partner_id !== null) ? await partnerNames(db, districtId) : new Map<string, string>();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    raisedByUserId: r.raised_by_user_id,
    raisedByName: r.raised_by_name,
    partnerName: r.partner_id === null ? null : (partners.get(r.partner_id) ?? null),
    status: bottleneckStatuses.find((s) => s === r.status) ?? 'open',
    raisedAt: r.raised_at,
    escalatedAt: r.escalated_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  }));
}

/** Unresolved first, oldest first: the longest waiting is the most urgent. */
export async function listBottlenecks(db: DbOrTx, districtId: string): Promise<Bottleneck[]> {
  const rows = await query(db, districtId).orderBy('raised_at').execute();
  return (await named(db, districtId, rows)).sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved'));
}

export async function findBottleneck(db: DbOrTx, districtId: string, id: string): Promise<Bottleneck | undefined> {
  const row = await query(db, districtId).where('id', '=', id).executeTakeFirst();
  return row && (await named(db, districtId, [row]))[0];
}

export async function insertBottleneck(
  db: DbOrTx,
  b: { districtId: string; title: string; description: string; userId: string | null; name: string; partnerId: string | null; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_bottlenecks')
    .values({
      id,
      district_id: b.districtId,
      title: b.title,
      description: b.description,
      raised_by_user_id: b.userId,
      raised_by_name: b.name,
      partner_id: b.partnerId,
      status: 'open',
      raised_at: b.at,
      escalated_at: null,
      resolved_at: null,
      resolution: null,
      updated_at: b.at,
    })
    .execute();
  await insertEvent(db, id, { at: b.at, actorName: b.name, action: 'raised', note: '' });
  return id;
}

/** Moves a bottleneck on only from the status it had when the person looked; false when someone else was first. */
export async function moveBottleneck(
  db: DbOrTx,
  id: string,
  from: BottleneckStatus,
  to: BottleneckStatus,
  note: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('pact_bottlenecks')
    .set({
      status: to,
      updated_at: at,
      ...(to === 'escalated' ? { escalated_at: at } : {}),
      ...(to === 'resolved' ? { resolved_at: at, resolution: note } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEvent(db: DbOrTx, bottleneckId: string, e: BottleneckEvent): Promise<void> {
  await db
    .insertInto('pact_bottleneck_events')
    .values({ id: newId(), bottleneck_id: bottleneckId, at: e.at, actor_name: e.actorName, action: e.action, note: e.note })
    .execute();
}

export async function eventsOf(db: DbOrTx, bottleneckId: string): Promise<BottleneckEvent[]> {
  const rows = await db.selectFrom('pact_bottleneck_events').selectAll().where('bottleneck_id', '=', bottleneckId).execute();
  // Steps taken in the same instant still follow the flow: raised, taken up, escalated, resolved.
  const rank = (action: string) => ['raised', 'take_up', 'escalate', 'resolve'].indexOf(action);
  return rows
    .sort((a, b) => a.at.localeCompare(b.at) || rank(a.action) - rank(b.action))
    .map((r) => ({ at: r.at, actorName: r.actor_name, action: r.action, note: r.note }));
}
