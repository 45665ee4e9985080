/** The check-in steps after the welcome (KioskSteps.tsx), loaded once: ahead of time in idle, or on first use. */
import { lazyModule } from '../ui/lazy-module.js';

export const kioskSteps = lazyModule(() => import('./KioskSteps.js'));
