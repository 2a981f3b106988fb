// The report's life at a glance, under the toolbar: the stage (起草 … 发布), the open review remarks,
// “与已发布版本不一致” after a change since 发布, the name of whoever works at this PC, the step
// buttons (only those the stage allows), the version history and the 审核签批单.

import { useDeferredValue, useEffect, useState } from 'react';
import type { WorkflowStep } from '../../shared/report';
import { STAGE_NAMES, STEP_NAMES, editedNote, stageHashes, stepsFrom, shortFingerprint } from '../../shared/workflow';
import { exportSignoff, save } from '../actions';
import { goTo, notify, useEditor } from '../store/editor';
import { loadUserName, recordStepNow, setUserName, stageInfo, stageOfState, useLife } from '../store/life';
import { MenuButton } from './MenuButton';
import { StepForm } from './StepForm';

import './life.css';

const STEPS: readonly WorkflowStep[] = ['submit', 'approve', 'return', 'sign', 'file', 'publish'];

/** Tells the clerk once when an edit undid a step (送审后已修改 …). */
function useEditedNotice(): void {
  useEffect(
    () =>
      useEditor.subscribe((state, previous) => {
        if (!state.doc || !previous.doc || state.doc.report === previous.doc.report) return;
        // While drafting (the common case) the new report's stage is not worked out here at all.
        const before = stageOfState(previous)!;
        if (before.stage === 'draft') return;
        const after = stageOfState(state)!;
        if (after.stage === 'draft' && before.last === after.last) {
          const note = editedNote(after);
          if (note) notify({ kind: 'info', text: note });
        }
      }),
    [],
  );
}

export function StageBar() {
  const report = useEditor((s) => s.doc!.report);
  // Where the stage can be told only by hashing the report (a recorded version missing or altered
  // in the file), the bar follows a render behind typing: the keystroke's figures come first.
  const deferred = useDeferredValue(report);
  const info = stageInfo(stageHashes(report) ? deferred : report);
  const allowed = stepsFrom(info.stage);
  const name = useLife((s) => s.userName);
  const readOnly = useLife((s) => s.readOnly);
  const [asking, setAsking] = useState<WorkflowStep | null>(null);
  useEditedNotice();
  useEffect(() => {
    void loadUserName();
  }, []);

  const record = async (step: WorkflowStep, details: { note: string; date: string | null; url: string | null }) => {
    if (!recordStepNow(step, details)) return;
    setAsking(null);
    // A step is on record once it is in the file.
    if (await save(false)) notify({ kind: 'info', text: `已记录“${STEP_NAMES[step]}”并保存。` });
    else notify({ kind: 'error', text: `已记录“${STEP_NAMES[step]}”，但尚未保存到文件，请保存。` });
  };

  const stage = info.editedSince === 'return' ? '起草（按退回意见修改中）' : info.editedSince ? `起草（${STEP_NAMES[info.editedSince]}后已修改）` : STAGE_NAMES[info.stage];
  return (
    <div className="stage-bar" role="region" aria-label="审核和发布">
      <span className="stage" data-stage={info.stage} title={info.last ? `最近一步：${STEP_NAMES[info.last.step]}，${info.last.by}，${info.last.at.slice(0, 16).replace('T', ' ')}，版本 ${shortFingerprint(info.last.fingerprint)}` : '尚未记录任何步骤'}>
        阶段：<strong>{stage}</strong>
      </span>
      <span className={info.openRemarks > 0 ? 'remark-count open' : 'remark-count'} data-open-remarks={info.openRemarks}>
        审核意见 {info.openRemarks} 条未处理
      </span>
      {info.changedSincePublished && (
        <button type="button" className="unpublished" onClick={() => goTo('versions')} title="查看与已发布版本的差异">
          与已发布版本不一致
        </button>
      )}
      {readOnly && <span className="read-only">{readOnly}</span>}
      <label className="user-name">
        姓名
        <input value={name} maxLength={50} onChange={(e) => setUserName(e.target.value)} placeholder="记录人" aria-describedby="user-name-hint" />
        <span id="user-name-hint" hidden>
          记录步骤和审核意见时使用，本机会记住
        </span>
      </label>
      <span className="step-buttons" role="group" aria-label="记录步骤">
        {STEPS.map((step) => (
          <button key={step} type="button" disabled={!allowed.includes(step)} aria-expanded={asking === step} onClick={() => (name.trim() ? setAsking(step) : notify({ kind: 'error', text: '请先在“姓名”中填写您的姓名。' }))}>
            {STEP_NAMES[step]}
          </button>
        ))}
      </span>
      <button type="button" onClick={() => goTo('versions')}>
        版本记录
      </button>
      <MenuButton
        label="签批单"
        items={[
          { label: '导出审核签批单 PDF…', onSelect: () => void exportSignoff('pdf') },
          { label: '导出审核签批单 Word…', onSelect: () => void exportSignoff('docx') },
        ]}
      />
      {asking && <StepForm step={asking} onCancel={() => setAsking(null)} onRecord={(details) => void record(asking, details)} />}
    </div>
  );
}
