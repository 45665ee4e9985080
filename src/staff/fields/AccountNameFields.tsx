/** Name and sign-in name fields with their rules, shared by first-admin setup and "add staff member". */
import { LoginName } from '../../core/auth/api.js';
import { cleanLine } from '../../core/text.js';
import { t } from '../../i18n/index.js';
import { TextField } from '../../ui/TextField.js';

/** Both names are acceptable to the server (the display name once cleaned: see `cleanDisplayName`). */
export function accountNamesReady(displayName: string, loginName: string): boolean {
  return cleanDisplayName(displayName) !== '' && LoginName.safeParse(loginName).success;
}

/** The display name as typed, made into what the server accepts (a pasted tab becomes a space). */
export function cleanDisplayName(typed: string): string {
  return cleanLine(typed);
}

export function AccountNameFields(props: {
  displayName: string;
  loginName: string;
  onDisplayName: (value: string) => void;
  onLoginName: (value: string) => void;
  /** The form was submitted once: show problems even in untouched fields. */
  tried: boolean;
  /** "self": the person types their own names (browser autofill helps); "other": an admin types someone else's. */
  whose: 'self' | 'other';
}) {
  const loginValid = LoginName.safeParse(props.loginName).success;
  return (
    <>
      <TextField
        label={t.value('account.displayName')}
        hint={t.value('account.displayNameHint')}
        value={props.displayName}
        onValue={props.onDisplayName}
        problem={props.tried && !cleanDisplayName(props.displayName) ? t.value('account.displayNameMissing') : null}
        autoComplete={props.whose === 'self' ? 'name' : 'off'}
        required
      />
      <TextField
        label={t.value('account.loginName')}
        hint={t.value('account.loginNameHint')}
        value={props.loginName}
        onValue={props.onLoginName}
        problem={(props.loginName || props.tried) && !loginValid ? t.value('account.loginNameRule') : null}
        autoComplete={props.whose === 'self' ? 'username' : 'off'}
        required
        inputProps={{ autoCapitalize: 'none', spellcheck: false }}
      />
    </>
  );
}
