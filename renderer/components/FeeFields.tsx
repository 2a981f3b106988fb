// 2021 edition, part 六: the 信息处理费 figures (国办函〔2020〕109号). The export states them
// when the narrative does not.

import { useState } from 'react';
import { feeStatement } from '../../shared/export/document';
import { parseFee, type Fees } from '../../shared/report';
import { setFee, useEditor } from '../store/editor';

const FIELDS: { field: keyof Fees; label: string; integer: boolean }[] = [
  { field: 'noticeCount', label: '发出收费通知的件数', integer: true },
  { field: 'noticeAmountYuan', label: '收费通知总金额（元）', integer: false },
  { field: 'collectedYuan', label: '实际收取的总金额（元）', integer: false },
];

/** A count or an amount in 元 (to the 分); null for blank; a reason for anything else. */
function readFee(raw: string, integer: boolean): number | null | string {
  const parsed = parseFee(raw, integer ? 'count' : 'yuan');
  return parsed.ok ? parsed.value : parsed.reason;
}

function FeeField({ field, label, integer }: (typeof FIELDS)[number]) {
  const value = useEditor((s) => s.doc!.report.fees[field]);
  const [raw, setRaw] = useState<string | null>(null);
  const read = raw === null ? value : readFee(raw, integer);
  const problem = typeof read === 'string' ? read : null;
  return (
    <div className="fee">
      <label htmlFor={`fee-${field}`}>{label}</label>
      <input
        id={`fee-${field}`}
        inputMode="decimal"
        value={raw ?? (value === null ? '' : String(value))}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `fee-${field}-problem` : undefined}
        onChange={(e) => {
          setRaw(e.target.value);
          const next = readFee(e.target.value, integer);
          if (typeof next !== 'string') setFee(field, next);
        }}
        onBlur={() => !problem && setRaw(null)}
      />
      {problem && (
        <span id={`fee-${field}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

export function FeeFields() {
  const fees = useEditor((s) => s.doc!.report.fees);
  const statement = feeStatement(fees);
  return (
    <fieldset className="fees">
      <legend>信息处理费收取情况</legend>
      {FIELDS.map((f) => (
        <FeeField key={f.field} {...f} />
      ))}
      <p className="hint">{statement ? `第六部分未写明时，导出时写入：“${statement}”` : '填写件数后，导出时会写明收取情况。'}</p>
    </fieldset>
  );
}
