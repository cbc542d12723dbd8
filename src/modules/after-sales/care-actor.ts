import type { Actor } from '../../platform/http/actor.ts';

/** What the care rules need of the person acting (an Actor, or an API key's seller). */
export type CareActor = { userId: number | null; sellers: ReadonlyMap<number, unknown>; operator: boolean };

export const careActorOf = (a: Actor): CareActor => ({
  userId: a.userId,
  sellers: a.sellers,
  operator: a.operatorRoles.size > 0,
});

/** A seller acting through the seller API (its key names the seller, no person). */
export const sellerApiActor = (sellerId: number): CareActor => ({
  userId: null,
  sellers: new Map([[sellerId, 'api']]),
  operator: false,
});
