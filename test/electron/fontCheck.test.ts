// Which 公文 fonts a PDF lacks, and what it printed instead (electron/services/fontCheck.ts): from
// fontconfig's and Windows' own lists, as stand-ins give them here and as this machine gives them.

import { describe, expect, it } from 'vitest';
import { fontNotice, installedFamilies, substitutions, type Run } from '../../electron/services/fontCheck';

/** A system whose fc-list lists `families` and whose fc-match answers `match` for Chinese text. */
const fontconfig = (families: string[], match = 'Noto Sans CJK SC'): Run => async (program, args) => {
  if (program === 'fc-list') return families.map((f) => `${f}\n`).join('');
  if (program === 'fc-match') return args[2].startsWith('serif') ? 'Noto Serif CJK SC' : match;
  throw new Error(program);
};
const gb2312 = { exportOptions: { fonts: 'gb2312' as const } };

describe('on Linux (fontconfig)', () => {
  it('names each missing font with its roles and what LibreOffice used: fontconfig\'s match', async () => {
    const found = await substitutions(gb2312, 'libreoffice', fontconfig(['黑体,SimHei', '宋体', 'Noto Sans CJK SC']), 'linux');
    expect(found).toEqual([
      { font: '方正小标宋简体', roles: ['标题'], used: 'Noto Sans CJK SC' },
      { font: '仿宋_GB2312', roles: ['正文'], used: 'Noto Sans CJK SC' },
      { font: '楷体_GB2312', roles: ['二级标题'], used: 'Noto Sans CJK SC' },
    ]);
  });

  it('says what Chromium used: the next installed font of the export\'s list, else fontconfig\'s serif', async () => {
    const found = await substitutions(gb2312, 'chromium', fontconfig(['仿宋', '楷体', '黑体']), 'linux');
    expect(found).toEqual([
      { font: '方正小标宋简体', roles: ['标题'], used: 'Noto Serif CJK SC' },
      { font: '仿宋_GB2312', roles: ['正文'], used: '仿宋' },
      { font: '楷体_GB2312', roles: ['二级标题'], used: '楷体' },
      { font: '宋体', roles: ['页码'], used: 'Noto Serif CJK SC' },
    ]);
    // With 宋体 there, the title's list reaches it before any generic family.
    expect((await substitutions(gb2312, 'chromium', fontconfig(['宋体']), 'linux'))![0]).toEqual({ font: '方正小标宋简体', roles: ['标题'], used: '宋体' });
  });

  it('says nothing when every font is there, or when fontconfig cannot be asked', async () => {
    const all = ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体'];
    expect(await fontNotice(gb2312, 'libreoffice', fontconfig(all))).toBeNull();
    expect(await fontNotice(gb2312, 'libreoffice', () => Promise.reject(new Error('ENOENT')))).toBeNull();
  });
});

it('on Windows reads the registered fonts, collections included', async () => {
  const reg: Run = async (_program, args) =>
    args[1].startsWith('HKLM')
      ? '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts\r\n    黑体 (TrueType)    REG_SZ    simhei.ttf\r\n    宋体 & 新宋体 (TrueType)    REG_SZ    simsun.ttc\r\n    仿宋 (TrueType)    REG_SZ    simfang.ttf\r\n'
      : '\r\n    方正小标宋简体 (TrueType)    REG_SZ    C:\\Users\\a\\FZXBSJW.TTF\r\n';
  expect(await installedFamilies(reg, 'win32')).toEqual(new Set(['黑体', '宋体', '新宋体', '仿宋', '方正小标宋简体']));
  const found = await substitutions(gb2312, 'chromium', reg, 'win32');
  expect(found!.map((s) => [s.font, s.used])).toEqual([
    ['仿宋_GB2312', '仿宋'],
    ['楷体_GB2312', null],
  ]);
});

it('tells the clerk in Chinese, naming the fonts and their stand-ins', async () => {
  const notice = await fontNotice(gb2312, 'libreoffice', fontconfig(['黑体', '宋体', '方正小标宋简体', '楷体_GB2312']));
  expect(notice).toBe('注意：本机没有安装公文字体“仿宋_GB2312”（正文，用“Noto Sans CJK SC”代替），PDF 的字形与正式公文不同。请安装这些字体后重新导出；没有 GB2312 字体时，可在打印预览中选用“仿宋、楷体”。');
});

it('asks this machine\'s fontconfig for real', async () => {
  const families = await installedFamilies();
  expect(families === null || families.size > 0).toBe(true);
  if (families && !families.has('仿宋_GB2312')) expect(await fontNotice(gb2312, 'libreoffice')).toContain('“仿宋_GB2312”（正文，用“');
});
