// The report's life in the editor (issue 23): the name typed at this PC, a file opened read-only
// because someone else has it, and the actions that record a step, add or resolve a remark and
// restore a version — each one undo step over the report, the stage always derived (shared/workflow).

import { create } from 'zustand';
import { localIsoString } from '../../shared/draft/time';
import type { CellKey } from '../../shared/formats';
import type { Remark, Report, WorkflowStep } from '../../shared/report';
import { addRemark, recordStep, reopenRemark, resolveRemark, restoreVersion, stageOf, type RemarkTarget, type StageInfo, type StepDetails } from '../../shared/workflow';
import { api } from '../api';
import { change, notify, useEditor, type EditorState } from './editor';

export interface LifeState {
  /** The name typed last at this PC (remembered by main in user data). */
  userName: string;
  /** Opened read-only: someone else has the file (the sentence to show); saving asks for a new file. */
  readOnly: string | null;
}

export const useLife = create<LifeState>(() => ({ userName: '', readOnly: null }));

/** Asks main once for the name remembered at this PC. */
export async function loadUserName(): Promise<void> {
  const { name } = await api().userName();
  if (name && useLife.getState().userName === '') useLife.setState({ userName: name });
}

/** The name field: kept here while typed, remembered by main once a step or remark uses it. */
export function setUserName(name: string): void {
  useLife.setState({ userName: name });
}

function remember(name: string): void {
  if (name.trim()) void api().setUserName({ name: name.trim() });
}

export function setReadOnly(readOnly: string | null): void {
  useLife.setState({ readOnly });
}

// Another document (new, imported, closed): whatever was read-only is not any more.
useEditor.subscribe((state, previous) => {
  if (state.fileName !== previous.fileName || state.doc === null) setReadOnly(null);
});

const now = () => localIsoString(new Date());

const stages = new WeakMap<Report, StageInfo>();
/** The stage of the report as it stands, once per report object (a keystroke makes a new one). */
export function stageInfo(report: Report): StageInfo {
  let info = stages.get(report);
  if (!info) {
    info = stageOf(report);
    stages.set(report, info);
  }
  return info;
}

export const stageOfState = (s: EditorState): StageInfo | null => (s.doc ? stageInfo(s.doc.report) : null);

/** Replaces the report in one undo step (a step, a remark, a restored version). */
function commit(report: Report): void {
  change((doc) => ({ ...doc, report }), null);
}

/** Records a step; true when recorded (the caller then saves the draft). */
export function recordStepNow(step: WorkflowStep, details: Omit<StepDetails, 'at' | 'by'>): boolean {
  const { doc, prior } = useEditor.getState();
  if (!doc) return false;
  const by = useLife.getState().userName;
  if (Object.keys(doc.invalid).length > 0) {
    notify({ kind: 'error', text: '有单元格的内容无法识别，请先改正再记录。' });
    return false;
  }
  const result = recordStep(doc.report, step, { ...details, by, at: now() }, prior);
  if (!result.ok) {
    notify({ kind: 'error', text: result.message });
    return false;
  }
  remember(by);
  commit(result.report);
  return true;
}

export function addRemarkNow(target: RemarkTarget, text: string): boolean {
  const doc = useEditor.getState().doc;
  if (!doc) return false;
  const by = useLife.getState().userName;
  const result = addRemark(doc.report, target, { text, by, at: now() });
  if (!result.ok) {
    notify({ kind: 'error', text: result.message });
    return false;
  }
  remember(by);
  commit(result.report);
  notify({ kind: 'info', text: '已添加审核意见。' });
  return true;
}

export function resolveRemarkNow(id: string, note = ''): void {
  const doc = useEditor.getState().doc;
  if (!doc) return;
  const by = useLife.getState().userName;
  const result = resolveRemark(doc.report, id, { by, at: now(), note });
  if (!result.ok) return notify({ kind: 'error', text: result.message });
  remember(by);
  commit(result.report);
}

export function reopenRemarkNow(id: string): void {
  const doc = useEditor.getState().doc;
  if (!doc) return;
  const result = reopenRemark(doc.report, id);
  if (result.ok) commit(result.report);
}

/** A frozen version becomes the current text (one undo step). */
export function restoreVersionNow(fp: string, label: string): void {
  const doc = useEditor.getState().doc;
  if (!doc) return;
  const result = restoreVersion(doc.report, fp);
  if (!result.ok) return notify({ kind: 'error', text: result.message });
  change(() => ({ report: result.report, invalid: {} }), null);
  notify({ kind: 'info', text: `已恢复为${label}的内容（可撤销）。` });
}

const onCells = new WeakMap<readonly Remark[], Map<CellKey, string[]>>();
/** The open remarks on each cell (“审核意见：…”), once per list of remarks: cells ask on every keystroke. */
export function remarksOn(report: Report): Map<CellKey, string[]> {
  const remarks = report.workflow.remarks;
  let map = onCells.get(remarks);
  if (!map) {
    map = new Map();
    for (const r of remarks) {
      if (r.resolved !== null || !r.anchor.startsWith('cells:')) continue;
      const key = r.anchor.slice('cells:'.length).split(',')[0];
      map.set(key, [...(map.get(key) ?? []), `审核意见（${r.by}）：${r.text}`]);
    }
    onCells.set(remarks, map);
  }
  return map;
}
