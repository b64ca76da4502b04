/**
 * Runs work written as a generator (`parseSteps`) without holding the main thread: slices of about `slice` ms,
 * with a turn for the page in between (`scheduler.yield()` where it exists, so the work keeps its place in line,
 * else a message, which unlike `setTimeout` is not clamped to 4 ms).
 */

interface Port {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

/** Gives the page a turn: input, rendering and other tasks run before this resolves. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    // Typed by hand: src/data is checked without the DOM library (MessagePort.onmessage is a DOM type).
    const { port1, port2 } = new MessageChannel() as unknown as { port1: Port; port2: Port };
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** What {@link runSteps} reports between slices. */
export interface StepsRun<T> {
  /** The result, when the first slice finished the work: no turn was needed. */
  readonly done?: T;
  /** The rest of the work, when it did not. */
  readonly rest?: Promise<T | undefined>;
}

/**
 * Runs `steps` for `slice` ms now; if they are not done, the rest runs in later slices. `progress` hears the last
 * value yielded after each slice; `cancelled` stops the work at the next slice (the result is then undefined).
 */
export function runSteps<T>(
  steps: Generator<number, T>,
  options: { slice?: number; progress?: (value: number) => void; cancelled?: () => boolean } = {},
): StepsRun<T> {
  const slice = options.slice ?? 30;
  const run = (): { done: true; value: T } | { done: false; value: number } => {
    const end = performance.now() + slice;
    for (;;) {
      const step = steps.next();
      if (step.done || performance.now() >= end)
        return step as { done: true; value: T } | { done: false; value: number };
    }
  };
  const first = run();
  if (first.done) return { done: first.value };
  options.progress?.(first.value);
  const rest = (async () => {
    for (;;) {
      await yieldToMain();
      if (options.cancelled?.()) return undefined;
      const next = run();
      if (next.done) return next.value;
      options.progress?.(next.value);
    }
  })();
  return { rest };
}
