// The typed contract between the renderer and main (design §4): every channel, its request and
// its result. The preload exposes one function per channel and nothing else; main (and the
// test/dev harness) parse every request with `parseRequest` (requests.ts) before acting on it.
// No runtime imports: the preload bundles this file.

import type { UnitSummary } from '../aggregate';
import type { ImportSummary } from '../import';
import type { LedgerKind, LedgerMapping } from '../ledger';
import type { LedgerCountRequest, LedgerRequest, LedgerRowFields, LedgerView } from './ledger';
import type { LexiconEntry } from '../reconcile';
import type { Report } from '../report';
import type { DeskExportFormat, DeskOpened, DeskProgress, DeskSumRequest, FormerNameRequest } from './desk';

/**
 * changed: the file on disk was changed or removed since it was opened or last saved (by another
 * program, a colleague on a shared folder): nothing was written; saving with `overwrite` writes
 * anyway. elsewhere: the file is open in another window, which has been brought to the front.
 */
export type Failure = { ok: false; reason: 'canceled' | 'invalid' | 'io' | 'changed' | 'elsewhere' | 'locked'; message: string; lock?: LockInfo };

/**
 * locked: the draft's lock file (on a shared folder) names someone else — another PC or another
 * user — who has it open; `stale` when that session seems to have ended without closing (a crash):
 * then it may be taken over. The page answers with openLocked.
 */
export interface LockInfo {
  user: string;
  host: string;
  /** ISO time the file was opened there. */
  since: string;
  stale: boolean;
}
/**
 * fileName null: not saved yet. unsaved: not on disk as it stands (a restored recovery copy, a
 * report started from last year's). prior: last year's report the draft remembers. recovery:
 * copies of this very file left by a session that ended abnormally, to offer at once.
 */
export type Opened = {
  ok: true;
  report: Report;
  prior: Report | null;
  fileName: string | null;
  unsaved?: boolean;
  notes?: string[];
  recovery?: RecoveryOffer[];
  /** Opened read-only: someone else has the file open (the sentence to show); saving asks for a new file. */
  readOnly?: string;
};
/** `notice`: what the clerk should know of the written file (a PDF's missing 公文 fonts). */
export type Saved = { ok: true; fileName: string; notice?: string };
/** A published report read into a new, unsaved draft, with what was recognised and from where (shown before it opens). */
export type ImportedDraft = { ok: true; report: Report; prior: null; fileName: null; unsaved: true; summary: ImportSummary };
/** html-fragment: a block with inline styles, to paste into a portal's CMS editor; pdf: the print layout. */
export type ExportFormat = 'docx' | 'html' | 'html-fragment' | 'pdf';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'html', 'html-fragment', 'pdf'];
/** Each export's name for the clerk, and the end of the file name it suggests. */
export const EXPORT_KINDS: Readonly<Record<ExportFormat, { name: string; extension: string; suffix: string }>> = {
  docx: { name: 'Word 文档', extension: 'docx', suffix: '.docx' },
  html: { name: '网页', extension: 'html', suffix: '.html' },
  'html-fragment': { name: '网页片段', extension: 'html', suffix: '（网页片段）.html' },
  pdf: { name: 'PDF 文件', extension: 'pdf', suffix: '.pdf' },
};

/** 导出图解: one save dialog; the file type chosen (PNG, SVG, 网页片段) decides the format. */
export const GRAPHIC_KIND = { name: '图解', suffix: '（图解）.png', filters: [{ name: 'PNG 图片', extensions: ['png'] }, { name: 'SVG 图形', extensions: ['svg'] }, { name: '网页片段', extensions: ['html'] }] } as const;
/** What a save dialog is asked for: an export of the report, or its 图解. */
export type ExportTarget = ExportFormat | 'graphic';
/** The 检查报告 page as PDF (the print layout) or Word. */
export type ChecklistFormat = 'pdf' | 'docx';
export const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['pdf', 'docx'];
export type PriorOpened = { ok: true; prior: Report; fileName: string };
export interface OfficeLexicon {
  entries: LexiconEntry[];
  problems: string[];
  fileName: string;
}

/** What window.api offers the renderer. Main owns every path: the renderer never names one. */
export interface Api {
  /** The document given on the command line or by the file association, if any. */
  initialDocument(): Promise<Opened | { ok: false; reason: 'none' } | Failure>;
  /** Asks the user for a draft file and opens it. */
  openDocument(): Promise<Opened | Failure>;
  /** The bundled, complete and error-free sample report. */
  openSample(): Promise<Opened | Failure>;
  /**
   * Saves to the current file, or asks where (always with saveAs). Refuses with reason 'changed'
   * when the file changed on disk since; `overwrite` is the clerk's 覆盖 to that.
   */
  saveDocument(request: { report: Report; prior: Report | null; saveAs: boolean; overwrite?: boolean }): Promise<Saved | Failure>;
  /** The page started a new report (blank, or next year's from the open one): it has no file yet. */
  detachDocument(): Promise<{ ok: true }>;
  /** Asks for last year's draft and starts this year's from it (carry-overs, edition change). */
  newFromPrior(): Promise<Opened | Failure>;
  /** Asks where, then writes the Word, HTML or PDF export. */
  exportReport(request: { format: ExportFormat; report: Report }): Promise<Saved | Failure>;
  /** Asks where, then writes the 图解 (PNG with its 2× copy, SVG or 网页片段), compared with `prior` when given. */
  exportGraphic(request: { report: Report; prior: Report | null }): Promise<Saved | Failure>;
  /** 多年趋势: asks for up to five reports of the unit (drafts or published reports) and reads them. */
  trendReports(): Promise<TrendResult | Failure>;
  /** 发布前检查: asks where, then writes the one-page 检查报告 (PDF or Word) of the report checked against last year's. */
  exportChecklist(request: { format: ChecklistFormat; report: Report; prior: Report | null }): Promise<Saved | Failure>;
  /**
   * Asks for last year's report — a draft, or a published report to import — for the cross-year
   * checks and the repetition measure (TXT-02); refused unless it is of the year before `year`.
   */
  openPrior(request: { source: 'draft' | 'published'; year: number }): Promise<PriorOpened | Failure>;
  /** The office's 用语表 as loaded at start (TXT-05): its entries and the lines that could not be read. */
  userLexicon(): Promise<OfficeLexicon>;
  /** Prints the print layout (the PDF's pages) through the system's print dialog. */
  printReport(request: { report: Report }): Promise<{ ok: true } | Failure>;
  /** Asks for a published report (text, saved page, Word, PDF) and imports it as a new, unsaved draft. */
  importPublished(): Promise<ImportedDraft | Failure>;
  /** Asks for the folder of the units' drafts and sums them into a new, unsaved report. */
  aggregateUnits(request: { organization: string; year: number }): Promise<AggregateResult | Failure>;
  /** Recently opened or saved drafts that still exist, newest first. */
  recentDocuments(): Promise<{ files: RecentFile[] }>;
  openRecent(request: { index: number }): Promise<Opened | Failure>;
  /** Writes a recovery copy of unsaved edits; a failure says why, to be shown. */
  autosave(request: { report: Report; prior: Report | null }): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Recovery copies left by sessions that ended abnormally (or windows that crashed), newest first. */
  recoveryOffers(): Promise<{ offers: RecoveryOffer[] }>;
  /** Restores the copy with this id, and only that one. */
  restoreRecovery(request: { id: string }): Promise<Opened | Failure>;
  /** Deletes the copy with this id, and only that one. */
  discardRecovery(request: { id: string }): Promise<{ ok: true }>;
  /** Tells main whether closing the window would lose edits. */
  setDocumentState(request: { dirty: boolean }): Promise<{ ok: true }>;
  /** Closes the window once the renderer has finished (e.g. saved before closing). */
  closeWindow(): Promise<{ ok: true }>;
  /** The file just found locked (reason 'locked'): open it read-only, or take over a stale lock. */
  openLocked(request: { choice: 'readOnly' | 'takeOver' }): Promise<Opened | Failure>;
  /** The name typed last on this PC (for steps and remarks), null before any. */
  userName(): Promise<{ name: string | null }>;
  setUserName(request: { name: string }): Promise<{ ok: true }>;
  /** 审核签批单: asks where, then writes the one-page sign-off sheet as PDF or Word. */
  exportSignoff(request: { format: 'pdf' | 'docx'; report: Report; prior: Report | null }): Promise<Saved | Failure>;

  // 从台账统计 (shared/ipc/ledger.ts): the ledger stays in this window's session.
  /** Asks for a ledger (台账) and counts it for the year, with a mapping saved for its layout if any. */
  openLedger(request: LedgerRequest): Promise<LedgerView | Failure>;
  /** Counts the open ledger again: another sheet, or the clerk's mapping. */
  countLedger(request: LedgerCountRequest): Promise<LedgerView | Failure>;
  /** Saves the mapping for ledgers of the open ledger's layout (once the counts are applied). */
  rememberLedgerMapping(request: { kind: LedgerKind; mapping: LedgerMapping }): Promise<{ ok: true; saved: boolean }>;
  /** The key fields of rows of a ledger open in this window (not kept anywhere else). */
  ledgerRows(request: { source: string; sheet: string; rows: number[] }): Promise<{ ok: true; rows: LedgerRowFields[] } | Failure>;
  /** 导出台账模板: asks where, then writes the .xlsx for the year's form. */
  exportLedgerTemplate(request: { year: number }): Promise<Saved | Failure>;

  // 政务公开办的单位一览 (shared/ipc/desk.ts): the folder, its paths and roster stay in main.
  /** Asks for the folder of the units' drafts and builds the desk for the year (its roster beside the drafts, else started from them). */
  openDesk(request: { year: number }): Promise<DeskOpened | Failure>;
  /** Reads the folder again (drafts unchanged since are not read again). */
  refreshDesk(): Promise<DeskOpened | Failure>;
  /** How far reading the folder has got. */
  deskProgress(): Promise<DeskProgress>;
  /** Asks for the folder of last year's reports (上年文件夹): last year's figures and 与上年重复. */
  chooseDeskPrior(): Promise<DeskOpened | Failure>;
  /** Opens the draft of a unit the desk lists, by the file it listed. */
  openDeskUnit(request: { file: string }): Promise<Opened | Failure>;
  /** Asks for the office's list of units (.xlsx, .xls, .csv) and keeps it beside the drafts as 单位名册.csv. */
  importRoster(): Promise<DeskOpened | Failure>;
  /** Keeps the roster started from the drafts beside them as 单位名册.csv. */
  saveDeskRoster(): Promise<DeskOpened | Failure>;
  /** Records a former name (更名) or a unit merged into one (合并) in the roster, and saves it. */
  recordFormerName(request: FormerNameRequest): Promise<DeskOpened | Failure>;
  /** Asks where, then writes the desk as a workbook or as the A4 landscape table (PDF). */
  exportDesk(request: { format: DeskExportFormat }): Promise<Saved | Failure>;
  /** 汇总 from the desk: the units in good standing and those confirmed, into a new, unsaved report. */
  aggregateDesk(request: DeskSumRequest): Promise<AggregateResult | Failure>;
}

/** The reports read for 多年趋势, by year; files that could not be read, and notes (names differ). */
export type TrendResult = { ok: true; reports: Report[]; unreadable: { file: string; reason: string }[]; notes: string[] };

/**
 * `leftOut`: the files not summed — unreadable, or refused (another year or edition, a unit
 * twice) — each with its reason. Unit sources and files are named relative to the chosen folder.
 */
export type AggregateResult = { ok: true; report: Report; prior: null; units: UnitSummary[]; leftOut: { file: string; reason: string }[] };

export interface RecentFile {
  name: string;
  folder: string;
}

/** One recovery copy, named by its id: 恢复 and 放弃 act on that copy only. */
export interface RecoveryOffer {
  id: string;
  title: string;
  savedAt: string;
  /** The file the copy belongs to; null for a report that was never saved. */
  fileName: string | null;
  /**
   * The file on disk was changed (or removed) after these edits began: the copy is older than
   * the file, and restoring it over the file would lose the newer work.
   */
  stale: 'changed' | 'missing' | null;
  /** When the file on disk was last changed (ISO), when stale is 'changed'. */
  fileChangedAt?: string;
}

/** What the menu asks the renderer to do (main → renderer, not a request). */
export const COMMANDS = ['new', 'newFromPrior', 'open', 'openRecent', 'aggregate', 'importPublished', 'save', 'saveAs', 'exportDocx', 'exportHtml', 'exportHtmlFragment', 'exportPdf', 'preview', 'print', 'undo', 'redo', 'openSample', 'saveAndClose', 'zoomIn', 'zoomOut', 'zoomReset', 'toggleParts', 'toggleFindings', 'countLedger', 'exportLedgerTemplate'] as const;
export type Command = (typeof COMMANDS)[number];
export const COMMAND_CHANNEL = 'menu:command';

/** window.api: the request channels plus the one event main sends. */
export interface WindowApi extends Api {
  /** `index`: which recent file, for 'openRecent'. */
  onCommand(listener: (command: Command, index?: number) => void): () => void;
}

export type Channel = keyof Api;
export type RequestOf<C extends Channel> = Parameters<Api[C]> extends [infer R] ? R : undefined;
export type ResultOf<C extends Channel> = Awaited<ReturnType<Api[C]>>;

/** IPC channel names, one per Api function. */
export const CHANNELS: Readonly<Record<Channel, string>> = {
  initialDocument: 'document:initial',
  openDocument: 'document:open',
  openSample: 'document:sample',
  saveDocument: 'document:save',
  newFromPrior: 'document:new-from-prior',
  detachDocument: 'document:detach',
  exportReport: 'report:export',
  exportGraphic: 'report:export-graphic',
  trendReports: 'report:trend',
  exportChecklist: 'report:export-checklist',
  openPrior: 'document:open-prior',
  userLexicon: 'lexicon:user',
  printReport: 'report:print',
  aggregateUnits: 'report:aggregate',
  importPublished: 'report:import',
  recentDocuments: 'recent:list',
  openRecent: 'recent:open',
  autosave: 'recovery:autosave',
  recoveryOffers: 'recovery:offers',
  restoreRecovery: 'recovery:restore',
  discardRecovery: 'recovery:discard',
  setDocumentState: 'window:document-state',
  closeWindow: 'window:close',
  openLocked: 'document:open-locked',
  userName: 'profile:name',
  setUserName: 'profile:set-name',
  exportSignoff: 'report:export-signoff',
  openLedger: 'ledger:open',
  countLedger: 'ledger:count',
  rememberLedgerMapping: 'ledger:remember',
  ledgerRows: 'ledger:rows',
  exportLedgerTemplate: 'ledger:template',
  openDesk: 'desk:open',
  refreshDesk: 'desk:refresh',
  deskProgress: 'desk:progress',
  chooseDeskPrior: 'desk:prior',
  openDeskUnit: 'desk:open-unit',
  importRoster: 'desk:import-roster',
  saveDeskRoster: 'desk:save-roster',
  recordFormerName: 'desk:former-name',
  exportDesk: 'desk:export',
  aggregateDesk: 'desk:aggregate',
};

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNELS, name);
}
