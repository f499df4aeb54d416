import type { z } from 'zod';
import type { AppDeps } from '../../platform/feature.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { addAction, addItem, setActionStatus, setAttendance } from './meeting-records.repository.ts';
import { updateMeetingRecord } from './meetings.repository.ts';
import type { actionForm, actionStatusForm, attendanceForm, itemForm, recordForm } from './meetings.schema.ts';
import { listPartners } from './partners.repository.ts';

interface Target {
  districtId: string;
  meetingId: string;
  actionId?: string;
}

type Step<S extends z.ZodType> = (deps: AppDeps, target: Target, data: z.output<S>) => Promise<FieldErrors | null>;

const now = (deps: AppDeps) => deps.clock.now().toISOString();
const partnerIds = async (deps: AppDeps, districtId: string) =>
  new Set((await listPartners(deps.database.db, districtId)).map((p) => p.id));

/** What the coordinator records about a meeting; each step says which field was wrong, or null. */
export const recordSteps: {
  item: Step<typeof itemForm>;
  record: Step<typeof recordForm>;
  action: Step<typeof actionForm>;
  actionStatus: Step<typeof actionStatusForm>;
  attendance: Step<typeof attendanceForm>;
} = {
  async item(deps, target, data) {
    await addItem(deps.database.db, target.meetingId, data.kind, data.text, now(deps));
    return null;
  },
  async record(deps, target, data) {
    await updateMeetingRecord(deps.database.db, target.meetingId, { ...data, at: now(deps) });
    return null;
  },
  async action(deps, target, data) {
    if (data.owner !== null && !(await partnerIds(deps, target.districtId)).has(data.owner))
      return { owner: { code: 'validation.choice' } };
    await addAction(deps.database.db, {
      meetingId: target.meetingId,
      description: data.description,
      ownerPartnerId: data.owner,
      dueOn: data.dueOn,
      at: now(deps),
    });
    return null;
  },
  async actionStatus(deps, target, data) {
    if (!(await setActionStatus(deps.database.db, target.meetingId, target.actionId ?? '', data.status, now(deps))))
      throw new HttpProblem(404);
    return null;
  },
  async attendance(deps, target, data) {
    const known = await partnerIds(deps, target.districtId);
    if (data.present.some((p) => !known.has(p))) return { present: { code: 'validation.choice' } };
    await setAttendance(deps.database.db, target.meetingId, [...new Set(data.present)]);
    return null;
  },
};
