import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import {
  createLocalVatVerifier,
  LOCAL_UNREGISTERED_VAT_NUMBERS,
  localConsultationRef,
} from './local-vat-verifier.ts';
import { parseVatNumber, type VatNumber } from './vat-number.rules.ts';

function vat(input: string): VatNumber {
  const parsed = parseVatNumber(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const NOW = '2025-03-14T12:00:00.000Z';

describe('local VAT verifier', () => {
  it('says a well-formed number is valid, with a LOCAL- consultation number', async () => {
    const verifier = createLocalVatVerifier({ clock: fixedClock(NOW) });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toEqual({
      status: 'valid',
      vatNumber: 'FR40303265045',
      checkedAt: new Date(NOW),
      consultationRef: expect.stringMatching(/^LOCAL-[0-9A-F]{16}$/),
      traderName: null,
      traderAddress: null,
      source: 'local',
    });
  });

  it('is deterministic: the same number at the same time has the same reference', async () => {
    const a = await createLocalVatVerifier({ clock: fixedClock(NOW) }).verify(vat('DE136695976'));
    const b = await createLocalVatVerifier({ clock: fixedClock(NOW) }).verify(vat('DE136695976'));
    expect(a).toEqual(b);
    expect(a.consultationRef).toBe(localConsultationRef('DE136695976', new Date(NOW)));
  });

  it('gives another reference for another number or another time', () => {
    const at = new Date(NOW);
    const ref = localConsultationRef('DE136695976', at);
    expect(localConsultationRef('FR40303265045', at)).not.toBe(ref);
    expect(localConsultationRef('DE136695976', new Date(at.getTime() + 1))).not.toBe(ref);
  });

  it.each(LOCAL_UNREGISTERED_VAT_NUMBERS)('%s is well-formed but not registered', async (number) => {
    expect(parseVatNumber(number).ok).toBe(true);
    const result = await createLocalVatVerifier({ clock: fixedClock(NOW) }).verify(vat(number));
    expect(result).toMatchObject({
      status: 'invalid',
      source: 'local',
      detail: 'not registered (local list)',
    });
    expect(result.consultationRef).toMatch(/^LOCAL-/);
  });

  it('takes its own not-registered list, written as people type', async () => {
    const verifier = createLocalVatVerifier({ clock: fixedClock(NOW), unregistered: ['de 136 695 976'] });
    expect((await verifier.verify(vat('DE136695976'))).status).toBe('invalid');
    expect((await verifier.verify(vat('DE123456788'))).status).toBe('valid');
  });

  it('refuses a malformed number in its not-registered list', () => {
    expect(() => createLocalVatVerifier({ unregistered: ['DE136695978'] })).toThrow(/DE136695978/);
  });

  it('says invalid for a VatNumber built by hand that does not parse', async () => {
    const forged: VatNumber = { country: 'DE', memberState: 'DE', number: '136695978', full: 'DE136695978' };
    const result = await createLocalVatVerifier({ clock: fixedClock(NOW) }).verify(forged);
    expect(result).toMatchObject({ status: 'invalid', vatNumber: 'DE136695978' });
    expect(result.detail).toMatch(/check digits/);
  });

  it('reads the clock at each verification', async () => {
    const clock = fixedClock(NOW);
    const verifier = createLocalVatVerifier({ clock });
    const first = await verifier.verify(vat('DE136695976'));
    clock.advance(60_000);
    const second = await verifier.verify(vat('DE136695976'));
    expect(second.checkedAt.getTime() - first.checkedAt.getTime()).toBe(60_000);
    expect(second.consultationRef).not.toBe(first.consultationRef);
  });
});
