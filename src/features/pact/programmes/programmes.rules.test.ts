import { describe, expect, it } from 'vitest';
import { commitmentsOf, hasPart, models, refuseSeats, signatoriesOfDistrict, steeringOf } from './programmes.rules.ts';

describe('governance models', () => {
  it('gives a wijkpact a steering group of at most 8 and commitments a–e (seed 000 §6, Ondertekening)', () => {
    expect(steeringOf(['wijkpact'])).toEqual({ max: 8 });
    expect(commitmentsOf(['wijkpact'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(refuseSeats(['wijkpact'])).toBeNull();
    expect(models.wijkpact.scope).toBe('district');
  });

  it('gives a Thuis in je Wijk district no seats and no commitments, but a core team and action plan (seed 003)', () => {
    expect(steeringOf(['thuis_in_je_wijk'])).toBeNull();
    expect(refuseSeats(['thuis_in_je_wijk'])).toBe('pact.programme.noSeats');
    expect(commitmentsOf(['thuis_in_je_wijk'])).toEqual([]);
    expect(hasPart(['thuis_in_je_wijk'], 'core_team')).toBe(true);
    expect(hasPart(['thuis_in_je_wijk'], 'steering_seats')).toBe(false);
    expect(models.thuis_in_je_wijk.scope).toBe('city');
    expect(models.thuis_in_je_wijk.cityBodies).toContain('regiegroep');
  });

  it('combines programmes: a district in a wijkpact and a cooperative keeps its seats; none at all has none', () => {
    expect(steeringOf(['cooperative', 'wijkpact'])).toEqual({ max: 8 });
    expect(commitmentsOf(['thuis_in_je_wijk', 'wijkpact'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(refuseSeats([])).toBe('pact.programme.noSeats');
    expect(refuseSeats(['cooperative'])).toBe('pact.programme.noSeats');
  });

  it('shows a city-wide signatory in each district it serves, with a role only where one is known', () => {
    const signatories = [
      { id: 's1', name: 'Lister', role: 'Lid van de regiegroep' },
      { id: 's2', name: 'Timon', role: null },
    ];
    const served = [
      { signatoryId: 's1', districtId: 'nw', role: 'Kernteam' },
      { signatoryId: 's1', districtId: 'ov', role: null },
    ];
    expect(signatoriesOfDistrict(signatories, served, 'nw')).toEqual([
      { name: 'Lister', districtRole: 'Kernteam', cityRole: 'Lid van de regiegroep' },
    ]);
    expect(signatoriesOfDistrict(signatories, served, 'ov')).toEqual([
      { name: 'Lister', districtRole: null, cityRole: 'Lid van de regiegroep' },
    ]);
    expect(signatoriesOfDistrict(signatories, served, 'kan')).toEqual([]);
  });
});
