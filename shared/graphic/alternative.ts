// The 图解 in words: every figure it shows, section by section, for screen readers (the SVG's
// <desc>, the CMS fragment's text) and for anyone the picture does not reach.

import { countText, type GraphicContent } from './content';

export interface TextSection {
  heading: string;
  lines: string[];
}

export interface AlternativeText {
  title: string;
  sections: TextSection[];
}

export function alternativeText(c: GraphicContent): AlternativeText {
  const withPrior = c.priorYear !== null;
  const title = `${c.organization}${c.year}年政府信息公开工作年度报告图解`;
  const active = c.active.flatMap((block) => block.rows.map((row) => `${block.caption} ${row.label}：${row.figures.map((f) => `${f.label} ${f.text}`).join('，')}。`));
  const applications = [
    ...c.applications.map((f) => `${f.def.name} ${countText(f.now)}件${withPrior ? `（上年 ${countText(f.before)}件${f.change ? `，${f.change.text}` : ''}）` : ''}。`),
    `本年度办理结果：${c.outcomes.map((o) => `${o.label} ${countText(o.now)}件${withPrior ? `（上年 ${countText(o.before)}件）` : ''}`).join('；')}。`,
  ];
  const review = c.review.map((row) => `${row.label}：${row.total.label} ${row.total.text}件，其中${row.results.map((f) => `${f.label} ${f.text}件`).join('、')}。`);
  const indicators = c.indicators.map(
    (i) => `${i.def.name} ${i.nowText}${withPrior ? `（上年 ${i.beforeText}${i.change ? `，${i.change.text}` : ''}）` : ''}。计算方法：${i.def.formula}。`,
  );
  return {
    title,
    sections: [
      { heading: c.headings.active, lines: active },
      { heading: c.headings.apply, lines: applications },
      { heading: c.headings.review, lines: review },
      { heading: withPrior ? '主要指标及与上年对比' : '主要指标', lines: indicators },
    ],
  };
}
