import { describe, expect, it } from 'vitest';
import { demoSeedVerdict } from './demo-guard.rules.ts';

const EMPTY = {
  nodeEnv: 'development',
  installation: null,
  hasAccountsOrSellers: false,
  hasDemoAdmin: false,
} as const;

describe('issue 12 finding 4: when the demo data may be loaded', () => {
  it('never under NODE_ENV=production, whatever the database holds', () => {
    for (const installation of [null, 'demo', 'production'] as const) {
      const v = demoSeedVerdict({ ...EMPTY, nodeEnv: 'production', installation });
      expect(v).toEqual({
        ok: false,
        reason: 'production',
        message: expect.stringMatching(/NODE_ENV=production/),
      });
    }
  });

  it('on an empty database (which becomes a demo database) and on one the demo seed created', () => {
    expect(demoSeedVerdict(EMPTY)).toEqual({ ok: true, claim: true });
    expect(demoSeedVerdict({ ...EMPTY, installation: 'demo', hasAccountsOrSellers: true })).toEqual({
      ok: true,
      claim: false,
    });
  });

  it('never on a real installation, even one still empty', () => {
    const v = demoSeedVerdict({ ...EMPTY, installation: 'production' });
    expect(v).toMatchObject({ ok: false, reason: 'real-installation' });
  });

  it('never on a database with data the demo seed did not create', () => {
    const v = demoSeedVerdict({ ...EMPTY, hasAccountsOrSellers: true });
    expect(v).toMatchObject({ ok: false, reason: 'not-a-demo-database' });
    if (!v.ok) expect(v.message).toMatch(/not created by the demo/);
  });

  it('adopts a demo database from before the marker existed (its demo admin is there)', () => {
    expect(demoSeedVerdict({ ...EMPTY, hasAccountsOrSellers: true, hasDemoAdmin: true })).toEqual({
      ok: true,
      claim: true,
    });
  });
});
