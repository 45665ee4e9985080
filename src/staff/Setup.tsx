/**
 * "Set up the first admin", opened from the link the server prints at its first start
 * (`/staff/setup#code=...`). The code stays in the fragment, so it never reaches a log.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Session } from '../core/auth/api.js';
import { t } from '../i18n/index.js';
import { completeSetup, getSetupStatus, type SetupInput } from '../sync/auth-api.js';
import { Alert } from '../ui/Alert.js';
import { describeFailure } from '../ui/describe-failure.js';
import { refuse } from '../ui/form/action-form-state.js';
import { useActionForm } from '../ui/form/use-action-form.js';
import { fragmentParam } from '../ui/fragment.js';
import { ShieldIcon } from '../ui/icons.js';
import { AccountNameFields } from './fields/AccountNameFields.js';
import { SecretFields } from './fields/SecretFields.js';
import { useAccountDraft } from './fields/use-account-draft.js';
import { startSession } from './session.js';

export function Setup() {
  const { route } = useLocation();
  const [code] = useState(() => fragmentParam(window.location.hash, 'code'));
  const [needed, setNeeded] = useState<boolean | null>(null);
  const draft = useAccountDraft({ withConfirm: true });
  // Why the status could not be read; a save that starts replaces it with its own answer.
  const [statusError, setStatusError] = useState<string | null>(null);
  const form = useActionForm({
    validate: () => {
      const typed = draft.typed();
      return typed ? { code, ...typed } : refuse();
    },
    act: (input: SetupInput) => {
      setStatusError(null);
      return completeSetup(input);
    },
    describe: describeFailure,
    done: async (session: Session) => {
      await startSession(session);
      route('/staff');
    },
  });
  const error = form.error ?? statusError;

  useEffect(() => {
    void getSetupStatus().then((result) => {
      if (result.ok) setNeeded(result.value.needed);
      else setStatusError(describeFailure(result));
    });
  }, []);

  if (needed === false) {
    return (
      <section class="panel panel--narrow" aria-labelledby="setup-title">
        <h1 id="setup-title">{t.value('setup.title')}</h1>
        <p>{t.value('setup.alreadyDone')}</p>
        <a class="button button--primary" href="/staff">
          {t.value('setup.goToSignIn')}
        </a>
      </section>
    );
  }

  return (
    <section class="panel panel--narrow" aria-labelledby="setup-title">
      <h1 id="setup-title">{t.value('setup.title')}</h1>
      <p class="panel__lead">{t.value(code ? 'setup.lead' : 'setup.noCode')}</p>
      {code && (
        <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
          <AccountNameFields {...draft.names} tried={form.tried} whose="self" />
          <SecretFields label={t.value('account.secret')} {...draft.secret} showProblems={form.tried} />
          <Alert message={error} />
          <button type="submit" class="button button--primary button--large" disabled={form.busy}>
            <ShieldIcon />
            {form.busy ? t.value('setup.working') : t.value('setup.submit')}
          </button>
        </form>
      )}
      {!code && <Alert message={error} />}
    </section>
  );
}
