/**
 * What an operator runs stays in line with the app: nginx's body limits with the app's, the
 * template's placeholders filled by both the stack script and the compose file, the rendered
 * configuration accepted by `nginx -t`, and every configuration variable described in docs/deploy.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { MAX_BODY_BYTES } from '../src/app/body-limits.ts';
import { ZConfigSchema } from '../src/config.ts';
import { REVIEW_PHOTOS_MAX_BODY_BYTES } from '../src/modules/reviews/review-writing.routes.ts';
import { SELLER_CARE_MAX_BODY_BYTES } from '../src/web/seller/care.routes.ts';
import { SELLER_IMPORT_MAX_BODY_BYTES } from '../src/web/seller/imports.routes.ts';
import { CARE_UPLOAD_MAX_BODY_BYTES } from '../src/web/shop/after-sales.routes.ts';
import { SELLER_APPLICATION_MAX_BODY_BYTES } from '../src/web/shop/sell.routes.ts';
import { SAV_MAX_BODY_BYTES } from '../src/ws/sav.routes.ts';
import { WS_MAX_BODY_BYTES } from '../src/ws/ws.routes.ts';

const read = (file: string) => readFileSync(path.join(import.meta.dirname, '..', file), 'utf8');
const NGINX_CONF = read('deploy/nginx.conf');
const NGINX = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));

/** nginx sizes: 256k, 32m, 1g → bytes. */
function bytes(directive: string): number {
  const m = new RegExp(`^\\s*${directive}\\s+(\\d+)([kmg]?);`, 'm').exec(NGINX_CONF);
  if (!m) throw new Error(`${directive} not found in deploy/nginx.conf`);
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2] as '' | 'k' | 'm' | 'g'];
}

describe('deploy/nginx.conf', () => {
  test("lets the app's largest upload through and keeps the common body in memory", () => {
    const largest = Math.max(
      REVIEW_PHOTOS_MAX_BODY_BYTES,
      SELLER_CARE_MAX_BODY_BYTES,
      SELLER_IMPORT_MAX_BODY_BYTES,
      CARE_UPLOAD_MAX_BODY_BYTES,
      SELLER_APPLICATION_MAX_BODY_BYTES,
      SAV_MAX_BODY_BYTES,
      WS_MAX_BODY_BYTES,
    );
    expect(bytes('client_max_body_size')).toBe(largest);
    expect(bytes('client_body_buffer_size')).toBe(MAX_BODY_BYTES);
  });

  test('its placeholders are filled by deploy/stack.sh and deploy/compose.yaml', () => {
    const placeholders = [...new Set(NGINX_CONF.match(/\{\{[A-Z_]+\}\}/g))].sort();
    expect(placeholders).toEqual([
      '{{ACCESS_LOG}}',
      '{{ERROR_LOG}}',
      '{{LISTEN}}',
      '{{RUN_DIR}}',
      '{{UPSTREAM_SERVERS}}',
    ]);
    const compose = parse(read('deploy/compose.yaml')) as {
      services: Record<string, { command?: string[] }>;
    };
    const nginxCommand = compose.services.nginx!.command!.join(' ');
    for (const p of placeholders) {
      expect(read('deploy/stack.sh'), p).toContain(`s|${p}|`);
      expect(nginxCommand, p).toContain(`s|${p}|`);
    }
  });

  test.skipIf(!NGINX)('rendered as the stack script renders it, nginx -t accepts it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reloop-nginx-'));
    try {
      const conf = NGINX_CONF.replaceAll('{{LISTEN}}', '18999')
        .replaceAll('{{UPSTREAM_SERVERS}}', 'server 127.0.0.1:18998 max_fails=1 fail_timeout=2s;')
        .replaceAll('{{RUN_DIR}}', dir)
        .replaceAll('{{ACCESS_LOG}}', path.join(dir, 'access.log'))
        .replaceAll('{{ERROR_LOG}}', path.join(dir, 'error.log'));
      writeFileSync(path.join(dir, 'nginx.conf'), conf);
      const out = execFileSync(
        NGINX!,
        ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('docs/deploy.md describes every configuration variable of src/config.ts', () => {
  const doc = read('docs/deploy.md');
  const missing = Object.keys(ZConfigSchema.shape).filter((key) => !doc.includes(`| \`${key}\` |`));
  expect(missing).toEqual([]);
});
