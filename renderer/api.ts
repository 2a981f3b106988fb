// The renderer's only way out: window.api, provided by the preload (or the test/dev harness).

import type { WindowApi } from '../shared/ipc';

declare global {
  interface Window {
    api: WindowApi;
  }
}

export const api = (): WindowApi => window.api;
