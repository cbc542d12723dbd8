/**
 * "Download my data" (GDPR Arts. 15 and 20): the export as JSON for apps (`GET
 * /api/v1/me/data-export`, session cookie or bearer token) and as a ZIP of JSON and CSV files
 * with a manifest for the privacy centre (`GET /:market/account/privacy/export.zip`). Each
 * hand-over is audited; both are rate-limited per account (app/rate-limits.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { clientIp } from '../../platform/rate-limit/rate-limit.middleware.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { exportPersonalData } from './export-personal-data.ts';
import { buildExportZip } from './export-zip.ts';

const ZPersonalDataExport = z
  .object({
    generatedAt: z.string().openapi({ example: '2026-11-21T12:00:00.000Z' }),
    subject: z.object({ userId: z.number().int(), email: z.string() }),
    sections: z.record(z.string(), z.record(z.string(), z.array(z.record(z.string(), z.unknown())))).openapi({
      description:
        'Per module (accounts, orders, reviews…), per dataset, the rows about you. Dates are ISO 8601; amounts are integers of minor units with their currency.',
    }),
  })
  .openapi('PersonalDataExport');

export const getMyDataExportRoute = createRoute({
  middleware: [SIGNED_IN] as const,
  method: 'get',
  path: '/api/v1/me/data-export',
  tags: ['Accounts'],
  summary: 'Everything Reloop holds about you (GDPR Arts. 15 and 20)',
  description:
    'Your account, addresses, sessions, orders, payments (non-sensitive parts), refunds, insurance, care folders, returns and claims, tickets, reviews, consents, marketing choices, requests and audit events about you. Never secrets (password, token or key hashes). The privacy centre offers the same as a ZIP of JSON and CSV files.',
  responses: {
    200: json(ZPersonalDataExport, 'Your data'),
    401: problemResponse('Not signed in'),
    429: problemResponse('Too many exports in an hour (`RATE_LIMITED`)'),
  },
});

export const DATA_EXPORT_ZIP_PATHS = [
  '/:market{[a-z]{2}-[a-z]{2}}/account/privacy/export.zip',
  '/pro/:market{[a-z]{2}-[a-z]{2}}/account/privacy/export.zip',
] as const;

export function registerDataExportRoutes(app: App, deps: Deps): void {
  const handedOver = (c: Context<AppEnv>, userId: number, format: 'json' | 'zip') =>
    recordAudit(deps.db, {
      action: 'privacy.data_exported',
      at: deps.clock.now(),
      actorUserId: userId,
      subjectUserId: userId,
      ip: clientIp(c, { trustProxy: deps.config.TRUST_PROXY }),
      details: { format },
    });

  app.openapi(getMyDataExportRoute, async (c) => {
    const userId = c.get('actor')!.userId;
    const data = await exportPersonalData(deps, { userId });
    await handedOver(c, userId, 'json');
    c.header('cache-control', 'private, no-store');
    return c.json(data, 200);
  });

  for (const path of DATA_EXPORT_ZIP_PATHS) {
    app.get(path, SIGNED_IN, async (c) => {
      const userId = c.get('actor')!.userId;
      const data = await exportPersonalData(deps, { userId });
      // The README in the language of the storefront the person downloads it from.
      const zip = buildExportZip(data, {
        locale: marketByLocale(c.req.param('market') ?? '')?.bcp47 ?? 'en',
      });
      await handedOver(c, userId, 'zip');
      return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${exportFileName(data.generatedAt)}"`,
        'cache-control': 'private, no-store',
      });
    });
  }
}

/** `reloop-data-2026-11-21.zip`: the day it was generated (UTC). */
export const exportFileName = (generatedAt: string) => `reloop-data-${generatedAt.slice(0, 10)}.zip`;
