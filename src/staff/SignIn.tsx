/** Staff sign-in: sign-in name and PIN or password. Wrong, disabled and throttled are said kindly. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { getSetupStatus, signIn } from '../sync/auth-api.js';
import { isKioskDevice, thisDevice } from '../sync/device-state.js';
import { Alert } from '../ui/Alert.js';
import { describeFailure } from '../ui/describe-failure.js';
import { SignInIcon, TabletIcon } from '../ui/icons.js';
import { TextField } from '../ui/TextField.js';
import { startSession } from './session.js';

export function SignIn() {
  const [loginName, setLoginName] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);

  useEffect(() => {
    void getSetupStatus().then((result) => setSetupNeeded(result.ok && result.value.needed));
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!loginName.trim() || !secret) {
      setError(t.value('signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn(loginName.trim(), secret);
    setBusy(false);
    if (result.ok) {
      await startSession(result.value);
      return;
    }
    setSecret('');
    setError(describeFailure(result));
  };

  return (
    <section class="panel panel--narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.value('signIn.title')}</h1>
      {setupNeeded && <p class="panel__lead">{t.value('signIn.setupNeeded')}</p>}
      <form class="form" onSubmit={submit} noValidate>
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
        <Alert message={error} />
        <button type="submit" class="button button--primary button--large" disabled={busy}>
          <SignInIcon />
          {busy ? t.value('signIn.working') : t.value('signIn.submit')}
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
