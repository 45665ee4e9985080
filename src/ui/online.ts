/** Whether the browser believes it has a network, as a signal. Sync status builds on this later. */
import { signal } from '@preact/signals';

export const browserOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    browserOnline.value = true;
  });
  window.addEventListener('offline', () => {
    browserOnline.value = false;
  });
}
