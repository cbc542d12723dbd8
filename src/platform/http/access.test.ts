import { describe, expect, it } from 'vitest';
import { judge, signInPathFor } from './access.ts';
import type { Actor } from './actor.ts';

const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 1,
  sessionId: 's',
  email: 'a@example.com',
  name: 'A',
  market: 'FR',
  buyerType: 'consumer',
  emailVerified: true,
  sellers: new Map(),
  operatorRoles: new Set(),
  pendingTerms: false,
  ...over,
});

describe('access rules', () => {
  it('tells signed-out from forbidden', () => {
    expect(judge({ kind: 'signedIn' }, null, {})).toBe('unauthenticated');
    expect(judge({ kind: 'public' }, null, {})).toBe('allowed');
    expect(judge({ kind: 'buyer', buyerType: 'business' }, actor(), {})).toBe('forbidden');
    expect(judge({ kind: 'buyer' }, actor({ buyerType: null }), {})).toBe('forbidden');
  });

  it('lets a seller member reach only their own seller, with the right role', () => {
    const member = actor({ sellers: new Map([[7, 'staff']]) });
    expect(judge({ kind: 'sellerMember', param: 'sellerId' }, member, { sellerId: '7' })).toBe('allowed');
    expect(judge({ kind: 'sellerMember', param: 'sellerId' }, member, { sellerId: '8' })).toBe('forbidden');
    expect(
      judge({ kind: 'sellerMember', param: 'sellerId', roles: ['owner'] }, member, { sellerId: '7' }),
    ).toBe('forbidden');
  });

  it('admins pass every operator rule; other roles only their own', () => {
    const admin = actor({ operatorRoles: new Set(['admin']) });
    const moderator = actor({ operatorRoles: new Set(['moderator']) });
    expect(judge({ kind: 'operator', roles: ['compliance'] }, admin, {})).toBe('allowed');
    expect(judge({ kind: 'operator', roles: ['compliance'] }, moderator, {})).toBe('forbidden');
    expect(judge({ kind: 'operator', roles: ['moderator', 'support'] }, moderator, {})).toBe('allowed');
  });

  it('sends signed-out visitors to the sign-in page of their storefront', () => {
    expect(signInPathFor('/pro/de-de/account')).toBe('/pro/de-de/sign-in');
    expect(signInPathFor('/it-it/account')).toBe('/it-it/sign-in');
    expect(signInPathFor('/console/users')).toBe('/fr-fr/sign-in');
  });
});
