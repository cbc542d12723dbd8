import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, el marketplace de electrónica reacondicionada',
  'mail.greeting': 'Hola, {name}:',
  'mail.greeting.anonymous': 'Hola:',

  'mail.verifyEmail.subject': 'Confirma tu dirección de correo electrónico',
  'mail.verifyEmail.body':
    'Confirma tu dirección de correo electrónico para terminar de crear tu cuenta de Reloop:\n{link}\n\nEl enlace funciona una sola vez y caduca en 48 horas. Si no te has registrado, ignora este correo.',
  'mail.alreadyRegistered.subject': 'Alguien ha intentado registrarse con tu correo electrónico',
  'mail.alreadyRegistered.body':
    'Alguien, quizá tú, ha intentado crear una cuenta de Reloop con esta dirección de correo electrónico, que ya tiene una.\n\nSi fuiste tú, inicia sesión o restablece tu contraseña aquí:\n{link}\n\nSi no, puedes ignorar este correo: no ha cambiado nada.',
  'mail.resetPassword.subject': 'Restablece tu contraseña',
  'mail.resetPassword.body':
    'Elige una nueva contraseña para tu cuenta de Reloop con este enlace:\n{link}\n\nFunciona una sola vez y caduca en una hora. Si no lo has pedido, ignora este correo: tu contraseña no ha cambiado.',
  'mail.passwordChanged.subject': 'Tu contraseña se ha cambiado',
  'mail.passwordChanged.body':
    'La contraseña de tu cuenta de Reloop se acaba de cambiar y se han cerrado tus demás sesiones.\n\nSi no has sido tú, restablece tu contraseña de inmediato y contacta con atención al cliente.',
  'mail.confirmNewEmail.subject': 'Confirma tu nueva dirección de correo electrónico',
  'mail.confirmNewEmail.body':
    'Confirma que esta es la nueva dirección de correo electrónico de tu cuenta de Reloop:\n{link}\n\nEl enlace funciona una sola vez y caduca en 24 horas.',
  'mail.emailChanged.subject': 'Tu dirección de correo electrónico se ha cambiado',
  'mail.emailChanged.body':
    'La dirección de correo electrónico de tu cuenta de Reloop es ahora {email}. Si no has sido tú, contacta de inmediato con atención al cliente.',
  'mail.closedByUser.subject': 'Tu cuenta de Reloop está cerrada',
  'mail.closedByUser.body':
    'Tal como pediste, tu cuenta de Reloop se cerró el {date}. Se ha cerrado tu sesión en todas partes.\n\nConservamos los registros que exige la ley (pedidos, facturas) durante sus plazos legales de conservación y borramos el resto según nuestra política de privacidad. Para volver a abrir una cuenta con esta dirección, contacta con atención al cliente.',
  'mail.closedByPlatform.subject': 'Hemos cerrado tu cuenta de Reloop',
  'mail.closedByPlatform.body':
    'Cerramos tu cuenta de Reloop el {date}.\n\nMotivo: {reason}\n{details}\n\nFundamento: {ground}\n\nEsta decisión la tomó un miembro de nuestro equipo, no un medio automatizado.\nReferencia de la exposición de motivos: {statementId}\n\nTus opciones: {redress}',
  'mail.operatorInvite.subject': 'Te invitan a la consola de operación de Reloop',
  'mail.operatorInvite.body':
    '{inviter} te ha invitado a unirte a la consola de operación de Reloop como {role}.\n\nAceptar la invitación:\n{link}\n\nSi aún no tienes cuenta de Reloop, allí eliges tu nombre y contraseña. Si ya tienes una, abre el enlace con la sesión iniciada como {email} y esa dirección verificada: el rol se asigna solo a esa cuenta y después vuelves a iniciar sesión. El enlace funciona una sola vez y caduca en 7 días.',

  'mail.ground.illegalContent': 'Contenido o actividad ilícitos — {legalGround}',
  'mail.ground.incompatibleTerms': 'Incompatible con nuestras condiciones — {clause}',
  'mail.redress.user':
    'Puedes impugnar esta decisión de forma gratuita a través de nuestro sistema interno de tramitación de reclamaciones en un plazo de 6 meses (con el formulario de reclamación enlazado en el correo que te comunicó la decisión), someterla a un órgano certificado de resolución extrajudicial de litigios o acudir a los tribunales.',
  'mail.redress.seller':
    'Puedes impugnar esta decisión de forma gratuita a través de nuestro sistema interno de tramitación de reclamaciones en un plazo de 6 meses (con el formulario de reclamación enlazado en el correo que te comunicó la decisión, abierto a cada propietario de la tienda), someterla a un órgano certificado de resolución extrajudicial de litigios o acudir a los tribunales.',
  'mail.closure.reason.fraud': 'Fraude o intento de fraude',
  'mail.closure.reason.payment_abuse': 'Abuso en los pagos (contracargos, pedidos impagados)',
  'mail.closure.reason.scraping': 'Extracción automatizada del catálogo (scraping)',
  'mail.closure.reason.abusive_behaviour': 'Comportamiento abusivo hacia vendedores o personal',
  'mail.closure.reason.duplicate_account': 'Más de una cuenta para la misma persona',
  'mail.closure.reason.false_identity': 'Datos de cuenta falsos o engañosos',
  'mail.closure.reason.illegal_content': 'Contenido o actividad ilícitos',
  'mail.closure.clause.fraud': 'Condiciones de uso §8.2 — uso fraudulento del servicio',
  'mail.closure.clause.payment_abuse': 'Condiciones de uso §8.3 — abuso de los procesos de pago y reembolso',
  'mail.closure.clause.scraping':
    'Condiciones de uso §7.4 — se prohíbe la extracción automatizada de contenido',
  'mail.closure.clause.abusive_behaviour': 'Condiciones de uso §8.1 — uso respetuoso del servicio',
  'mail.closure.clause.duplicate_account': 'Condiciones de uso §3.1 — una cuenta por usuario',
  'mail.closure.clause.false_identity': 'Condiciones de uso §3.2 — datos de registro exactos y completos',
  'mail.suspension.reason.incomplete_trader_data': 'Información comercial incompleta',
  'mail.suspension.reason.inaccurate_trader_data': 'Información comercial inexacta o poco fiable',
  'mail.suspension.reason.invalid_payment_account': 'Datos de la cuenta de pago que no se pueden usar',
  'mail.suspension.reason.invalid_id_document':
    'Documento de identidad ausente, caducado o que no corresponde al representante legal',
  'mail.suspension.reason.quality_criteria': 'Tasas de calidad por encima de los umbrales de Reloop',
  'mail.suspension.clause.incomplete_trader_data':
    'Condiciones para vendedores §4.1 — información comercial completa (DSA art. 30, apartados 1 y 3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Condiciones para vendedores §4.2 — información comercial exacta y actualizada (DSA art. 30, apartados 2 y 3)',
  'mail.suspension.clause.invalid_payment_account':
    'Condiciones para vendedores §4.3 — una cuenta de pago a nombre del comerciante',
  'mail.suspension.clause.invalid_id_document':
    'Condiciones para vendedores §4.1 — identificación del comerciante (DSA art. 30, apartado 1, letra b)',
  'mail.suspension.clause.quality_criteria':
    'Condiciones para vendedores §6 — criterios de calidad (plazos de entrega, existencias, calidad de los productos)',
  'mail.suspension.lasts.incomplete_trader_data':
    'hasta que la información comercial se corrija y se vuelva a comprobar',
  'mail.suspension.lasts.inaccurate_trader_data':
    'hasta que la información comercial se corrija y se vuelva a comprobar',
  'mail.suspension.lasts.invalid_payment_account':
    'hasta que la información comercial se corrija y se vuelva a comprobar',
  'mail.suspension.lasts.invalid_id_document':
    'hasta que la información comercial se corrija y se vuelva a comprobar',
  'mail.suspension.lasts.quality_criteria':
    'hasta que se acuerde con Reloop un plan para devolver las tasas de calidad por debajo de los umbrales',

  'mail.receipt.order': 'Pedido {orderId} — vendido por {seller}',
  'mail.receipt.orderWithInvoice': 'Pedido {orderId} — vendido por {seller} — factura {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — precio unitario {unit} — línea sin IVA {net} — línea con IVA {gross}',
  'mail.receipt.notApplicable': 'no aplica',
  'mail.receipt.delivery': 'Envío: {amount}',
  'mail.receipt.vat': 'IVA {rate} sobre {net}: {vat}',
  'mail.receipt.insurance': 'Seguro (rotura y robo, 12 meses): {amount}',
  'mail.receipt.orderTotal': 'Total del pedido: {amount}',
  'mail.receipt.serviceFee': 'Tarifa de servicio: {amount}',
  'mail.receipt.totalPaid': 'Total pagado: {amount}',
  'mail.confirmation.subject': 'Tu pedido de Reloop está confirmado ({orders})',
  'mail.confirmation.intro':
    'Gracias por tu pedido. Tu pago está confirmado y hemos pedido a los vendedores que lo envíen.',
  'mail.confirmation.policies': 'Tus pólizas de seguro (rotura y robo, 12 meses): {policies}',
  'mail.confirmation.follow': 'Sigue tu pedido: {link}',
  'mail.awaitingTransfer.subject': 'Tu pedido de Reloop está a la espera de tu transferencia',
  'mail.awaitingTransfer.body':
    'Tu pedido está reservado hasta el {dueAt} (48 horas). Transfiere {amount} a:\n\nBeneficiario: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nConcepto (obligatorio): {reference}\n\nSi no recibimos el pago antes, el pedido se cancela y los artículos se liberan.',
  'mail.cancelledUnpaid.subject': 'Tu pedido de Reloop se ha cancelado: no hemos recibido el pago',
  'mail.cancelledUnpaid.body':
    'No hemos recibido tu transferencia de {amount} en 48 horas, así que los pedidos {orders} se han cancelado y los artículos se han liberado. No se ha cobrado nada. Si ya has pagado, responde a este correo y te lo devolveremos.',
  'mail.latePayment.subject': 'Tu pago a Reloop llegó tarde: se te reembolsa íntegramente',
  'mail.latePayment.body':
    'Tu pago de {amount} nos llegó después de que se cancelaran los pedidos {orders}, y los artículos ya no están disponibles (o tu cesta se volvió a pedir). {refunded, select, yes {Te lo hemos reembolsado íntegramente en la misma tarjeta o cuenta; según tu banco, aparecerá en un plazo de 5 a 10 días.} other {Te lo estamos reembolsando íntegramente: nuestro equipo de atención al cliente se encarga y te lo confirmará por correo.}} Con este pago no se ha realizado ningún pedido.',

  'mail.shipped.subject': 'Tu pedido {orderId} está en camino',
  'mail.shipped.body': 'Tu pedido {orderId} se ha entregado a {carrier}.\nNúmero de seguimiento: {tracking}',

  'mail.refund.delay':
    'El dinero vuelve al método de pago que usaste; según tu banco, puede tardar de 5 a 10 días hábiles en aparecer.',
  'mail.refundIssued.subject': 'Tu reembolso de Reloop de {amount} (pedido {orderId})',
  'mail.refundIssued.cancelled':
    'Tu pedido {orderId} de {quantity} × {product} ({grade}) se ha cancelado y reembolsado íntegramente.',
  'mail.refundIssued.partial':
    'Te hemos reembolsado {amount} por {quantity} × {product} ({grade}), pedido {orderId}.',
  'mail.refundIssued.details': 'Importe reembolsado: {amount}\nMotivo: {reason}',
  'mail.refundFailed.subject': 'Tu reembolso de Reloop de {amount} no se ha podido completar',
  'mail.refundFailed.body':
    'Intentamos reembolsarte {amount} por {what, select, line {{description}} insurance {una prima de seguro cuya póliza no pudo emitirse} service_fee {la tarifa de servicio} other {el pago que llegó después de que se cancelara tu pedido}}{orderId, select, none {} other { (pedido {orderId})}}, pero tu banco o el emisor de tu tarjeta lo rechazó.\n\nTodavía no has recibido dinero por este reembolso. Nuestro equipo ha sido avisado y volverá a reembolsarte, o se pondrá en contacto contigo si necesitamos otra forma de devolverte el dinero. No tienes que hacer nada.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Reembolso {refundId} fallido: {amount}{orderId, select, none {} other {, pedido {orderId}}}',
  'mail.refundFailedOperator.body':
    'El reembolso {refundId} de {amount} por {description}{orderId, select, none {} other {, pedido {orderId}}} (checkout {checkoutId}) {how, select, refused {fue rechazado por} other {falló en}} el proveedor de pagos{message}.\n\n{what, select, line {La línea vuelve a ser reembolsable (estado {lineState}).} insurance {Era una prima de seguro reembolsada porque la póliza no pudo emitirse.} service_fee {Era la tarifa de servicio del checkout.} other {Era dinero que llegó después de liberar el checkout (sin pedido): sigue adeudado en late_payment_payable.}} {how, select, reversed {Su asiento contable se ha revertido.} other {No se ha contabilizado nada.}}{released, select, yes {\nLas unidades que volvieron a la venta se han vendido entretanto: no dejes que el vendedor envíe esta línea; reembólsala de nuevo.} other {}}\n\nAl comprador no se le ha devuelto el dinero: reintenta el reembolso desde la página de reembolsos fallidos u organiza otro pago.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Tu pedido de Reloop está totalmente cancelado: tarifa de servicio de {fee} reembolsada',
  'mail.serviceFeeRefunded.body':
    'Todos los artículos de tu pedido se han cancelado o reembolsado, así que también te hemos reembolsado la tarifa de servicio de {fee}.\n\nEn total, {total} vuelve al método de pago que usaste (no queda nada por pagar); según tu banco, puede tardar de 5 a 10 días hábiles en aparecer.',
  'mail.insuranceRefunded.subject':
    'Tu seguro de Reloop no se ha podido emitir: {amount} reembolsados (pedido {orderId})',
  'mail.insuranceRefunded.body':
    'La aseguradora no ha podido emitir el seguro de rotura y robo para {product} ({grade}), unidad {unit} del pedido {orderId}. Tu dispositivo no está asegurado, así que te hemos reembolsado su prima de {amount}.\n\nTu pedido en sí no se ve afectado.',

  'mail.quality.rate.aestheticDefectBp': 'Defectos estéticos',
  'mail.quality.rate.wrongProductBp': 'Producto equivocado',
  'mail.quality.rate.defectiveProductBp': 'Producto defectuoso',
  'mail.quality.rate.wrongAccessoriesBp': 'Accesorios equivocados',
  'mail.quality.rate.lateDeliveryBp': 'Entregas con retraso',
  'mail.quality.rate.cancellationBp': 'Cancelaciones',
  'mail.quality.flagLine': '- {rate}: {value} (umbral {threshold})',
  'mail.quality.flagged.subject': '{shop}: tasas de calidad por encima de los umbrales de Reloop',
  'mail.quality.flagged.body':
    'En los últimos 90 días, estas tasas de {shop} superaron los umbrales de los criterios de calidad de Reloop:\n\n{flags}\n\nHasta que vuelvan a estar por debajo, estas tasas bajan la posición de tus ofertas en la buybox, y nuestro equipo revisará tu cuenta. Acepta o cancela los pedidos con rapidez, envía en el plazo prometido y describe con precisión el estado de cada dispositivo.\n\nTu panel muestra las tasas y su evolución:\n{link}',
  'mail.quality.warned.subject': '{shop}: aviso sobre tus tasas de calidad',
  'mail.quality.warned.body':
    'Nuestro equipo ha revisado las tasas de calidad de {shop}, que superan los umbrales de Reloop.\n\n{note}\n\nSi las tasas siguen por encima de los umbrales, Reloop puede suspender tu tienda y despublicar sus ofertas (condiciones para vendedores §6, criterios de calidad). Tu panel muestra las tasas y su evolución:\n{link}',

  'mail.onboarding.note': 'Nota de nuestro equipo de cumplimiento: {note}',
  'mail.onboarding.received.subject': 'Hemos recibido tu solicitud de vendedor para {shop}',
  'mail.onboarding.received.body':
    'Gracias por solicitar vender en Reloop como {shop}. Nuestro equipo de cumplimiento comprueba la información comercial que has facilitado (DSA art. 30) antes de que tu tienda pueda publicar ofertas; te escribiremos por correo.\n\nSigue tu solicitud aquí:\n{link}',
  'mail.onboarding.resubmitted.subject': 'Hemos recibido tu solicitud corregida para {shop}',
  'mail.onboarding.resubmitted.body':
    'Gracias: tu solicitud de vendedor corregida para {shop} vuelve a estar en manos de nuestro equipo de cumplimiento.\n\nSíguela aquí:\n{link}',
  'mail.onboarding.approved.subject': '{shop} está autorizada para vender en Reloop',
  'mail.onboarding.approved.body':
    'Buenas noticias: hemos comprobado tu información comercial y {shop} ya puede publicar ofertas en Reloop. La dirección de tu tienda es {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Mantén tu información comercial actualizada: debemos suspender las tiendas cuya información pase a ser incompleta o inexacta.',
  'mail.onboarding.rejected.subject': 'Tu solicitud de vendedor para {shop} no ha sido aceptada',
  'mail.onboarding.rejected.body':
    'Lo sentimos: tras revisarla, no podemos aceptar tu solicitud para vender en Reloop como {shop}.\n\nMotivo: {reasons}\n\n{redress}\n\nPuedes volver a solicitarlo con información completa y exacta:\n{link}',
  'mail.onboarding.correction.subject': 'Corrige tu solicitud de vendedor para {shop}',
  'mail.onboarding.correction.body':
    'Antes de que {shop} pueda vender en Reloop, hay que corregir o completar parte de la información comercial que has facilitado.\n\nQué corregir: {reasons}\n\nCorrige tu solicitud aquí:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} está suspendida en Reloop — exposición de motivos',
  'mail.onboarding.suspended.body':
    'Exposición de motivos (Reglamento de Servicios Digitales, art. 17)\n\nDecisión: suspensión de la prestación de nuestro servicio a {shop} (todas las ofertas despublicadas, sin ofertas nuevas) en todos los mercados de Reloop, desde el {date} {lasts}.\nMotivo: {reason}\nHechos y circunstancias: {details}\nFundamento: {ground}\nLa decisión la tomó un miembro de nuestro equipo por iniciativa propia, sin medios automatizados.\n\nPara que se levante la suspensión, responde a este correo con la información corregida o tu plan.\n\n{redress}\n\nReferencia: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} puede volver a vender en Reloop',
  'mail.onboarding.reinstated.body':
    'Se ha levantado la suspensión de {shop}: hemos vuelto a comprobar tu información comercial. Tus ofertas siguen despublicadas hasta que las vuelvas a publicar desde el portal de vendedores.',
  'mail.onboarding.ended.subject': 'Tu contrato de vendedor para {shop} ha finalizado',
  'mail.onboarding.ended.body':
    'Tu contrato de vendedor para {shop} finalizó el {date}; sus ofertas ya no se muestran.',
  'mail.onboarding.ended.statement':
    'Exposición de motivos (Reglamento de Servicios Digitales, art. 17): terminación de la prestación de nuestro servicio en todos los mercados de Reloop, decidida por un miembro de nuestro equipo por iniciativa propia, sin medios automatizados.\nHechos y circunstancias: {details}\n\n{redress}\n\nReferencia: {statementId}',
  'mail.onboarding.ended.retention':
    'Como exige el Reglamento de Servicios Digitales, conservamos tu información comercial hasta el {date} (seis meses después del fin del contrato) y después la eliminamos.',

  'mail.teamInvite.subject': '{inviter} te invita a {seller} en Reloop',
  'mail.teamInvite.body':
    '{inviter} te ha invitado a unirte a {seller} como {role, select, owner {propietario} other {miembro del equipo}} en el portal de vendedores de Reloop.\n\nAceptar la invitación:\n{link}\n\nSi aún no tienes cuenta de Reloop, allí eliges tu nombre y contraseña. Si ya tienes una, abre el enlace con la sesión iniciada como {email} y esa dirección verificada: el acceso se da solo a esa cuenta, cuando aceptes.\n\nEl enlace funciona una sola vez y caduca el {date} (7 días). Si no esperabas esta invitación, ignora este correo: no cambia nada.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'Hemos recibido tu mensaje (solicitud {number})',
  'mail.contact.ack.body':
    'Gracias por escribir al servicio de atención al cliente de Reloop. Hemos recibido tu {topic, select, question {pregunta} complaint {reclamación sobre la plataforma} other {mensaje}} y te responderemos por correo electrónico, normalmente en un plazo de dos días hábiles.\n\nTu mensaje:\n{message}\n\nSi vuelves a escribirnos sobre este asunto, indica la solicitud {number}.',
  'mail.contact.reply.subject': 'Atención al cliente de Reloop: sobre tu solicitud {number}',
  'mail.contact.reply.body':
    'El servicio de atención al cliente de Reloop ha respondido a tu solicitud {number}:\n\n{reply}\n\nPara responder, utiliza el formulario de contacto del sitio web de Reloop e indica la solicitud {number}.',

  // Correos de posventa (issue 14: solicitudes de ayuda, devoluciones, garantía, nuevos pedidos pagados)
  'mail.care.problem':
    '{problem, select, damaged_package {Paquete dañado} not_received {Artículo no recibido} wrong_item {Artículo equivocado} missing_part {Falta una pieza} defective {Artículo defectuoso} not_as_described {No coincide con la descripción} locked {Cuenta o código bloqueado} other {Otro problema}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {defecto estético} wrong_product {producto equivocado} defective {artículo defectuoso} wrong_accessories {accesorios equivocados} damaged_in_transit {dañado durante el transporte} lost_in_transit {perdido durante el transporte} changed_mind {cambio de opinión} no_fault_found {sin defecto encontrado} other {resuelto}}',
  'mail.care.opened.subject': 'Nueva solicitud de ayuda {folderId} en el pedido {orderId}',
  'mail.care.opened.body':
    'Un comprador pide ayuda con {product} (pedido {orderId}).\nProblema: {problem}\n\nSu mensaje:\n{message}\n\nResponde en un plazo de {days, plural, one {# día hábil} other {# días hábiles}}, en el portal de vendedores o a través de la API:\n{link}',
  'mail.care.reply.subject': 'Nuevo mensaje en la solicitud de ayuda {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {El vendedor} other {El servicio de atención al cliente de Reloop}} te ha escrito sobre {product} (pedido {orderId}):\n\n{message}\n\nLee la conversación y responde:\n{link}',
  'mail.care.reply.toSeller':
    'El comprador ha vuelto a escribir en la solicitud de ayuda {folderId} sobre {product} (pedido {orderId}):\n\n{message}\n\nResponde en el portal de vendedores o a través de la API:\n{link}',
  'mail.care.escalated.subject': 'Atención al cliente sigue la solicitud de ayuda {folderId}',
  'mail.care.escalated.body':
    'A petición {by, select, buyer {del comprador} seller {del vendedor} other {de nuestro equipo}}, el servicio de atención al cliente de Reloop sigue ahora la solicitud de ayuda {folderId} sobre {product} (pedido {orderId}) y responderá en la conversación.\n\n{link}',
  'mail.care.closed.subject': 'Tu solicitud de ayuda {folderId} está cerrada',
  'mail.care.closed.body':
    'Tu solicitud de ayuda {folderId} sobre {product} (pedido {orderId}) se ha cerrado.\nResultado: {reason}\n\nSi tu problema no está resuelto, escribe en la conversación: se volverá a abrir.\n{link}',
  'mail.return.requested.subject': 'Devolución solicitada en el pedido {orderId}',
  'mail.return.requested.body':
    'El comprador quiere devolver {quantity} × {product} (pedido {orderId}): {kind, select, withdrawal {un desistimiento dentro de los 14 días legales, sin necesidad de motivo} other {una devolución dentro de tu plazo de devolución}}.\nImporte que reembolsar cuando vuelva el artículo: {amount}\n\nEmite la etiqueta de devolución:\n{link}',
  'mail.return.label.subject': 'Tu etiqueta de devolución para el pedido {orderId}',
  'mail.return.label.body':
    'Tu devolución de {product} (pedido {orderId}) está aceptada. Envía el paquete con {carrier}.\nNúmero de seguimiento de la devolución: {tracking}\n\nTe reembolsaremos {amount} en cuanto el vendedor reciba el artículo.\n{link}',
  'mail.warranty.opened.subject': 'Reclamación de garantía {claimId} en el pedido {orderId}',
  'mail.warranty.opened.body':
    'El comprador presenta una reclamación sobre {product} (pedido {orderId}) en virtud de {basis, select, commercial_warranty {tu garantía comercial} other {la garantía legal de conformidad}}.\n\nLo que ocurrió:\n{description}\n\nDecide entre reparación, sustitución o reembolso:\n{link}',
  'mail.warranty.decided.subject': 'Decisión sobre tu reclamación de garantía {claimId}',
  'mail.warranty.decided.body':
    'El vendedor ha resuelto tu reclamación sobre {product} (pedido {orderId}): {outcome, select, repair {tu dispositivo será reparado y te lo devolverán} replacement {recibirás un dispositivo de sustitución} other {se te reembolsa y el dinero te llegará en unos días}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Nuevo pedido pagado {orderId}',
  'mail.sellerOrder.paid.body':
    'El pedido {orderId} está pagado: {total}. Acéptalo y envíalo dentro del plazo prometido:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Su parte de siniestro {claimRef}',
  'mail.insuranceClaim.filed.body':
    'Hemos enviado a la aseguradora su parte sobre {product} (pedido {orderId}), con la póliza {policyRef}: {cover, select, breakage {rotura} theft {robo} other {daños por líquido}}.\nReferencia del siniestro: {claimRef}\n\nLa aseguradora lo estudia en unos días y le escribiremos en cuanto responda.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Su siniestro {claimRef} ha sido aceptado} refused {Su siniestro {claimRef} ha sido rechazado} other {Su siniestro {claimRef} está liquidado}}',
  'mail.insuranceClaim.status.body':
    'La aseguradora ha respondido sobre su siniestro {claimRef} de {product} (pedido {orderId}): {status, select, accepted {ha sido aceptado y {outcome, select, repair {su dispositivo será reparado} replacement {su dispositivo será sustituido} other {la aseguradora le abona el valor de su dispositivo}}.} refused {ha sido rechazado, porque {refusal, select, no_proof_of_theft {un robo requiere una denuncia policial y no se adjuntó ninguna} other {la póliza no lo cubre}}.} other {está liquidado: {outcome, select, repair {la reparación está hecha} replacement {la sustitución está hecha} other {el pago se ha realizado}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': '¿Qué tal tu {product}?',
  'mail.review.request.body':
    'Recibiste {product} (pedido {orderId}) hace aproximadamente una semana. Cuenta a otros compradores qué opinas del producto y de su entrega: tu valoración y unas palabras les ayudan a elegir.\n\nEscribe tu opinión aquí, sin iniciar sesión (el enlace funciona hasta el {expires}):\n{link}\n\nSolo los compradores que han recibido el producto pueden opinar, y Reloop no da nada a cambio de una opinión, buena o mala.',
  'mail.review.published.subject': 'Tu opinión sobre {product} está publicada',
  'mail.review.published.body':
    'Gracias: tu opinión sobre {product} (pedido {orderId}) está publicada.\n\nPuedes modificarla hasta el {editUntil} y eliminarla en cualquier momento:\n{link}\n\nLas fotos que añadas se muestran después de que una persona las revise.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Hemos retirado tu opinión sobre {product}} photos {Las fotos de tu opinión sobre {product} no se publican} reply {Hemos retirado tu respuesta a una opinión sobre {product}} other {Tu cuenta ya no puede escribir opiniones}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {Hemos retirado tu opinión sobre {product} (pedido {orderId}, escrita el {reviewDate}).} photos {No hemos publicado las fotos de tu opinión sobre {product} (pedido {orderId}, escrita el {reviewDate}). Cuando una foto incumple nuestras normas de opiniones, no se publica ninguna foto de la opinión; el texto de tu opinión sigue en línea.} reply {Hemos retirado tu respuesta a una opinión sobre {product} (pedido {orderId}).} other {Hemos bloqueado tu cuenta para escribir opiniones {permanent, select, yes {de forma permanente} other {hasta el {until}}}.}}\n\nMotivo: {criterion}\nLo que hemos constatado: {facts}\n\nEste correo es nuestra declaración de motivos (referencia {statementId}). Puedes recurrir esta decisión gratuitamente en un plazo de 6 meses{kind, select, reply {: responde a este correo.} block {, con el formulario de recurso: indica tu correo, el número de pedido y la fecha de una de tus opiniones, y la referencia anterior:\n{link}} removal {, con nuestro formulario de reclamación:\n{link}} other {, con el formulario de recurso: indica tu correo, el número de pedido {orderId} y la fecha de tu opinión {reviewDate}:\n{link}}}\n\nTambién puedes acudir a un órgano certificado de resolución extrajudicial de litigios o a los tribunales.',
  'mail.reviewModeration.appeal.subject': 'Decisión sobre tu recurso',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {Hemos examinado tu recurso y anulado nuestra decisión: {kind, select, removal {tu opinión sobre {product} vuelve a estar publicada.} photos {las fotos de tu opinión sobre {product} están publicadas.} other {tu cuenta puede volver a escribir opiniones.}}} other {Hemos examinado tu recurso y mantenido nuestra decisión. Aún puedes acudir a un órgano certificado de resolución extrajudicial de litigios o a los tribunales.}}\n\nNota de nuestro equipo: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject': 'Hemos recibido tu denuncia sobre la opinión {reviewId}',
  'mail.reviewModeration.noticeReceived.body':
    'Hemos recibido el {date} tu denuncia sobre {target, select, reply {la respuesta del vendedor a la opinión {reviewId}} other {la opinión {reviewId}}} (motivo indicado: {criterion}). Su referencia es {noticeId}. Una persona la examinará y te comunicará la decisión por correo.',
  'mail.reviewModeration.notice.subject': 'Tu denuncia sobre la opinión {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {Hemos examinado tu denuncia y retirado {target, select, reply {la respuesta del vendedor a la opinión {reviewId}} other {la opinión {reviewId}}}. Motivo: {criterion}.} other {Hemos examinado tu denuncia sobre {target, select, reply {la respuesta del vendedor a la opinión {reviewId}} other {la opinión {reviewId}}} y la mantenemos en línea: en nuestra opinión no incumple nuestras normas de opiniones ({criterion}). Puedes recurrir esta decisión respondiendo a este correo, acudir a un órgano certificado de resolución extrajudicial de litigios o a los tribunales.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {no trata del producto ni de la compra} off_topic {fuera de tema} offensive {contenido ofensivo o vulgar} discriminatory {contenido discriminatorio o de odio} personal_data {datos personales} advertising {publicidad, enlaces o datos de contacto} not_authentic {no auténtica o escrita con conflicto de intereses} illegal_content {contenido ilícito} spam {spam o duplicado} photo_not_product {una foto que no muestra el producto} photo_people {una foto en la que aparecen personas} photo_unsuitable {una foto inapropiada} serious {una infracción grave de nuestras normas de opiniones} repeated {infracciones repetidas de nuestras normas de opiniones} other {una infracción de nuestras normas de opiniones}}',
};
