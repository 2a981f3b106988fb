// 国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》,
// used for report years 2019 and 2020 (spec §1, §4 Format A, §5).

import { APPLY_COLUMNS, APPLY_CORNER, PARTS, REVIEW, applyRows } from './common';
import type { ColumnDef, Edition } from './types';

const count = (key: string, label: string): ColumnDef => ({ key, label, kind: 'count' });
const PREV_ITEMS = count('PREV_ITEMS', '上一年项目数量');
const DELTA: ColumnDef = { key: 'DELTA', label: '本年增/减', kind: 'signedCount' };
const DECISIONS = count('DECISIONS', '处理决定数量');

export const EDITION_2019: Edition = {
  id: '2019',
  notice: '国办公开办函〔2019〕60号',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  firstYear: 2019,
  lastYear: 2020,
  parts: PARTS,
  active: {
    id: 'active',
    rowHeader: '信息内容',
    blocks: [
      {
        caption: '第二十条第（一）项',
        columns: [
          count('MADE', '本年新制作数量'),
          count('PUBLISHED', '本年新公开数量'),
          count('TOTAL_PUBLIC', '对外公开总数量'),
        ],
        rows: [
          { key: 'REG', label: '规章' },
          { key: 'NORM', label: '规范性文件' },
        ],
      },
      {
        caption: '第二十条第（五）项',
        columns: [PREV_ITEMS, DELTA, DECISIONS],
        rows: [
          { key: 'LIC', label: '行政许可' },
          { key: 'SVC', label: '其他对外管理服务事项' },
        ],
      },
      {
        caption: '第二十条第（六）项',
        columns: [PREV_ITEMS, DELTA, DECISIONS],
        rows: [
          { key: 'PEN', label: '行政处罚' },
          { key: 'ENF', label: '行政强制' },
        ],
      },
      {
        caption: '第二十条第（八）项',
        columns: [PREV_ITEMS, DELTA],
        rows: [{ key: 'FEE', label: '行政事业性收费' }],
      },
      {
        caption: '第二十条第（九）项',
        // The national form prints no unit here; reports type 万元 into the cell (spec §4).
        columns: [count('ITEMS', '采购项目数量'), { key: 'AMOUNT', label: '采购总金额', kind: 'amount', valueSuffix: '万元' }],
        rows: [{ key: 'PROC', label: '政府集中采购' }],
      },
    ],
  },
  apply: {
    id: 'apply',
    corner: APPLY_CORNER,
    columns: APPLY_COLUMNS,
    // In this edition （六）其他处理 is a single data row.
    rows: applyRows({ key: 'R3_6', label: '（六）其他处理' }),
  },
  review: REVIEW,
};
