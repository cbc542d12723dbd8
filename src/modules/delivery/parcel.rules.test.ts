import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carrierNamed } from './carriers.ts';
import {
  deliveredLate,
  estimatedDelivery,
  isFinal,
  nextStatus,
  PARCEL_STATUSES,
  sandboxStatusAt,
  trackingKey,
} from './parcel.rules.ts';

const FR = { code: 'FR', timeZone: 'Europe/Paris' };

describe('parcel', () => {
  it('moves forward only; a final status never changes', () => {
    expect(nextStatus('label_created', 'in_transit')).toBe('in_transit');
    expect(nextStatus('in_transit', 'label_created')).toBe('in_transit');
    expect(nextStatus('out_for_delivery', 'failed_attempt')).toBe('failed_attempt');
    expect(nextStatus('failed_attempt', 'out_for_delivery')).toBe('out_for_delivery');
    expect(nextStatus('delivered', 'in_transit')).toBe('delivered');
    expect(nextStatus('delivered', 'lost')).toBe('delivered');
    const status = fc.constantFrom(...PARCEL_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), (events) => {
        let s: (typeof PARCEL_STATUSES)[number] = 'label_created';
        let finalSeen: string | null = null;
        for (const e of events) {
          s = nextStatus(s, e);
          if (finalSeen) expect(s).toBe(finalSeen);
          if (isFinal(s)) finalSeen = s;
        }
      }),
    );
  });

  it('expects a parcel two business days after hand-over, in the market’s calendar', () => {
    expect(estimatedDelivery(new Date('2026-07-10T15:00:00Z'), FR)).toBe('2026-07-15'); // Fri → Mon, (14 July), Wed
    expect(estimatedDelivery(new Date('2026-03-02T23:30:00Z'), FR)).toBe('2026-03-05'); // already Tuesday in Paris
  });

  it('walks a sandbox parcel to the door on the clock', () => {
    const p = { shippedAt: new Date('2026-03-02T10:00:00Z'), estimatedOn: '2026-03-04' };
    expect(sandboxStatusAt(p, new Date('2026-03-02T11:00:00Z')).status).toBe('label_created');
    expect(sandboxStatusAt(p, new Date('2026-03-02T12:00:00Z')).status).toBe('in_transit');
    expect(sandboxStatusAt(p, new Date('2026-03-04T08:00:00Z')).status).toBe('out_for_delivery');
    expect(sandboxStatusAt(p, new Date('2026-03-05T00:00:00Z'))).toEqual({
      status: 'delivered',
      since: new Date('2026-03-04T12:00:00Z'),
    });
  });

  it('is late only when delivered after the promised day', () => {
    expect(deliveredLate('2026-03-05', '2026-03-04')).toBe(true);
    expect(deliveredLate('2026-03-04', '2026-03-04')).toBe(false);
    expect(deliveredLate('2026-03-05', null)).toBe(false);
  });

  it('matches tracking numbers and carrier names as people type them', () => {
    expect(trackingKey(' 6a 1234-5678 ')).toBe('6A12345678');
    expect(carrierNamed('Colissimo').code).toBe('colissimo');
    expect(carrierNamed('DHL Paket').code).toBe('dhl');
    expect(carrierNamed('  postnord ').code).toBe('postnord');
    expect(carrierNamed('Bob’s Couriers').code).toBe('manual');
    expect(carrierNamed(null).code).toBe('manual');
    expect(carrierNamed('Colissimo').trackingUrl('6A 123')).toBe(
      'https://www.laposte.fr/outils/suivre-vos-envois?code=6A%20123',
    );
  });
});
