/**
 * Runs `f` when the browser is idle, or after 2 s at the latest (a busy page may never be idle; a browser without
 * `requestIdleCallback` waits the 2 s), and returns what cancels it. How the on-demand chunks are prefetched.
 */
export function whenIdle(f: () => void): () => void {
  const idle = globalThis.requestIdleCallback;
  if (idle) {
    const id = idle(f, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 2000);
  return () => clearTimeout(id);
}
