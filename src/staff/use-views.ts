/**
 * Reads something from this device's views and reads it again whenever they change (a local
 * write or a sync round bumps `dataVersion`), so a screen never shows stale records.
 */
import { useEffect, useState } from 'preact/hooks';
import { dataVersion } from '../sync/app-sync.js';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

export function useViews<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const version = dataVersion.value;
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  // A new key (another profile) starts from "loading" rather than showing the previous one.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setState({ status: 'loading' });
  }
  // `load` is a fresh closure each render: `key` and `version` say when to read again.
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return state;
}
