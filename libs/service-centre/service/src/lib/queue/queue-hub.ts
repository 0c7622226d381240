import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type HallDisplay, hallDisplayOf } from '@qinqing/service-centre/domain';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';
import { QueueReader } from './queue-reader';

type Listener = (display: HallDisplay) => void;

/** How often a centre with displays watching is read again, for calls made by another instance of the service. */
export const DISPLAY_REFRESH_MS = 5_000;

/**
 * The hall displays watching each centre. A call made here is pushed to them at once (the command hands the
 * new state over); every few seconds the centres being watched are also read again, so a call handled by
 * another instance of the service reaches them too, a little later. Nothing is kept for a centre nobody watches.
 */
@Injectable()
export class QueueHub implements OnModuleDestroy {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly last = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly reader: QueueReader,
    @Inject(SERVICE_CENTRE_OPTIONS) private readonly options: ServiceCentreOptions,
  ) {}

  async display(centreId: string): Promise<HallDisplay> {
    const day = this.reader.today();
    const [setup, state] = await Promise.all([this.reader.setup(centreId), this.reader.day(centreId, day)]);
    return hallDisplayOf(centreId, day, state, setup, this.options.queue.defaultServiceMinutes);
  }

  subscribe(centreId: string, listener: Listener): () => void {
    const set = this.listeners.get(centreId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(centreId, set);
    this.timer ??= setInterval(() => void this.refreshAll(), DISPLAY_REFRESH_MS);
    this.timer.unref();
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(centreId);
        this.last.delete(centreId);
      }
      if (this.listeners.size === 0 && this.timer !== null) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** The centre's queue changed here: tell its displays now. */
  async changed(centreId: string): Promise<void> {
    if (!this.listeners.has(centreId)) return;
    this.push(centreId, await this.display(centreId));
  }

  private push(centreId: string, display: HallDisplay): void {
    const text = JSON.stringify(display);
    if (this.last.get(centreId) === text) return;
    this.last.set(centreId, text);
    for (const listener of this.listeners.get(centreId) ?? []) listener(display);
  }

  private async refreshAll(): Promise<void> {
    for (const centreId of [...this.listeners.keys()]) {
      try {
        this.push(centreId, await this.display(centreId));
      } catch {
        // A failed read is tried again at the next pass; the displays keep what they show.
      }
    }
  }

  onModuleDestroy(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.listeners.clear();
  }
}
