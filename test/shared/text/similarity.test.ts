// 雷同 (issue 24): the measure between two texts — sentences compared with years, figures and the
// organisation's names ignored — on the reference reports against themselves, against another
// office's report, and against last year's own report where the fixtures have the pair; and the
// index that finds each unit's most similar other unit.

import { describe, expect, it } from 'vitest';
import { compare, fingerprint, mostSimilar, namesOf, similarity } from '../../../shared/text/similarity';
import { TEXT_SECTIONS, type Report } from '../../../shared/report';
import { REFERENCE_REPORTS, referenceReport, type ReferenceName } from '../../referenceReports';
import { unseenFile, unseenReport } from '../../unseenReports';

const whole = (report: Report) => TEXT_SECTIONS.map((s) => report.text[s]).join('\n');
const ref = (name: ReferenceName) => referenceReport(name);
const unseen = (name: string) => unseenReport(unseenFile(name));
const between = (a: Report, b: Report) => similarity(whole(a), whole(b), { namesA: namesOf(a.organization), namesB: namesOf(b.organization) });

describe('similarity of two texts', () => {
  it('is 100 % for every reference report against itself, every sentence repeated', () => {
    for (const name of REFERENCE_REPORTS) {
      const text = whole(ref(name));
      const s = similarity(text, text);
      expect(s.ratio, name).toBe(1);
      expect(s.repeated.length, name).toBe(fingerprint(text).sentences.length);
      expect(s.repeated.length, name).toBeGreaterThan(5);
    }
  });

  it('is low between different offices’ reports', () => {
    const names = REFERENCE_REPORTS.filter((n) => !n.startsWith('pingtan'));
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        expect(between(ref(a), ref(b)).ratio, `${a} / ${b}`).toBeLessThan(0.05);
      }
    }
  });

  it('finds what last year’s own report left in this year’s, and no more (the fixtures’ pairs)', () => {
    const pairs: [string, Report, Report][] = [
      ['pingtan 2022 / 2019', ref('pingtan-2022'), ref('pingtan-2019')],
      ['pingtan 2020 / 2019', unseen('pingtan-2020'), ref('pingtan-2019')],
      ['hongze 2024 / 2023', unseen('hongze-2024'), ref('hongze-2023')],
      ['suqian 2024 / 2023', unseen('suqian-2024'), unseen('suqian-2023')],
    ];
    for (const [label, now, then] of pairs) {
      const s = between(now, then);
      // Rewritten reports: well under the 30 % that TXT-02 notes.
      expect(s.ratio, label).toBeLessThan(0.3);
      // Each sentence found is in last year's text once years, figures, names and punctuation are set aside.
      const before = fingerprint(whole(then), namesOf(then.organization)).keys;
      for (const r of s.repeated) expect(before.has(fingerprint(r.text, namesOf(now.organization)).sentences[0].key), `${label}: ${r.text}`).toBe(true);
    }
    // 洪泽 kept its 前言's statistical period word for word, years aside.
    const hongze = between(unseen('hongze-2024'), ref('hongze-2023'));
    expect(hongze.repeated.map((r) => r.text).join('')).toContain('统计期限');
    expect(hongze.ratio).toBeGreaterThan(0.05);
  });

  it('knows a government by its full name, its place and the place’s last level', () => {
    expect(namesOf('天津市红桥区人民政府')).toEqual(['天津市红桥区人民政府', '天津市红桥区', '红桥区']);
    expect(namesOf('天水市人民政府办公室')).toEqual(['天水市人民政府办公室', '天水市']);
    expect(namesOf('沭阳县发展和改革局')).toEqual(['沭阳县发展和改革局']);
    expect(namesOf(' ')).toEqual([]);
  });

  it('ignores years, figures, spaces, punctuation and the organisation’s name; a changed word is a new sentence', () => {
    const last = '2023年，天水市人民政府共受理政府信息公开申请93件，同比增长12.5%。';
    expect(similarity('2024年,天水市人民政府共受理政府信息公开申请 101 件,同比增长3%。', last).ratio).toBe(1);
    expect(similarity('2024年，示例区人民政府共受理政府信息公开申请101件，同比增长3%。', last, { namesA: namesOf('示例区人民政府'), namesB: namesOf('天水市人民政府') }).ratio).toBe(1);
    expect(similarity('2024年，示例区人民政府共受理政府信息公开申请101件，同比增长3%。', last).ratio).toBe(0);
    expect(similarity('2024年度，天水市人民政府共办理政府信息公开申请93件，同比增长12.5%。', last).ratio).toBe(0);
  });

  it('weighs sentences by their characters, leaves out headings and “无。”, and gives each repeated sentence’s place', () => {
    const text = '（一）主动公开\n全年主动公开政府信息4213条，其中政策解读86篇。\n本年度新建了政务公开专区三个，覆盖全部乡镇。\n无。';
    const s = similarity(text, '全年主动公开政府信息3990条，其中政策解读70篇。');
    expect(s.repeated.map((r) => r.text)).toEqual(['全年主动公开政府信息4213条，其中政策解读86篇。']);
    expect(text.slice(s.repeated[0].start, s.repeated[0].end)).toBe(s.repeated[0].text);
    expect(s.ratio).toBeCloseTo(s.repeatedSize / s.size);
    expect(s.ratio).toBeGreaterThan(0.4);
    expect(s.ratio).toBeLessThan(0.6);
  });

  it('joins a sentence a PDF broke across lines before comparing it', () => {
    const s = similarity('本报告中所列数据的统计期限自2024年1月1日起\n至2024年12月31日止。', '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
    expect(s.ratio).toBe(1);
    expect(s.repeated[0].text).toBe('本报告中所列数据的统计期限自2024年1月1日起\n至2024年12月31日止。');
  });
});

describe('mostSimilar: each unit’s closest other unit, through an index of sentences', () => {
  it('names the unit whose text repeats most of each, with the same ratio as compare', () => {
    const reports = [ref('tianshui-2020'), ref('hongqiao-2020'), ref('shangjie-2020')];
    const prints = reports.map((r) => fingerprint(whole(r), namesOf(r.organization)));
    // A fourth unit that copied 红桥's part 一 under its own name, years changed.
    const copied = reports[1].text.overview.replaceAll('红桥区', '和平区').replaceAll('2020', '2021');
    prints.push(fingerprint(copied, namesOf('天津市和平区人民政府')));
    const best = mostSimilar(prints);
    expect(best[3]!.index).toBe(1);
    expect(best[3]!.ratio).toBeCloseTo(compare(prints[3], prints[1]).ratio);
    expect(best[3]!.ratio).toBeGreaterThan(0.9);
    expect(best[1]!.index).toBe(3);
    for (const i of [0, 2]) expect(best[i] === null || best[i]!.ratio < 0.05).toBe(true);
    expect(mostSimilar([fingerprint('')])).toEqual([null]);
  });
});
