/** Documents for compliance: a seller's account statement (CSV), the same the seller downloads. */
import type { Deps } from '../../app/deps.ts';
import { statementCsv } from '../../modules/documents/seller-statement.ts';
import { access } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { csv, statementName, statementOf } from '../ui/downloads.ts';

const COMPLIANCE = access({ kind: 'operator', roles: ['compliance'] });

export function registerConsoleDocumentRoutes(app: App, deps: Deps): void {
  app.get('/console/sellers/:sellerId{[0-9]+}/statements.csv', COMPLIANCE, async (c) => {
    const s = await statementOf(deps, c);
    return csv(c, statementCsv(s), statementName(s, 'csv'));
  });
}
