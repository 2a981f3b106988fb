// The current part: narrative for 前言、一、五、六 (with 发布日期 and 机关类型 in 前言, the
// 信息处理费 fields in the 2021 edition's 六 and the closing block, 署名 and 成文日期, in 六), and
// for 二、三、四 an optional note and the statutory table. The part fills the window's height: the
// text grows in it, the table scrolls in its own box.

import { PARTS, SECTION_NAMES } from '../../shared/formats';
import { useEditor } from '../store/editor';
import { ClosingFields } from './ClosingFields';
import { FeeFields } from './FeeFields';
import { LedgerCellRows } from './LedgerCellRows';
import { NarrativeEditor } from './NarrativeEditor';

import { ReportInfo } from './ReportInfo';
import { TableForm } from './TableForm';
import { UnitList } from './UnitList';
import { VersionHistory } from './VersionHistory';
import { TrendView } from './TrendView';
import { YearOverYear } from './YearOverYear';

export function PartView() {
  const part = useEditor((s) => s.part);
  const edition = useEditor((s) => s.doc!.report.edition);
  const def = PARTS.find((p) => p.text === part);
  if (part === 'units' || part === 'compare' || part === 'trend' || part === 'versions') {
    const titles = { units: '汇总单位', compare: '与上年对比', trend: '多年趋势', versions: '版本记录' } as const;
    return (
      <main className="part" id="part" aria-labelledby="part-title">
        <h1 id="part-title" tabIndex={-1}>{titles[part]}</h1>
        {part === 'units' ? <UnitList /> : part === 'compare' ? <YearOverYear /> : part === 'trend' ? <TrendView /> : <VersionHistory />}
      </main>
    );
  }
  return (
    <main className={def?.table ? 'part part-table' : 'part part-text'} id="part" aria-labelledby="part-title">
      <h1 id="part-title" tabIndex={-1}>{SECTION_NAMES[part]}</h1>
      {def?.table ? (
        <>
          <NarrativeEditor key={`text-${part}`} section={part} label="表前说明（可选）" compact />
          <TableForm key={`table-${def.table}`} table={def.table} />
          {def.table !== 'active' && <LedgerCellRows table={def.table} />}
        </>
      ) : (
        <>
          {part === 'preamble' && <ReportInfo />}
          <NarrativeEditor key={`text-${part}`} section={part} label={part === 'preamble' ? '前言（编制依据、统计期限、获取方式等）' : '正文'} />
          {part === 'other' && edition === '2021' && <FeeFields />}
          {part === 'other' && <ClosingFields />}
        </>
      )}
    </main>
  );
}
