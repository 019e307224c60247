"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while the page hydrates, true once its script runs. A form whose
 * submit needs script (an onSubmit that calls the action) keeps its button disabled until then:
 * clicked earlier, the browser would send the form as a plain GET and lose the chosen file.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
