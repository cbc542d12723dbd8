import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { exportPersonalData } from './export-personal-data.ts';
import { buildExportZip } from './export-zip.ts';
import { DATA_KINDS } from './privacy-choices.rules.ts';
import { readRequestLink } from './privacy-request-token.ts';
import { findPrivacyRequest } from './privacy-requests.store.ts';

/**
 * The ZIP of an answered access (or portability, or "know") request, built when its emailed link
 * is opened, so it holds the data as it is then. A forged, expired or foreign link is NOT_FOUND.
 */
export async function requestedDataArchive(
  deps: Pick<Deps, 'db' | 'clock' | 'secret'>,
  input: { token: string },
): Promise<{ requestId: number; zip: Uint8Array }> {
  const claim = readRequestLink(deps.secret, 'download', input.token, deps.clock.now());
  const request = claim ? await findPrivacyRequest(deps.db, claim.requestId) : undefined;
  if (request?.status !== 'answered' || !request.userId || !DATA_KINDS.has(request.kind))
    throw new AppError('NOT_FOUND', 'This link is not valid or has expired');
  const data = await exportPersonalData(deps, { userId: request.userId });
  return { requestId: request.id, zip: buildExportZip(data) };
}
