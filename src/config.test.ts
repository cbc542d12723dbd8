import { describe, expect, it } from 'vitest';
import { loadConfig, platformIdentity } from './config.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'x'.repeat(40),
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_KEY: 'sk_test_x',
  STRIPE_WEBHOOK_SECRET: 'whsec_x',
};
const IDENTITY = {
  PLATFORM_LEGAL_NAME: 'Marketplace Operator SA',
  PLATFORM_ADDRESS_LINE: '5 avenue des Champs',
  PLATFORM_POSTAL_CODE: '69002',
  PLATFORM_CITY: 'Lyon',
  PLATFORM_COUNTRY: 'FR',
  PLATFORM_VAT_NUMBER: 'FR 40 303 265 045',
  PLATFORM_TRADE_REGISTER: 'RCS Lyon 303 265 045',
  PLATFORM_CONTACT_EMAIL: 'legal@operator.example',
};

describe("the platform's legal identity (config)", () => {
  it('is required in production, every missing variable named', () => {
    let message = '';
    try {
      loadConfig(PRODUCTION);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const name of Object.keys(IDENTITY)) expect(message).toContain(`${name}: is required in production`);
    expect(() => loadConfig({ ...PRODUCTION, ...IDENTITY })).not.toThrow();
  });

  it('comes from the environment, normalised, onto the invoices', () => {
    const p = platformIdentity(
      loadConfig({ ...PRODUCTION, ...IDENTITY, PLATFORM_PHONE: '+33 4 00 00 00 00' }),
    );
    expect(p).toEqual({
      name: 'Marketplace Operator SA',
      addressLines: ['5 avenue des Champs', '69002 Lyon'],
      country: 'FR',
      vatNumber: 'FR40303265045',
      registration: 'RCS Lyon 303 265 045',
      email: 'legal@operator.example',
      phone: '+33 4 00 00 00 00',
    });
  });

  it('has demo defaults in development that are not anybody else’s VAT number', () => {
    const p = platformIdentity(loadConfig({}));
    expect(p.name).toContain('demo');
    expect(p.vatNumber).toBe('FR68900000001');
    // The demo Pro customer of the seed uses FR40303265045: never the platform's.
    expect(p.vatNumber).not.toBe('FR40303265045');
    expect(p.email).toBeTruthy();
  });

  it('refuses a malformed identity, naming the variable', () => {
    const bad = (over: Record<string, string>) => {
      try {
        loadConfig({ ...PRODUCTION, ...IDENTITY, ...over });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(bad({ PLATFORM_VAT_NUMBER: 'FR40303265046' })).toContain('PLATFORM_VAT_NUMBER:');
    expect(bad({ PLATFORM_VAT_NUMBER: 'DE136695976' })).toContain(
      'PLATFORM_VAT_NUMBER: must be a VAT number of PLATFORM_COUNTRY (FR)',
    );
    expect(bad({ PLATFORM_COUNTRY: 'France' })).toContain('PLATFORM_COUNTRY:');
    expect(bad({ PLATFORM_CONTACT_EMAIL: 'nobody' })).toContain('PLATFORM_CONTACT_EMAIL:');
    // In development too: a value given is checked; only a missing one gets the demo default.
    expect(() => loadConfig({ PLATFORM_VAT_NUMBER: 'nope' })).toThrow(/PLATFORM_VAT_NUMBER/);
  });
});

describe('Stripe Connect webhook secret (config)', () => {
  it('is read from the environment, typed, and reaches the payment provider', () => {
    const c = loadConfig({ STRIPE_CONNECT_WEBHOOK_SECRET: 'whsec_connect_test' });
    const secret: string | undefined = c.STRIPE_CONNECT_WEBHOOK_SECRET;
    expect(secret).toBe('whsec_connect_test');
    expect(loadConfig({}).STRIPE_CONNECT_WEBHOOK_SECRET).toBeUndefined();
  });
});
