// TXT-05 (issue 24): the shipped lexicon of exact wrong forms — every entry both ways (the wrong
// form flagged with its right form as the fix, the right form silent), none firing on any
// reference or unseen report — and the office's own plain-text list.

import { describe, expect, it } from 'vitest';
import { SHIPPED_LEXICON, findWrongForms, parseUserLexicon, reconcile, type Finding } from '../../../shared/reconcile';
import { TEXT_SECTIONS, type Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';
import { REFERENCE_REPORTS, referenceReport } from '../../referenceReports';
import { UNSEEN_REPORTS, unseenFile, unseenReport } from '../../unseenReports';

const sample = loadFixture('sample-2024');
const inOverview = (overview: string, lexicon?: Parameters<typeof reconcile>[2]): Finding[] =>
  byRule(reconcile({ ...sample, text: { ...sample.text, overview } }, undefined, lexicon), 'TXT-05');
const fixed = (text: string, f: Finding) => text.slice(0, f.text!.start) + f.fix!.replacement + text.slice(f.text!.end);

describe('the shipped lexicon', () => {
  it('has a source and a different right form for every entry, each wrong form once', () => {
    expect(SHIPPED_LEXICON.length).toBeGreaterThan(50);
    for (const e of SHIPPED_LEXICON) {
      expect(e.source.length, e.wrong).toBeGreaterThan(6);
      expect(e.right, e.wrong).not.toBe(e.wrong);
    }
    expect(new Set(SHIPPED_LEXICON.map((e) => e.wrong)).size).toBe(SHIPPED_LEXICON.length);
  });

  it.each(SHIPPED_LEXICON.map((e) => [e.wrong, e.right] as const))('flags “%s” with “%s” as the fix, and is silent on the right form', (wrong, right) => {
    const text = `全年围绕“${wrong}”开展专项工作，取得实效。`;
    const [f, ...rest] = inOverview(text);
    expect(rest).toEqual([]);
    expect(text.slice(f.text!.start, f.text!.end)).toBe(wrong);
    expect(f.fix!.replacement).toBe(right);
    expect(f.message).toContain(`应为“${right}”`);
    expect(inOverview(fixed(text, f))).toEqual([]);
    expect(inOverview(`全年围绕“${right}”开展专项工作，取得实效。`)).toEqual([]);
  });

  it('fires on no reference or unseen report’s text', () => {
    const reports: [string, Report][] = [...REFERENCE_REPORTS.map((n) => [n, referenceReport(n)] as [string, Report]), ...UNSEEN_REPORTS.map((n) => [n, unseenReport(unseenFile(n))] as [string, Report])];
    for (const [name, report] of reports) {
      for (const section of TEXT_SECTIONS) expect(findWrongForms(report.text[section].replace(/\s/g, ''), SHIPPED_LEXICON), `${name} ${section}`).toEqual([]);
      expect(byRule(reconcile(report), 'TXT-05'), name).toEqual([]);
    }
  });

  it('is an error for a wrong name of the state, a body, a law or a slogan, a warning for a common 别字', () => {
    expect(inOverview('深入开展扫黑险恶专项斗争。')[0].severity).toBe('error');
    expect(inOverview('依据《中华人民共和国信息公开条例》。')[0].severity).toBe('error');
    expect(inOverview('我们将再接再励。')[0].severity).toBe('warning');
  });

  it('finds a wrong form a PDF broke across lines, and quotes it as written', () => {
    const text = '深入开展扫黑\n险恶专项斗争。';
    const [f] = inOverview(text);
    expect(text.slice(f.text!.start, f.text!.end)).toBe('扫黑\n险恶');
    expect(f.message).toContain('“扫黑险恶”应为“扫黑除恶”');
  });
});

describe('the office’s own list (用语表)', () => {
  const office = parseUserLexicon(
    ['# 本单位领导姓名和职务', '', '张三峰 → 张三丰   # 县长姓名', '李四副县长=李四县长', '王五\t王伍', '李克 -> 李克强', '这一行不对', '同 同'].join('\n'),
  );

  it('reads one entry a line in any of the usual separators, with its note, and names the lines it cannot read', () => {
    expect(office.entries.map((e) => [e.wrong, e.right])).toEqual([
      ['张三峰', '张三丰'],
      ['李四副县长', '李四县长'],
      ['王五', '王伍'],
      ['李克', '李克强'],
    ]);
    expect(office.entries[0].source).toBe('本单位用语表第 3 行：县长姓名');
    expect(office.problems).toEqual(['第 7 行“这一行不对”应写成“错误写法 → 正确写法”', '第 8 行错误写法与正确写法相同']);
  });

  it('flags each entry’s wrong form as an error with its fix, and is silent on its right form', () => {
    for (const e of office.entries) {
      const text = `会议由${e.wrong}主持。`;
      const [f] = inOverview(text, { lexicon: office.entries });
      expect(f, e.wrong).toMatchObject({ rule: 'TXT-05', severity: 'error', fix: { replacement: e.right } });
      expect(inOverview(`会议由${e.right}主持。`, { lexicon: office.entries }), e.right).toEqual([]);
    }
    // Without the office's list, its names are nobody's business.
    expect(inOverview('会议由张三峰主持。')).toEqual([]);
  });

  it('never flags a right form that holds a wrong one (“李克” inside “李克强”)', () => {
    expect(findWrongForms('李克强同志', office.entries)).toEqual([]);
    expect(findWrongForms('李克同志', office.entries).map((w) => w.entry.right)).toEqual(['李克强']);
  });

  it('caps the list and the length of an entry', () => {
    const many = parseUserLexicon(Array.from({ length: 2100 }, (_, i) => `错${i} 对${i}`).join('\n'));
    expect(many.entries).toHaveLength(2000);
    expect(many.problems).toEqual(['第 2001 行起未读取：条目过多（最多 2000 条）']);
    expect(parseUserLexicon(`${'长'.repeat(51)} 短`).problems).toEqual(['第 1 行过长（每项最多 50 字）']);
  });
});
