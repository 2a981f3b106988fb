// The IPC contract between renderer and main.
export * from './contract';
