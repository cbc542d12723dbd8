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

  it('a permission rule lets owners through, and staff only with the permission for that seller', () => {
    const rule = { kind: 'sellerMember', param: 'sellerId', permission: 'manage_integrations' } as const;
    const owner = actor({ sellers: new Map([[7, 'owner']]) });
    const staff = actor({ sellers: new Map([[7, 'staff']]) });
    const allowed = actor({
      sellers: new Map([
        [7, 'staff'],
        [8, 'staff'],
      ]),
      sellerPermissions: new Map([[7, new Set(['manage_integrations'] as const)]]),
    });
    expect(judge(rule, owner, { sellerId: '7' })).toBe('allowed');
    expect(judge(rule, staff, { sellerId: '7' })).toBe('forbidden');
    expect(judge(rule, allowed, { sellerId: '7' })).toBe('allowed');
    expect(judge(rule, allowed, { sellerId: '8' })).toBe('forbidden');
    expect(judge(rule, allowed, { sellerId: '9' })).toBe('forbidden');
  });

  it('admins pass every operator rule; other roles only their own', () => {
    const admin = actor({ operatorRoles: new Set(['admin']) });
    const moderator = actor({ operatorRoles: new Set(['moderator']) });
    expect(judge({ kind: 'operator', roles: ['compliance'] }, admin, {})).toBe('allowed');
    expect(judge({ kind: 'operator', roles: ['compliance'] }, moderator, {})).toBe('forbidden');
    expect(judge({ kind: 'operator', roles: ['moderator', 'support'] }, moderator, {})).toBe('allowed');
  });

  it('keeps an admin without a verified second factor out of operator rules but the enrolment page', () => {
    const admin = actor({ operatorRoles: new Set(['admin']), needsSecondFactor: true });
    const support = actor({ operatorRoles: new Set(['support']) });
    expect(judge({ kind: 'operator', roles: ['support'] }, admin, {})).toBe('secondFactorRequired');
    expect(judge({ kind: 'operator', roles: ['support'], beforeSecondFactor: true }, admin, {})).toBe(
      'allowed',
    );
    expect(judge({ kind: 'operator', roles: ['support'] }, support, {})).toBe('allowed');
    expect(judge({ kind: 'operator', roles: ['compliance'] }, admin, {})).toBe('secondFactorRequired');
    expect(judge({ kind: 'signedIn' }, admin, {})).toBe('allowed');
  });

  it('sends signed-out visitors to the sign-in page of their storefront', () => {
    expect(signInPathFor('/pro/de-de/account')).toBe('/pro/de-de/sign-in');
    expect(signInPathFor('/it-it/account')).toBe('/it-it/sign-in');
    expect(signInPathFor('/console/users')).toBe('/fr-fr/sign-in');
  });
});
