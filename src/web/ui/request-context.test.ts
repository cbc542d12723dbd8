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

  it('issue 12 finding 5: refuses whitespace, control characters and backslashes, raw or percent-encoded', () => {
    for (const next of [
      '/%09/evil.example',
      '/\tevil.example',
      '/\t/evil.example',
      '/%0a/evil.example',
      '/%0d/evil.example',
      '/%0D%0A/evil.example',
      '/%20/evil.example',
      '/ /evil.example',
      '/%5c/evil.example',
      '/%5Cevil.example',
      '/%2f/evil.example',
      '/%2F%2Fevil.example',
      '//evil',
      '/\\evil',
      '\\/evil',
      'https://evil',
      'http:/evil',
      '/\u00a0/evil.example',
      '/%c2%a0/evil.example',
      '/%e2%80%a8/evil.example',
      '/%00/evil.example',
      '/%',
      'evil.example',
      '',
    ]) {
      expect([next, safeNext(next, '/x')]).toEqual([next, '/x']);
    }
  });

  it('issue 12 finding 5: keeps ordinary paths, queries and fragments as they were', () => {
    for (const next of [
      '/ok?x=1',
      '/fr-fr/search?q=iphone%2013',
      '/fr-fr/account#sessions',
      '/',
      '/pro/fr-fr',
    ]) {
      expect(safeNext(next, '/x')).toBe(next);
    }
  });
});
