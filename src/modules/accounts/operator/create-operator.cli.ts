import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Deps } from '../../../app/deps.ts';
import { isAppError } from '../../../platform/errors.ts';
import { OPERATOR_ROLES, type OperatorRole } from '../../../platform/http/actor.ts';
import { createOperator } from './create-operator.ts';

async function readPassword(): Promise<string> {
  if (process.env.OPERATOR_PASSWORD) return process.env.OPERATOR_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const answer = await rl.question('Password (12+ characters): ');
  rl.close();
  return answer.trim();
}

/** `npm run create-operator -- --email a@b.c --name "Ada" [--role admin]`; returns the exit code. */
export async function createOperatorCommand(deps: Deps, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
    },
  });
  if (!values.email || !values.name || !OPERATOR_ROLES.includes(values.role as OperatorRole)) {
    console.error(`Usage: create-operator --email E --name N [--role ${OPERATOR_ROLES.join('|')}]`);
    return 1;
  }
  try {
    const r = await createOperator(deps, {
      email: values.email,
      name: values.name,
      password: await readPassword(),
      role: values.role as OperatorRole,
      grantedBy: null,
    });
    console.log(
      `${r.created ? 'Created' : 'Granted'} ${values.role} operator ${values.email} (user ${r.userId})`,
    );
    return 0;
  } catch (e) {
    if (!isAppError(e)) throw e;
    console.error([e.message, ...e.fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n'));
    return 1;
  }
}
