/** A participant action that could not be recorded, said kindly in the current language. */
import { t } from '../../i18n/index.js';
import type { ActionResult } from './participant-actions.js';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export function describeActionFailure(failure: Failure): string {
  switch (failure.error) {
    case 'storage_full':
      return t.value('sync.storageFull');
    case 'signed_out':
      return t.value('error.unauthorized');
    default:
      return t.value('error.badInput', { message: failure.message });
  }
}
