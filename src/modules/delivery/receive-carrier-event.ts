import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { verifySignature } from '../../platform/security/signature.ts';
import { carrierByCode } from './carriers.ts';
import { shipments } from './delivery.schema.ts';
import { PARCEL_STATUSES, trackingKey } from './parcel.rules.ts';
import { type ParcelEventResult, recordParcelEvent } from './record-parcel-event.ts';

export const CarrierEventBody = z.object({
  tracking_number: z.string().trim().min(1).max(100),
  status: z.enum(PARCEL_STATUSES),
  occurred_at: z.iso.datetime({ offset: true }),
  detail: z.string().max(500).optional(),
});

/**
 * A tracking event a real carrier posts, signed with CARRIER_WEBHOOK_SECRET (Reloop-Signature:
 * t=…,v1=…; five minutes' tolerance). An unknown carrier or parcel is a 404: the carrier stops
 * sending it; a bad signature a 400 and nothing is recorded.
 */
export async function receiveCarrierEvent(
  deps: { db: Db; now: Date; secret: string | undefined },
  input: { carrier: string; body: string; signature: string | undefined },
): Promise<ParcelEventResult> {
  const carrier = carrierByCode(input.carrier);
  if (carrier?.mode !== 'webhook') throw AppError.notFound('Carrier');
  if (!deps.secret || !verifySignature(deps.secret, input.signature, input.body, deps.now))
    throw AppError.invalid(
      [{ field: 'reloop-signature', message: 'The signature does not match this body' }],
      'Bad signature',
    );
  let json: unknown;
  try {
    json = JSON.parse(input.body);
  } catch {
    throw AppError.invalid([{ field: 'body', message: 'The body is not JSON' }]);
  }
  const parsed = CarrierEventBody.safeParse(json);
  if (!parsed.success)
    throw AppError.invalid(
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    );
  const [s] = await deps.db
    .select({ id: shipments.id })
    .from(shipments)
    .where(
      and(
        eq(shipments.carrier, carrier.code),
        eq(shipments.trackingKey, trackingKey(parsed.data.tracking_number)),
      ),
    );
  if (!s) throw AppError.notFound('Parcel');
  return recordParcelEvent(
    { db: deps.db, now: deps.now },
    {
      shipmentId: s.id,
      status: parsed.data.status,
      occurredAt: new Date(parsed.data.occurred_at),
      source: 'carrier',
      ...(parsed.data.detail ? { detail: { text: parsed.data.detail } } : {}),
    },
  );
}
