// An amount printed in 元 where the form asks for 万元 is converted on import (place.ts) — and the
// clerk is told where: a mark on the cell (until confirmed or edited), a count in the import
// summary, a sentence in the import record. The page that does it: 上海市人民政府办公厅 2019.

import { expect, it } from 'vitest';
import { importFile } from '../../electron/services/imports';
import { referencePath } from '../helpers';

it('shanghai-bgt-2019: 政府集中采购 "251000元" is 25.1 万元, marked on its cell and counted in the summary', async () => {
  const imported = await importFile(referencePath('..', 'unseen', 'published', 'shanghai-bgt-2019.html'));
  if (!imported.ok) throw new Error(imported.message);
  const { report, summary } = imported;
  expect(report.cells['active.PROC.AMOUNT']).toBe(25.1);
  expect(report.importMarks['active.PROC.AMOUNT']).toEqual({ reason: 'converted', detail: '原文为“251000元”，已换算为 25.1 万元' });
  expect(Object.values(report.importMarks).filter((m) => m.reason === 'converted')).toHaveLength(1);
  expect(summary.cellsConverted).toBe(1);
  expect(report.importRecord!.notes.some((n) => n.includes('原文为“251000元”，已按本栏单位换算为 25.1 万元'))).toBe(true);
});
