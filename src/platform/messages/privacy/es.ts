import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  // Supresión y conservación (H1b)
  'privacy.erasure.dataset.account': 'Tu cuenta (nombre, correo, contraseña)',
  'privacy.erasure.dataset.sessions': 'Sesiones iniciadas',
  'privacy.erasure.dataset.email_links': 'Enlaces enviados por correo (verificación, contraseña)',
  'privacy.erasure.dataset.second_factor': 'Verificación en dos pasos',
  'privacy.erasure.dataset.terms_acceptances': 'Aceptaciones de las condiciones',
  'privacy.erasure.dataset.business_profile': 'Perfil de empresa (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Pedidos y sus facturas',
  'privacy.erasure.dataset.credit_notes': 'Facturas rectificativas',
  'privacy.erasure.dataset.checkouts': 'Pagos de pedidos',
  'privacy.erasure.dataset.carts': 'Cestas',
  'privacy.erasure.dataset.cart_lines': 'Artículos de tu cesta',
  'privacy.erasure.dataset.care_folders': 'Solicitudes de ayuda sobre un pedido',
  'privacy.erasure.dataset.returns': 'Devoluciones',
  'privacy.erasure.dataset.warranty_claims': 'Reclamaciones de garantía',
  'privacy.erasure.dataset.insurance_claims': 'Partes de seguro',
  'privacy.erasure.dataset.support_tickets': 'Mensajes a atención al cliente',
  'privacy.erasure.dataset.reviews': 'Opiniones',
  'privacy.erasure.dataset.review_photos': 'Fotos de opiniones',
  'privacy.erasure.dataset.review_notices': 'Denuncias sobre opiniones',
  'privacy.erasure.dataset.review_appeals': 'Recursos sobre opiniones',
  'privacy.erasure.dataset.reviewer_blocks': 'Restricciones para opinar',
  'privacy.erasure.dataset.seller_applications': 'Solicitudes como vendedor',
  'privacy.erasure.dataset.seller_memberships': 'Pertenencia a equipos de vendedores',
  'privacy.erasure.dataset.audit_events': 'Entradas del registro de seguridad',
  'privacy.erasure.dataset.consent_records': 'Elecciones de cookies con la sesión iniciada',
  'privacy.erasure.dataset.marketing_preferences': 'Preferencias de marketing',
  'privacy.erasure.dataset.newsletter_sends': 'Boletines que te enviamos',
  'privacy.erasure.dataset.alerts': 'Alertas de disponibilidad y de precio',
  'privacy.erasure.dataset.policy_notices': 'Avisos de cambios en las políticas',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Solicitudes de «no vender ni compartir»',
  'privacy.erasure.dataset.privacy_requests': 'Tus solicitudes sobre tus datos',
  'privacy.erasure.dataset.postmortem_directives': 'Instrucciones para después de tu fallecimiento',
  'privacy.erasure.dataset.processing_restrictions': 'Limitaciones del tratamiento',
  'privacy.erasure.dataset.processing_objections': 'Oposiciones al tratamiento',
  'privacy.erasure.dataset.dsa_notices': 'Denuncias de contenido ilícito',
  'privacy.erasure.dataset.dsa_complaints': 'Reclamaciones contra nuestras decisiones',
  'privacy.erasure.reason.accounting': 'Normativa contable y fiscal: facturas y registros contables',
  'privacy.erasure.reason.trader_traceability':
    'Reglamento de Servicios Digitales, art. 30: datos del comerciante',
  'privacy.erasure.reason.open_claim': 'Una reclamación o disputa abierta los necesita',
  'privacy.erasure.until.date': 'hasta el {date}',
  'privacy.erasure.until.open': 'hasta que se cierre',
  'mail.privacy.erasure.report.subject': 'Tu cuenta de Reloop ha sido suprimida',
  'mail.privacy.erasure.report.body':
    'Tu cuenta de Reloop se suprimió el {date}. Hemos eliminado {deleted, plural, one {# dato} other {# datos}} y anonimizado {anonymised, plural, one {# dato} other {# datos}} sobre ti. Ya no puedes iniciar sesión con esta cuenta.',
  'mail.privacy.erasure.report.heldIntro':
    'La ley nos obliga a conservar algunos datos durante un tiempo. Cada uno se elimina o anonimiza cuando termina su plazo:',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# factura o registro contable} other {# facturas y registros contables}}, conservados hasta el {until} (normativa contable y fiscal)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# dato} other {# datos}} sobre un vendedor para el que presentaste una solicitud, conservados hasta el {until} (Reglamento de Servicios Digitales, art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# dato} other {# datos}} sobre un vendedor para el que presentaste una solicitud, conservados mientras dure su contrato y seis meses después (Reglamento de Servicios Digitales, art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# dato} other {# datos}} de una solicitud de ayuda, devolución, reclamación o mensaje a atención al cliente en curso, conservados hasta que se cierre',
  'mail.privacy.erasure.report.noneHeld': 'No conservamos nada más sobre ti.',
  'mail.privacy.erasure.report.last': 'Este es el último correo que enviamos a esta dirección.',
  'mail.privacy.erasure.warning.subject': 'Tu cuenta de Reloop se cerrará por inactividad',
  'mail.privacy.erasure.warning.body':
    'Hace mucho que no usas tu cuenta de Reloop. Para proteger tus datos, la cerraremos el {date} y la suprimiremos {days, plural, one {# día} other {# días}} después, conservando solo lo que exige la ley.\n\nPara mantener tu cuenta, basta con iniciar sesión antes de esa fecha:\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Tu cuenta de Reloop se ha cerrado',
  'mail.privacy.erasure.deactivated.body':
    'Como te anunciamos, tu cuenta de Reloop se ha cerrado porque hace mucho que no se usa. Se suprimirá el {date}, conservando solo lo que exige la ley. Si quieres mantenerla, contacta con atención al cliente antes de esa fecha.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Acceso a mis datos',
  'privacy.kind.erasure': 'Supresión de mis datos',
  'privacy.kind.rectification': 'Rectificación de mis datos',
  'privacy.kind.restriction': 'Limitación del tratamiento',
  'privacy.kind.objection': 'Oposición al tratamiento',
  'privacy.kind.portability': 'Una copia de mis datos para llevarlos a otro sitio (portabilidad)',
  'privacy.kind.know': 'Derecho a saber qué información personal se recoge',
  'privacy.kind.do_not_sell': 'No vender ni compartir mi información personal',
  'privacy.purpose.recommendations': 'Recomendaciones personalizadas',
  'privacy.purpose.recommendations.text':
    'Te sugerimos dispositivos según lo que has visto y comprado, sobre la base de nuestro interés legítimo. Si te opones, lo dejamos de hacer al instante y te mostramos las mismas sugerencias que a todo el mundo.',
  'privacy.purpose.fraud_prevention': 'Prevención del fraude',
  'privacy.purpose.fraud_prevention.text':
    'Revisamos pedidos y pagos para detectar fraudes y protegerte a ti, a los vendedores y al marketplace. No puedes oponerte: proteger los pagos contra el fraude y defender reclamaciones son motivos legítimos imperiosos que prevalecen.',
  'privacy.centre.title': 'Centro de privacidad',
  'privacy.centre.intro':
    'Tus derechos sobre tus datos personales, en un solo lugar. Los cambios se aplican al instante; las solicitudes que debemos estudiar se responden por correo dentro del plazo legal.',
  'privacy.centre.download.title': 'Descargar mis datos',
  'privacy.centre.download.text':
    'Una copia de todo lo que tenemos sobre ti, en archivos JSON y CSV dentro de un archivo ZIP con la lista de su contenido. Se genera en el momento en que la pides.',
  'privacy.centre.download.zip': 'Descargar mis datos (ZIP)',
  'privacy.centre.download.json': 'Los mismos datos en JSON',
  'privacy.centre.rectify.title': 'Rectificar mis datos',
  'privacy.centre.rectify.text':
    'Tu nombre, tu correo electrónico, tu contraseña y tu idioma se cambian en los ajustes de tu cuenta.',
  'privacy.centre.rectify.settings': 'Ir a los ajustes de mi cuenta',
  'privacy.centre.rectify.details': 'Qué más es incorrecto y cuál es el dato correcto',
  'privacy.centre.rectify.hint':
    'Para datos que no puedes cambiar tú (una dirección de un pedido anterior, el nombre de una empresa…).',
  'privacy.centre.rectify.submit': 'Pedir una rectificación',
  'privacy.centre.restrict.title': 'Limitar el tratamiento',
  'privacy.centre.restrict.text':
    'Mientras el tratamiento esté limitado, solo conservamos tus datos: no los usamos para nada más, salvo con tu consentimiento o para defender reclamaciones. Los pedidos en curso se entregan igualmente.',
  'privacy.centre.restrict.reason': 'Por qué',
  'privacy.centre.restrict.reason.accuracy_contested': 'Mis datos son inexactos y los estáis comprobando',
  'privacy.centre.restrict.reason.unlawful':
    'El tratamiento es ilícito pero no quiero que se supriman mis datos',
  'privacy.centre.restrict.reason.legal_claims': 'Necesito que se conserven los datos para una reclamación',
  'privacy.centre.restrict.reason.objection_pending':
    'Me he opuesto a un tratamiento y lo estáis comprobando',
  'privacy.centre.restrict.submit': 'Limitar el tratamiento',
  'privacy.centre.restrict.active': 'Tratamiento limitado desde el {date}.',
  'privacy.centre.restrict.lift': 'Levantar la limitación',
  'privacy.centre.object.title': 'Oponerme a un tratamiento',
  'privacy.centre.object.text':
    'Algunos tratamientos se basan en nuestro interés legítimo. Puedes oponerte por motivos relacionados con tu situación.',
  'privacy.centre.object.submit': 'Me opongo',
  'privacy.centre.object.active': 'Te opones a este tratamiento: se ha detenido.',
  'privacy.centre.object.withdraw': 'Retirar mi oposición',
  'privacy.centre.marketing.title': 'Oponerme al marketing',
  'privacy.centre.marketing.text':
    'Detiene al instante todos los mensajes de marketing, en todos los canales. Las alertas que creaste para un producto siguen llegando: tú las pediste.',
  'privacy.centre.marketing.submit': 'Detener todo el marketing',
  'privacy.centre.directives.title': 'Después de mi fallecimiento',
  'privacy.centre.directives.text':
    'Puedes indicar qué debe pasar con tus datos después de tu fallecimiento y designar a una persona de confianza que lo ejecute (ley francesa de protección de datos, art. 85). Puedes cambiarlo cuando quieras.',
  'privacy.centre.directives.instruction': 'Qué debe pasar con mis datos',
  'privacy.centre.directives.delete': 'Suprimirlos',
  'privacy.centre.directives.keep': 'Conservarlos en la medida en que la ley lo permita',
  'privacy.centre.directives.hand_over': 'Entregar una copia a mi persona de confianza y después suprimirlos',
  'privacy.centre.directives.trustedName': 'Nombre de la persona de confianza',
  'privacy.centre.directives.trustedEmail': 'Correo electrónico de la persona de confianza',
  'privacy.centre.directives.trustedHint':
    'Obligatorio para entregar una copia; opcional en los demás casos.',
  'privacy.centre.directives.submit': 'Guardar mis instrucciones',
  'privacy.centre.directives.current': 'Instrucciones guardadas el {date}.',
  'privacy.centre.requests.title': 'Mis solicitudes',
  'privacy.centre.requests.none': 'No has hecho ninguna solicitud.',
  'privacy.centre.requests.number': 'N.º',
  'privacy.centre.requests.received': 'Recibida',
  'privacy.centre.requests.status': 'Estado',
  'privacy.centre.requests.dueOn': 'Respuesta a más tardar el {date}',
  'privacy.centre.requests.answered': 'Respondida',
  'privacy.centre.requests.refused': 'Denegada (ver nuestro correo)',
  'privacy.centre.erase.title': 'Eliminar mi cuenta',
  'privacy.centre.erase.text':
    'Tu cuenta y tus datos personales se suprimen o anonimizan al instante y se cierra tu sesión. Lo que la ley nos obliga a conservar (facturas y registros contables, datos de comerciante, documentos de una reclamación abierta) se guarda hasta su fecha de fin y luego se suprime; un informe te dice exactamente qué. No se puede deshacer.',
  'privacy.centre.erase.submit': 'Eliminar mi cuenta definitivamente',
  'privacy.centre.done.restricted': 'El tratamiento de tus datos está limitado.',
  'privacy.centre.done.lifted': 'La limitación se ha levantado.',
  'privacy.centre.done.objected': 'Tu oposición está registrada: ese tratamiento se ha detenido.',
  'privacy.centre.done.withdrawn': 'Tu oposición se ha retirado.',
  'privacy.centre.done.marketing': 'Se ha detenido todo el marketing dirigido a ti.',
  'privacy.centre.done.directives': 'Tus instrucciones están guardadas.',
  'privacy.centre.done.requested':
    'Tu solicitud se ha enviado. Respondemos por correo dentro del plazo legal.',
  'privacy.report.title': 'Tu cuenta se ha eliminado',
  'privacy.report.done':
    'Eliminada el {date}. Te hemos enviado una copia de este informe por correo electrónico.',
  'privacy.report.deleted': 'Suprimido',
  'privacy.report.anonymised': 'Anonimizado',
  'privacy.report.held': 'Conservado porque la ley lo exige',
  'privacy.report.held.text':
    'Estos datos se conservan solo el tiempo que exige la ley y después se suprimen automáticamente.',
  'privacy.report.data': 'Datos',
  'privacy.report.count': 'Registros',
  'privacy.report.reason': 'Por qué',
  'privacy.report.until': 'Conservado hasta',
  'privacy.report.untilClosed': 'hasta que se cierre la reclamación',
  'privacy.report.nothing': 'Nada.',
  'privacy.report.home': 'Volver a la tienda',
  'privacy.request.title': 'Solicitud sobre mis datos',
  'privacy.request.intro':
    'Pídenos una copia de tus datos, su rectificación o supresión, la limitación de su tratamiento u oponte a él — incluso sin cuenta. Primero confirmamos tu correo electrónico.',
  'privacy.request.haveAccount': '¿Tienes cuenta? Casi todo es inmediato en tu',
  'privacy.request.name': 'Tu nombre',
  'privacy.request.email': 'Tu correo electrónico',
  'privacy.request.email.hint':
    'El que tenemos registrado: te enviamos allí un enlace para confirmar la solicitud.',
  'privacy.request.kind': 'Tu solicitud',
  'privacy.request.details': 'Detalles',
  'privacy.request.details.hint':
    'De qué trata la solicitud (obligatorio para una rectificación u oposición).',
  'privacy.request.deadline.gdpr':
    'Respondemos en el plazo de un mes desde que recibimos tu solicitud; si es compleja, podemos ampliarlo dos meses y te explicamos por qué dentro del primer mes.',
  'privacy.request.deadline.ccpa':
    'Respondemos en el plazo de 45 días desde que recibimos tu solicitud; si hace falta, podemos ampliarlo 45 días y te explicamos por qué dentro de los primeros 45.',
  'privacy.request.submit': 'Enviar mi solicitud',
  'privacy.request.sent.title': 'Revisa tu correo',
  'privacy.request.sent.text':
    'Hemos enviado un enlace a {email}. Ábrelo en un plazo de 7 días para confirmar tu solicitud.',
  'privacy.request.verify.title': 'Confirma tu solicitud',
  'privacy.request.verify.text': 'Confirma que has enviado esta solicitud sobre tus datos.',
  'privacy.request.verify.submit': 'Confirmar mi solicitud',
  'privacy.request.verified.title': 'Solicitud recibida',
  'privacy.request.verified.text':
    'Tu solicitud n.º {id} está confirmada. Te responderemos por correo a más tardar el {date}.',
  'privacy.request.link.invalid': 'Este enlace no es válido o ha caducado.',
  'mail.privacy.request.verify.subject': 'Confirma tu solicitud sobre tus datos',
  'mail.privacy.request.verify.body':
    'Hemos recibido una solicitud desde esta dirección: {kind}.\n\nPara confirmarla, abre este enlace antes del {expires}:\n{link}\n\nSi no la enviaste tú, ignora este correo: no pasará nada.',
  'mail.privacy.request.received.subject': 'Hemos recibido tu solicitud n.º {id} sobre tus datos',
  'mail.privacy.request.received.body':
    'Hemos recibido tu solicitud n.º {id}: {kind}.\n\nTe responderemos a más tardar el {due}. Si necesitamos más tiempo porque la solicitud es compleja, te explicaremos por qué antes de esa fecha.',
  'mail.privacy.request.extended.subject': 'Tu solicitud n.º {id}: necesitamos más tiempo',
  'mail.privacy.request.extended.body':
    'Necesitamos más tiempo para responder a tu solicitud n.º {id}, por este motivo:\n{reason}\n\nTe responderemos a más tardar el {due}.',
  'mail.privacy.request.dataReady.subject': 'Tu solicitud n.º {id}: tus datos',
  'mail.privacy.request.dataReady.body':
    'Aquí tienes tus datos, como pediste (solicitud n.º {id}). Descárgalos antes del {expires} desde este enlace; el archivo se genera al abrirlo:\n{link}',
  'mail.privacy.request.answered.subject': 'Tu solicitud n.º {id}: nuestra respuesta',
  'mail.privacy.request.answered.body': 'Esta es nuestra respuesta a tu solicitud n.º {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Tu cuenta se ha eliminado. En otro correo te indicamos qué se ha suprimido, anonimizado y conservado porque la ley lo exige.',
  'mail.privacy.request.refused.subject': 'Tu solicitud n.º {id}: no podemos atenderla',
  'mail.privacy.request.refused.body':
    'No podemos atender tu solicitud n.º {id} ({kind}), por este motivo:\n{reason}',
  'mail.privacy.request.refused.remedies':
    'Puedes presentar una reclamación ante una autoridad de control de protección de datos (en el país donde vives o trabajas, o donde consideres que se han vulnerado tus derechos), como la AEPD en España, y ejercer acciones ante los tribunales.',
  'mail.privacy.request.refused.remedies.ccpa':
    'Puedes dirigirte a la California Privacy Protection Agency o al fiscal general de California, y acudir a los tribunales.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'Tus datos de Reloop',
  'privacy.export.readme.intro':
    'Este archivo contiene los datos personales que Reloop tenía sobre ti ({email}) el {date} (RGPD, arts. 15 y 20: derecho de acceso y derecho a la portabilidad).',
  'privacy.export.readme.files':
    'Cada conjunto de datos está en una carpeta con el nombre de la parte de Reloop que lo conserva, dos veces: un archivo .json con los valores exactos y un archivo .csv para abrir en una hoja de cálculo. manifest.json enumera cada archivo, su número de filas y lo que contiene.',
  'privacy.export.readme.formats':
    'Las fechas y horas están en UTC (ISO 8601). Los importes son números enteros en la unidad más pequeña de la moneda (céntimos), con su moneda.',
  'privacy.export.readme.secrets':
    'Nunca se incluyen contraseñas, códigos de seguridad ni claves. Las partes de Reloop que no conservan nada sobre ti figuran en manifest.json, con el motivo.',
  'privacy.export.readme.contact':
    'Para rectificar tus datos, o para cualquier otra solicitud sobre ellos, usa el centro de privacidad de tu cuenta.',
};
