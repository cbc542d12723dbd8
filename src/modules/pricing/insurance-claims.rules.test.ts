import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type InsuranceCover,
  LocalInsuranceProvider,
  type LocalInsuranceRecords,
} from './insurance.rules.ts';
import {
  claimIssues,
  claimMoves,
  type InsuranceClaimStatus,
  localClaimState,
  outcomeOf,
  policyTerm,
  REVIEW_DAYS,
  SETTLE_DAYS,
} from './insurance-claims.rules.ts';

const DAY = 86_400_000;
const FULL: InsuranceCover[] = ['breakage', 'theft', 'liquid_damage'];
const BASIC: InsuranceCover[] = ['breakage', 'theft'];
const term = { from: '2026-03-15', until: '2027-03-15' };

describe('policyTerm', () => {
  it('is the first and last day in the market time zone', () => {
    // Bound at 23:30 UTC on 14 March: already 15 March in Paris.
    const p = { startsAt: new Date('2026-03-14T23:30:00Z'), endsAt: new Date('2027-03-14T23:30:00Z') };
    expect(policyTerm(p, 'Europe/Paris')).toEqual({ from: '2026-03-15', until: '2027-03-15' });
    expect(policyTerm(p, 'UTC')).toEqual({ from: '2026-03-14', until: '2027-03-14' });
  });
});

describe('claimIssues', () => {
  it('accepts a cover of the policy on a day of its term', () => {
    for (const cover of FULL)
      for (const incidentOn of ['2026-03-15', '2026-09-01', '2027-03-15'])
        expect(claimIssues({ covers: FULL, term, cover, incidentOn })).toEqual([]);
  });

  it('refuses liquid damage where the policy lacks it (GB, SE), naming cover', () => {
    expect(claimIssues({ covers: BASIC, term, cover: 'liquid_damage', incidentOn: '2026-06-01' })).toEqual([
      { field: 'cover', message: "must be one of the policy's covers: breakage, theft" },
    ]);
    expect(claimIssues({ covers: FULL, term, cover: 'flood', incidentOn: '2026-06-01' })[0]?.field).toBe(
      'cover',
    );
  });

  it('refuses an incident before or after the term, or in the future, naming incidentOn', () => {
    for (const incidentOn of ['2026-03-14', '2027-03-16'])
      expect(claimIssues({ covers: FULL, term, cover: 'theft', incidentOn })).toEqual([
        { field: 'incidentOn', message: "must be within the policy's term, 2026-03-15 to 2027-03-15" },
      ]);
    expect(
      claimIssues({ covers: FULL, term, cover: 'theft', incidentOn: '2026-05-02', today: '2026-05-01' }),
    ).toEqual([{ field: 'incidentOn', message: 'cannot be in the future' }]);
    expect(
      claimIssues({ covers: FULL, term, cover: 'theft', incidentOn: '2026-05-01', today: '2026-05-01' }),
    ).toEqual([]);
    for (const incidentOn of ['', '01/05/2026', '2026-13-45'])
      expect(claimIssues({ covers: FULL, term, cover: 'theft', incidentOn })[0]?.field).toBe('incidentOn');
  });

  it('names both fields when both are wrong', () => {
    expect(
      claimIssues({ covers: BASIC, term, cover: 'liquid_damage', incidentOn: '2025-01-01' }).map(
        (i) => i.field,
      ),
    ).toEqual(['cover', 'incidentOn']);
  });
});

describe('localClaimState', () => {
  const filedAt = new Date('2026-06-01T10:00:00Z');
  const at = (days: number) => new Date(filedAt.getTime() + days * DAY);

  it('is under review for the review days, then decided, then settled', () => {
    const s = (days: number, cover: InsuranceCover = 'breakage', attachmentCount = 1) =>
      localClaimState({ cover, filedAt, attachmentCount, now: at(days) });
    expect(s(0).status).toBe('under_review');
    expect(s(REVIEW_DAYS - 0.001).status).toBe('under_review');
    expect(s(REVIEW_DAYS)).toEqual({ status: 'accepted', outcome: 'repair', refusal: null });
    expect(s(REVIEW_DAYS + SETTLE_DAYS)).toEqual({ status: 'settled', outcome: 'repair', refusal: null });
    expect(s(REVIEW_DAYS, 'liquid_damage').outcome).toBe('replacement');
    expect(s(REVIEW_DAYS, 'theft').outcome).toBe('payout');
  });

  it('refuses a theft without any proof attached, for good', () => {
    for (const days of [REVIEW_DAYS, REVIEW_DAYS + SETTLE_DAYS, 400])
      expect(localClaimState({ cover: 'theft', filedAt, attachmentCount: 0, now: at(days) })).toEqual({
        status: 'refused',
        outcome: null,
        refusal: 'no_proof_of_theft',
      });
    expect(localClaimState({ cover: 'breakage', filedAt, attachmentCount: 0, now: at(3) }).status).toBe(
      'accepted',
    );
  });

  it('only ever moves forward as time passes (law)', () => {
    const order: Record<InsuranceClaimStatus, number> = {
      under_review: 0,
      accepted: 1,
      refused: 1,
      settled: 2,
    };
    fc.assert(
      fc.property(
        fc.constantFrom<InsuranceCover>(...FULL),
        fc.nat(3),
        fc.nat(30 * DAY),
        fc.nat(30 * DAY),
        (cover, attachmentCount, a, b) => {
          const [x, y] = [Math.min(a, b), Math.max(a, b)];
          const s1 = localClaimState({
            cover,
            filedAt,
            attachmentCount,
            now: new Date(filedAt.getTime() + x),
          });
          const s2 = localClaimState({
            cover,
            filedAt,
            attachmentCount,
            now: new Date(filedAt.getTime() + y),
          });
          expect(order[s2.status]).toBeGreaterThanOrEqual(order[s1.status]);
          if (s1.status !== s2.status) expect(claimMoves(s1.status, s2.status)).toBe(true);
          if (s2.outcome) expect(s2.outcome).toBe(outcomeOf(cover));
        },
      ),
    );
  });
});

describe('claimMoves', () => {
  it('allows review → decided, accepted → settled, nothing back', () => {
    expect(claimMoves('under_review', 'accepted')).toBe(true);
    expect(claimMoves('under_review', 'refused')).toBe(true);
    expect(claimMoves('under_review', 'settled')).toBe(true);
    expect(claimMoves('accepted', 'settled')).toBe(true);
    expect(claimMoves('accepted', 'refused')).toBe(false);
    expect(claimMoves('refused', 'accepted')).toBe(false);
    expect(claimMoves('settled', 'accepted')).toBe(false);
    expect(claimMoves('accepted', 'accepted')).toBe(false);
  });
});

describe('LocalInsuranceProvider claims', () => {
  const startsAt = new Date('2026-03-15T10:00:00Z');
  const endsAt = new Date('2027-03-15T10:00:00Z');
  let now = new Date('2026-06-01T10:00:00Z');
  const claims = new Map<string, { cover: InsuranceCover; filedAt: Date; attachmentCount: number }>();
  const records: LocalInsuranceRecords = {
    policy: async (ref) =>
      ref === 'RLI-FR-1'
        ? { market: 'FR', covers: FULL, startsAt, endsAt }
        : ref === 'RLI-GB-1'
          ? { market: 'GB', covers: BASIC, startsAt, endsAt }
          : null,
    claim: async (ref) => claims.get(ref) ?? null,
  };
  const provider = new LocalInsuranceProvider({ records, clock: { now: () => now } });
  const req = {
    policyRef: 'RLI-FR-1',
    cover: 'breakage' as const,
    incidentOn: '2026-05-30',
    description: 'Dropped on the floor',
    reference: 'insurance-claim:1:a',
  };

  it('files a claim under review with a deterministic reference', async () => {
    const a = await provider.claim(req);
    expect(a).toEqual({
      claimRef: expect.stringMatching(/^RLC-[0-9A-F]{12}$/),
      status: 'under_review',
      outcome: null,
      refusal: null,
    });
    expect(await provider.claim(req)).toEqual(a);
    expect((await provider.claim({ ...req, reference: 'insurance-claim:1:b' })).claimRef).not.toBe(
      a.claimRef,
    );
  });

  it('refuses an unknown policy, a cover it lacks and an incident outside its term', async () => {
    await expect(provider.claim({ ...req, policyRef: 'RLI-XX' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      provider.claim({ ...req, policyRef: 'RLI-GB-1', cover: 'liquid_damage' }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      fields: [{ field: 'cover' }],
    });
    await expect(provider.claim({ ...req, incidentOn: '2027-04-01' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      fields: [{ field: 'incidentOn' }],
    });
    await expect(new LocalInsuranceProvider().claim(req)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers claimStatus from the claim as recorded and the clock', async () => {
    const { claimRef } = await provider.claim(req);
    expect(await provider.claimStatus(claimRef)).toBeNull();
    claims.set(claimRef, { cover: 'breakage', filedAt: now, attachmentCount: 0 });
    expect((await provider.claimStatus(claimRef))?.status).toBe('under_review');
    now = new Date(now.getTime() + REVIEW_DAYS * DAY);
    expect(await provider.claimStatus(claimRef)).toEqual({
      claimRef,
      status: 'accepted',
      outcome: 'repair',
      refusal: null,
    });
  });
});
