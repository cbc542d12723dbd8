import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closedAccountErasureDue,
  deactivationDueAt,
  type RetentionState,
  retentionStep,
  traderDataPurgeDue,
  warningCandidatesBefore,
} from './retention.rules.ts';

const d = (s: string) => new Date(s);
const DAY = 86_400_000;
const none: RetentionState = { warnedAt: null, deactivateOn: null, deactivatedAt: null };

describe('when an account is due for deactivation', () => {
  it('without orders: 3 years after the last activity', () => {
    expect(deactivationDueAt({ lastActivityAt: d('2024-02-29T10:00:00Z'), lastOrderAt: null })).toEqual(
      d('2027-02-28T10:00:00Z'),
    );
  });
  it('with orders: the later of 3 years of inactivity and 6 years after the last order', () => {
    const lastActivityAt = d('2026-05-01T00:00:00Z');
    expect(deactivationDueAt({ lastActivityAt, lastOrderAt: d('2021-05-01T00:00:00Z') })).toEqual(
      d('2029-05-01T00:00:00Z'),
    );
    expect(deactivationDueAt({ lastActivityAt, lastOrderAt: d('2025-05-01T00:00:00Z') })).toEqual(
      d('2031-05-01T00:00:00Z'),
    );
  });
});

describe('the retention step on every boundary', () => {
  const lastActivityAt = d('2023-06-10T08:00:00Z');
  const due = d('2026-06-10T08:00:00Z');
  const base = { lastActivityAt, lastOrderAt: null, ...none };

  it('does nothing until 30 days before the due date, then warns for the due date', () => {
    expect(retentionStep({ ...base, now: new Date(due.getTime() - 30 * DAY - 1) })).toEqual({ step: 'none' });
    expect(retentionStep({ ...base, now: new Date(due.getTime() - 30 * DAY) })).toEqual({
      step: 'warn',
      deactivateOn: due,
    });
  });

  it('a late warning still gives 30 days', () => {
    const now = d('2026-09-01T00:00:00Z');
    expect(retentionStep({ ...base, now })).toEqual({
      step: 'warn',
      deactivateOn: new Date(now.getTime() + 30 * DAY),
    });
  });

  it('deactivates on the announced day, not before', () => {
    const warned = { ...base, warnedAt: d('2026-05-11T08:00:00Z'), deactivateOn: due };
    expect(retentionStep({ ...warned, now: new Date(due.getTime() - 1) })).toEqual({ step: 'none' });
    expect(retentionStep({ ...warned, now: due })).toEqual({ step: 'deactivate' });
  });

  it('withdraws the warning when the person came back', () => {
    const warned = { ...base, warnedAt: d('2026-05-11T08:00:00Z'), deactivateOn: due };
    expect(retentionStep({ ...warned, lastActivityAt: d('2026-05-12T00:00:00Z'), now: due })).toEqual({
      step: 'reset',
    });
  });

  it('erases 30 days after deactivation, not before', () => {
    const deactivatedAt = d('2026-06-10T09:00:00Z');
    const s = { ...base, warnedAt: d('2026-05-11T08:00:00Z'), deactivateOn: due, deactivatedAt };
    expect(retentionStep({ ...s, now: new Date(deactivatedAt.getTime() + 30 * DAY - 1) })).toEqual({
      step: 'none',
    });
    expect(retentionStep({ ...s, now: new Date(deactivatedAt.getTime() + 30 * DAY) })).toEqual({
      step: 'erase',
    });
  });

  it('never deactivates fewer than 30 days after the warning, and never an account used in the last 3 years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: d('2015-01-01T00:00:00Z'), max: d('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.option(
          fc.date({ min: d('2010-01-01T00:00:00Z'), max: d('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        ),
        fc.integer({ min: 0, max: 4000 }),
        (lastActivityAt, lastOrderAt, days) => {
          const now = new Date(lastActivityAt.getTime() + days * DAY);
          const step = retentionStep({ lastActivityAt, lastOrderAt, ...none, now });
          if (step.step === 'warn') {
            expect(step.deactivateOn.getTime()).toBeGreaterThanOrEqual(now.getTime() + 30 * DAY);
            expect(step.deactivateOn.getTime()).toBeGreaterThanOrEqual(
              deactivationDueAt({ lastActivityAt, lastOrderAt }).getTime(),
            );
          }
          if (days < 3 * 365 - 31) expect(step.step).toBe('none');
        },
      ),
    );
  });

  it('bounds the candidates a job must look at', () => {
    const now = d('2026-06-10T00:00:00Z');
    const bound = warningCandidatesBefore(now);
    expect(retentionStep({ ...base, lastActivityAt: new Date(bound.getTime() + DAY), now }).step).toBe(
      'none',
    );
    expect(retentionStep({ ...base, lastActivityAt: bound, now }).step).toBe('warn');
  });
});

describe('accounts closed by their owner', () => {
  it('are erased 30 days after the closure, not before', () => {
    const closedAt = d('2026-11-21T12:00:00Z');
    expect(closedAccountErasureDue(closedAt, new Date(closedAt.getTime() + 30 * DAY - 1))).toBe(false);
    expect(closedAccountErasureDue(closedAt, new Date(closedAt.getTime() + 30 * DAY))).toBe(true);
  });
});

describe('trader data purge', () => {
  it('is due once the retention date has passed', () => {
    const until = d('2027-05-21T12:00:00Z');
    expect(traderDataPurgeDue(null, until)).toBe(false);
    expect(traderDataPurgeDue(until, new Date(until.getTime() - 1))).toBe(false);
    expect(traderDataPurgeDue(until, until)).toBe(true);
  });
});
