// The report as plain text, for the clipboard beside the HTML fragment: an editor that takes
// only text still gets every heading, paragraph and figure — tables as tab-separated rows,
// which a spreadsheet or a WPS table reads back into cells — and the signature and date.

import type { Report } from '../report';
import { documentModel } from './document';
import type { TableLayout } from './layout';
import type { Paragraph } from './narrative';

export function toPlainText(report: Report): string {
  const model = documentModel(report);
  const para = (p: Paragraph) => `${p.lead}${p.rest}`;
  const out = [model.title, '', ...model.preamble.map(para)];
  for (const part of model.parts) {
    out.push(part.heading, ...part.paragraphs.map(para));
    if (part.table) out.push(...tableText(part.table), '');
  }
  if (model.closing) out.push('', model.closing.signature, ...(model.closing.date ? [model.closing.date] : []));
  return `${out.join('\n').trimEnd()}\n`;
}

function tableText(layout: TableLayout): string[] {
  return [...layout.head, ...layout.bodies.flat()].map((row) => row.map((c) => c.text.replace(/\s+/g, ' ')).join('\t'));
}
