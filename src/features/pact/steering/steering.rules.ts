/**
 * Seed 000 §6: "De regiegroep bestaat uit twee leden vanuit bewonersorganisaties, een
 * formele vertegenwoordiger vanuit de eerstelijnszorg, buurtteam Oost, DOCK, informele zorg
 * en de gemeente Utrecht" — at most 8 key figures, a rotating chair, meeting twice a year.
 * The seven prescribed seats leave room for one more key figure: the eighth seat.
 */
export const seats = ['resident_org', 'first_line_care', 'buurtteam', 'dock', 'informal_care', 'municipality', 'key_figure'] as const;
export type Seat = (typeof seats)[number];

const seatCapacity: Readonly<Record<Seat, number>> = {
  resident_org: 2,
  first_line_care: 1,
  buurtteam: 1,
  dock: 1,
  informal_care: 1,
  municipality: 1,
  key_figure: 1,
};

export const MAX_STEERING_MEMBERS = 8;

export interface SeatHolder {
  id: string;
  seat: Seat;
  joinedOn: string;
}

/** Why a new member cannot take a seat, as a catalog key; null when they can. */
export function refuseNewMember(active: readonly Pick<SeatHolder, 'seat'>[], seat: Seat): string | null {
  if (active.length >= MAX_STEERING_MEMBERS) return 'pact.steering.full';
  if (active.filter((m) => m.seat === seat).length >= seatCapacity[seat]) return 'pact.steering.seatTaken';
  return null;
}

/** The prescribed seats still empty (the eighth, free seat is never "missing"). */
export function openSeats(active: readonly Pick<SeatHolder, 'seat'>[]): { seat: Seat; open: number }[] {
  return seats
    .filter((s) => s !== 'key_figure')
    .map((seat) => ({ seat, open: seatCapacity[seat] - active.filter((m) => m.seat === seat).length }))
    .filter((s) => s.open > 0);
}

/** A chair term is half a year, one steering group meeting each: `2026-1` and `2026-2`. */
export function periodOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-${month <= 6 ? 1 : 2}`;
}

export function periodsFrom(first: string, count: number): string[] {
  const [year = 0, half = 1] = first.split('-').map(Number);
  return Array.from({ length: count }, (_v, i) => {
    const index = half - 1 + i;
    return `${year + Math.floor(index / 2)}-${(index % 2) + 1}`;
  });
}

/**
 * "Het voorzitterschap van de regiegroep rouleert": members take the chair in turn, in the
 * order they joined, starting after whoever chaired last.
 */
export function chairRotation(
  members: readonly Pick<SeatHolder, 'id' | 'joinedOn'>[],
  lastChairId: string | null,
  periods: readonly string[],
): { period: string; memberId: string }[] {
  if (members.length === 0) return [];
  const order = [...members].sort((a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.id.localeCompare(b.id));
  const last = order.findIndex((m) => m.id === lastChairId);
  return periods.map((period, i) => ({ period, memberId: order[(last + 1 + i) % order.length]?.id ?? '' }));
}
