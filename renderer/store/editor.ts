// The editor's state: the open report, what was typed but could not be read, where the clerk
// is, and the undo history. Actions are plain functions over the store (design §4: a keystroke
// → parseCellValue → new immutable report; reconcile runs once per change in a selector).

import { create } from 'zustand';
import type { AggregateResult } from '../../shared/ipc';
import { EDITIONS, cellIndex, type CellKey, type TextSectionId } from '../../shared/formats';
import { parseCellValue, type ExportOptions, type Fees, type Report } from '../../shared/report';
import { emptyHistory, record, redo as redoStep, seal, undo as undoStep, type History } from './history';

export interface InvalidInput {
  raw: string;
  reason: string;
}

/** What undo restores: the report and the unreadable inputs beside it. */
export interface Doc {
  report: Report;
  invalid: Readonly<Record<CellKey, InvalidInput>>;
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** Where the clerk is: a part of the report, or the list of units behind a consolidated one. */
export type View = TextSectionId | 'units' | 'compare' | 'trend' | 'versions';

/** The units a consolidated report was summed from, shown beside it. */
export type UnitList = Pick<AggregateResult, 'units' | 'unreadable'>;

export interface EditorState {
  doc: Doc | null;
  /** The report as last opened or saved: the document is dirty when it is another one. */
  saved: Report | null;
  fileName: string | null;
  prior: Report | null;
  part: View;
  units: UnitList | null;
  /** What starting from last year changed or could not carry over (shown until dismissed). */
  notes: string[];
  history: History<Doc>;
  notice: Notice | null;
}

export const useEditor = create<EditorState>(() => ({
  doc: null,
  saved: null,
  fileName: null,
  prior: null,
  part: 'preamble',
  units: null,
  notes: [],
  history: emptyHistory(),
  notice: null,
}));

const get = useEditor.getState;
const set = useEditor.setState;

export const isDirty = (s: EditorState) => s.doc !== null && s.doc.report !== s.saved;

export interface Loaded {
  /** Last year's report, for the cross-year rules and the year-over-year view. */
  prior?: Report | null;
  units?: UnitList | null;
  notes?: string[];
}

/** @param saved false for a report that is not on disk as it stands (recovered, rolled forward, summed). */
export function load(report: Report, fileName: string | null, saved = true, { prior = null, units = null, notes = [] }: Loaded = {}): void {
  set({ doc: { report, invalid: {} }, saved: saved ? report : null, fileName, prior, part: units ? 'units' : 'preamble', units, notes, history: emptyHistory(), notice: null });
}

/**
 * Last year's report chosen for the cross-year checks and 雷同 (发布前检查): kept in the draft when
 * it is saved, so the draft has unsaved changes until then.
 */
export function setPrior(prior: Report): void {
  set({ prior, saved: null });
}

export function dismissNotes(): void {
  set({ notes: [] });
}

export function close(): void {
  set({ doc: null, saved: null, fileName: null, prior: null, units: null, notes: [], history: emptyHistory(), notice: null });
}

export function markSaved(report: Report, fileName: string): void {
  set({ saved: report, fileName });
}

export function goTo(part: View): void {
  set({ part, history: seal(get().history) });
}

export function notify(notice: Notice | null): void {
  set({ notice });
}

/** Every edit goes through here: a new document and, unless it continues the last one, an undo step. */
export function change(next: (doc: Doc) => Doc, mergeKey: string | null): void {
  const { doc, history } = get();
  if (!doc) return;
  const updated = next(doc);
  if (updated === doc) return;
  set({ doc: updated, history: record(history, doc, mergeKey, Date.now()) });
}

const withReport = (doc: Doc, report: Partial<Report>): Doc => ({ ...doc, report: { ...doc.report, ...report } });

/**
 * Applies typed texts to cells: a figure, "/", a blank, or text kept with its reason. Totals are
 * skipped (they are computed). Any number of cells make one new document: a range fill writes
 * a whole table at once, as one keystroke writes one cell.
 */
export function applyInputs(doc: Doc, inputs: Iterable<readonly [CellKey, string]>): Doc {
  const index = cellIndex(EDITIONS[doc.report.edition]);
  const cells = { ...doc.report.cells };
  const invalid = { ...doc.invalid };
  const touched: CellKey[] = [];
  const na = new Set(doc.report.notApplicable);
  for (const [key, raw] of inputs) {
    const cell = index.byKey.get(key);
    if (!cell || cell.derived) continue;
    touched.push(key);
    const parsed = parseCellValue(raw, cell.kind);
    delete cells[key];
    delete invalid[key];
    na.delete(key);
    if (!parsed.ok) invalid[key] = { raw, reason: parsed.reason };
    else if (parsed.notApplicable) na.add(key);
    else if (parsed.value !== null) cells[key] = parsed.value;
  }
  dropStatedTotals(cells, doc.report.edition, touched);
  // Kept in the order they were marked, new ones last.
  const was = doc.report.notApplicable;
  const notApplicable = na.size === was.length && was.every((k) => na.has(k)) ? was : [...was.filter((k) => na.has(k)), ...[...na].filter((k) => !was.includes(k))];
  return { report: { ...doc.report, cells, notApplicable, ...settled(doc.report, touched) }, invalid };
}

/**
 * A total printed in an imported report (a stated total) describes the figures as printed: once
 * the clerk edits a figure it sums, the form's own sum takes its place (or the old total would
 * stand as an error nobody can edit away).
 */
function dropStatedTotals(cells: Record<CellKey, number>, edition: Report['edition'], edited: readonly CellKey[]): void {
  const { derived } = cellIndex(EDITIONS[edition]);
  // Only imported drafts hold stated totals: a keystroke elsewhere costs one scan.
  if (edited.length === 0 || !derived.some((d) => d.key in cells)) return;
  const changed = new Set(edited);
  for (const d of derived) {
    if (d.derived!.sumOf.some((k) => changed.has(k))) {
      changed.add(d.key);
      delete cells[d.key];
    }
  }
}

/**
 * A cell the clerk typed is theirs: what the import could not establish about it, where the
 * import found it and the ledger rows it was counted from no longer describe it.
 */
function settled(report: Report, keys: readonly CellKey[]): Pick<Report, 'importMarks' | 'provenance' | 'ledgers'> {
  const ledgers = report.ledgers.some((l) => keys.some((k) => k in l.rows)) ? report.ledgers.map((l) => ({ ...l, rows: without(l.rows, keys) })) : report.ledgers;
  return { importMarks: without(report.importMarks, keys), provenance: without(report.provenance, keys), ledgers };
}

function without<T>(record: Readonly<Record<CellKey, T>>, keys: readonly CellKey[]): Record<CellKey, T> {
  if (!keys.some((k) => k in record)) return record;
  const rest = { ...record };
  for (const k of keys) delete rest[k];
  return rest;
}


/** The clerk has checked these cells against the source: their import marks go (one undo step). */
export function confirmImportMarks(keys: readonly CellKey[]): void {
  change((doc) => {
    const importMarks = without(doc.report.importMarks, keys);
    return importMarks === doc.report.importMarks ? doc : withReport(doc, { importMarks });
  }, null);
}

function applyInput(doc: Doc, key: CellKey, raw: string): Doc {
  return applyInputs(doc, [[key, raw]]);
}

export function typeCell(key: CellKey, raw: string): void {
  change((doc) => applyInput(doc, key, raw), `cell:${key}`);
}

export function setText(section: TextSectionId, text: string): void {
  change((doc) => withReport(doc, { text: { ...doc.report.text, [section]: text } }), `text:${section}`);
}

export function setOrganization(organization: string): void {
  change((doc) => withReport(doc, { organization }), 'organization');
}

/** 字体: the GB2312 fonts of 公文 practice, or the common 仿宋/楷体 (saved in the draft). */
export function setExportFonts(fonts: ExportOptions['fonts']): void {
  change((doc) => withReport(doc, { exportOptions: { ...doc.report.exportOptions, fonts } }), 'exportFonts');
}

export function setFee(field: keyof Fees, value: number | null): void {
  change((doc) => withReport(doc, { fees: { ...doc.report.fees, [field]: value } }), `fee:${field}`);
}

export function setExplanation(rule: string, text: string): void {
  change((doc) => {
    const explanations = { ...doc.report.explanations };
    if (text.trim() === '') delete explanations[rule];
    else explanations[rule] = text;
    return withReport(doc, { explanations });
  }, `explain:${rule}`);
}

/** Applies a narrative finding's fix: replaces its span of text (one undo step). */
export function applyTextFix(section: TextSectionId, start: number, end: number, replacement: string): void {
  change((doc) => {
    const text = doc.report.text[section];
    return withReport(doc, { text: { ...doc.report.text, [section]: text.slice(0, start) + replacement + text.slice(end) } });
  }, null);
}

/** Replaces a part's whole text in one undo step (一键排版). */
export function replaceText(section: TextSectionId, text: string): void {
  change((doc) => (doc.report.text[section] === text ? doc : withReport(doc, { text: { ...doc.report.text, [section]: text } })), null);
}

/** Replaces the whole report in one undoable step (e.g. converted to another edition). */
export function replaceReport(report: Report, notes: string[] = []): void {
  change((doc) => ({ report, invalid: doc.invalid }), null);
  set({ notes });
}

export function undo(): void {
  const { doc, history } = get();
  const step = doc && undoStep(history, doc);
  if (step) set({ doc: keepingSteps(step.state, doc), history: step.history });
}

export function redo(): void {
  const { doc, history } = get();
  const step = doc && redoStep(history, doc);
  if (step) set({ doc: keepingSteps(step.state, doc), history: step.history });
}

/**
 * A recorded step (送审 … 发布) and the version it froze are never undone: undo takes back the
 * content and the remarks, and the stage then says what the content is (起草 after an undone edit).
 */
function keepingSteps(state: Doc, current: Doc): Doc {
  const { history, versions } = current.report.workflow;
  const was = state.report.workflow;
  if (was.history === history && was.versions === versions) return state;
  return { ...state, report: { ...state.report, workflow: { ...was, history, versions } } };
}

/** Ends the current typing run, so that the next edit is its own undo step. */
export function endEdit(): void {
  set({ history: seal(get().history) });
}

// ---- The report's own facts and the clerk's acknowledgements (issue "Checks a clerk can trust") ----

/** 发布日期 "YYYY-MM-DD", or null while it is not known (spec S-06). */
export function setPublishDate(publishDate: string | null): void {
  change((doc) => withReport(doc, { publishDate }), 'publishDate');
}

/** 署名 and 成文日期 (null: the organisation, and 发布日期). */
export function setClosing(fields: Partial<Report['closing']>): void {
  change((doc) => withReport(doc, { closing: { ...doc.report.closing, ...fields } }), `closing:${Object.keys(fields).join()}`);
}

/** 机关类型; null: guess it from the organisation's name. */
export function setOrganizationType(organizationType: Report['organizationType']): void {
  change((doc) => withReport(doc, { organizationType }), 'organizationType');
}

/** Accepts a warning at its place (rule + anchor) with the clerk's reason; one undo step. */
export function acknowledge(rule: string, anchor: string, reason: string): void {
  change((doc) => {
    const others = doc.report.acknowledgements.filter((a) => a.rule !== rule || a.anchor !== anchor);
    return withReport(doc, { acknowledgements: [...others, { rule, anchor, reason: reason.trim() }] });
  }, null);
}

export function withdrawAcknowledgement(rule: string, anchor: string): void {
  change((doc) => withReport(doc, { acknowledgements: doc.report.acknowledgements.filter((a) => a.rule !== rule || a.anchor !== anchor) }), null);
}
