import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';
import { en } from '../../platform/messages/console/en.ts';
import { consoleErrorPage, isConsolePath } from './console-error.pages.ts';
import { consoleLayout, t, tx, when } from './console-layout.ts';

const en_ = translator('en');

describe('the console reads its words from the message catalogs (issue 13)', () => {
  it('t is the English catalog, console keys included', () => {
    expect(t('console.nav.users')).toBe(en['console.nav.users']);
    expect(t('console.users.count', { count: 1 })).toBe('1 account.');
    expect(t('console.users.count', { count: 3 })).toBe('3 accounts.');
    // Shared keys come from the other areas' English catalogs.
    expect(t('lineState.3')).toBe(en_('lineState.3'));
  });

  it('tx escapes the words and string values of a message and keeps markup values', () => {
    const out = String(
      tx('console.approvals.rejectedAt', {
        at: html`<time datetime="2026-12-06">x</time>`,
        reason: '<b>"Late" & rude</b>',
      }),
    );
    expect(out).toBe(
      'rejected <time datetime="2026-12-06">x</time>: &lt;b&gt;&quot;Late&quot; &amp; rude&lt;/b&gt;',
    );
    // A value that looks like the internal placeholder marks is plain text, never markup.
    expect(String(tx('console.user.verifiedAt', { at: '\uE0000\uE001' }))).toBe('verified \uE0000\uE001');
  });

  it('refuses asynchronous markup rather than printing a promise', () => {
    expect(() => tx('console.user.verifiedAt', { at: Promise.resolve(html`x`) })).toThrow(/asynchronous/);
  });

  it('the shell is English, its words from console.layout.* and console.nav.*', async () => {
    const page = String(await consoleLayout('Users', null, 'tok', html`<p>x</p>`));
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`<title>${t('console.layout.title', { title: 'Users' })}</title>`);
    expect(page).toContain(t('console.layout.skip'));
    expect(String(when(new Date('2026-12-06T10:15:00Z')))).toBe(
      '<time datetime="2026-12-06T10:15:00.000Z">2026-12-06 10:15 UTC</time>',
    );
  });

  it('an error under /console is the console’s English page with the use case’s message', async () => {
    expect(isConsolePath('/console')).toBe(true);
    expect(isConsolePath('/console/users/1')).toBe(true);
    expect(isConsolePath('/consoles')).toBe(false);
    expect(isConsolePath('/fr-fr/console')).toBe(false);
    const refused = String(await consoleErrorPage(null, '', 403, 'Only an admin may do this'));
    expect(refused).toContain('<html lang="en">');
    expect(refused).toContain('Only an admin may do this');
    expect(refused).toContain(t('console.error.code', { status: '403' }));
    const broken = String(await consoleErrorPage(null, '', 500, 'stack trace detail'));
    expect(broken).not.toContain('stack trace detail');
    expect(broken).toContain(t('console.error.server'));
  });
});
