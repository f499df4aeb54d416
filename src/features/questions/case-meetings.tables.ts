import type { Generated } from 'kysely';

/** A case meeting (MDO, seed 000 §8) a professional convenes on a question, with named partners. */
interface CaseMeetingTable {
  id: string;
  question_id: string;
  district_id: string;
  /** What the case is about, written without names: the case is anonymous by default. */
  topic: string;
  meets_on: string;
  /** The time it starts (HH:MM, Amsterdam) and where; null on meetings convened before they were asked. */
  starts_at: Generated<string | null>;
  place: Generated<string | null>;
  convened_by: string;
  /** The organisation the convener acts for on this question. */
  convener_organization_id: string;
  created_at: string;
}

interface CaseMeetingPartnerTable {
  meeting_id: string;
  organization_id: string;
}

/** What the partners agreed: who has the lead, the next step and by when. */
interface CaseAgreementTable {
  id: string;
  meeting_id: string;
  lead_organization_id: string;
  next_step: string;
  due_on: string;
  recorded_by: string;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    case_meetings: CaseMeetingTable;
    case_meeting_partners: CaseMeetingPartnerTable;
    case_agreements: CaseAgreementTable;
  }
}
