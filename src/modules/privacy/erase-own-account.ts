import type { Deps } from '../../app/deps.ts';
import { requirePassword } from '../accounts/require-password.ts';
import { type ErasureReport, eraseAccount } from './erase-account.ts';

/**
 * A signed-in person erases their own account from the privacy centre, after typing their
 * password again (throttled like every sensitive change; a wrong one is INVALID_INPUT naming
 * `password`). `eraseAccount` signs them out everywhere and emails the report.
 */
export async function eraseOwnAccount(
  deps: Deps,
  input: { userId: number; password: unknown },
): Promise<ErasureReport> {
  await requirePassword(deps, input.userId, input.password, 'password');
  return eraseAccount(deps, { userId: input.userId, requestedBy: input.userId, reason: 'own_request' });
}
