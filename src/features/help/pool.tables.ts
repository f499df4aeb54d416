/** A resident who, in a recorded conversation, said what they would like to contribute and agreed to be invited. */
interface HelpPoolInvitationTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  contribute: string | null;
  talent: string | null;
  /** When the resident agreed to be invited (the consent the invitation rests on). */
  consent_at: string;
  invited_by: string | null;
  created_at: string;
  /** When a coordinator followed it up (invited them as a volunteer or heard no). */
  handled_at: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    help_pool_invitations: HelpPoolInvitationTable;
  }
}
