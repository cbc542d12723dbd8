import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Elección de cookies',
  'consent.banner.title': 'Cookies en Reloop',
  'consent.banner.text':
    'Solo usamos las cookies que el sitio necesita para funcionar: tu sesión, tu cesta y la seguridad. Con tu consentimiento, también recordaríamos los productos que has visto, solo en este dispositivo, para volver a mostrártelos. Sin publicidad ni seguimiento. Puedes cambiar de opinión en cualquier momento desde «Preferencias de cookies» al pie de cada página.',
  'consent.banner.accept': 'Aceptar todo',
  'consent.banner.reject': 'Rechazar todo',
  'consent.banner.choose': 'Elegir por finalidad',
  'consent.footer.preferences': 'Preferencias de cookies',
  'consent.prefs.title': 'Preferencias de cookies',
  'consent.prefs.intro':
    'Elige qué puede guardar Reloop en este navegador. Rechazar es tan fácil como aceptar y no cambia nada de lo que puedes comprar o vender.',
  'consent.prefs.none': 'Todavía no has elegido: no se guarda nada opcional.',
  'consent.prefs.current': 'Tu elección está registrada. Puedes cambiarla aquí en cualquier momento.',
  'consent.prefs.saved': 'Tu elección se ha guardado.',
  'consent.prefs.necessary.title': 'Estrictamente necesarias (siempre activas)',
  'consent.prefs.necessary.text':
    'Tu sesión, tu cesta, la protección contra formularios falsificados y esta misma elección. Sin ellas el sitio no funciona, así que no necesitan consentimiento.',
  'consent.prefs.purposes': 'Finalidades opcionales',
  'consent.purpose.personalisation.title': 'Productos vistos recientemente',
  'consent.purpose.personalisation.text':
    'Recuerda los últimos productos que has visto, en una cookie que se guarda 30 días en este dispositivo, para volver a mostrarlos en la página de inicio y en las páginas de producto.',
  'consent.prefs.save': 'Guardar mi elección',
  'consent.prefs.audience':
    'La medición de audiencia no necesita cookies: contamos las páginas vistas con una clave anónima que cambia cada día y no permite llegar a ti.',
  'consent.prefs.cookiesLink': 'Todas las cookies que usamos',
  'consent.cookies.title': 'Cookies y tecnologías similares',
  'consent.cookies.intro':
    'Estas son todas las cookies que Reloop guarda en tu navegador. El sitio no usa almacenamiento local, ni píxeles de seguimiento, ni cookies de terceros.',
  'consent.cookies.caption': 'Cookies que guarda Reloop',
  'consent.cookies.name': 'Nombre',
  'consent.cookies.purpose': 'Finalidad',
  'consent.cookies.duration': 'Duración',
  'consent.cookies.category': 'Categoría',
  'consent.cookies.category.necessary': 'Estrictamente necesaria',
  'consent.cookies.category.personalisation': 'Personalización, con tu consentimiento',
  'consent.cookies.session': 'Hasta que cierres el navegador',
  'consent.cookies.days': '{days, plural, one {# día} other {# días}}',
  'consent.cookies.purpose.session': 'Mantiene tu sesión iniciada.',
  'consent.cookies.purpose.device':
    'Reconoce un dispositivo en el que ya iniciaste sesión, para avisarte de un inicio de sesión desde un dispositivo nuevo.',
  'consent.cookies.purpose.csrf': 'Protege los formularios contra solicitudes falsificadas por otros sitios.',
  'consent.cookies.purpose.cart': 'Guarda la cesta de un visitante que no ha iniciado sesión, una por país.',
  'consent.cookies.purpose.consent': 'Recuerda tu elección sobre las cookies para no volver a preguntarte.',
  'consent.cookies.purpose.recent': 'Recuerda los productos que has visto recientemente.',
  'consent.cookies.hostPrefix': 'Con el prefijo «__Host-» en el sitio en producción.',
  'consent.cookies.audience.title': 'Medición de audiencia sin cookies',
  'consent.cookies.audience.text':
    'Contamos las páginas vistas en nuestro servidor, sin guardar nada en tu navegador: cada visita se cuenta con una clave anónima calculada a partir de un valor aleatorio que cambia cada día y se borra al día siguiente, el sitio, tu dirección IP y el nombre de tu navegador. Ni la dirección ni la clave permiten llegar a ti, y una visita de otro día no puede relacionarse con esta. Guardamos el día, el país de la tienda y el tipo de página durante 13 meses.',
  'consent.cookies.prefsLink': 'Cambiar tus preferencias de cookies',
  'consent.recent.title': 'Vistos recientemente',
  'consent.recent.change': 'Dejar de recordar',
  'consent.recipients.title': 'Media de destinatarios activos al mes',
  'consent.recipients.figure':
    'Del {start} al {end}, Reloop tuvo de media {count} destinatarios activos al mes de su servicio en la Unión Europea.',
  'consent.recipients.method':
    'Cómo se cuenta: cada mes natural, cada destinatario con actividad en una de nuestras tiendas de la UE cuenta una vez, sea cual sea el número de días, páginas o tiendas: las personas con sesión iniciada que vieron una página o hicieron un pedido, los vendedores que recibieron un pedido y los visitantes sin sesión iniciada, contados con una clave anónima que cambia cada día (quien vuelve otro día cuenta de nuevo, así que esta parte es un máximo). La actividad en el Reino Unido y en Estados Unidos queda fuera, un mes sin actividad cuenta como cero y los robots no se cuentan. La cifra es la media de los seis meses y puede recalcularse a partir de los eventos en bruto que guardamos 13 meses.',
  'consent.recipients.data': 'La cifra como datos (JSON)',
};
