// The typed contract between the renderer and main (design §4): every channel, its request and
// its result. The preload exposes one function per channel and nothing else; main (and the
// test/dev harness) parse every request with `parseRequest` (requests.ts) before acting on it.
// No runtime imports: the preload bundles this file.

import type { UnitSummary } from '../aggregate';
import type { ImportSummary } from '../import';
import type { Report } from '../report';

export type Failure = { ok: false; reason: 'canceled' | 'invalid' | 'io'; message: string };
/**
 * fileName null: not saved yet. unsaved: not on disk as it stands (a restored recovery copy, a
 * report started from last year's). prior: last year's report the draft remembers.
 */
export type Opened = { ok: true; report: Report; prior: Report | null; fileName: string | null; unsaved?: boolean; notes?: string[] };
export type Saved = { ok: true; fileName: string };
/** A published report read into a new, unsaved draft, with what was recognised and from where (shown before it opens). */
export type ImportedDraft = { ok: true; report: Report; prior: null; fileName: null; unsaved: true; summary: ImportSummary };
/** html-fragment: a block with inline styles, to paste into a portal's CMS editor. */
export type ExportFormat = 'docx' | 'html' | 'html-fragment';

/** What window.api offers the renderer. Main owns every path: the renderer never names one. */
export interface Api {
  /** The document given on the command line or by the file association, if any. */
  initialDocument(): Promise<Opened | { ok: false; reason: 'none' } | Failure>;
  /** Asks the user for a draft file and opens it. */
  openDocument(): Promise<Opened | Failure>;
  /** The bundled, complete and error-free sample report. */
  openSample(): Promise<Opened | Failure>;
  /** Saves to the current file, or asks where (always with saveAs). */
  saveDocument(request: { report: Report; prior: Report | null; saveAs: boolean }): Promise<Saved | Failure>;
  /** The page started a new report (blank, or next year's from the open one): it has no file yet. */
  detachDocument(): Promise<{ ok: true }>;
  /** Asks for last year's draft and starts this year's from it (carry-overs, edition change). */
  newFromPrior(): Promise<Opened | Failure>;
  /** Asks where, then writes the Word or HTML export. */
  exportReport(request: { format: ExportFormat; report: Report }): Promise<Saved | Failure>;
  /** Asks for a published report (text, saved page, Word, PDF) and imports it as a new, unsaved draft. */
  importPublished(): Promise<ImportedDraft | Failure>;
  /** Asks for the folder of the units' drafts and sums them into a new, unsaved report. */
  aggregateUnits(request: { organization: string; year: number }): Promise<AggregateResult | Failure>;
  /** Recently opened or saved drafts that still exist, newest first. */
  recentDocuments(): Promise<{ files: RecentFile[] }>;
  openRecent(request: { index: number }): Promise<Opened | Failure>;
  /** Writes a recovery copy of unsaved edits. */
  autosave(request: { report: Report; prior: Report | null }): Promise<{ ok: boolean }>;
  /** A recovery copy left by a session that ended abnormally, if any. */
  recoveryOffer(): Promise<RecoveryOffer>;
  restoreRecovery(): Promise<Opened | Failure>;
  discardRecovery(): Promise<{ ok: true }>;
  /** Tells main whether closing the window would lose edits. */
  setDocumentState(request: { dirty: boolean }): Promise<{ ok: true }>;
  /** Closes the window once the renderer has finished (e.g. saved before closing). */
  closeWindow(): Promise<{ ok: true }>;
}

/** Unit sources and unreadable files are named relative to the chosen folder. */
export type AggregateResult = { ok: true; report: Report; prior: null; units: UnitSummary[]; unreadable: { file: string; reason: string }[] };

export interface RecentFile {
  name: string;
  folder: string;
}

export type RecoveryOffer = { available: false } | { available: true; title: string; savedAt: string; fileName: string | null };

/** What the menu asks the renderer to do (main → renderer, not a request). */
export const COMMANDS = ['new', 'newFromPrior', 'open', 'openRecent', 'aggregate', 'importPublished', 'save', 'saveAs', 'exportDocx', 'exportHtml', 'exportHtmlFragment', 'undo', 'redo', 'openSample', 'saveAndClose'] as const;
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
  aggregateUnits: 'report:aggregate',
  importPublished: 'report:import',
  recentDocuments: 'recent:list',
  openRecent: 'recent:open',
  autosave: 'recovery:autosave',
  recoveryOffer: 'recovery:offer',
  restoreRecovery: 'recovery:restore',
  discardRecovery: 'recovery:discard',
  setDocumentState: 'window:document-state',
  closeWindow: 'window:close',
};

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNELS, name);
}
