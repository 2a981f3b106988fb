// Line breaking for the print layout and Word's table labels: whole numbers and addresses,
// 避头尾, and nothing wider than its line.

import { describe, expect, it } from 'vitest';
import { breakLines, measure, units } from '../../../shared/export/measure';

describe('breakLines', () => {
  it('puts 28 Chinese characters of 3号 on a 156 mm line (GB/T 9704 grid)', () => {
    const text = '国'.repeat(60);
    const lines = breakLines(units(text), (156 / 25.4) * 72, 16, -0.25);
    expect(lines.map((l) => l.length)).toEqual([28, 28, 4]);
  });

  it('never starts a line with a closing mark, nor ends one with an opening mark', () => {
    const text = `${'国'.repeat(27)}，${'家'.repeat(26)}（一）${'民'.repeat(10)}`;
    const lines = breakLines(units(text), 28 * 16, 16);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。、；：？！）》”]/);
      expect(line).not.toMatch(/[（《“]$/);
    }
    expect(lines.join('')).toBe(text);
  });

  it('moves a run of closing marks down with the character before them ("两手抓”，")', () => {
    for (let fill = 20; fill <= 28; fill++) {
      const text = `${'国'.repeat(fill)}机制“两手抓”，由各单位相应的法律职能处室参与。`;
      const lines = breakLines(units(text), 28 * 16, 16);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：？！）》”]/);
      for (const line of lines) expect(line).not.toMatch(/[（《“]$/);
      expect(lines.join('')).toBe(text);
    }
  });

  it('breaks a run of closing marks longer than a few where it must, full lines not one mark each', () => {
    const text = '。'.repeat(5000);
    const lines = breakLines(units(text), 28 * 16, 16);
    expect(lines.join('')).toBe(text);
    // Each line but the last takes what fits less at most the few marks pulled down.
    expect(lines.length).toBeLessThan(5000 / 20);
  });

  it('keeps a number or a web address whole, and cuts only what is longer than a line', () => {
    const lines = breakLines(units(`${'国'.repeat(25)}20241231件，网址https://www.example.gov.cn/index.html。`), 28 * 16, 16);
    expect(lines.some((l) => l.includes('20241231'))).toBe(true);
    const long = 'x'.repeat(300);
    const cut = breakLines(units(long), 28 * 16, 16);
    expect(cut.join('')).toBe(long);
    for (const line of cut) expect(measure(line, 16)).toBeLessThanOrEqual(28 * 16 + 0.01);
  });

  it('narrows only the first line by the indent', () => {
    const lines = breakLines(units('国'.repeat(60)), 28 * 16, 16, 0, 32);
    expect(lines.map((l) => l.length)).toEqual([26, 28, 6]);
  });
});
