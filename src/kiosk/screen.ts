/** Which kiosk screen is showing. Only the welcome screen exists yet; check-in screens follow. */
import { signal } from '@preact/signals';

export type KioskScreen = 'welcome';

export const kioskScreen = signal<KioskScreen>('welcome');
