import { describe, expect, it } from 'vitest';
import { checkDirectives, checkObjection, kindsOf, REQUEST_KINDS } from './privacy-choices.rules.ts';

describe('objections to processing based on legitimate interest', () => {
  it('accept recommendations, refuse fraud prevention and anything unknown, naming the purpose', () => {
    expect(checkObjection('recommendations')).toEqual({ purpose: 'recommendations' });
    expect(checkObjection('fraud_prevention')).toMatchObject({ field: 'purpose' });
    expect(checkObjection('marketing')).toMatchObject({ field: 'purpose' });
    expect(checkObjection('')).toMatchObject({ field: 'purpose' });
  });
});

describe('post-mortem directives', () => {
  it('need an instruction of the list', () => {
    expect(checkDirectives({ instruction: 'burn' })).toEqual({
      ok: false,
      issues: [{ field: 'instruction', message: 'must be delete, keep or hand_over' }],
    });
    expect(checkDirectives({ instruction: 'delete' })).toEqual({
      ok: true,
      value: { instruction: 'delete', trustedName: null, trustedEmail: null },
    });
  });

  it('need a whole trusted person to hand a copy over, or when one is named at all', () => {
    const fields = (r: ReturnType<typeof checkDirectives>) => (r.ok ? [] : r.issues.map((i) => i.field));
    expect(fields(checkDirectives({ instruction: 'hand_over' }))).toEqual(['trustedName', 'trustedEmail']);
    expect(fields(checkDirectives({ instruction: 'keep', trustedName: 'Paul' }))).toEqual(['trustedEmail']);
    expect(fields(checkDirectives({ instruction: 'keep', trustedEmail: 'bad', trustedName: 'P' }))).toEqual([
      'trustedEmail',
    ]);
    expect(
      checkDirectives({ instruction: 'hand_over', trustedName: ' Paul ', trustedEmail: 'Paul@Example.com ' }),
    ).toEqual({
      ok: true,
      value: { instruction: 'hand_over', trustedName: 'Paul', trustedEmail: 'paul@example.com' },
    });
    expect(
      fields(checkDirectives({ instruction: 'keep', trustedName: 'x'.repeat(201), trustedEmail: 'a@b.co' })),
    ).toEqual(['trustedName']);
  });
});

describe('request kinds', () => {
  it('offer the CCPA’s “know” and “do not sell or share” on the US market only', () => {
    expect(kindsOf('gdpr')).not.toContain('do_not_sell');
    expect(kindsOf('gdpr')).not.toContain('know');
    expect([...kindsOf('ccpa')].sort()).toEqual([...REQUEST_KINDS].sort());
  });
});
