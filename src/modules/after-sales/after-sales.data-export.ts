/**
 * "Download my data": the person's "Get help" folders (without operators' internal notes and their
 * files), returns, warranty claims and insurance claims. Storage keys stay out: files are named.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import {
  careAttachments,
  careFolders,
  careItemTransfers,
  careMessages,
  insuranceClaims,
  returns,
  warrantyClaims,
} from './after-sales.schema.ts';

export const afterSalesDataExport: PersonalDataExporter = {
  module: 'after-sales',
  describe: {
    care_folders: 'Your "Get help" folders: order line, problem, status and dates.',
    care_messages: 'The messages of your folders between you, the seller and customer service.',
    care_attachments: 'The files sent in your folders (name, type, size, date).',
    care_item_transfers: 'Devices the seller sent back to you within a folder, with their tracking.',
    returns: 'Your returns and withdrawals: reason, your statement, status, refund and parcel.',
    warranty_claims: 'Your warranty and legal guarantee claims, with the outcome.',
    insurance_claims: 'Your insurance claims: cover, incident, description, files and decision.',
  },
  async datasets(db, userId) {
    const folders = await db
      .select({
        id: careFolders.id,
        orderId: careFolders.orderId,
        orderLineId: careFolders.orderLineId,
        sellerId: careFolders.sellerId,
        market: careFolders.market,
        problem: careFolders.problem,
        status: careFolders.status,
        escalated: careFolders.escalated,
        closingReason: careFolders.closingReason,
        openedAt: careFolders.openedAt,
        lastMessageAt: careFolders.lastMessageAt,
        closedAt: careFolders.closedAt,
        reopenedCount: careFolders.reopenedCount,
      })
      .from(careFolders)
      .where(eq(careFolders.buyerUserId, userId))
      .orderBy(asc(careFolders.id));
    const folderIds = folders.map((f) => f.id);
    const messages = folderIds.length
      ? await db
          .select({
            id: careMessages.id,
            folderId: careMessages.folderId,
            from: careMessages.party,
            body: careMessages.body,
            createdAt: careMessages.createdAt,
          })
          .from(careMessages)
          .where(and(inArray(careMessages.folderId, folderIds), eq(careMessages.internal, false)))
          .orderBy(asc(careMessages.id))
      : [];
    const attachments = folderIds.length
      ? await db
          .select({
            id: careAttachments.id,
            folderId: careAttachments.folderId,
            messageId: careAttachments.messageId,
            fileName: careAttachments.fileName,
            contentType: careAttachments.contentType,
            sizeBytes: careAttachments.sizeBytes,
            createdAt: careAttachments.createdAt,
          })
          .from(careAttachments)
          .innerJoin(careMessages, eq(careMessages.id, careAttachments.messageId))
          .where(and(inArray(careAttachments.folderId, folderIds), eq(careMessages.internal, false)))
          .orderBy(asc(careAttachments.id))
      : [];
    const transfers = folderIds.length
      ? await db
          .select({
            folderId: careItemTransfers.folderId,
            carrier: careItemTransfers.shipperName,
            trackingNumber: careItemTransfers.trackingNumber,
            action: careItemTransfers.action,
            createdAt: careItemTransfers.createdAt,
          })
          .from(careItemTransfers)
          .where(inArray(careItemTransfers.folderId, folderIds))
          .orderBy(asc(careItemTransfers.id))
      : [];
    const ownReturns = await db
      .select({
        id: returns.id,
        orderId: returns.orderId,
        orderLineId: returns.orderLineId,
        sellerId: returns.sellerId,
        kind: returns.kind,
        status: returns.status,
        reason: returns.reason,
        statement: returns.statement,
        quantity: returns.quantity,
        refundAmountMinor: returns.refundAmountMinor,
        windowEndsOn: returns.windowEndsOn,
        refundDueOn: returns.refundDueOn,
        carrier: returns.carrier,
        trackingNumber: returns.trackingNumber,
        requestedAt: returns.requestedAt,
        labelIssuedAt: returns.labelIssuedAt,
        receivedAt: returns.receivedAt,
        refundedAt: returns.refundedAt,
      })
      .from(returns)
      .where(eq(returns.buyerUserId, userId))
      .orderBy(asc(returns.id));
    const warranty = await db
      .select({
        id: warrantyClaims.id,
        orderId: warrantyClaims.orderId,
        orderLineId: warrantyClaims.orderLineId,
        sellerId: warrantyClaims.sellerId,
        basis: warrantyClaims.basis,
        description: warrantyClaims.description,
        status: warrantyClaims.status,
        outcome: warrantyClaims.outcome,
        warrantyEndsOn: warrantyClaims.warrantyEndsOn,
        legalGuaranteeEndsOn: warrantyClaims.legalGuaranteeEndsOn,
        openedAt: warrantyClaims.openedAt,
        decidedAt: warrantyClaims.decidedAt,
        completedAt: warrantyClaims.completedAt,
      })
      .from(warrantyClaims)
      .where(eq(warrantyClaims.buyerUserId, userId))
      .orderBy(asc(warrantyClaims.id));
    const insurance = await db
      .select({
        id: insuranceClaims.id,
        policyRef: insuranceClaims.policyRef,
        orderId: insuranceClaims.orderId,
        orderLineId: insuranceClaims.orderLineId,
        cover: insuranceClaims.cover,
        incidentOn: insuranceClaims.incidentOn,
        description: insuranceClaims.description,
        attachments: insuranceClaims.attachments,
        insurer: insuranceClaims.provider,
        insurerClaimRef: insuranceClaims.providerClaimRef,
        status: insuranceClaims.status,
        outcome: insuranceClaims.outcome,
        refusalReason: insuranceClaims.refusalReason,
        filedAt: insuranceClaims.filedAt,
        decidedAt: insuranceClaims.decidedAt,
        settledAt: insuranceClaims.settledAt,
      })
      .from(insuranceClaims)
      .where(eq(insuranceClaims.buyerUserId, userId))
      .orderBy(asc(insuranceClaims.id));
    return {
      care_folders: folders,
      care_messages: messages,
      care_attachments: attachments,
      care_item_transfers: transfers,
      returns: ownReturns,
      warranty_claims: warranty,
      insurance_claims: insurance.map((c) => ({
        ...c,
        // The files by name, type and size; where they are stored is ours.
        attachments: c.attachments.map(({ name, contentType, sizeBytes }) => ({
          name,
          contentType,
          sizeBytes,
        })),
      })),
    };
  },
};
