/**
 * English email strings (ICU MessageFormat); every key starts with `mail.`. Emails are read in
 * the recipient's language (issue 13): amounts, dates and rates arrive formatted for it.
 */
export const en = {
  'mail.signature': '— Reloop, the marketplace for refurbished electronics',
  'mail.greeting': 'Hello {name},',
  'mail.greeting.anonymous': 'Hello,',

  // Accounts
  'mail.verifyEmail.subject': 'Confirm your email address',
  'mail.verifyEmail.body':
    'Confirm your email address to finish creating your Reloop account:\n{link}\n\nThe link works once and expires in 48 hours. If you did not sign up, ignore this email.',
  'mail.alreadyRegistered.subject': 'Someone tried to sign up with your email',
  'mail.alreadyRegistered.body':
    'Someone, perhaps you, tried to create a Reloop account with this email address, which already has one.\n\nIf it was you, sign in or reset your password here:\n{link}\n\nIf not, you can ignore this email: nothing has changed.',
  'mail.resetPassword.subject': 'Reset your password',
  'mail.resetPassword.body':
    'Choose a new password for your Reloop account with this link:\n{link}\n\nIt works once and expires in one hour. If you did not ask for it, ignore this email: your password has not changed.',
  'mail.passwordChanged.subject': 'Your password was changed',
  'mail.passwordChanged.body':
    'The password of your Reloop account was just changed and your other sessions were signed out.\n\nIf this was not you, reset your password at once and contact support.',
  'mail.confirmNewEmail.subject': 'Confirm your new email address',
  'mail.confirmNewEmail.body':
    'Confirm that this is the new email address of your Reloop account:\n{link}\n\nThe link works once and expires in 24 hours.',
  'mail.emailChanged.subject': 'Your email address was changed',
  'mail.emailChanged.body':
    'The email address of your Reloop account is now {email}. If this was not you, contact support at once.',
  'mail.closedByUser.subject': 'Your Reloop account is closed',
  'mail.closedByUser.body':
    'As you asked, your Reloop account was closed on {date}. You are signed out everywhere.\n\nWe keep the records the law requires (orders, invoices) for their legal retention periods and erase the rest according to our privacy policy. To open an account again with this address, contact support.',
  'mail.closedByPlatform.subject': 'We have closed your Reloop account',
  'mail.closedByPlatform.body':
    'We closed your Reloop account on {date}.\n\nReason: {reason}\n{details}\n\nGround: {ground}\n\nThis decision was taken by a member of our staff, not by automated means.\nStatement of reasons reference: {statementId}\n\nYour options: {redress}',
  'mail.operatorInvite.subject': 'You are invited to the Reloop operator console',
  'mail.operatorInvite.body':
    '{inviter} invited you to join the Reloop operator console as {role}.\n\nAccept the invitation:\n{link}\n\nWithout a Reloop account yet, you choose your name and password there. If you already have one, open the link signed in as {email} with that address verified: the role goes to that account only, and you sign in again afterwards. The link works once and expires in 7 days.',

  // Statements of reasons (DSA Art. 17) as emails tell them: reasons, grounds, durations and
  // redress per code, in the reader's language (the stored statement keeps its own text).
  'mail.ground.illegalContent': 'Illegal content or activity — {legalGround}',
  'mail.ground.incompatibleTerms': 'Incompatible with our terms — {clause}',
  'mail.redress.user':
    'You may contest this decision free of charge through our internal complaint system within 6 months (with the complaint form linked in the email that told you of it), refer it to a certified out-of-court dispute settlement body, or go to court.',
  'mail.redress.seller':
    'You may contest this decision free of charge through our internal complaint system within 6 months (with the complaint form linked in the email that told you of it, open to every owner of the shop), refer it to a certified out-of-court dispute settlement body, or go to court.',
  'mail.closure.reason.fraud': 'Fraud or attempted fraud',
  'mail.closure.reason.payment_abuse': 'Payment abuse (chargebacks, unpaid orders)',
  'mail.closure.reason.scraping': 'Automated extraction of the catalog (scraping)',
  'mail.closure.reason.abusive_behaviour': 'Abusive behaviour towards sellers or staff',
  'mail.closure.reason.duplicate_account': 'More than one account for the same person',
  'mail.closure.reason.false_identity': 'False or misleading account information',
  'mail.closure.reason.illegal_content': 'Illegal content or activity',
  'mail.closure.clause.fraud': 'Terms of use §8.2 — fraudulent use of the service',
  'mail.closure.clause.payment_abuse': 'Terms of use §8.3 — abuse of payment and refund processes',
  'mail.closure.clause.scraping': 'Terms of use §7.4 — automated extraction of content is forbidden',
  'mail.closure.clause.abusive_behaviour': 'Terms of use §8.1 — respectful use of the service',
  'mail.closure.clause.duplicate_account': 'Terms of use §3.1 — one account per user',
  'mail.closure.clause.false_identity': 'Terms of use §3.2 — accurate and complete registration data',
  'mail.suspension.reason.incomplete_trader_data': 'Incomplete trader information',
  'mail.suspension.reason.inaccurate_trader_data': 'Inaccurate or unreliable trader information',
  'mail.suspension.reason.invalid_payment_account': 'Payment account details that cannot be used',
  'mail.suspension.reason.invalid_id_document':
    'Identity document missing, expired or not matching the legal representative',
  'mail.suspension.reason.quality_criteria': 'Quality rates above Reloop’s thresholds',
  'mail.suspension.clause.incomplete_trader_data':
    'Seller terms §4.1 — complete trader information (DSA Art. 30(1) and (3))',
  'mail.suspension.clause.inaccurate_trader_data':
    'Seller terms §4.2 — accurate and up-to-date trader information (DSA Art. 30(2) and (3))',
  'mail.suspension.clause.invalid_payment_account':
    'Seller terms §4.3 — a payment account in the trader’s name',
  'mail.suspension.clause.invalid_id_document':
    'Seller terms §4.1 — identification of the trader (DSA Art. 30(1)(b))',
  'mail.suspension.clause.quality_criteria':
    'Seller terms §6 — quality criteria (delivery times, stock, quality of products)',
  'mail.suspension.lasts.incomplete_trader_data':
    'until the trader information is corrected and checked again',
  'mail.suspension.lasts.inaccurate_trader_data':
    'until the trader information is corrected and checked again',
  'mail.suspension.lasts.invalid_payment_account':
    'until the trader information is corrected and checked again',
  'mail.suspension.lasts.invalid_id_document': 'until the trader information is corrected and checked again',
  'mail.suspension.lasts.quality_criteria':
    'until a plan to bring the quality rates back within the thresholds is agreed with Reloop',

  // Checkout and the receipt inside its emails
  'mail.receipt.order': 'Order {orderId} — sold by {seller}',
  'mail.receipt.orderWithInvoice': 'Order {orderId} — sold by {seller} — invoice {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — unit {unit} — line excl. VAT {net} — line incl. VAT {gross}',
  'mail.receipt.notApplicable': 'n/a',
  'mail.receipt.delivery': 'Delivery: {amount}',
  'mail.receipt.vat': 'VAT {rate} on {net}: {vat}',
  'mail.receipt.insurance': 'Insurance (breakage and theft, 12 months): {amount}',
  'mail.receipt.orderTotal': 'Order total: {amount}',
  'mail.receipt.serviceFee': 'Service fee: {amount}',
  'mail.receipt.totalPaid': 'Total paid: {amount}',
  'mail.confirmation.subject': 'Your Reloop order is confirmed ({orders})',
  'mail.confirmation.intro':
    'Thank you for your order. Your payment is confirmed and the sellers have been asked to ship.',
  'mail.confirmation.policies': 'Your insurance policies (breakage and theft, 12 months): {policies}',
  'mail.confirmation.follow': 'Follow your order: {link}',
  'mail.awaitingTransfer.subject': 'Your Reloop order is waiting for your bank transfer',
  'mail.awaitingTransfer.body':
    'Your order is reserved until {dueAt} (48 hours). Please transfer {amount} to:\n\nBeneficiary: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nReference (required): {reference}\n\nWithout payment by then the order is cancelled and the items are released.',
  'mail.cancelledUnpaid.subject': 'Your Reloop order was cancelled: no payment received',
  'mail.cancelledUnpaid.body':
    'We did not receive your bank transfer of {amount} within 48 hours, so orders {orders} were cancelled and the items released. Nothing was charged. If you already paid, reply to this email and we will refund you.',
  'mail.latePayment.subject': 'Your Reloop payment arrived too late: it is refunded in full',
  'mail.latePayment.body':
    'Your payment of {amount} reached us after orders {orders} had been cancelled, and the items are no longer available (or your cart was ordered again). {refunded, select, yes {We have refunded it in full to the same card or account; depending on your bank, it shows within 5 to 10 days.} other {We are refunding it in full: our support team is on it and will confirm by email.}} No order was placed with this payment.',

  // Orders
  'mail.shipped.subject': 'Your order {orderId} is on its way',
  'mail.shipped.body': 'Your order {orderId} was handed to {carrier}.\nTracking number: {tracking}',

  // Refunds
  'mail.refund.delay':
    'The money goes back to the payment method you used; depending on your bank it can take 5 to 10 business days to appear.',
  'mail.refundIssued.subject': 'Your Reloop refund of {amount} (order {orderId})',
  'mail.refundIssued.cancelled':
    'Your order {orderId} for {quantity} × {product} ({grade}) was cancelled and refunded in full.',
  'mail.refundIssued.partial': 'We refunded {amount} for {quantity} × {product} ({grade}), order {orderId}.',
  'mail.refundIssued.details': 'Amount refunded: {amount}\nReason: {reason}',
  'mail.refundFailed.subject': 'Your Reloop refund of {amount} did not go through',
  'mail.refundFailed.body':
    'We tried to refund {amount} for {what, select, line {{description}} insurance {an insurance premium that could not be issued} service_fee {the service fee} other {the payment that arrived after your order was cancelled}}{orderId, select, none {} other { (order {orderId})}}, but your bank or card issuer refused it.\n\nNo money has reached you for this refund yet. Our team has been alerted and will refund you again, or contact you if we need another way to pay you back. You do not need to do anything.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Refund {refundId} failed: {amount}{orderId, select, none {} other {, order {orderId}}}',
  'mail.refundFailedOperator.body':
    'Refund {refundId} of {amount} for {description}{orderId, select, none {} other {, order {orderId}}} (checkout {checkoutId}) {how, select, refused {was refused by} other {failed at}} the payment provider{message}.\n\n{what, select, line {The line is refundable again (state {lineState}).} insurance {It was an insurance premium refunded because the policy could not be issued.} service_fee {It was the service fee of the checkout.} other {It was money that arrived after the checkout was released (no order): it stays owed on late_payment_payable.}} {how, select, reversed {Its ledger entry was reversed.} other {Nothing was booked.}}{released, select, yes {\nThe units it put back on sale were sold meanwhile: do not let the seller ship this line; refund it again.} other {}}\n\nThe buyer has not been paid back: retry it from the failed refunds page or arrange another payment.\n{link}',
  'mail.serviceFeeRefunded.subject': 'Your Reloop order is fully cancelled: service fee of {fee} refunded',
  'mail.serviceFeeRefunded.body':
    'Every item of your order was cancelled or refunded, so we refunded the service fee of {fee} as well.\n\nIn total, {total} is on its way back to the payment method you used (nothing is left to pay); depending on your bank it can take 5 to 10 business days to appear.',
  'mail.insuranceRefunded.subject':
    'Your Reloop insurance could not be issued: {amount} refunded (order {orderId})',
  'mail.insuranceRefunded.body':
    'The insurer could not issue the breakage and theft insurance for {product} ({grade}), unit {unit} of order {orderId}. Your device is not insured, so we refunded its premium of {amount}.\n\nYour order itself is not affected.',

  // Seller quality
  'mail.quality.rate.aestheticDefectBp': 'Aesthetic defects',
  'mail.quality.rate.wrongProductBp': 'Wrong product',
  'mail.quality.rate.defectiveProductBp': 'Defective product',
  'mail.quality.rate.wrongAccessoriesBp': 'Wrong accessories',
  'mail.quality.rate.lateDeliveryBp': 'Late deliveries',
  'mail.quality.rate.cancellationBp': 'Cancellations',
  'mail.quality.flagLine': '- {rate}: {value} (threshold {threshold})',
  'mail.quality.flagged.subject': '{shop}: quality rates above Reloop’s thresholds',
  'mail.quality.flagged.body':
    'Over the last 90 days, these rates of {shop} went above the thresholds of Reloop’s quality criteria:\n\n{flags}\n\nUntil they are back within, these rates lower your offers’ buybox ranking, and our team will review your account. Accept or cancel orders quickly, ship within the delay you promise, and describe each device’s grade accurately.\n\nYour dashboard shows the rates and their trend:\n{link}',
  'mail.quality.warned.subject': '{shop}: warning about your quality rates',
  'mail.quality.warned.body':
    'Our team reviewed the quality rates of {shop}, which are above Reloop’s thresholds.\n\n{note}\n\nIf the rates stay above the thresholds, Reloop may suspend your shop and unpublish its offers (seller terms §6, quality criteria). Your dashboard shows the rates and their trend:\n{link}',

  // Seller onboarding
  'mail.onboarding.note': 'Note from our compliance team: {note}',
  'mail.onboarding.received.subject': 'We received your seller application for {shop}',
  'mail.onboarding.received.body':
    'Thank you for applying to sell on Reloop as {shop}. Our compliance team checks the trader information you gave (DSA Art. 30) before your shop can publish offers; you will hear from us by email.\n\nFollow your application here:\n{link}',
  'mail.onboarding.resubmitted.subject': 'We received your corrected application for {shop}',
  'mail.onboarding.resubmitted.body':
    'Thank you: your corrected seller application for {shop} is back with our compliance team.\n\nFollow it here:\n{link}',
  'mail.onboarding.approved.subject': '{shop} is approved to sell on Reloop',
  'mail.onboarding.approved.body':
    'Good news: your trader information was checked and {shop} may now publish offers on Reloop. Your shop’s address is {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Keep your trader information up to date: we must suspend shops whose information becomes incomplete or inaccurate.',
  'mail.onboarding.rejected.subject': 'Your seller application for {shop} was not accepted',
  'mail.onboarding.rejected.body':
    'We are sorry: after checking it, we cannot accept your application to sell on Reloop as {shop}.\n\nWhy: {reasons}\n\n{redress}\n\nYou may apply again with complete and accurate information:\n{link}',
  'mail.onboarding.correction.subject': 'Please correct your seller application for {shop}',
  'mail.onboarding.correction.body':
    'Before {shop} can sell on Reloop, some of the trader information you gave must be corrected or completed.\n\nWhat to fix: {reasons}\n\nCorrect your application here:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} is suspended on Reloop — statement of reasons',
  'mail.onboarding.suspended.body':
    'Statement of reasons (Digital Services Act, Art. 17)\n\nDecision: suspension of the provision of our service to {shop} (all offers unpublished, no new offers) on all Reloop markets, from {date} {lasts}.\nReason: {reason}\nFacts and circumstances: {details}\nGround: {ground}\nThe decision was taken by a member of our staff on our own initiative, without automated means.\n\nTo have the suspension lifted, reply to this email with the corrected information or your plan.\n\n{redress}\n\nReference: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} may sell on Reloop again',
  'mail.onboarding.reinstated.body':
    'The suspension of {shop} is lifted: your trader information was checked again. Your offers stay unpublished until you publish them again from the seller portal.',
  'mail.onboarding.ended.subject': 'Your seller contract for {shop} has ended',
  'mail.onboarding.ended.body':
    'Your seller contract for {shop} ended on {date}; its offers are no longer shown.',
  'mail.onboarding.ended.statement':
    'Statement of reasons (Digital Services Act, Art. 17): termination of the provision of our service on all Reloop markets, decided by a member of our staff on our own initiative, without automated means.\nFacts and circumstances: {details}\n\n{redress}\n\nReference: {statementId}',
  'mail.onboarding.ended.retention':
    'As the Digital Services Act requires, we keep your trader information until {date} (six months after the end of the contract) and then delete it.',

  // Seller team
  'mail.teamInvite.subject': '{inviter} invites you to {seller} on Reloop',
  'mail.teamInvite.body':
    '{inviter} invited you to join {seller} as {role, select, owner {an owner} other {a staff member}} on the Reloop seller portal.\n\nAccept the invitation:\n{link}\n\nWithout a Reloop account yet, you choose your name and password there. If you already have one, open the link signed in as {email} with that address verified: access goes to that account only, once you accept.\n\nThe link works once and expires on {date} (7 days). If you did not expect this, ignore this email: nothing changes.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'We received your message (request {number})',
  'mail.contact.ack.body':
    'Thank you for writing to Reloop customer service. We received your {topic, select, question {question} complaint {complaint about the platform} other {message}} and will answer you by email, usually within two business days.\n\nYour message:\n{message}\n\nIf you write to us again about it, please mention request {number}.',
  'mail.contact.reply.subject': 'Reloop customer service: about your request {number}',
  'mail.contact.reply.body':
    'Reloop customer service answered your request {number}:\n\n{reply}\n\nTo answer, use the contact form on the Reloop website and mention request {number}.',

  // After-sales emails (issue 14: care folders, returns, warranty claims, new paid orders)
  'mail.care.problem':
    '{problem, select, damaged_package {Damaged package} not_received {Item not received} wrong_item {Wrong item received} missing_part {Missing part} defective {Defective item} not_as_described {Not as described} locked {Account or code locked} other {Other problem}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {aesthetic defect} wrong_product {wrong product} defective {defective item} wrong_accessories {wrong accessories} damaged_in_transit {damaged in transit} lost_in_transit {lost in transit} changed_mind {change of mind} no_fault_found {no fault found} other {solved}}',
  'mail.care.opened.subject': 'New help request {folderId} on order {orderId}',
  'mail.care.opened.body':
    'A buyer asked for help with {product} (order {orderId}).\nProblem: {problem}\n\nTheir message:\n{message}\n\nPlease answer within {days, plural, one {# business day} other {# business days}}, in the seller portal or through the API:\n{link}',
  'mail.care.reply.subject': 'New message in help request {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {The seller} other {Reloop customer service}} wrote to you about {product} (order {orderId}):\n\n{message}\n\nRead the conversation and answer:\n{link}',
  'mail.care.reply.toSeller':
    'The buyer wrote again in help request {folderId} about {product} (order {orderId}):\n\n{message}\n\nAnswer in the seller portal or through the API:\n{link}',
  'mail.care.escalated.subject': 'Customer service joined help request {folderId}',
  'mail.care.escalated.body':
    'At {by, select, buyer {the buyer’s} seller {the seller’s} other {our own}} request, Reloop customer service now follows help request {folderId} about {product} (order {orderId}) and will answer in the conversation.\n\n{link}',
  'mail.care.closed.subject': 'Your help request {folderId} is closed',
  'mail.care.closed.body':
    'Your help request {folderId} about {product} (order {orderId}) was closed.\nOutcome: {reason}\n\nIf your problem is not solved, write in the conversation: it opens again.\n{link}',
  'mail.return.requested.subject': 'Return requested on order {orderId}',
  'mail.return.requested.body':
    'The buyer asked to return {quantity} × {product} (order {orderId}): {kind, select, withdrawal {a withdrawal within the legal 14 days, no reason needed} other {a return within your return window}}.\nAmount to refund once the item is back: {amount}\n\nIssue the return label:\n{link}',
  'mail.return.label.subject': 'Your return label for order {orderId}',
  'mail.return.label.body':
    'Your return of {product} (order {orderId}) is accepted. Send the parcel with {carrier}.\nReturn tracking number: {tracking}\n\nYou are refunded {amount} once the item is back with the seller.\n{link}',
  'mail.warranty.opened.subject': 'Warranty claim {claimId} on order {orderId}',
  'mail.warranty.opened.body':
    'The buyer made a claim on {product} (order {orderId}) under {basis, select, commercial_warranty {your commercial warranty} other {the legal guarantee of conformity}}.\n\nWhat happened:\n{description}\n\nDecide on a repair, a replacement or a refund:\n{link}',
  'mail.warranty.decided.subject': 'Decision on your warranty claim {claimId}',
  'mail.warranty.decided.body':
    'The seller decided on your claim about {product} (order {orderId}): {outcome, select, repair {your device will be repaired and sent back to you} replacement {you will receive a replacement device} other {you are refunded, and the money reaches you within a few days}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'New paid order {orderId}',
  'mail.sellerOrder.paid.body':
    'Order {orderId} is paid: {total}. Accept it, then ship it within the delay you promised:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Your insurance claim {claimRef}',
  'mail.insuranceClaim.filed.body':
    'We sent your claim about {product} (order {orderId}) to the insurer, under policy {policyRef}: {cover, select, breakage {breakage} theft {theft} other {liquid damage}}.\nClaim reference: {claimRef}\n\nThe insurer reviews it within a few days, and we email you as soon as it answers.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Your insurance claim {claimRef} is accepted} refused {Your insurance claim {claimRef} is refused} other {Your insurance claim {claimRef} is settled}}',
  'mail.insuranceClaim.status.body':
    'The insurer answered about your claim {claimRef} on {product} (order {orderId}): {status, select, accepted {it is accepted, and {outcome, select, repair {your device will be repaired} replacement {your device will be replaced} other {the insurer pays you the value of your device}}.} refused {it is refused, because {refusal, select, no_proof_of_theft {a theft needs a police report and none was sent with the claim} other {the policy does not cover it}}.} other {it is settled: {outcome, select, repair {the repair is done} replacement {the replacement is done} other {the payment was made}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'How is your {product}?',
  'mail.review.request.body':
    'You received {product} (order {orderId}) about a week ago. Tell other buyers what you think of it and of its delivery: your rating and a few words help them choose.\n\nWrite your review here, no sign-in needed (the link works until {expires}):\n{link}\n\nOnly buyers who received the product can review it, and Reloop gives nothing in exchange for a review, good or bad.',
  'mail.review.published.subject': 'Your review of {product} is online',
  'mail.review.published.body':
    'Thank you: your review of {product} (order {orderId}) is published.\n\nYou can edit it until {editUntil}, and delete it at any time:\n{link}\n\nPhotos you add are shown once a person has checked them.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Your review of {product} was removed} photos {The photos of your review of {product} are not published} reply {Your reply to a review of {product} was removed} other {Your account can no longer write reviews}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {We removed your review of {product} (order {orderId}, written on {reviewDate}).} photos {We did not publish the photos of your review of {product} (order {orderId}, written on {reviewDate}). When one photo breaks our review rules, none of the review’s photos is published; the text of your review stays online.} reply {We removed your reply to a review of {product} (order {orderId}).} other {We blocked your account from writing reviews {permanent, select, yes {permanently} other {until {until}}}.}}\n\nReason: {criterion}\nWhat we found: {facts}\n\nThis email is our statement of reasons (reference {statementId}). You can contest this decision free of charge within 6 months{kind, select, reply {: reply to this email.} block {, with the appeal form: give your email, the order number and the date of one of your reviews, and the reference above:\n{link}} removal {, with our complaint form:\n{link}} other {, with the appeal form: give your email, the order number {orderId} and the date of your review {reviewDate}:\n{link}}}\n\nYou may also refer the decision to a certified out-of-court dispute settlement body, or go to court.',
  'mail.reviewModeration.appeal.subject': 'Decision on your appeal',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {We examined your appeal and reversed our decision: {kind, select, removal {your review of {product} is published again.} photos {the photos of your review of {product} are published.} other {your account can write reviews again.}}} other {We examined your appeal and upheld our decision. You may still refer it to a certified out-of-court dispute settlement body, or go to court.}}\n\nNote from our team: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject': 'We received your report about review {reviewId}',
  'mail.reviewModeration.noticeReceived.body':
    'We received your report about {target, select, reply {the seller’s reply to review {reviewId}} other {review {reviewId}}} on {date} (reason given: {criterion}). Its reference is {noticeId}. A person will examine it and tell you the decision by email.',
  'mail.reviewModeration.notice.subject': 'Your report about review {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {We examined your report and removed the {target, select, reply {seller’s reply to review {reviewId}} other {review {reviewId}}}. Reason: {criterion}.} other {We examined your report about the {target, select, reply {seller’s reply to review {reviewId}} other {review {reviewId}}} and kept it online: in our view it does not break our review rules ({criterion}). You can contest this decision by replying to this email, refer it to a certified out-of-court dispute settlement body, or go to court.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {not about the product or the purchase} off_topic {off topic} offensive {offensive or vulgar content} discriminatory {discriminatory or hateful content} personal_data {personal data} advertising {advertising, links or contact details} not_authentic {not authentic or written with a conflict of interest} illegal_content {illegal content} spam {spam or duplicate} photo_not_product {a photo that does not show the product} photo_people {a photo showing people} photo_unsuitable {an unsuitable photo} serious {a serious violation of our review rules} repeated {repeated violations of our review rules} other {a violation of our review rules}}',
} as const satisfies Record<string, string>;
