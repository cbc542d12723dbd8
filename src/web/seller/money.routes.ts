/**
 * The seller portal's money: the money page (balance, payouts, documents), the account statement
 * (CSV, PDF), Reloop's monthly invoices to the seller and the credit notes issued in its name.
 */
import type { Deps } from '../../app/deps.ts';
import { creditNotePdf } from '../../modules/documents/credit-note.pdf.ts';
import { creditNoteByNumber, creditNotesOfSeller } from '../../modules/documents/credit-notes.read-model.ts';
import { issuePlatformInvoice } from '../../modules/documents/issue-platform-invoice.ts';
import { platformInvoicePdf } from '../../modules/documents/platform-invoice.ts';
import { issuedPlatformInvoices } from '../../modules/documents/platform-invoices.read-model.ts';
import { statementCsv, statementPdf } from '../../modules/documents/seller-statement.ts';
import {
  amountsDue,
  listPayouts,
  nextPayoutEstimates,
} from '../../modules/payouts/seller-money.read-model.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { csv, pdf, statementName, statementOf } from '../ui/downloads.ts';
import { moneyPage } from './money.pages.ts';
import { portalView, S, SELLER_PORTAL_RULE } from './portal.ts';

/** Register the portal's money page and its documents. */
export function registerSellerMoneyRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);

  app.get(`${S}/money`, MEMBER, async (c) => {
    const v = await view(c, 'money');
    const now = deps.clock.now();
    const payout = await nextPayoutEstimates(deps.db, v.sellerId, now);
    return c.html(
      moneyPage(v, {
        now,
        due: await amountsDue(deps.db, v.sellerId),
        estimates: payout.estimates,
        payoutDelayDays: payout.payoutDelayDays,
        payouts: await listPayouts(deps.db, v.sellerId),
        creditNotes: await creditNotesOfSeller(deps.db, v.sellerId),
        platformInvoices: await issuedPlatformInvoices(deps.db, v.sellerId),
      }),
    );
  });

  app.get(`${S}/statements.csv`, MEMBER, async (c) => {
    const s = await statementOf(deps, c);
    return csv(c, statementCsv(s), statementName(s, 'csv'));
  });

  app.get(`${S}/statements.pdf`, MEMBER, async (c) => {
    const s = await statementOf(deps, c);
    return pdf(c, await statementPdf(s), statementName(s, 'pdf'));
  });

  app.get(`${S}/platform-invoices/:file`, MEMBER, async (c) => {
    const m = /^([0-9]{4}-[0-9]{2})\.pdf$/.exec(c.req.param('file'));
    if (!m) throw AppError.notFound('Invoice');
    const d = await issuePlatformInvoice(deps, { sellerId: Number(c.req.param('sellerId')), period: m[1]! });
    if (!d) throw AppError.notFound('Seller');
    return pdf(c, await platformInvoicePdf(d), `invoice-${d.number}.pdf`);
  });

  app.get(`${S}/credit-notes/:file`, MEMBER, async (c) => {
    const m = /^(CN[0-9]+-[0-9]{4}-[0-9]{6})\.pdf$/.exec(c.req.param('file'));
    const note = m ? await creditNoteByNumber(deps.db, m[1]!) : null;
    if (!note || note.sellerId !== Number(c.req.param('sellerId'))) throw AppError.notFound('Credit note');
    return pdf(c, await creditNotePdf(note), `credit-note-${note.number}.pdf`);
  });
}
