// The report's life in the draft file: a version-4 draft with real history opens, its frozen
// versions still hash to their fingerprints (the canonical form may never change), remarks find
// their places, everything survives save and reopen byte for byte; older drafts open with an
// empty history; a fuzzed history entry is refused with a Chinese message naming the field.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../../shared/draft';
import { contentOf, fingerprint, integrityProblems, placeOf, stageHashes, stageOf } from '../../../shared/workflow';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/drafts/${name}.nianbao`, import.meta.url)), 'utf8');
const LIFE = fixture('sample-2024-v4-life');

function open(text: string) {
  const result = parseDraft(text);
  if (!result.ok) throw new Error(result.message);
  return result.draft;
}

describe('a version-4 draft with its history', () => {
  it('opens at 发布, each step\'s version hashing to its fingerprint, the remarks on their places', () => {
    const { report } = open(LIFE);
    const info = stageOf(report);
    expect(info).toMatchObject({ stage: 'published', changedSincePublished: false, openRemarks: 0, resolvedRemarks: 2 });
    expect(report.workflow.history.map((e) => e.step)).toEqual(['submit', 'return', 'submit', 'approve', 'sign', 'file', 'publish']);
    for (const [fp, version] of Object.entries(report.workflow.versions)) expect(fingerprint(contentOf(version))).toBe(fp);
    expect(integrityProblems(report)).toEqual([]);
    const [onCell, onSentence] = report.workflow.remarks;
    expect(placeOf(onCell, report)).toEqual({ kind: 'cell', key: 'active.LIC.DECISIONS', section: 'active' });
    // The sentence was corrected after the remark: the remark says so instead of pointing elsewhere.
    expect(placeOf(onSentence, report)).toEqual({ kind: 'lapsed', section: 'overview' });
    const returned = report.workflow.versions[report.workflow.history[1].fingerprint];
    expect(placeOf(onSentence, { ...report, ...returned })).toMatchObject({ kind: 'text', section: 'overview' });
  });

  it('tells its stage by comparison while every needed version is intact, by hashing once one is missing or altered', () => {
    const { report } = open(LIFE);
    expect(stageHashes(report)).toBe(false);
    expect(stageHashes({ ...report, workflow: { ...report.workflow, history: [] } })).toBe(false);
    const published = report.workflow.history.at(-1)!.fingerprint;
    const { [published]: gone, ...rest } = report.workflow.versions;
    const missing = { ...report, workflow: { ...report.workflow, versions: rest } };
    expect(stageHashes(missing)).toBe(true);
    // Hashing still finds the report to be the published version: the stage is right either way.
    expect(stageOf(missing).stage).toBe('published');
    const altered = { ...report, workflow: { ...report.workflow, versions: { ...rest, [published]: { ...gone, title: `${gone.title}（改）` } } } };
    expect(stageHashes(altered)).toBe(true);
    expect(stageOf(altered).stage).toBe('published');
  });

  it('saves and reopens byte for byte', () => {
    const draft = open(LIFE);
    const at = new Date('2025-02-01T01:02:03Z');
    const once = serializeDraft(draft.report, at, draft.prior);
    const twice = serializeDraft(open(once).report, at, open(once).prior);
    expect(twice).toBe(once);
    // The fixture as written, but for the time of saving.
    const savedAt = (text: string) => text.replace(/"savedAt": "[^"]*"/, '"savedAt": ""');
    expect(savedAt(once)).toBe(savedAt(LIFE));
  });

  it('older drafts open with no history, at 起草', () => {
    for (const name of ['sample-2024', 'hongqiao-2021-v2', 'sample-2024-v3', 'sample-2024-v4']) {
      const { report } = open(fixture(name));
      expect(report.workflow).toEqual({ history: [], versions: {}, remarks: [] });
      expect(stageOf(report).stage).toBe('draft');
    }
  });
});

/** A history entry spoiled one way, and the field the refusal must name. */
const SPOILS: readonly { field: string; spoil: (entry: Record<string, unknown>) => void; says?: RegExp }[] = [
  { field: 'step', spoil: (e) => (e.step = '作废') },
  { field: 'step', spoil: (e) => (e.step = 3) },
  { field: 'by', spoil: (e) => (e.by = '  '), says: /姓名不能为空/ },
  { field: 'by', spoil: (e) => (e.by = '长'.repeat(51)) },
  { field: 'by', spoil: (e) => delete e.by, says: /缺少字段/ },
  { field: 'at', spoil: (e) => (e.at = '昨天下午') },
  { field: 'at', spoil: (e) => (e.at = '2025-02-30T10:00:00+08:00'), says: /不是有效的日期/ },
  { field: 'note', spoil: (e) => (e.note = 'x'.repeat(2001)) },
  { field: 'fingerprint', spoil: (e) => (e.fingerprint = 'abc'), says: /64 位十六进制/ },
  { field: 'fingerprint', spoil: (e) => (e.fingerprint = 'f'.repeat(64)), says: /不在 workflow\.versions 中/ },
  { field: 'date', spoil: (e) => (e.date = e.step === 'publish' ? '2025-13-01' : '2025-01-15') },
  { field: 'url', spoil: (e) => (e.url = 'javascript:alert(1)') },
  { field: 'fingerprint', spoil: (e) => (e.fingerprint = null) },
];

describe('a fuzzed history entry', () => {
  it('is refused with a Chinese message naming the entry and its field, whatever entry it is', () => {
    const doc = JSON.parse(LIFE);
    const entries = doc.report.workflow.history.length;
    fc.assert(
      fc.property(fc.nat({ max: entries - 1 }), fc.nat({ max: SPOILS.length - 1 }), (index, which) => {
        const copy = structuredClone(doc);
        const { field, spoil, says } = SPOILS[which];
        spoil(copy.report.workflow.history[index]);
        const result = parseDraft(JSON.stringify(copy));
        expect(result.ok).toBe(false);
        const message = (result as { message: string }).message;
        expect(message).toContain(`report.workflow.history[${index}].${field}`);
        expect(message).toMatch(/^文件内容有误：/);
        if (says) expect(message).toMatch(says);
      }),
      { numRuns: 120 },
    );
  });

  it('an unknown field in an entry, or a 发布 without its date, is refused too', () => {
    const doc = JSON.parse(LIFE);
    doc.report.workflow.history[0].approvedBy = '某人';
    expect(parseDraft(JSON.stringify(doc))).toMatchObject({ ok: false, message: expect.stringContaining('report.workflow.history[0] 中有无法识别的字段：approvedBy') });
    const undated = JSON.parse(LIFE);
    undated.report.workflow.history[6].date = null;
    expect(parseDraft(JSON.stringify(undated))).toMatchObject({ ok: false, message: expect.stringContaining('report.workflow.history[6].date 发布步骤应有发布日期') });
  });
});
