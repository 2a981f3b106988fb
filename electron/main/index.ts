// Electron main entry: everything lives in app.ts; this file stays tiny (design §7).
import { startApp } from './app';

startApp();
