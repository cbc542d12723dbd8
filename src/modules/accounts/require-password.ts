import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { verifyPassword } from '../../platform/security/password.ts';
import { findUser, type UserRow } from './accounts.store.ts';

/** Sensitive changes ask for the current password again. */
export async function requirePassword(
  db: Db,
  userId: number,
  password: unknown,
  field = 'currentPassword',
): Promise<UserRow> {
  const user = await findUser(db, userId);
  if (user?.status !== 'active') throw new AppError('UNAUTHORIZED', 'Sign in to continue');
  if (
    typeof password !== 'string' ||
    password.length > 512 ||
    !(await verifyPassword(password, user.passwordHash))
  ) {
    throw AppError.invalid([{ field, message: 'is not your current password' }]);
  }
  return user;
}
