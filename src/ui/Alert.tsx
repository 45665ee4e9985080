/** An error said right away to screen readers (role="alert"), with an icon beside the words. */
import { AlertIcon, CheckIcon } from './icons.js';
import './Alert.css';

export function Alert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="alert" role="alert">
      <AlertIcon />
      <span>{message}</span>
    </p>
  );
}

/** A calm confirmation ("Saved."), announced politely. */
export function Notice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="notice" role="status">
      <CheckIcon />
      <span>{message}</span>
    </p>
  );
}
