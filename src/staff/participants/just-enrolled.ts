/**
 * The participant enrolled a moment ago on this page, so their profile can say "Enrolled." and
 * offer the first card. Kept in memory only: a reload or another profile does not repeat it.
 */
import { signal } from '@preact/signals';

export const justEnrolled = signal<string | null>(null);
