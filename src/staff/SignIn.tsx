/** Staff sign-in: sign-in name and PIN or password. Wrong, disabled and throttled are said kindly. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { getSetupStatus, signIn } from '../sync/auth-api.js';
import { isKioskDevice, thisDevice } from '../sync/device-state.js';
import { Alert } from '../ui/Alert.js';
import { describeFailure } from '../ui/describe-failure.js';
import { refuse } from '../ui/form/action-form-state.js';
import { useActionForm } from '../ui/form/use-action-form.js';
import { SignInIcon, TabletIcon } from '../ui/icons.js';
import { TextField } from '../ui/TextField.js';
import { startSession } from './session.js';

export function SignIn() {
  const [loginName, setLoginName] = useState('');
  const [secret, setSecret] = useState('');
  const [setupNeeded, setSetupNeeded] = useState(false);
  const form = useActionForm({
    validate: () =>
      loginName.trim() && secret ? { loginName: loginName.trim(), secret } : refuse(t.value('signIn.missing')),
    act: async (input: { loginName: string; secret: string }) => {
      const result = await signIn(input.loginName, input.secret);
      // A refused PIN is not left in the field to be tried again as it is.
      if (!result.ok) setSecret('');
      return result;
    },
    describe: describeFailure,
    done: startSession,
  });

  useEffect(() => {
    void getSetupStatus().then((result) => setSetupNeeded(result.ok && result.value.needed));
  }, []);

  return (
    <section class="panel panel--narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.value('signIn.title')}</h1>
      {setupNeeded && <p class="panel__lead">{t.value('signIn.setupNeeded')}</p>}
      <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
        <TextField
          label={t.value('signIn.loginName')}
          value={loginName}
          onValue={setLoginName}
          autoComplete="username"
          required
          inputProps={{ autoCapitalize: 'none', spellcheck: false }}
        />
        <TextField
          type="password"
          label={t.value('signIn.secret')}
          value={secret}
          onValue={setSecret}
          autoComplete="current-password"
          required
        />
        <Alert message={form.error} />
        <button type="submit" class="button button--primary button--large" disabled={form.busy}>
          <SignInIcon />
          {form.busy ? t.value('signIn.working') : t.value('signIn.submit')}
        </button>
      </form>
      {isKioskDevice(thisDevice.value) && (
        <p>
          <a class="button" href="/kiosk">
            <TabletIcon />
            {t.value('signIn.backToKiosk')}
          </a>
        </p>
      )}
    </section>
  );
}
