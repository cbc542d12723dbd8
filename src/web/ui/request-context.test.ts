import { describe, expect, it } from 'vitest';
import { safeNext } from './request-context.ts';

describe('redirect after sign-in', () => {
  it('follows same-site paths only', () => {
    expect(safeNext('/fr-fr/account', '/x')).toBe('/fr-fr/account');
    expect(safeNext('//evil.example/', '/x')).toBe('/x');
    expect(safeNext('/\\evil.example', '/x')).toBe('/x');
    expect(safeNext('https://evil.example', '/x')).toBe('/x');
    expect(safeNext(undefined, '/x')).toBe('/x');
    expect(safeNext(`/${'a'.repeat(600)}`, '/x')).toBe('/x');
  });
});
