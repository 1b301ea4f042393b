// SPDX-License-Identifier: MIT
/**
 * Optional code loaded on first use. `tokhai.bundle.js` carries what every form needs; the rest (rare widgets,
 * drafts, English texts…) is imported with `import()`, which the bundle build turns into chunks beside it
 * (`tokhai.<name>.js`). Two helpers keep that invisible to portals and tests:
 *
 * - `once(load)`: one import per page, retried after a failure (a network hiccup must not break the page for good);
 * - `trackLoad(host, promise)` / `whenLoaded(host)`: an element records the loads its next complete render waits for,
 *   and its `updateComplete` waits for them (`<tk-form>`'s `getUpdateComplete`), so `await form.updateComplete`
 *   still means "everything this form shows is on screen". The host updates again when a load settles.
 */
import type { ReactiveControllerHost } from 'lit';

/** Wraps an `import()` so it runs once per page; a failed load is tried again by the next caller. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

const pending = new WeakMap<object, Set<Promise<unknown>>>();

/** Records a load the host's next complete render needs; the host updates when it settles (resolved or not). */
export function trackLoad<T>(host: Pick<ReactiveControllerHost, 'requestUpdate'>, load: Promise<T>): Promise<T> {
  let set = pending.get(host);
  if (!set) pending.set(host, (set = new Set()));
  const tracked: Promise<unknown> = load.then(
    () => undefined,
    () => undefined,
  );
  set.add(tracked);
  void tracked.then(() => {
    set.delete(tracked);
    host.requestUpdate();
  });
  return load;
}

/** Settles when the loads tracked for `host` now have settled, or is `undefined` when none is pending. */
export function whenLoaded(host: object): Promise<unknown> | undefined {
  const set = pending.get(host);
  return set && set.size > 0 ? Promise.all(set) : undefined;
}
