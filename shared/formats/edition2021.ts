// 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》,
// used from report year 2021 (spec §1, §4 Format B, §5).

import { APPLY_COLUMNS, APPLY_CORNER, PARTS, REVIEW, applyRows } from './common';
import type { ColumnDef, Edition } from './types';

const DECISIONS: ColumnDef = { key: 'DECISIONS', label: '本年处理决定数量', kind: 'count' };

export const EDITION_2021: Edition = {
  id: '2021',
  notice: '国办公开办函〔2021〕30号',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  firstYear: 2021,
  parts: PARTS,
  active: {
    id: 'active',
    rowHeader: '信息内容',
    blocks: [
      {
        caption: '第二十条第（一）项',
        columns: [
          { key: 'ISSUED', label: '本年制发件数', kind: 'count' },
          { key: 'REPEALED', label: '本年废止件数', kind: 'count' },
          { key: 'IN_FORCE', label: '现行有效件数', kind: 'count' },
        ],
        rows: [
          { key: 'REG', label: '规章' },
          { key: 'NORM', label: '行政规范性文件' },
        ],
      },
      {
        caption: '第二十条第（五）项',
        columns: [DECISIONS],
        rows: [{ key: 'LIC', label: '行政许可' }],
      },
      {
        caption: '第二十条第（六）项',
        columns: [DECISIONS],
        rows: [
          { key: 'PEN', label: '行政处罚' },
          { key: 'ENF', label: '行政强制' },
        ],
      },
      {
        caption: '第二十条第（八）项',
        columns: [{ key: 'AMOUNT', label: '本年收费金额（单位：万元）', kind: 'amount' }],
        rows: [{ key: 'FEE', label: '行政事业性收费' }],
      },
    ],
  },
  apply: {
    id: 'apply',
    corner: APPLY_CORNER,
    columns: APPLY_COLUMNS,
    // The 2021 edition splits （六）其他处理 because of the 信息处理费 rules (国办函〔2020〕109号).
    rows: applyRows({
      group: '（六）其他处理',
      children: [
        { key: 'R3_6_1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
        { key: 'R3_6_2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
        { key: 'R3_6_3', label: '3.其他' },
      ],
    }),
  },
  review: REVIEW,
};
