import { serialised } from '../../lib/serialised';

/**
 * Runs `task` while no other page or the background runs a task under the same name: every
 * read-modify-write of shared state goes through one, so two pages saving at once cannot lose
 * either's change. https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks != null) return locks.request(`letting-go:${name}`, task);
  // Without Web Locks (older engines, test doubles) at least one context never races itself.
  let queue = inThisContext.get(name);
  if (queue === undefined) {
    queue = serialised((next: () => Promise<unknown>) => next());
    inThisContext.set(name, queue);
  }
  return (await queue(task)) as T;
}

const inThisContext = new Map<string, (task: () => Promise<unknown>) => Promise<unknown>>();
