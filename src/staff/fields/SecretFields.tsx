/**
 * A new PIN or password, checked live against the shared rule, with an optional confirmation.
 * Messages appear once something is typed, or after a submit attempt (`showProblems`).
 */
import { t } from '../../i18n/index.js';
import { TextField } from '../../ui/TextField.js';
import { secretProblemMessage, secretRuleHint } from './secret-problem.js';

export interface SecretValue {
  secret: string;
  confirm: string;
}

/** True when the secret passes the rule and (if asked for) the confirmation matches. */
export function secretReady(value: SecretValue, withConfirm: boolean): boolean {
  return secretProblemMessage(value.secret) === null && (!withConfirm || value.confirm === value.secret);
}

export function SecretFields(props: {
  label: string;
  value: SecretValue;
  onValue: (value: SecretValue) => void;
  withConfirm?: boolean;
  showProblems?: boolean;
}) {
  const { value, onValue, withConfirm = false, showProblems = false } = props;
  const problem = value.secret || showProblems ? secretProblemMessage(value.secret) : null;
  const mismatch =
    withConfirm && (value.confirm || showProblems) && value.confirm !== value.secret
      ? t.value('secret.mismatch')
      : null;
  return (
    <>
      <TextField
        type="password"
        label={props.label}
        hint={secretRuleHint()}
        value={value.secret}
        onValue={(secret) => onValue({ ...value, secret })}
        problem={problem}
        confirmation={value.secret && !problem ? t.value('secret.ok') : null}
        autoComplete="new-password"
        required
      />
      {withConfirm && (
        <TextField
          type="password"
          label={t.value('secret.confirmLabel')}
          value={value.confirm}
          onValue={(confirm) => onValue({ ...value, confirm })}
          problem={mismatch}
          autoComplete="new-password"
          required
        />
      )}
    </>
  );
}
