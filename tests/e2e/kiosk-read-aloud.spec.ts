/**
 * "Read aloud" on the kiosk, in English and Spanish at both tablet sizes: on every screen a
 * person reaches, it reads the screen in the kiosk's language with a voice for it, and a new
 * step or a reset stops it. Only the browser's speech API is stood in for (support/fake-speech).
 */
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { addVoicesLater, finishSpeaking, installFakeSpeech, speechLog } from './support/fake-speech.js';
import { openPairedKiosk } from './support/flows.js';
import { uniqueName } from './support/names.js';

const TEXT = {
  English: {
    lang: /^en/,
    voice: 'Test voice en-US',
    welcome:
      'Welcome. We are glad you are here. How would you like to check in? Scan my card. Show the QR code on your member card. Find my name. Type your first name, then choose your birthday. I’m visiting, no card. Neighbors and visitors are welcome too. I used naloxone to help someone.',
    scan: 'Scan my card',
    scanRead: /^Scan your card\. Hold your card here\./,
    name: 'Find my name',
    back: 'Back',
    nameRead: /^Find your name\. Your first name, or the name you go by\./,
    continue: 'Continue',
    birthdayRead: /^What is your birthday\? .* Month: January, February, .*December\.$/,
    seeStaffRead: /^Please see a staff member\. They will be glad to help you check in\./,
    startOver: 'Start over',
    visitor: /I’m visiting/,
    visitorRead: /^Welcome! Your first name \(you can leave it empty\)\./,
    needsRead: /What do you need today\?.* Health and safety supplies\. Talk to a case manager\.$/,
    nothing: 'Nothing today, thanks',
    numberIs: 'Your number is',
    done: 'Done',
  },
  Español: {
    lang: /^es/,
    voice: 'Test voice es-MX',
    welcome:
      'Le damos la bienvenida. Nos alegra que esté aquí. ¿Cómo quiere registrarse? Escanear mi tarjeta. Muestre el código QR de su tarjeta de miembro. Buscar mi nombre. Escriba su nombre y luego elija su cumpleaños. Vengo de visita, no tengo tarjeta. Vecinos y visitantes también son bienvenidos. Usé naloxona para ayudar a alguien.',
    scan: 'Escanear mi tarjeta',
    scanRead: /^Escanee su tarjeta\. Ponga su tarjeta aquí\./,
    name: 'Buscar mi nombre',
    back: 'Atrás',
    nameRead: /^Busque su nombre\. Su nombre, o el nombre que usa\./,
    continue: 'Continuar',
    birthdayRead: /^¿Cuándo es su cumpleaños\? .* Mes: enero, febrero, .*diciembre\.$/,
    seeStaffRead: /^Por favor, hable con alguien del personal\. Con gusto le ayudarán a registrarse\./,
    startOver: 'Volver al inicio',
    visitor: /Vengo de visita/,
    visitorRead: /^¡Le damos la bienvenida! Su nombre \(puede dejarlo vacío\)\./,
    needsRead: /¿Qué necesita hoy\?.* Artículos de salud y seguridad\. Hablar con mi administrador de casos\.$/,
    nothing: 'Nada hoy, gracias',
    numberIs: 'Su número es',
    done: 'Listo',
  },
} as const;

type Text = (typeof TEXT)[keyof typeof TEXT];

/** Taps "Read aloud" and returns what it asked the voice to say; the button then offers Stop. */
async function readAloud(kiosk: KioskPage, text: Text): Promise<string> {
  const before = (await speechLog(kiosk.page)).spoken.length;
  await kiosk.readAloud().click();
  await expect(kiosk.stopReading()).toBeVisible();
  const { spoken } = await speechLog(kiosk.page);
  expect(spoken).toHaveLength(before + 1);
  const last = spoken[spoken.length - 1];
  expect(last?.lang).toMatch(text.lang);
  expect(last?.voice).toBe(text.voice);
  return last?.text ?? '';
}

/** Does `leave` (a step change or a reset) and checks it stopped the reading. */
async function expectItStops(kiosk: KioskPage, leave: () => Promise<void>): Promise<void> {
  await expect(kiosk.stopReading()).toBeVisible();
  const { cancels } = await speechLog(kiosk.page);
  await leave();
  await expect.poll(async () => (await speechLog(kiosk.page)).cancels).toBeGreaterThan(cancels);
  await expect(kiosk.readAloud()).toBeVisible();
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
]) {
  for (const language of ['English', 'Español'] as const) {
    test.describe(`${language} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('every screen reads itself aloud in the kiosk’s language, and moving on stops it', async ({
        context,
        page,
        server,
      }) => {
        const text = TEXT[language];
        await installFakeSpeech(context, { voices: ['en-US', 'es-MX'] });
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);

        // Welcome: the button sits in the header, in view, and every button has its picture.
        await expect(kiosk.readAloud()).toBeInViewport();
        expect(await kiosk.buttonsWithoutIcon()).toEqual([]);
        expect(await readAloud(kiosk, text)).toBe(text.welcome);
        await expectNoSeriousViolations(page, `${language} welcome, reading`);
        const shot = `build/screens/read-aloud-${language === 'English' ? 'en' : 'es'}-${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: `${shot}-welcome.png` });
        await kiosk.stopReading().click();
        await expect(kiosk.readAloud()).toBeVisible();
        // The voice reaching the end also gives the button back.
        await readAloud(kiosk, text);
        await finishSpeaking(page);
        await expect(kiosk.readAloud()).toBeVisible();

        // Scan (this browser has no camera, so it offers the other ways in, each with its picture).
        await kiosk.button(text.scan).click();
        await expect(page.getByRole('alert')).toBeVisible();
        expect(await readAloud(kiosk, text)).toMatch(text.scanRead);
        await expect(kiosk.button(text.name).locator('svg')).toHaveCount(1);
        await expect(kiosk.button(text.visitor).locator('svg')).toHaveCount(1);
        await expectItStops(kiosk, () => kiosk.button(text.back).click());

        // Find my name, step by step, to the kind dead end for a name nobody has.
        await kiosk.button(text.name).click();
        await kiosk.nameInput().fill(uniqueName('Nadie'));
        expect(await readAloud(kiosk, text)).toMatch(text.nameRead);
        await expectItStops(kiosk, () => kiosk.button(text.continue).click());
        expect(await readAloud(kiosk, text)).toMatch(text.birthdayRead);
        await kiosk.button(/^4 · /).click();
        await page.getByRole('button', { name: '9', exact: true }).click();
        await expectItStops(kiosk, () => kiosk.button(text.continue).click());
        await expect(kiosk.button(text.startOver)).toBeVisible();
        expect(await readAloud(kiosk, text)).toMatch(text.seeStaffRead);
        await expect(kiosk.button(text.visitor).locator('svg')).toHaveCount(1);
        await expectItStops(kiosk, () => kiosk.button(text.startOver).click());

        // A visitor: their name, the needs screen's groups, then the ticket number, read clearly.
        await kiosk.button(text.visitor).click();
        expect(await readAloud(kiosk, text)).toMatch(text.visitorRead);
        await kiosk.nameInput().fill(uniqueName('Vera'));
        await expectItStops(kiosk, () => kiosk.button(text.continue).click());
        await expect(kiosk.button(text.nothing)).toBeVisible();
        expect(await readAloud(kiosk, text)).toMatch(text.needsRead);
        await expectItStops(kiosk, () => kiosk.button(text.nothing).click());
        await expect(kiosk.ticket()).toBeVisible();
        const ticket = (await kiosk.ticket().textContent()) ?? '';
        const spokenNumber = ticket.replace('-', ' ');
        expect(spokenNumber).toMatch(/^[A-Z]{1,2} \d+$/);
        expect(await readAloud(kiosk, text)).toContain(`${text.numberIs} ${spokenNumber}.`);
        expect(await kiosk.buttonsWithoutIcon()).toEqual([]);
        // Done promptly: the ticket screen closes by itself after 15 seconds (kiosk-screens checks its axe).
        await expectItStops(kiosk, () => kiosk.button(text.done).click());
        await expect(kiosk.readAloud()).toBeInViewport();
      });
    });
  }
}

test('the button hides in a language the device has no voice for, and when it has no speech at all', async ({
  browser,
  server,
}) => {
  const englishOnly = await browser.newContext({ baseURL: server.baseUrl });
  await installFakeSpeech(englishOnly, { voices: ['en-US'] });
  const page = await englishOnly.newPage();
  const kiosk = await openPairedKiosk(page, server);
  await expect(kiosk.readAloud()).toBeVisible();
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.heading('Le damos la bienvenida')).toBeVisible();
  await expect(kiosk.readAloud()).toHaveCount(0);
  await expectNoSeriousViolations(page, 'Spanish welcome without a Spanish voice');
  await kiosk.chooseLanguage('English');
  await expect(kiosk.readAloud()).toBeVisible();
  await englishOnly.close();

  const noSpeech = await browser.newContext({ baseURL: server.baseUrl });
  await installFakeSpeech(noSpeech, { voices: [], none: true });
  const quietPage = await noSpeech.newPage();
  const quiet = await openPairedKiosk(quietPage, server);
  await expect(quiet.button('Scan my card')).toBeVisible();
  await expect(quiet.readAloud()).toHaveCount(0);
  await noSpeech.close();
});

test('the button appears once the device’s voices have loaded', async ({ browser, server }) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  await installFakeSpeech(context, { voices: [], later: true });
  const page = await context.newPage();
  const kiosk = await openPairedKiosk(page, server);
  await expect(kiosk.button('Scan my card')).toBeVisible();
  await expect(kiosk.readAloud()).toHaveCount(0);
  await addVoicesLater(page, ['es-US']);
  await expect(kiosk.readAloud()).toHaveCount(0); // still none for English
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.readAloud()).toBeVisible();
  await kiosk.readAloud().click();
  const { spoken } = await speechLog(page);
  expect(spoken.at(-1)?.lang).toBe('es-US');
  expect(spoken.at(-1)?.text).toMatch(/^Le damos la bienvenida\./);
  await context.close();
});
