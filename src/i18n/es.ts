/** Mensajes en español. `satisfies Messages` makes a missing or extra key a type error. */
import type { Messages } from './en.js';

export const language = { code: 'es', label: 'Español' } as const;

export const messages = {
  'app.name': 'LEAD Hollywood Centro de Acogida',
  'app.skipToContent': 'Saltar al contenido principal',
  'language.label': 'Idioma',
  'sync.online': 'En línea',
  'sync.offline': 'Sin conexión',
  'update.available': 'Hay una nueva versión de la aplicación.',
  'update.reload': 'Actualizar ahora',
  'landing.title': 'Usar este dispositivo como…',
  'landing.kiosk': 'Quiosco de registro en la entrada',
  'landing.kioskHint': 'Para la tableta donde los participantes se registran.',
  'landing.staff': 'Consola del personal',
  'landing.staffHint': 'Para el personal y los administradores.',
  'kiosk.title': 'Registro',
  'kiosk.welcome': 'Bienvenido',
  'kiosk.welcomeLead': 'Nos alegra que esté aquí.',
  'kiosk.hoursLabel': 'Abierto lunes, miércoles y viernes, de 11 a. m. a 4 p. m.',
  'staff.title': 'Consola del personal',
  'staff.nav': 'Secciones del personal',
  'staff.nav.today': 'Hoy',
  'staff.today.title': 'Hoy',
  'staff.comingSoon': 'Esta sección está en construcción.',
  'notFound.title': 'Página no encontrada',
  'notFound.back': 'Ir a la página de inicio',
} satisfies Messages;
