/** What "Read aloud" says on every kiosk step, in English and Spanish. */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { needTiles } from '../../../src/core/kiosk/needs.js';
import { translate } from '../../../src/i18n/index.js';
import type { CheckedIn, KioskStep, PendingVisit } from '../../../src/kiosk/flow.js';
import {
  type ReadAloudInput,
  readAloudText,
  type Say,
  spokenPhone,
  spokenTicket,
} from '../../../src/kiosk/read-aloud.js';

const items = SEED_CATALOG.map((seed) => ({ id: seed.id, ...seed.item }));
const tiles = needTiles(items, new Map());
const someone = { participantId: 'participant_1', firstName: 'Ana', lastInitial: 'R' } as DirectoryEntry;
const visit: CheckedIn = {
  visitId: 'visit_1',
  day: '2026-12-02',
  ticket: 'A-17',
  participantId: 'participant_1',
  name: 'Ana',
  again: false,
  asked: new Map(),
};
/** The same person on the needs screen: nothing is recorded yet, so no visit id or ticket. */
const pending: PendingVisit = {
  day: '2026-12-02',
  who: 'participant',
  participantId: 'participant_1',
  name: 'Ana',
  method: 'card',
  earlier: null,
  again: false,
  asked: new Map(),
  language: null,
};
const fromScan = { step: 'scan' } as const;

function read(language: 'en' | 'es', step: KioskStep, more: Partial<ReadAloudInput> = {}): string {
  const say: Say = (key, values) => translate(language, key, values);
  return readAloudText({ step, language, tiles, closed: null, nameResting: false, ...more }, say);
}

const CLOSED = {
  en: {
    when: 'Wednesday, December 2 at 11:00 AM',
    hours: 'Mon, Wed, Fri 11:00 AM – 4:00 PM',
    address: '1151 N. Western Ave, Los Angeles, CA 90029',
    phone: '323-952-6099',
  },
  es: {
    when: 'miércoles, 2 de diciembre a las 11:00',
    hours: 'lun., mié., vie. 11:00 – 16:00',
    address: '1151 N. Western Ave, Los Angeles, CA 90029',
    phone: '323-952-6099',
  },
};

const choices = [
  { label: 'Luis M.', entry: someone },
  { label: 'Luis T.', entry: someone },
];

/** Each step, with what it reads in English and in Spanish. */
const CASES: readonly {
  name: string;
  step: KioskStep;
  more?: (language: 'en' | 'es') => Partial<ReadAloudInput>;
  en: string;
  es: string;
}[] = [
  {
    name: 'welcome',
    step: { step: 'welcome' },
    en: 'Welcome. We are glad you are here. How would you like to check in? Scan my card. Show the QR code on your member card. Find my name. Type your first name, then choose your birthday. I’m visiting, no card. Neighbors and visitors are welcome too. I used naloxone to help someone.',
    es: 'Le damos la bienvenida. Nos alegra que esté aquí. ¿Cómo quiere registrarse? Escanear mi tarjeta. Muestre el código QR de su tarjeta de miembro. Buscar mi nombre. Escriba su nombre y luego elija su cumpleaños. Vengo de visita, no tengo tarjeta. Vecinos y visitantes también son bienvenidos. Usé naloxona para ayudar a alguien.',
  },
  {
    name: 'closed',
    step: { step: 'welcome' },
    more: (language) => ({ closed: CLOSED[language] }),
    en: 'We are closed right now. We open again Wednesday, December 2 at 11:00 AM. Opening hours: Mon, Wed, Fri 11:00 AM – 4:00 PM. Address: 1151 N. Western Ave, Los Angeles, CA 90029. Phone: 3 2 3, 9 5 2, 6 0 9 9.',
    es: 'Ahora estamos cerrados. Volvemos a abrir miércoles, 2 de diciembre a las 11:00. Horario: lun., mié., vie. 11:00 – 16:00. Dirección: 1151 N. Western Ave, Los Angeles, CA 90029. Teléfono: 3 2 3, 9 5 2, 6 0 9 9.',
  },
  {
    name: 'scan',
    step: { step: 'scan' },
    en: 'Scan your card. Hold your card here. Hold the QR code on your card in front of the camera, about a hand away.',
    es: 'Escanee su tarjeta. Ponga su tarjeta aquí. Ponga el código QR de su tarjeta frente a la cámara, a un palmo de distancia.',
  },
  {
    name: 'name',
    step: { step: 'name' },
    en: 'Find your name. Your first name, or the name you go by. Next, you will choose your birthday.',
    es: 'Busque su nombre. Su nombre, o el nombre que usa. Después va a elegir su cumpleaños.',
  },
  {
    name: 'birthday',
    step: { step: 'birthday', typed: 'Ana' },
    en: 'What is your birthday? Choose the month, then the day you were born. We do not need the year. Month: January, February, March, April, May, June, July, August, September, October, November, December.',
    es: '¿Cuándo es su cumpleaños? Elija el mes y luego el día en que nació. No hace falta el año. Mes: enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre.',
  },
  {
    name: 'confirm',
    step: { step: 'confirm', typed: 'Ana', month: 4, day: 9, label: 'Ana R.', entry: someone },
    en: 'Is this you? Ana R. Yes, that’s me. No.',
    es: '¿Es usted? Ana R. Sí, soy yo. No.',
  },
  {
    name: 'choose',
    step: { step: 'choose', typed: 'Luis', month: 3, day: 14, choices },
    en: 'Which one is you? Tap your name. Luis M. Luis T. None of these is me.',
    es: '¿Cuál es usted? Toque su nombre. Luis M. Luis T. No soy ninguna de estas personas.',
  },
  {
    name: 'namePaused (resting)',
    step: { step: 'namePaused' },
    more: () => ({ nameResting: true }),
    en: 'Name check-in is resting for a moment. It will be ready again in a little while. You can still scan your card or check in as a visitor, and staff are always glad to help. Scan my card. I’m visiting, no card. Start over.',
    es: 'La búsqueda por nombre está descansando un momento. Pronto estará lista otra vez. Mientras tanto, puede escanear su tarjeta o registrarse como visitante, y el personal le ayudará con gusto. Escanear mi tarjeta. Vengo de visita, no tengo tarjeta. Volver al inicio.',
  },
  {
    name: 'namePaused (ready again)',
    step: { step: 'namePaused' },
    en: 'Name check-in is ready again. You can look for your name now, or choose another way in. Find my name. Scan my card. I’m visiting, no card. Start over.',
    es: 'La búsqueda por nombre ya está lista. Ya puede buscar su nombre, o elegir otra forma de registrarse. Buscar mi nombre. Escanear mi tarjeta. Vengo de visita, no tengo tarjeta. Volver al inicio.',
  },
  {
    name: 'visitor',
    step: { step: 'visitor' },
    en: 'Welcome! Your first name (you can leave it empty). Staff use it to call you.',
    es: '¡Le damos la bienvenida! Su nombre (puede dejarlo vacío). El personal lo usa para llamarle.',
  },
  {
    name: 'needs',
    step: { step: 'needs', visit: pending, back: fromScan },
    en: 'Hi, Ana. What do you need today? Tap a picture to see the choices. Staff will call your number. Food and drinks. Services. Hygiene. Clothing and shoes. Shelter and bedding. Pets. Health and safety supplies. Talk to a case manager.',
    es: 'Hola, Ana. ¿Qué necesita hoy? Toque un dibujo para ver las opciones. El personal llamará su número. Comida y bebidas. Servicios. Higiene personal. Ropa y zapatos. Refugio y cobijas. Artículos para mascotas. Artículos de salud y seguridad. Hablar con mi administrador de casos.',
  },
  {
    name: 'done',
    step: { step: 'done', visit, asked: ['Blanket × 2', 'Tent'] },
    en: 'Thank you, Ana. Your number is A 17. Staff will call you. You asked for: Blanket, 2. Tent.',
    es: 'Gracias, Ana. Su número es A 17. El personal le llamará. Usted pidió: Blanket, 2. Tent.',
  },
  {
    name: 'reversal (add your name?)',
    step: { step: 'reversal', phase: 'name', from: { step: 'needs', visit: pending, back: fromScan }, named: false },
    en: 'Thank you for helping someone. Add your name to this report? You do not have to. Without your name, the report does not say who made it. No, keep it anonymous. Yes, add my name.',
    es: 'Gracias por ayudar a alguien. ¿Quiere añadir su nombre a este reporte? No tiene que hacerlo. Sin su nombre, el reporte no dice quién lo hizo. No, que sea anónimo. Sí, añadir mi nombre.',
  },
  {
    name: 'reversal from welcome (a new kit?)',
    step: { step: 'reversal', phase: 'kit', from: null, named: false },
    en: 'Thank you for helping someone. Would you like a new naloxone kit? It replaces the one you used. Yes, please. No, thanks.',
    es: 'Gracias por ayudar a alguien. ¿Quiere un kit nuevo de naloxona? Es para reponer el que usó. Sí, por favor. No, gracias.',
  },
  {
    name: 'reversalDone (kit coming)',
    step: { step: 'reversalDone', kit: 'coming', ticket: 'A-18', next: null },
    en: 'Thank you. You may have saved a life. Your report helps the program keep naloxone coming. Your number is A 18. Staff will call you with your new kit.',
    es: 'Gracias. Es posible que haya salvado una vida. Su reporte ayuda al programa a seguir teniendo naloxona. Su número es A 18. El personal le llamará para darle su kit nuevo.',
  },
  {
    name: 'reversalDone (no kit on hand, back to the needs)',
    step: {
      step: 'reversalDone',
      kit: 'seeStaff',
      ticket: null,
      next: { step: 'needs', visit: pending, back: fromScan },
    },
    en: 'Thank you. You may have saved a life. Your report helps the program keep naloxone coming. We have no kits here right now. Please see a staff member: they will help you. Continue to what I need.',
    es: 'Gracias. Es posible que haya salvado una vida. Su reporte ayuda al programa a seguir teniendo naloxona. Ahora no tenemos kits aquí. Por favor, hable con alguien del personal: le ayudarán. Seguir con lo que necesito.',
  },
  {
    name: 'seeStaff',
    step: { step: 'seeStaff' },
    en: 'Please see a staff member. They will be glad to help you check in. I’m visiting, no card. Start over.',
    es: 'Por favor, hable con alguien del personal. Con gusto le ayudarán a registrarse. Vengo de visita, no tengo tarjeta. Volver al inicio.',
  },
  {
    name: 'problem',
    step: { step: 'problem' },
    en: 'This tablet could not save your check-in. Please see a staff member. I’m visiting, no card. Start over.',
    es: 'Esta tableta no pudo guardar su registro. Por favor, hable con alguien del personal. Vengo de visita, no tengo tarjeta. Volver al inicio.',
  },
];

describe('the text Read aloud says', () => {
  for (const language of ['en', 'es'] as const) {
    for (const { name, step, more, en, es } of CASES) {
      it(`reads the ${name} step in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
        expect(read(language, step, more?.(language))).toBe(language === 'en' ? en : es);
      });
    }
  }
});

describe('what Read aloud says in other cases', () => {
  it('thanks a visitor who gave no name, with no number and nothing asked for', () => {
    const anonymous = { ...visit, name: null, ticket: null };
    expect(read('en', { step: 'done', visit: anonymous, asked: [] })).toBe('Thank you. You are checked in.');
    expect(read('es', { step: 'done', visit: anonymous, asked: [] })).toBe('Gracias. Su llegada quedó registrada.');
  });

  it('greets a visitor who gave no name, and someone back the same day, as the needs screen does', () => {
    expect(read('en', { step: 'needs', visit: { ...pending, name: null }, back: fromScan })).toMatch(
      /^Hello\. What do you need today\?/,
    );
    expect(read('es', { step: 'needs', visit: { ...pending, again: true }, back: fromScan })).toMatch(
      /^Hola, Ana\. ¿Qué necesita hoy\? Ya se registró hoy\./,
    );
  });

  it('names only the groups the catalog has, the discreet one once and never its items', () => {
    const fewer = tiles.filter((tile) => ['food', 'healthSafety'].includes(tile.item.category));
    const text = read('en', { step: 'needs', visit: pending, back: fromScan }, { tiles: fewer });
    expect(text).toBe(
      'Hi, Ana. What do you need today? Tap a picture to see the choices. Staff will call your number. Food and drinks. Health and safety supplies.',
    );
    expect(text).not.toMatch(/naloxone|safer|wound/i);
  });

  it('says no address or phone while a new site’s details have not reached the kiosk', () => {
    const closed = { ...CLOSED.en, address: null, phone: null };
    expect(read('en', { step: 'welcome' }, { closed })).toBe(
      'We are closed right now. We open again Wednesday, December 2 at 11:00 AM. Opening hours: Mon, Wed, Fri 11:00 AM – 4:00 PM.',
    );
  });

  it('reads a ticket as its letter and number, and a phone number digit by digit', () => {
    expect(spokenTicket('A-17')).toBe('A 17');
    expect(spokenTicket('B-9')).toBe('B 9');
    expect(spokenTicket('C12')).toBe('C 12');
    expect(spokenPhone('323-952-6099')).toBe('3 2 3, 9 5 2, 6 0 9 9');
  });
});
