import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The page URL's `#id`, for deep links: reads it, writes it without a new history entry, and reports changes while
 * the host is connected. It remembers the last hash it reported or wrote, so the host can follow a hash once and
 * not again when its data is replaced.
 */
export class HashController implements ReactiveController {
  private seen: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.onChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.onChange);
  }

  /** The id the hash names (decoded), or undefined for no hash or one that is not valid percent-encoding. */
  read(): string | undefined {
    const hash = globalThis.location?.hash ?? '';
    try {
      return decodeURIComponent(hash.slice(1)) || undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether the current hash is new since the last one this controller reported or wrote. */
  get unseen(): boolean {
    return globalThis.location?.hash !== this.seen;
  }

  /** Marks the current hash as followed. */
  markSeen(): void {
    this.seen = globalThis.location?.hash;
  }

  /** Whether the hash names exactly this id. */
  names(id: string): boolean {
    return globalThis.location?.hash === `#${encodeURIComponent(id)}`;
  }

  /** Sets `#id` (or removes the hash) by replacing the history entry: no new entry, no scroll, no `hashchange`. */
  write(id: string | undefined): void {
    const hash = id === undefined ? '' : `#${encodeURIComponent(id)}`;
    if (location.hash !== hash) {
      try {
        history.replaceState(history.state, '', hash || location.pathname + location.search);
      } catch {
        // A sandboxed or opaque-origin page may refuse: the selection still works, only the URL does not follow.
      }
    }
    this.markSeen();
  }
}
