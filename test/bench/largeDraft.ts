// A draft at the size cap (issue 21): every text and list of shared/report/caps filled to its
// cap with what makes each operation work hardest — chains of headings, runs of closing marks,
// a part without a stop, stale years and figures that draw findings, hidden characters — every
// list at its count (accepted warnings, notes, marks, sources, the report's life), and the
// rest of the 8 MB a draft file may take filled by the lengths of their texts.

import { EDITIONS, cellIndex } from '../../shared/formats';
import { MAX_DRAFT_BYTES, WORKFLOW_LIMITS, serializeDraft } from '../../shared/draft';
import { anchorOf, reconcile } from '../../shared/reconcile';
import * as caps from '../../shared/report/caps';
import type { Report } from '../../shared/report';
import { loadSample } from './sample';

/** Paragraphs of 29 characters: each just over a printed line, so each takes two (the most pages). */
const WIDTH = 29;
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => (line(i) + '政务公开'.repeat(WIDTH)).slice(0, WIDTH)).join('\n');
/** The one frozen version every step of the report's life names. */
const VERSION = 'a'.repeat(64);
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The narrative at the whole-text caps, each part a different hardship, none over its own caps. */
function texts(): Report['text'] {
  const text: Omit<Report['text'], 'applications'> = {
    // Figures and years the narrative checks read, and hidden characters (S-08).
    preamble: lines(200, (i) => `统计期限为\u200B2023年1月1日至2023年12月31日，收到${i}件`),
    overview: lines(500, (i) => `${i + 1}.2023年收到政府信息公开申请${i}件，办结${i + 1}件。`),
    // Headings, each kept with the next (print and Word pagination).
    active: Array.from({ length: 300 }, (_, i) => `（${NUMBERS[i % 10]}）主动公开`).join('\n'),
    // One run of a mark that may not begin a line (避头尾).
    review: '。'.repeat(5_000),
    problems: lines(500, (i) => `${i + 1}.上年度报告所提问题已整改，均已办结，无败诉。`),
    // Long Latin words and addresses.
    other: lines(caps.MAX_TEXT_LINES - 1 - 200 - 500 - 300 - 1 - 500, () => `网址https://www.example.gov.cn/${'a'.repeat(40)}`),
  };
  const used = Object.values(text).reduce((n, t) => n + t.length, 0);
  // The rest of the characters: one paragraph without a stop.
  const applications = `本机关${'依法受理政府信息公开申请并按时答复'.repeat(caps.MAX_TEXT_CHARS)}`.slice(0, Math.min(caps.MAX_PART_CHARS, caps.MAX_TEXT_CHARS - used));
  return { ...text, applications };
}

export function largeDraft(): { report: Report; prior: Report; bytes: number } {
  const sample = loadSample();
  const base: Report = {
    ...sample,
    organization: '（一）1.（1）示例市示例区人民政府办公室'.repeat(10).slice(0, caps.MAX_ORGANIZATION_CHARS),
    title: '（一）1.（1）示例市示例区人民政府2024年政府信息公开工作年度报告'.repeat(10).slice(0, caps.MAX_TITLE_CHARS),
    text: texts(),
  };
  const findings = reconcile(base).filter((f) => f.severity !== 'error');
  const entered = cellIndex(EDITIONS[base.edition]).entered;
  const filler = (n: number) => '说明'.repeat(n).slice(0, n);
  const full = (reason: number, note: number): Report => ({
    ...base,
    // Every warning accepted that can be, up to the cap; the rest of the cap lapsed ones.
    acknowledgements: Array.from({ length: caps.MAX_ACKNOWLEDGEMENTS }, (_, i) =>
      i < findings.length ? { rule: findings[i].rule, anchor: anchorOf(findings[i], base).slice(0, caps.MAX_ANCHOR_CHARS), reason: filler(reason) } : { rule: 'TXT-01', anchor: `part:overview:${i}`, reason: filler(reason) },
    ),
    explanations: Object.fromEntries(Array.from({ length: caps.MAX_EXPLANATIONS }, (_, i) => [i === 0 ? 'T3-05' : `R-${i}`, filler(reason)])),
    importMarks: Object.fromEntries(entered.map((c) => [c.key, { reason: 'ambiguous' as const, detail: filler(note) }])),
    importRecord: { source: 'a.html', importedAt: '2025-01-20T09:30:00+08:00', notes: Array.from({ length: caps.MAX_IMPORT_NOTES }, () => filler(note)) },
    provenance: Object.fromEntries(entered.map((c, i) => [c.key, { place: { kind: 'text' as const, line: i, column: 0 }, printed: '1', snippet: filler(WORKFLOW_LIMITS.snippet), proof: 'header' as const }])),
    // The report's life at its limits: every step freezing the one version, every remark open.
    workflow: {
      history: Array.from({ length: WORKFLOW_LIMITS.entries }, (_, i) => ({ step: 'submit' as const, by: '张三', at: `2025-01-20T09:${String(i % 60).padStart(2, '0')}:00+08:00`, note: filler(Math.min(note, WORKFLOW_LIMITS.note)), fingerprint: VERSION, date: null, url: null })),
      versions: { [VERSION]: { edition: base.edition, year: base.year, organization: base.organization, title: base.title, text: base.text, cells: base.cells, notApplicable: base.notApplicable, fees: base.fees, closing: base.closing } },
      remarks: Array.from({ length: WORKFLOW_LIMITS.remarks }, (_, i) => ({ id: `r${i}`, anchor: `part:overview`, quote: filler(WORKFLOW_LIMITS.quote), text: filler(Math.min(note, WORKFLOW_LIMITS.note)), by: '李四', at: '2025-01-21T10:00:00+08:00', resolved: null })),
    },
  });
  // The largest reasons and notes that keep the file, with last year's report, within 8 MB.
  let size = 10;
  while (Buffer.byteLength(serializeDraft(full(size * 2, size), new Date(), full(size * 2, size))) <= MAX_DRAFT_BYTES) size += 10;
  const report = full((size - 10) * 2, size - 10);
  const prior: Report = { ...report, year: report.year - 1 };
  return { report, prior, bytes: Buffer.byteLength(serializeDraft(report, new Date(), prior)) };
}
