import { describe, expect, it } from 'vitest';
import {
  explainCandidate,
  freePlaces,
  MATCH_WEIGHTS,
  rankCandidates,
  waitingMonths,
  type MatchCandidate,
  type MatchPlace,
} from './matching';

const TODAY = '2026-11-23';
const DEVENTER = 'm-deventer';
const ZUTPHEN = 'm-zutphen';

const place: MatchPlace = {
  service: 'beschermd_wonen',
  municipalityId: DEVENTER,
  expertiseTags: ['addiction', 'pets_allowed'],
};

function candidate(overrides: Partial<MatchCandidate> & { id: string }): MatchCandidate & { id: string } {
  return {
    service: 'beschermd_wonen',
    priority: 'normal',
    listedOn: '2026-11-01',
    expertiseNeeds: [],
    preferredMunicipalityId: null,
    declines: 0,
    ...overrides,
  };
}

const ids = (ranked: { candidate: { id: string } }[]) => ranked.map((r) => r.candidate.id);

describe('waitingMonths', () => {
  it('counts average-length months with one decimal, and never below zero', () => {
    expect(waitingMonths('2026-11-23', TODAY)).toBe(0);
    expect(waitingMonths('2026-07-23', TODAY)).toBe(4);
    expect(waitingMonths('2026-07-17', TODAY)).toBe(4.2);
    expect(waitingMonths('2025-11-23', TODAY)).toBe(12);
    expect(waitingMonths('2026-12-01', TODAY)).toBe(0);
  });
});

describe('explainCandidate', () => {
  it('does not match another service at all', () => {
    expect(explainCandidate(place, candidate({ id: 'a', service: 'housing_first' }), TODAY)).toBeNull();
  });

  it('explains service, needs met and not met, priority, waiting time, municipality and declines', () => {
    const result = explainCandidate(
      place,
      candidate({
        id: 'a',
        priority: 'urgent',
        listedOn: '2026-07-17',
        expertiseNeeds: ['pets_allowed', 'autism', 'addiction', 'addiction'],
        preferredMunicipalityId: DEVENTER,
        declines: 2,
      }),
      TODAY,
    );
    expect(result?.reasons).toEqual([
      { code: 'service_match', service: 'beschermd_wonen' },
      { code: 'needs_met', tags: ['addiction', 'pets_allowed'] },
      { code: 'needs_not_met', tags: ['autism'] },
      { code: 'priority', value: 'urgent' },
      { code: 'waiting_months', months: 4.2 },
      { code: 'preferred_municipality' },
      { code: 'previous_declines', count: 2 },
    ]);
    const expected =
      2 * MATCH_WEIGHTS.perNeedMet +
      MATCH_WEIGHTS.perNeedNotMet +
      MATCH_WEIGHTS.priority.urgent +
      4.2 * MATCH_WEIGHTS.perWaitingMonth +
      MATCH_WEIGHTS.preferredMunicipality;
    expect(result?.score).toBeCloseTo(expected, 5);
  });

  it('says when the person prefers another municipality, and leaves out what does not apply', () => {
    const result = explainCandidate(place, candidate({ id: 'a', preferredMunicipalityId: ZUTPHEN }), TODAY);
    expect(result?.reasons.map((r) => r.code)).toEqual([
      'service_match',
      'priority',
      'waiting_months',
      'prefers_other_municipality',
    ]);
  });

  it('does not lower the score for earlier declines', () => {
    const without = explainCandidate(place, candidate({ id: 'a' }), TODAY);
    const withDeclines = explainCandidate(place, candidate({ id: 'a', declines: 3 }), TODAY);
    expect(withDeclines?.score).toBe(without?.score);
  });

  it('caps the waiting time that counts', () => {
    const long = explainCandidate(place, candidate({ id: 'a', listedOn: '2020-01-01' }), TODAY);
    const cap = MATCH_WEIGHTS.maxWaitingMonths * MATCH_WEIGHTS.perWaitingMonth;
    expect(long?.score).toBe(cap);
    expect(long?.reasons).toContainEqual({ code: 'waiting_months', months: expect.any(Number) });
  });
});

describe('rankCandidates', () => {
  it('puts urgent before high before normal when nothing else differs', () => {
    const ranked = rankCandidates(
      place,
      [
        candidate({ id: 'normal', priority: 'normal' }),
        candidate({ id: 'urgent', priority: 'urgent' }),
        candidate({ id: 'high', priority: 'high' }),
      ],
      TODAY,
    );
    expect(ids(ranked)).toEqual(['urgent', 'high', 'normal']);
  });

  it('puts the longer wait first within a priority', () => {
    const ranked = rankCandidates(
      place,
      [candidate({ id: 'recent', listedOn: '2026-10-01' }), candidate({ id: 'long', listedOn: '2026-02-01' })],
      TODAY,
    );
    expect(ids(ranked)).toEqual(['long', 'recent']);
  });

  it('prefers needs met and the preferred municipality, and puts unmet needs below', () => {
    const ranked = rankCandidates(
      place,
      [
        candidate({ id: 'unmet', expertiseNeeds: ['wheelchair_accessible'] }),
        candidate({ id: 'plain' }),
        candidate({ id: 'met', expertiseNeeds: ['addiction'] }),
        candidate({ id: 'local', preferredMunicipalityId: DEVENTER }),
      ],
      TODAY,
    );
    expect(ids(ranked)).toEqual(['local', 'met', 'plain', 'unmet']);
  });

  it('leaves out other services and keeps the given order on a full tie', () => {
    const ranked = rankCandidates(
      place,
      [candidate({ id: 'b' }), candidate({ id: 'other', service: 'beschut_wonen' }), candidate({ id: 'a' })],
      TODAY,
    );
    expect(ids(ranked)).toEqual(['b', 'a']);
  });

  it('ranks a normal person waiting two years above an urgent person whose need is not met', () => {
    const ranked = rankCandidates(
      place,
      [
        candidate({ id: 'urgent-unmet', priority: 'urgent', expertiseNeeds: ['autism', 'women_only'] }),
        candidate({ id: 'long-normal', listedOn: '2024-11-23' }),
      ],
      TODAY,
    );
    expect(ids(ranked)).toEqual(['long-normal', 'urgent-unmet']);
  });
});

describe('freePlaces', () => {
  it('subtracts occupied and held places and never goes below zero', () => {
    expect(freePlaces(5, 3, 1)).toBe(1);
    expect(freePlaces(5, 4, 1)).toBe(0);
    expect(freePlaces(2, 4, 0)).toBe(0);
  });
});
