// The preload: window.api with one named function per contract channel, plus the menu's
// commands, and nothing else — ipcRenderer itself never reaches the page (design §5b).

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, COMMAND_CHANNEL, COMMANDS, type Command, type WindowApi } from '../../shared/ipc/channels';

const isCommand = (value: unknown): value is Command => (COMMANDS as readonly unknown[]).includes(value);

const invokers = Object.fromEntries(
  Object.entries(CHANNELS).map(([name, channel]) => [name, (request?: unknown) => ipcRenderer.invoke(channel, request)]),
);

const api = {
  ...invokers,
  onCommand(listener: (command: Command, index?: number) => void) {
    const handler = (_event: IpcRendererEvent, command: unknown, index: unknown) => {
      if (isCommand(command)) listener(command, typeof index === 'number' ? index : undefined);
    };
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  },
} as WindowApi;

contextBridge.exposeInMainWorld('api', api);
