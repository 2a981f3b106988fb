// Wires every contract channel to the sending window's document session. A call is refused
// unless it comes from the main frame of one of our windows showing our own page, and a
// malformed payload never reaches a handler.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, parseRequest, type Channel } from '../../shared/ipc';
import type { DocumentSession } from '../services/api';
import { isAppUrl } from './protocol';

export interface IpcDeps {
  /** The session of the window whose page sent the call, if it is one of ours. */
  sessionFor(event: IpcMainInvokeEvent): DocumentSession | undefined;
  appUrl: string;
}

export class RefusedError extends Error {}

export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  // Only the top frame of our page: never a subframe, another origin, or another file of ours.
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl);
}

export function registerIpc(ipcMain: IpcMain, deps: IpcDeps): void {
  for (const channel of Object.keys(CHANNELS) as Channel[]) {
    ipcMain.handle(CHANNELS[channel], async (event, payload: unknown) => {
      const session = deps.sessionFor(event);
      if (!session || !isTrustedSender(event, deps.appUrl)) throw new RefusedError(`refused ${channel}: not our page`);
      const parsed = parseRequest(channel, payload);
      if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.message };
      const handler = session[channel] as (request: unknown) => Promise<unknown>;
      return handler.call(session, parsed.value);
    });
  }
}
