/**
 * A new account as it is typed (names and a first PIN or password), shared by first-admin setup
 * and "add staff member": the props for its field sets, the cleaned value once every rule passes,
 * and a way to clear it after a save.
 */
import { useState } from 'preact/hooks';
import { accountNamesReady, cleanDisplayName } from './AccountNameFields.js';
import { type SecretValue, secretReady } from './SecretFields.js';

const EMPTY_SECRET: SecretValue = { secret: '', confirm: '' };

export interface TypedAccount {
  readonly displayName: string;
  readonly loginName: string;
  readonly secret: string;
}

export function useAccountDraft({ withConfirm }: { withConfirm: boolean }) {
  const [displayName, setDisplayName] = useState('');
  const [loginName, setLoginName] = useState('');
  const [secret, setSecret] = useState<SecretValue>(EMPTY_SECRET);
  return {
    /** Spread into AccountNameFields. */
    names: { displayName, loginName, onDisplayName: setDisplayName, onLoginName: setLoginName },
    /** Spread into SecretFields. */
    secret: { value: secret, onValue: setSecret, withConfirm },
    /** The account to send, or null while a field breaks its rule. */
    typed(): TypedAccount | null {
      if (!accountNamesReady(displayName, loginName) || !secretReady(secret, withConfirm)) return null;
      return { displayName: cleanDisplayName(displayName), loginName, secret: secret.secret };
    },
    clear(): void {
      setDisplayName('');
      setLoginName('');
      setSecret(EMPTY_SECRET);
    },
  };
}
