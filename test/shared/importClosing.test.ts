// The closing block of published reports (署名, 成文日期) read into report.closing, never left
// in the narrative: the reference and unseen reports that print one — lines padded with spaces
// in a saved page, a signature and date run on after the last sentence of a one-line scrape —
// and none invented for those that do not; and the small cases the recogniser must refuse.

import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/services/imports';
import { closingBlock } from '../../shared/export/closing';
import { importText } from '../../shared/import';
import { REFERENCE_REPORTS } from '../referenceReports';
import { referencePath } from '../helpers';

const accepted = async (path: string) => {
  const imported = await importFile(path);
  if (!imported.ok) throw new Error(imported.message);
  return imported;
};

describe('reports that print a signature', () => {
  it('shuyang-fagaiju-2023 (saved page, the lines padded with spaces): 沭阳县发展和改革局, 2024年1月17日, out of the text', async () => {
    const { report } = await accepted(referencePath('published', 'shuyang-fagaiju-2023.html'));
    expect(report.closing).toEqual({ signature: null, date: '2024-01-17' });
    expect(closingBlock(report)).toEqual({ signature: '沭阳县发展和改革局', date: '2024年1月17日' });
    expect(report.text.other).toBe('2023年度，县发展和改革局政府信息公开未发生收费情况。');
    expect(report.importRecord!.notes).toContain('文末落款“沭阳县发展和改革局 2024年1月17日”识别为署名和成文日期，不再作为正文。');
  });

  it.each([
    ['pingtan-caijin-2019', { signature: null, date: '2020-01-02' }, '无其他需要报告事项。'],
    // The page's own typo (全融) is what it printed: kept as the signature, the organisation from the title stays right.
    ['pingtan-caijin-2022', { signature: '平潭综合实验区财政全融局', date: '2023-01-04' }, '2022年，无收取信息处理费情况。'],
  ])('%s (one-line scrape, signed after the last sentence)', async (name, closing, other) => {
    const { report } = await accepted(referencePath('..', 'unseen', 'published', `${name}.txt`));
    expect(report.closing).toEqual(closing);
    expect(report.text.other).toBe(other);
    expect(report.organization).toBe('平潭综合实验区财政金融局');
  });
});

// hongze-2023, a PDF ending in a sentence, is left to the import acceptance tests: its reader's time budget is for one import at a time.
const UNSIGNED = REFERENCE_REPORTS.filter((name) => name !== 'shuyang-fagaiju-2023' && name !== 'hongze-2023');

it.each(UNSIGNED)('%s prints no signature: none is made up', async (name) => {
  const file = name === 'shanghai-kewei-2024' ? `${name}.md` : `${name}.txt`;
  const { report } = await accepted(referencePath('published', file));
  expect(report.closing).toEqual({ signature: null, date: null });
  expect(report.importRecord!.notes.filter((n) => n.includes('落款'))).toEqual([]);
});

describe('what is a closing block and what is not', () => {
  const page = (six: string) =>
    ['某县教育局2023年政府信息公开工作年度报告', '一、总体情况', '全年依法公开政府信息。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', six].join('\n\n');
  const read = (six: string) => {
    const imported = importText(page(six));
    if (!imported.ok) throw new Error(imported.message);
    return { other: imported.report.text.other, closing: imported.report.closing };
  };

  it('takes a padded signature and date, a date in Chinese numerals, a date alone, the organisation alone', () => {
    expect(read('本年度未收取信息处理费。\n\n                    某县教育局\n\n                  2024年1月20日')).toEqual({ other: '本年度未收取信息处理费。', closing: { signature: null, date: '2024-01-20' } });
    expect(read('无。\n\n某县教育局办公室\n\n二〇二四年一月二十日')).toEqual({ other: '无。', closing: { signature: '某县教育局办公室', date: '2024-01-20' } });
    expect(read('无。\n\n2024年3月1日')).toEqual({ other: '无。', closing: { signature: null, date: '2024-03-01' } });
    expect(read('无。\n\n某县教育局')).toEqual({ other: '无。', closing: { signature: null, date: null } });
  });

  it('leaves text that only ends like one: a sentence ending in a date, an impossible or distant date, a short line that is no body', () => {
    for (const six of ['本年度未收取信息处理费，统计截至2023年12月31日', '无。\n\n某县教育局\n\n2024年2月30日', '无。\n\n某县教育局\n\n2019年1月20日', '无。\n\n详见附件']) {
      const { other, closing } = read(six);
      expect(closing).toEqual({ signature: null, date: null });
      expect(other.replace(/\s+/g, '')).toBe(six.replace(/\s+/g, ''));
    }
  });
});
