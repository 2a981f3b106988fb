// 汇总 from 单位一览: the 本级政府's name, the units in good standing that will be summed, those
// with problems listed with their problems — each summed only when the office ticks it — and the
// units left out with the reason. The plan is shared/desk's, the same main then follows.

import { useEffect, useMemo, useRef, useState } from 'react';
import { planSum, type DeskView } from '../../shared/desk';
import { sumFromDesk } from '../store/desk';

export function DeskSum({ view, onClose }: { view: DeskView; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [organization, setOrganization] = useState('');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const plan = useMemo(() => planSum(view.rows, view.edition, confirmed), [view, confirmed]);
  const asked = useMemo(() => planSum(view.rows, view.edition, new Set()).toConfirm, [view]);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const toggle = (key: string) => {
    const next = new Set(confirmed);
    if (!next.delete(key)) next.add(key);
    setConfirmed(next);
  };
  const submit = async () => {
    if (!organization.trim() || busy) return;
    setBusy(true);
    const done = await sumFromDesk(organization.trim(), [...confirmed]);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <dialog ref={ref} className="question desk-sum" aria-labelledby="desk-sum-title" onCancel={onClose} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p id="desk-sum-title" className="question-title">
          汇总本级政府 {view.year} 年度报告
        </p>
        <label className="import-field">
          <span>本级政府名称</span>
          <input value={organization} onChange={(e) => setOrganization(e.target.value)} required placeholder="例如：某某县人民政府" autoFocus />
        </label>
        <p>
          将汇总 <strong>{plan.include.length}</strong> 个单位的报告；汇总单位名单随报告保存。
        </p>
        {asked.length > 0 && (
          <fieldset className="desk-confirm">
            <legend>以下单位的报告有问题，勾选的才计入：</legend>
            {asked.map((row) => (
              <label key={row.key}>
                <input type="checkbox" checked={confirmed.has(row.key)} onChange={() => toggle(row.key)} />
                <span>
                  {row.name}：{row.problems.join('')}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {plan.left.length > 0 && (
          <details>
            <summary>不计入的单位 {plan.left.length} 个</summary>
            <ul>
              {plan.left.map((l) => (
                <li key={l.name}>
                  {l.name}：{l.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="question-choices">
          <button type="submit" className="primary" disabled={busy || plan.include.length === 0}>
            汇总
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
