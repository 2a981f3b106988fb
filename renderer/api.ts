// The renderer's only way out: window.api, provided by the preload (or the test/dev harness).

import type { Api } from '../shared/ipc';

declare global {
  interface Window {
    api: Api;
  }
}

export const api = (): Api => window.api;
