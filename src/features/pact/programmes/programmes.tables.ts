/** The tables of programmes, city-wide bodies and signatories, and pact periods (issue 14). */

interface ProgrammeTable {
  id: string;
  /** `wijkpact`, `thuis_in_je_wijk` or `cooperative`. */
  kind: string;
  name: string;
  /** `district`: one district's own programme; `city`: held once for the city, joined by districts. */
  scope: string;
  created_at: string;
}

interface ProgrammeDistrictTable {
  programme_id: string;
  district_id: string;
}

interface ProgrammeBodyTable {
  id: string;
  programme_id: string;
  /** `regiegroep`, `agendagroep`, `adviesgroep`, `bestuurders` or `werkgroep`. */
  kind: string;
  name: string;
  task: string;
  position: number;
}

interface ProgrammeBodyMemberTable {
  id: string;
  body_id: string;
  organization_name: string | null;
  person_name: string | null;
  note: string | null;
  position: number;
}

interface CitySignatoryTable {
  id: string;
  programme_id: string;
  organization_name: string;
  signed_by: string | null;
  /** null: the seed gives no date, so neither do we. */
  signed_on: string | null;
  role: string | null;
  position: number;
}

interface SignatoryDistrictTable {
  signatory_id: string;
  district_id: string;
  /** The signatory's part in this district; null when no seed says. */
  role: string | null;
}

interface PeriodTable {
  id: string;
  programme_id: string;
  starts_on: string;
  ends_on: string;
  /** `draft`, `running` or `closed` (evaluated by the steering group). */
  status: string;
  closed_on: string | null;
  closed_by: string | null;
  conclusion: string;
  created_at: string;
}

interface PeriodEvaluationTable {
  period_id: string;
  /** `commitment` (subject_key a–e) or `indicator` (subject_key its id). */
  subject: string;
  subject_key: string;
  /** `met`, `partly` or `not`. */
  verdict: string;
}

interface PeriodSignatureTable {
  period_id: string;
  partner_id: string;
  signed_on: string | null;
}

interface PeriodTargetTable {
  period_id: string;
  indicator_id: string;
  value_milli: number;
  year: number;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    pact_programmes: ProgrammeTable;
    pact_programme_districts: ProgrammeDistrictTable;
    pact_programme_bodies: ProgrammeBodyTable;
    pact_programme_body_members: ProgrammeBodyMemberTable;
    pact_city_signatories: CitySignatoryTable;
    pact_signatory_districts: SignatoryDistrictTable;
    pact_periods: PeriodTable;
    pact_period_evaluations: PeriodEvaluationTable;
    pact_period_signatures: PeriodSignatureTable;
    pact_period_targets: PeriodTargetTable;
  }
}
