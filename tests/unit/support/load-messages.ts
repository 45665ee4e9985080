/** Unit tests render screens of every app: load every area in the two console languages first. */
import { AREAS, loadMessages } from '../../../src/i18n/index.js';

await Promise.all([loadMessages('en', AREAS), loadMessages('es', AREAS)]);
