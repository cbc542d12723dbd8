import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  'marketing.title': 'Preferencias de marketing',
  'marketing.intro':
    'Elige si Reloop puede enviarte ofertas y novedades, y cómo. Los correos sobre tus pedidos, tus alertas y los cambios de nuestras condiciones no son marketing: los seguirás recibiendo.',
  'marketing.channels': 'Cómo podemos contactarte',
  'marketing.channels.hint':
    'Hoy solo se envían correos; guardamos tu elección para los demás canales para cuando existan.',
  'marketing.channel.email': 'Correo electrónico',
  'marketing.channel.sms': 'Mensaje de texto (SMS)',
  'marketing.channel.push': 'Notificaciones de la aplicación',
  'marketing.categories': 'Sobre qué',
  'marketing.category.deals': 'Ofertas en dispositivos reacondicionados',
  'marketing.category.new_arrivals': 'Novedades',
  'marketing.category.trade_in': 'Ofertas de recompra',
  'marketing.category.tips': 'Consejos para que tus dispositivos duren más',
  'marketing.frequency': 'Con qué frecuencia',
  'marketing.frequency.weekly': 'Una vez por semana',
  'marketing.frequency.monthly': 'Una vez al mes',
  'marketing.consent':
    'Marcar un canal y un tema es tu consentimiento para recibir estos mensajes. Puedes retirarlo aquí en cualquier momento, tan fácilmente como lo diste.',
  'marketing.save': 'Guardar mis preferencias',
  'marketing.saved': 'Tus preferencias se han guardado.',
  'marketing.invalid': 'Elige entre las opciones que se muestran.',
  'marketing.basis.none': 'No has aceptado recibir marketing.',
  'marketing.basis.explicit': 'Aceptaste recibir marketing el {date}.',
  'marketing.basis.soft':
    'Como cliente, puedes recibir ofertas de productos similares a los que compraste (desde el {date}). Puedes rechazarlas aquí en cualquier momento.',
  'marketing.objected':
    'Te opusiste a todo el marketing el {date}: no se te envía nada. Para volver a recibirlo, marca lo que quieras y guarda.',
  'marketing.object.title': 'Oponerme a todo el marketing',
  'marketing.object.text':
    'Detiene al instante todos los mensajes de marketing, en todos los canales. Tus alertas siguen funcionando: son un servicio que pediste.',
  'marketing.object.submit': 'Oponerme a todo el marketing',
  'marketing.object.done': 'Hecho: a partir de ahora no recibirás marketing.',
  'marketing.account.link': 'Preferencias de marketing',
  'marketing.unsubscribe.title': 'Darse de baja',
  'marketing.unsubscribe.text': '¿Dejar de recibir el boletín de Reloop por correo?',
  'marketing.unsubscribe.submit': 'Darme de baja',
  'marketing.unsubscribe.done':
    'Te has dado de baja: no se te enviarán más boletines. Los correos sobre tus pedidos y alertas continúan.',
  'marketing.unsubscribe.invalid':
    'Este enlace para darse de baja no es válido. Inicia sesión para gestionar tus preferencias de marketing.',
  'marketing.unsubscribe.manage': 'Gestionar todas mis preferencias',
  'marketing.dns.footer': 'No vender ni compartir mi información personal',
  'marketing.dns.title': 'No vender ni compartir mi información personal',
  'marketing.dns.intro':
    'Reloop no vende tu información personal ni la comparte para publicidad basada en el comportamiento. Según la ley de California (CCPA/CPRA) y las de otros estados de EE. UU., igualmente puedes oponerte: lo registramos para que siga siendo así para ti.',
  'marketing.dns.gpc':
    'Tu navegador envía la señal Global Privacy Control: la tratamos como tu oposición para este navegador.',
  'marketing.dns.recorded': 'Tu oposición está registrada (desde el {date}).',
  'marketing.dns.submit': 'Oponerme a la venta y al intercambio de mi información',
  'marketing.dns.email': 'Tu dirección de correo',
  'marketing.dns.emailHint':
    'Te enviamos un enlace para confirmar. La oposición se aplica entonces a tu cuenta y a tus pedidos con esta dirección.',
  'marketing.dns.sent': 'Revisa tu bandeja de entrada: te hemos enviado un enlace para confirmar.',
  'marketing.dns.confirmed': 'Tu oposición está registrada.',
  'marketing.dns.invalid': 'Este enlace no es válido o ha caducado. Puedes volver a pedirlo abajo.',
  'marketing.dns.emailInvalid': 'Introduce una dirección de correo como nombre@ejemplo.es',
  'marketing.alerts.title': 'Mis alertas',
  'marketing.alerts.empty':
    'No tienes alertas. En la página de un producto, elige un estado y luego «Avisarme».',
  'marketing.alerts.productLink': 'Avisarme cuando vuelva a estar disponible o baje de un precio',
  'marketing.alerts.new.title': 'Alerta para {product}',
  'marketing.alerts.kind': 'Enviarme un correo cuando',
  'marketing.alerts.kind.back_in_stock': 'vuelva a estar disponible',
  'marketing.alerts.kind.price_below': 'su precio sea igual o inferior a',
  'marketing.alerts.grade': 'Estado',
  'marketing.alerts.target': 'Precio ({currency})',
  'marketing.alerts.target.hint': 'Por ejemplo {example}. Solo para una alerta de precio.',
  'marketing.alerts.create': 'Crear la alerta',
  'marketing.alerts.once': 'Te escribimos una sola vez, cuando ocurra. Gestionas tus alertas en tu cuenta.',
  'marketing.alerts.error.required': 'Introduce un precio',
  'marketing.alerts.error.invalid': 'Introduce un precio como {example}',
  'marketing.alerts.error.range': 'Introduce un precio mayor que cero',
  'marketing.alerts.error.choice': 'Elige una de las opciones que se muestran',
  'marketing.alerts.refused.available_now': 'Este estado está a la venta ahora: no hace falta una alerta.',
  'marketing.alerts.refused.price_already_met':
    'El precio ya es igual o inferior a tu objetivo: puedes comprar ahora.',
  'marketing.alerts.refused.too_many': 'Tienes demasiadas alertas. Elimina algunas primero.',
  'marketing.alerts.col.product': 'Producto',
  'marketing.alerts.col.grade': 'Estado',
  'marketing.alerts.col.condition': 'Escribirme cuando',
  'marketing.alerts.col.status': 'Situación',
  'marketing.alerts.col.actions': 'Acciones',
  'marketing.alerts.condition.back_in_stock': 'De nuevo disponible',
  'marketing.alerts.condition.price_below': 'A {price} o menos',
  'marketing.alerts.status.active': 'Activa',
  'marketing.alerts.status.paused': 'En pausa',
  'marketing.alerts.status.fulfilled': 'Enviada el {date}',
  'marketing.alerts.pause': 'Pausar',
  'marketing.alerts.resume': 'Reanudar',
  'marketing.alerts.rearm': 'Avisarme de nuevo',
  'marketing.alerts.delete': 'Eliminar',
  'marketing.alerts.done.created': 'Alerta creada. Te escribiremos una sola vez.',
  'marketing.alerts.done.paused': 'Alerta en pausa.',
  'marketing.alerts.done.resumed': 'Alerta reanudada.',
  'marketing.alerts.done.rearmed': 'Alerta activa de nuevo.',
  'marketing.alerts.done.deleted': 'Alerta eliminada.',
  'mail.marketing.newsletter.subject.monthly': 'Este mes en Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Esta semana en Reloop',
  'mail.marketing.newsletter.intro':
    'Esto es lo que hemos elegido para ti entre los dispositivos reacondicionados.',
  'mail.marketing.newsletter.section.deals': 'Ofertas en dispositivos reacondicionados',
  'mail.marketing.newsletter.section.new_arrivals': 'Novedades',
  'mail.marketing.newsletter.section.trade_in': 'Ofertas de recompra',
  'mail.marketing.newsletter.section.tips': 'Consejos para que tus dispositivos duren más',
  'mail.marketing.newsletter.text.trade_in':
    'Tu antiguo móvil u ordenador todavía vale algo: véndelo a un reacondicionador profesional en Reloop y dale una segunda vida.',
  'mail.marketing.newsletter.text.tips':
    'Mantén la batería entre el 20 % y el 80 %, usa funda y protector de pantalla e instala las actualizaciones: un dispositivo bien cuidado dura años más.',
  'mail.marketing.newsletter.product': '{name}, desde {price}: {link}',
  'mail.marketing.why.explicit': 'Recibes este correo porque lo aceptaste el {date}.',
  'mail.marketing.why.soft':
    'Recibes este correo porque compraste en Reloop: solo te escribimos sobre productos similares.',
  'mail.marketing.footer':
    'Darse de baja con un clic, sin iniciar sesión: {unsubscribe}\nGestionar tus preferencias: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) vuelve a estar disponible',
  'mail.marketing.alert.back.body':
    '{product} en estado {grade} vuelve a estar a la venta, desde {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) cuesta ahora {price}',
  'mail.marketing.alert.price.body':
    '{product} en estado {grade} se vende ahora a {price}, igual o por debajo de tu objetivo de {target}: {link}',
  'mail.marketing.alert.once':
    'Esta alerta ha terminado y no se volverá a enviar. Para recibir otro aviso o gestionar tus alertas: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Nuestras condiciones de uso cambian el {date}} other {Nuestra política de privacidad cambia el {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {Actualizamos nuestras condiciones de uso.} other {Actualizamos nuestra política de privacidad.}} La nueva versión ({version}) se aplica a partir del {date}; encontrarás su texto completo a continuación.',
  'mail.marketing.policy.terms.choice':
    'Si no estás de acuerdo, puedes cerrar tu cuenta antes de esa fecha desde los ajustes de tu cuenta: {account}',
  'mail.marketing.policy.privacy.choice':
    'Puedes ejercer tus derechos (acceso, rectificación, supresión, oposición) en cualquier momento desde tu cuenta: {account}',
  'mail.marketing.dns.subject': 'Confirma: no vender ni compartir mi información personal',
  'mail.marketing.dns.body':
    'Abre este enlace para confirmar que tu información personal no puede venderse ni compartirse: {link}\nEl enlace es válido hasta el {expires}. Si no lo has pedido, ignora este correo.',
  'marketing.checkout.declineOffers': 'No enviarme ofertas de dispositivos reacondicionados similares',
  'marketing.checkout.declineOffersHint':
    'Una vez pagado tu pedido, podremos enviarte por correo ofertas de dispositivos reacondicionados como los que compras, salvo que marques esta casilla. Puedes darte de baja en cualquier momento, desde tu cuenta o desde cualquiera de esos correos.',
};
