// The IPC contract between renderer and main: channels (types, names) and request parsers.
export * from './channels';
export { parseRequest } from './requests';
export * from './ledger';
export * from './desk';
