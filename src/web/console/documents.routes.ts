/**
 * Documents for compliance: a seller's account statement (CSV, the same the seller downloads), the
 * credit notes issued in its name and Reloop's monthly invoices to it, listed and downloadable.
 */
import type { Deps } from '../../app/deps.ts';
import { creditNotePdf } from '../../modules/documents/credit-note.pdf.ts';
import { creditNoteByNumber, creditNotesOfSeller } from '../../modules/documents/credit-notes.read-model.ts';
import { platformInvoicePdf } from '../../modules/documents/platform-invoice.ts';
import {
  issuedPlatformInvoices,
  storedPlatformInvoice,
} from '../../modules/documents/platform-invoices.read-model.ts';
import { statementCsv } from '../../modules/documents/seller-statement.ts';
import { findSeller } from '../../modules/sellers/sellers.store.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { csv, pdf, statementName, statementOf } from '../ui/downloads.ts';
import { sellerDocumentsPage } from './documents.pages.ts';

const COMPLIANCE = access({ kind: 'operator', roles: ['compliance'] });
const SELLER = '/console/sellers/:sellerId{[0-9]+}';

export function registerConsoleDocumentRoutes(app: App, deps: Deps): void {
  app.get(`${SELLER}/statements.csv`, COMPLIANCE, async (c) => {
    const s = await statementOf(deps, c);
    return csv(c, statementCsv(s), statementName(s, 'csv'));
  });

  app.get(`${SELLER}/documents`, COMPLIANCE, async (c) => {
    const seller = await findSeller(deps.db, Number(c.req.param('sellerId')));
    if (!seller) throw AppError.notFound('Seller');
    return c.html(
      sellerDocumentsPage(
        { actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' },
        {
          seller: { id: seller.id, name: seller.legalName },
          creditNotes: await creditNotesOfSeller(deps.db, seller.id),
          platformInvoices: await issuedPlatformInvoices(deps.db, seller.id),
        },
      ),
    );
  });

  app.get(`${SELLER}/credit-notes/:file`, COMPLIANCE, async (c) => {
    const m = /^(CN[0-9]+-[0-9]{4}-[0-9]{6})\.pdf$/.exec(c.req.param('file'));
    const note = m ? await creditNoteByNumber(deps.db, m[1]!) : null;
    if (!note || note.sellerId !== Number(c.req.param('sellerId'))) throw AppError.notFound('Credit note');
    return pdf(c, await creditNotePdf(note), `credit-note-${note.number}.pdf`);
  });

  // Issued invoices only: the console reads, it never issues one on the seller's behalf.
  app.get(`${SELLER}/platform-invoices/:file`, COMPLIANCE, async (c) => {
    const m = /^([0-9]{4}-[0-9]{2})\.pdf$/.exec(c.req.param('file'));
    const d = m ? await storedPlatformInvoice(deps.db, Number(c.req.param('sellerId')), m[1]!) : null;
    if (!d) throw AppError.notFound('Invoice');
    return pdf(c, await platformInvoicePdf(d), `invoice-${d.number}.pdf`);
  });
}
