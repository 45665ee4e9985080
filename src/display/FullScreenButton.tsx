/**
 * "Full screen and sound": browsers allow both only after a gesture, so one tap does both. It
 * hides itself while the display is full screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { FullScreenIcon } from '../ui/icons.js';
import { unlockChime } from './chime.js';

export function FullScreenButton() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  if (full) return null;
  const start = () => {
    unlockChime();
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <button type="button" class="button button--primary" title={t.value('display.startHint')} onClick={start}>
      <FullScreenIcon />
      {t.value('display.start')}
    </button>
  );
}
