// 版本记录: every recorded step with its person, time and version fingerprint; any two versions
// (or a version and the current text) compared side by side; a version restored as the current
// text in one undo step. A version whose content no longer matches its fingerprint is marked.

import { useState } from 'react';
import type { Report, WorkflowEntry } from '../../shared/report';
import { STEP_NAMES, compareContents, contentOf, isIntact, shortFingerprint } from '../../shared/workflow';
import { useEditor } from '../store/editor';
import { restoreVersionNow, stageOfState } from '../store/life';
import { VersionCompare } from './VersionCompare';

const CURRENT = 'current';
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Each version once, named by the steps that froze it (“送审、通过 · 2025-01-20”). */
function versionOptions(report: Report): { value: string; label: string }[] {
  const byFp = new Map<string, WorkflowEntry[]>();
  for (const e of report.workflow.history) byFp.set(e.fingerprint, [...(byFp.get(e.fingerprint) ?? []), e]);
  const options = [...byFp].map(([fp, entries]) => ({
    value: fp,
    label: `${entries.map((e) => STEP_NAMES[e.step]).join('、')} · ${entries.at(-1)!.at.slice(0, 10)} · ${shortFingerprint(fp)}`,
  }));
  return [...options.reverse(), { value: CURRENT, label: '当前内容' }];
}

export function VersionHistory() {
  const report = useEditor((s) => s.doc!.report);
  const info = useEditor(stageOfState)!;
  const options = versionOptions(report);
  const defaultLeft = info.published?.fingerprint ?? info.last?.fingerprint ?? CURRENT;
  const [left, setLeft] = useState(defaultLeft);
  const [right, setRight] = useState(CURRENT);
  const contentFor = (v: string) => (v === CURRENT ? contentOf(report) : report.workflow.versions[v] ?? contentOf(report));
  const nameOf = (v: string) => options.find((o) => o.value === v)?.label ?? '当前内容';
  const { history, versions } = report.workflow;

  if (history.length === 0) return <p className="versions-empty">尚未记录任何步骤。送审、审核通过、签发、备案和发布时，当时的报告内容会作为一个版本保存在草稿中。</p>;
  return (
    <div className="versions">
      <table className="version-list">
        <caption>已记录的步骤</caption>
        <thead>
          <tr>
            <th scope="col">步骤</th>
            <th scope="col">经办人</th>
            <th scope="col">时间</th>
            <th scope="col">版本</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((e, i) => (
            <tr key={i} data-step={e.step}>
              <td>{STEP_NAMES[e.step]}</td>
              <td>{e.by}</td>
              <td>{when(e.at)}</td>
              <td title={e.fingerprint}>
                <code>{shortFingerprint(e.fingerprint)}</code>
                {versions[e.fingerprint] && !isIntact(e.fingerprint, versions[e.fingerprint]) && <strong className="tampered">（内容与指纹不符）</strong>}
              </td>
              <td>{[e.date && `发布日期 ${e.date}`, e.url, e.note].filter(Boolean).join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="version-pick">
        <label>
          左：
          <select value={left} onChange={(e) => setLeft(e.target.value)} aria-label="左侧版本">
            {options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <label>
          右：
          <select value={right} onChange={(e) => setRight(e.target.value)} aria-label="右侧版本">
            {options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        {left !== CURRENT && (
          <button type="button" onClick={() => restoreVersionNow(left, `“${nameOf(left)}”`)} title="用左侧版本的内容替换当前内容（可撤销）">
            恢复左侧版本
          </button>
        )}
      </div>
      <VersionCompare comparison={compareContents(contentFor(left), contentFor(right))} left={nameOf(left)} right={nameOf(right)} />
    </div>
  );
}
