/**
 * "Scan my card": the camera picture, framed at its edges, to hold the card up to. If the camera cannot
 * start, it says so kindly and offers the other ways in. The camera is on only while this shows.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { FindNameIcon, VisitorIcon } from '../ui/action-icons.js';
import { AlertIcon } from '../ui/icons.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import { type ScannerProblem, scannerProblemOf, startQrScanner } from './scanner/qr-scanner.js';
import './scan.css';

type CameraState = 'starting' | 'running' | ScannerProblem;

export function ScanScreen(props: {
  onCode(text: string): void;
  onFindName(): void;
  onVisitor(): void;
  onBack(): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const camera = useSignal<CameraState>('starting');
  // The newest callback, without restarting the camera when the parent re-renders.
  const onCode = useRef(props.onCode);
  onCode.current = props.onCode;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let shown = true;
    const running = startQrScanner({
      host: element,
      videoLabel: t.value('kiosk.scan.video'),
      onCode: (text) => {
        if (shown) onCode.current(text);
      },
    });
    running.then(
      () => {
        if (shown) camera.value = 'running';
      },
      (error: unknown) => {
        if (shown) camera.value = scannerProblemOf(error);
      },
    );
    return () => {
      shown = false;
      // Also when the camera is still starting: the light must go off when the kiosk resets.
      running.then((scanner) => scanner.stop()).catch(() => undefined);
    };
  }, []);

  // The video was labelled when it was made; keep the label in the language now chosen.
  const videoLabel = t.value('kiosk.scan.video');
  useEffect(() => {
    host.current?.querySelector('video')?.setAttribute('aria-label', videoLabel);
  }, [videoLabel, camera.value]);

  const state = camera.value;
  const problem = state === 'starting' || state === 'running' ? null : state;
  return (
    <section class="kiosk-scan" aria-labelledby="kiosk-scan-title">
      <h1 id="kiosk-scan-title">{t.value('kiosk.scan.title')}</h1>
      {problem ? (
        <ScanProblem problem={problem} onFindName={props.onFindName} onVisitor={props.onVisitor} />
      ) : (
        <>
          <p class="kiosk-scan__hold">{t.value('kiosk.scan.hold')}</p>
          <div class={`kiosk-scan__camera is-${state}`}>
            <div class="kiosk-scan__video" ref={host} />
            <ScanFrame />
            <p class="kiosk-scan__starting" role="status">
              {state === 'starting' ? t.value('kiosk.scan.starting') : ''}
            </p>
          </div>
          <p class="kiosk-scan__hint">{t.value('kiosk.scan.holdHint')}</p>
        </>
      )}
      <div class="kiosk-actions kiosk-scan__actions">
        <BackButton onClick={props.onBack} />
        <StartOverButton />
      </div>
    </section>
  );
}

function ScanProblem(props: { problem: ScannerProblem; onFindName(): void; onVisitor(): void }) {
  return (
    <>
      <div class="alert kiosk-scan__alert" role="alert">
        <AlertIcon />
        <div>
          <p>{t.value(props.problem === 'denied' ? 'kiosk.scan.denied' : 'kiosk.scan.noCamera')}</p>
          <p>{t.value('kiosk.scan.otherWays')}</p>
        </div>
      </div>
      <div class="kiosk-scan__ways">
        <button type="button" class="button button--primary kiosk-scan__way" onClick={props.onFindName}>
          <FindNameIcon size={28} />
          {t.value('kiosk.way.name')}
        </button>
        <button type="button" class="button button--primary kiosk-scan__way" onClick={props.onVisitor}>
          <VisitorIcon size={28} />
          {t.value('kiosk.way.visitor')}
        </button>
      </div>
    </>
  );
}

const CORNERS = 'M4 20V4H20 M80 4H96V20 M96 80V96H80 M20 96H4V80';

/**
 * Corners at the edges of the picture: the decoder reads all of it, so a card anywhere in view,
 * at any size or angle, is read. In a 100×100 box stretched over the picture (`none`); the
 * strokes keep their width in pixels, so they look the same at every size.
 */
function ScanFrame() {
  return (
    <svg
      class="kiosk-scan__frame"
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {/* A dark edge under the white corners keeps them visible against a white card. */}
      <path class="kiosk-scan__corners-edge" d={CORNERS} />
      <path class="kiosk-scan__corners" d={CORNERS} />
      <line class="kiosk-scan__line" x1="6" y1="50" x2="94" y2="50" />
    </svg>
  );
}
