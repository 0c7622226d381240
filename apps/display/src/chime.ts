/**
 * The chime of a call: two soft tones (ding-dong) made with Web Audio, nothing to download. Browsers start
 * audio only after a gesture unless the TV's browser allows autoplay (Chromium: --autoplay-policy=
 * no-user-gesture-required); until then `needsGesture` is true and the page shows a button to turn it on.
 */
export class Chime {
  private context: AudioContext | null = null;

  private audio(): AudioContext | null {
    if (this.context === null && typeof AudioContext !== 'undefined') this.context = new AudioContext();
    return this.context;
  }

  get needsGesture(): boolean {
    return this.audio()?.state === 'suspended';
  }

  async enable(): Promise<void> {
    await this.audio()?.resume();
  }

  play(): void {
    const audio = this.audio();
    if (audio === null || audio.state !== 'running') return;
    const start = audio.currentTime + 0.05;
    for (const [offset, frequency] of [
      [0, 880],
      [0.45, 659.25],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.9);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 1);
    }
  }
}
