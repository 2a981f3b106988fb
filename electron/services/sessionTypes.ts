// What a document session (services/api) is made of and offers beyond window.api: the dialogs
// and printer it is given, and what main asks of it (its file, its state, a lost page).

import type { Api, ExportTarget } from '../../shared/ipc';
import type { LedgerMappings } from './ledger/mappings';
import type { LoadedLexicon } from './lexicon';
import type { OpenFiles } from './openFiles';
import type { UserProfile } from './profile';
import type { RecentFiles } from './recent';
import type { RecoveryOffers, RecoveryStore } from './recovery';

/** Where the user wants to read or write; null when they cancel. */
export interface Dialogs {
  chooseDraftToOpen(): Promise<string | null>;
  chooseDraftToSave(suggestedName: string): Promise<string | null>;
  chooseExportTarget(suggestedName: string, format: ExportTarget): Promise<string | null>;
  chooseUnitsFolder(): Promise<string | null>;
  choosePublishedReport(): Promise<string | null>;
  /** A ledger (台账: applications, or 行政复议/行政诉讼 cases) to count; absent where none can be chosen. */
  chooseLedger?(kind: 'applications' | 'cases'): Promise<string | null>;
  /** Where 导出台账模板 writes. */
  chooseLedgerTemplateTarget?(suggestedName: string): Promise<string | null>;
  /** 单位一览: the office's list of units (.xlsx, .xls, .csv); absent where none can be chosen. */
  chooseRoster?(): Promise<string | null>;
  /** 单位一览: the folder of last year's reports (上年文件夹). */
  choosePriorFolder?(): Promise<string | null>;
  /** Where the desk is exported (workbook or PDF). */
  chooseDeskExportTarget?(suggestedName: string, format: 'xlsx' | 'pdf'): Promise<string | null>;
  /** 多年趋势: drafts or published reports, several at once; [] when cancelled. */
  chooseTrendReports(): Promise<string[]>;
}

/**
 * How this window makes paper from the print layout's HTML (shared/export/print): Electron's
 * printToPDF and print (electron/main/print.ts), or a test browser in the harness.
 */
export interface Printer {
  toPdf(html: string): Promise<Uint8Array>;
  /** Through the system's print dialog; false when the clerk cancelled it. */
  print(html: string): Promise<boolean>;
}

export interface SessionOptions {
  dialogs: Dialogs;
  /** Absent where nothing can print: 导出 PDF and 打印 then say so. */
  printer?: Printer;
  /** The bundled sample report. */
  samplePath: string;
  /** A draft given on the command line or by the file association. */
  initialPath?: string | null;
  recent: RecentFiles;
  /** The app's recovery copies, and the offers shared by all its windows. */
  recovery: { store: RecoveryStore; offers: RecoveryOffers };
  /** The clerk's ledger mappings by layout (user data), shared by all the app's windows. */
  ledgerMappings?: LedgerMappings;
  /** Which window has which file open, shared by all the app's windows. */
  openFiles: OpenFiles;
  /**
   * Who works at this PC (user data): the name for steps and remarks, and for the lock beside an
   * open draft on a shared folder. Without it no lock is kept (tests of other things).
   */
  profile?: UserProfile;
  /** Brings this session's window to the front: another window asked for its file. */
  focusWindow?: () => void;
  /** The office's 用语表 from the user-data folder, read once at start (TXT-05). */
  lexicon?: LoadedLexicon;
  /** Closes this session's window (Electron); the harness has none. */
  closeWindow?: () => void;
}

export interface DocumentSession extends Api {
  /** The file the current document was opened from or saved to. */
  currentPath(): string | null;
  /** Whether closing would lose edits, as the renderer last said. */
  isDirty(): boolean;
  /** The window closes without saving on purpose: its recovery copy goes too. */
  discardEdits(): Promise<void>;
  /** The window is gone: its file is free for other windows (and other PCs: its lock goes). Its recovery copy stays. */
  dispose(): Promise<void>;
  /**
   * The page crashed or hung: what it held is lost, so its recovery copy becomes an offer (shown
   * when the page is reloaded, or at the next start), and closing the window never deletes it.
   */
  pageLost(): Promise<void>;
}
