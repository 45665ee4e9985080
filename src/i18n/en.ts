/** English messages. The key set here is the reference every other language must match. */
export const language = { code: 'en', label: 'English' } as const;

export const messages = {
  'app.name': 'LEAD Hollywood Drop-in',
  'app.skipToContent': 'Skip to main content',
  'language.label': 'Language',
  'sync.online': 'Online',
  'sync.offline': 'Offline',
  'update.available': 'A new version of the app is ready.',
  'update.reload': 'Reload now',
  'landing.title': 'Open this device as…',
  'landing.kiosk': 'Lobby check-in kiosk',
  'landing.kioskHint': 'For the tablet participants use to check in.',
  'landing.staff': 'Staff console',
  'landing.staffHint': 'For drop-in staff and admins.',
  'kiosk.title': 'Check-in',
  'kiosk.welcome': 'Welcome',
  'kiosk.welcomeLead': 'We are glad you are here.',
  'kiosk.hoursLabel': 'Open Monday, Wednesday and Friday, 11 am to 4 pm',
  'staff.title': 'Staff console',
  'staff.nav': 'Staff sections',
  'staff.nav.today': 'Today',
  'staff.today.title': 'Today',
  'staff.comingSoon': 'This section is being built.',
  'notFound.title': 'Page not found',
  'notFound.back': 'Go to the start page',
} as const;

export type MessageKey = keyof typeof messages;
export type Messages = Record<MessageKey, string>;
