/**
 * A short two-note chime through Web Audio, made on the spot (no sound file to fetch). Browsers
 * start audio only after a gesture, so `unlockChime` runs on the display's "Full screen" tap.
 */
let context: AudioContext | null = null;

/** Creates (or resumes) the audio context; call it from a tap or a key press. */
export function unlockChime(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    // No Web Audio here: the display still shows and speaks the numbers.
  }
}

/** Plays the chime if audio was unlocked; silently nothing otherwise. */
export function playChime(): void {
  const audio = context;
  if (audio?.state !== 'running') return;
  const start = audio.currentTime;
  // Two soft notes (E5, then C5), each fading out, like a lobby's "ding-dong".
  for (const [index, frequency] of [659.25, 523.25].entries()) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + index * 0.35;
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.65);
  }
}
