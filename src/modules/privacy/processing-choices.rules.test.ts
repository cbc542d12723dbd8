import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCESSING_PURPOSES } from './privacy-choices.rules.ts';
import {
  mayProcess,
  NO_PROCESSING_CHOICES,
  PROCESSING_USES,
  type ProcessingUse,
} from './processing-choices.rules.ts';

const since = new Date('2026-11-21T12:00:00Z');
const NEEDED: ProcessingUse[] = ['own_orders', 'legal_obligation'];

describe('mayProcess', () => {
  it('allows every use without a restriction or an objection', () => {
    for (const use of PROCESSING_USES) expect(mayProcess(NO_PROCESSING_CHOICES, use)).toBe(true);
  });

  it('a restriction stops everything but the person’s own orders and legal obligations', () => {
    const restricted = { restrictedSince: since, objections: [] };
    expect(PROCESSING_USES.filter((u) => mayProcess(restricted, u))).toEqual(NEEDED);
  });

  it('an objection to recommendations stops recommendations only', () => {
    const objected = { restrictedSince: null, objections: ['recommendations'] };
    expect(PROCESSING_USES.filter((u) => !mayProcess(objected, u))).toEqual(['recommendations']);
  });

  it('law: more restrictions and objections never allow more, and orders and the law always go', () => {
    const purposes = PROCESSING_PURPOSES.map((p) => p.purpose as string);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.subarray(purposes),
        fc.subarray(purposes),
        fc.constantFrom(...PROCESSING_USES),
        (restricted, a, b, use) => {
          const less = { restrictedSince: null, objections: a };
          const more = { restrictedSince: restricted ? since : null, objections: [...a, ...b] };
          if (mayProcess(more, use)) expect(mayProcess(less, use)).toBe(true);
          if (NEEDED.includes(use)) expect(mayProcess(more, use)).toBe(true);
        },
      ),
    );
  });
});
