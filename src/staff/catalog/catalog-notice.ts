/** The confirmation shown on the catalog after leaving a form ("Added Soap."), for that one visit. */
import { signal } from '@preact/signals';

export const catalogNotice = signal<string | null>(null);
