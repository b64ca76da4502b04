// Child processes the runner starts (browsers, drivers, Xvfb), so that every exit path kills them, and timeouts.
import { createServer } from 'node:net';

/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();

/** Remembers a child process until it exits. Spawn it `detached` so that its own children die with its group. */
export function track(child) {
  if (!child || child.exitCode !== null) return child;
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** SIGKILLs every tracked process and its process group. Synchronous: safe in a process 'exit' handler. */
export function killAll() {
  for (const child of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      try {
        child.kill('SIGKILL');
      } catch {}
    }
    live.delete(child);
  }
}

/** Rejects with `what took longer than N s` when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => ok(port));
    });
  });
}
