/**
 * The lobby display's frame (/display): called numbers only, no staff chrome and no navigation.
 * A browser shows them only when paired as a display; anywhere else it asks for a display code.
 */
import './display.css';
import { useEffect } from 'preact/hooks';
import { LANGUAGES, t } from '../i18n/index.js';
import { startSync } from '../sync/app-sync.js';
import { isPairedDisplay, thisDevice } from '../sync/device-state.js';
import { AppHeader } from '../ui/AppHeader.js';
import { CalledBoard } from './CalledBoard.js';
import { DisplayPairing } from './DisplayPairing.js';
import { FullScreenButton } from './FullScreenButton.js';
import { useDisplayDevice } from './use-display-device.js';
import { useDisplayPurge } from './use-display-purge.js';

export default function DisplayApp() {
  useDisplayDevice();
  const identity = thisDevice.value;
  const paired = isPairedDisplay(identity);
  useEffect(() => {
    if (paired) void startSync();
  }, [paired]);
  useDisplayPurge(paired);
  return (
    <div class="frame frame--display">
      <AppHeader
        title={t.value('devices.kind.display')}
        languages={LANGUAGES}
        status={null}
        tools={paired && <FullScreenButton />}
      />
      <main id="main" class="frame__main display-main" tabIndex={-1}>
        {identity !== undefined && (paired ? <CalledBoard /> : <DisplayPairing />)}
      </main>
    </div>
  );
}
