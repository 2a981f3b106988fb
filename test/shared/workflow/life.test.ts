// The report's life in shared/workflow: fingerprints over the canonical form, the stage derived
// from the last step, the rules of each step, and restoring a version.

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorOf, reconcile } from '../../../shared/reconcile';
import type { Report, WorkflowStep } from '../../../shared/report';
import { addRemark, allowedSteps, canonicalForm, cellName, compareContents, contentOf, editedNote, fingerprint, integrityProblems, placeOf, recordStep, resolveRemark, restoreVersion, signoffSheet, stageOf, type StepDetails } from '../../../shared/workflow';
import { reportArbitrary } from '../../arbitraries';
import { byRule, loadFixture, withCells } from '../../helpers';

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T10:00:00+08:00`;

function step(report: Report, s: WorkflowStep, details: Partial<StepDetails> = {}): Report {
  const result = recordStep(report, s, { by: '王小明', at: at(20), ...details });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

/** The sample, error-free and without warnings, taken to 发布. */
function published(): Report {
  let r = loadFixture('sample-2024');
  for (const s of ['submit', 'approve', 'sign', 'file'] as const) r = step(r, s);
  return step(r, 'publish', { date: '2025-01-20', url: 'https://www.example.gov.cn/nb/2024.html' });
}

describe('fingerprint', () => {
  it('is SHA-256 of the canonical form, whatever order the cells were listed in', () => {
    const report = loadFixture('sample-2024');
    const reversed = { ...report, cells: Object.fromEntries(Object.entries(report.cells).reverse()), notApplicable: [...report.notApplicable].reverse() };
    const expected = createHash('sha256').update(canonicalForm(contentOf(report)), 'utf8').digest('hex');
    expect(fingerprint(contentOf(report))).toBe(expected);
    expect(fingerprint(contentOf(reversed))).toBe(expected);
  });

  it('changes with any printed content, and not with what is not printed', () => {
    fc.assert(
      fc.property(reportArbitrary(), fc.string({ minLength: 1, maxLength: 5 }), (report, extra) => {
        const fp = fingerprint(contentOf(report));
        const key = Object.keys(report.cells)[0];
        if (key) expect(fingerprint(contentOf(withCells(report, { [key]: report.cells[key] + 1 })))).not.toBe(fp);
        expect(fingerprint(contentOf({ ...report, text: { ...report.text, other: report.text.other + extra } }))).not.toBe(fp);
        expect(fingerprint(contentOf({ ...report, organization: report.organization + extra }))).not.toBe(fp);
        // Not printed: the clerk's reasons, marks, the life of the report itself.
        const unprinted = { ...report, acknowledgements: [{ rule: 'TXT-01', anchor: 'part:other', reason: extra }], explanations: { 'T3-05': extra }, organizationType: 'department' as const };
        expect(fingerprint(contentOf(unprinted))).toBe(fp);
      }),
      { numRuns: 60 },
    );
  });
});

describe('stages', () => {
  it('起草 → 送审 → 通过 → 签发 → 备案 → 发布, each step freezing the version once', () => {
    let r = loadFixture('sample-2024');
    expect(stageOf(r).stage).toBe('draft');
    expect(allowedSteps(r)).toEqual(['submit']);
    r = step(r, 'submit');
    expect(stageOf(r).stage).toBe('submitted');
    expect(allowedSteps(r)).toEqual(['approve', 'return']);
    r = step(r, 'approve');
    r = step(r, 'sign');
    r = step(r, 'file');
    r = step(r, 'publish', { date: '2025-01-20' });
    const info = stageOf(r);
    expect(info.stage).toBe('published');
    expect(info.changedSincePublished).toBe(false);
    expect(r.publishDate).toBe('2025-01-20');
    // Five steps on one content: one version, keyed by its fingerprint.
    expect(Object.keys(r.workflow.versions)).toEqual([fingerprint(contentOf(r))]);
    expect(r.workflow.history.map((e) => e.step)).toEqual(['submit', 'approve', 'sign', 'file', 'publish']);
    expect(integrityProblems(r)).toEqual([]);
  });

  it('an edit after 送审 or 签发 puts the report back at 起草, and says so; undoing the edit brings the stage back', () => {
    const submitted = step(loadFixture('sample-2024'), 'submit');
    const edited = withCells(submitted, { 'apply.R1.NP': 1 + submitted.cells['apply.R1.NP'] });
    const info = stageOf(edited);
    expect(info).toMatchObject({ stage: 'draft', editedSince: 'submit' });
    expect(editedNote(info)).toContain('送审后报告已修改，已回到起草阶段');
    expect(recordStep(edited, 'approve', { by: '李科长', at: at(21) })).toMatchObject({ ok: false, message: expect.stringContaining('送审后已修改，现为起草') });
    expect(stageOf({ ...edited, cells: submitted.cells }).stage).toBe('submitted');
  });

  it('after 发布 a change is PUB-01, naming the cell and the part, until the published version is restored', () => {
    const r = published();
    const changed = { ...withCells(r, { 'apply.R1.NP': r.cells['apply.R1.NP'] + 5 }), text: { ...r.text, overview: `${r.text.overview}\n另行补充一句。` } };
    expect(stageOf(changed)).toMatchObject({ stage: 'draft', editedSince: 'publish', changedSincePublished: true });
    const [pub] = byRule(reconcile(changed), 'PUB-01');
    expect(pub.message).toContain(`${cellName(r, 'apply.R1.NP')}：`);
    expect(cellName(r, 'apply.R1.NP')).toBe('表三 一、本年新收政府信息公开申请数量 / 自然人');
    expect(pub.message).toContain(`${r.cells['apply.R1.NP']} → ${r.cells['apply.R1.NP'] + 5}`);
    expect(pub.message).toContain('一、总体情况：文字有改动（加入“另行补充一句。”）');
    expect(pub.cells).toEqual(['apply.R1.NP']);
    // The correction goes through the chain again; PUB-01 does not hold up its 签发.
    let corrected = step(withCells(changed, { 'apply.R1.NP': r.cells['apply.R1.NP'], 'active.LIC.DECISIONS': r.cells['active.LIC.DECISIONS'] + 1 }), 'submit');
    for (const s of ['approve', 'sign', 'file'] as const) corrected = step(corrected, s);
    expect(byRule(reconcile(corrected), 'PUB-01')).toHaveLength(1);
    expect(byRule(reconcile(step(corrected, 'publish', { date: '2025-01-20' })), 'PUB-01')).toEqual([]);
    const restored = restoreVersion(changed, stageOf(changed).published!.fingerprint);
    if (!restored.ok) throw new Error(restored.message);
    expect(byRule(reconcile(restored.report), 'PUB-01')).toEqual([]);
    expect(stageOf(restored.report)).toMatchObject({ stage: 'published', changedSincePublished: false });
    // The history is the history: restoring changes content only.
    expect(restored.report.workflow).toBe(changed.workflow);
  });

  it('a version altered in the file after its step is said (PUB-02), not trusted', () => {
    const r = published();
    const [fp] = Object.keys(r.workflow.versions);
    const version = r.workflow.versions[fp];
    const tampered = { ...r, workflow: { ...r.workflow, versions: { [fp]: { ...version, cells: { ...version.cells, 'apply.R1.NP': 999 } } } } };
    expect(integrityProblems(tampered)[0]).toContain(`版本 ${fp.slice(0, 8)} 的内容与其指纹不符`);
    expect(byRule(reconcile(tampered), 'PUB-02')).toHaveLength(1);
    // The content that really hashes to the fingerprint is still recognised as that version.
    expect(stageOf(tampered).stage).toBe('published');
    expect(stageOf({ ...tampered, cells: { ...tampered.cells, 'apply.R1.NP': 999 } }).stage).toBe('draft');
  });
});

describe('step rules', () => {
  it('签发 is refused while errors remain, and while a warning has no reason; a reason lets it through', () => {
    const approved = step(step(loadFixture('sample-2024'), 'submit'), 'approve');
    const wrong = withCells(approved, { 'apply.R3_1.NP': approved.cells['apply.R3_1.NP'] + 100 });
    const refusal = recordStep(step(step(wrong, 'submit'), 'approve'), 'sign', { by: '赵局长', at: at(22) });
    expect(refusal).toMatchObject({ ok: false, message: expect.stringMatching(/^不能签发：报告还有 \d+ 项错误，例如：/) });

    let warned = { ...approved, text: { ...approved.text, problems: '存在的主要问题是政策解读形式单一。' } };
    warned = step(step(warned, 'submit'), 'approve');
    expect(recordStep(warned, 'sign', { by: '赵局长', at: at(22) })).toMatchObject({ ok: false, message: expect.stringContaining('项警告未处理') });
    // Each warning accepted at its own place, with a reason.
    const warnings = reconcile(warned).filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const explained = { ...warned, acknowledgements: warnings.map((f) => ({ rule: f.rule, anchor: anchorOf(f, warned), reason: '整改情况另行报告' })) };
    expect(recordStep(explained, 'sign', { by: '赵局长', at: at(22) }).ok).toBe(true);
  });

  it('退回 needs an open remark; 送审, 通过 and 签发 wait until remarks are resolved', () => {
    const submitted = step(loadFixture('sample-2024'), 'submit');
    expect(recordStep(submitted, 'return', { by: '李科长', at: at(21) })).toMatchObject({ ok: false, message: '不能退回：请先在需要修改的地方添加至少一条审核意见。' });
    const remarked = addRemark(submitted, { kind: 'cell', key: 'apply.R1.NP' }, { text: '请核对', by: '李科长', at: at(21) });
    if (!remarked.ok) throw new Error(remarked.message);
    expect(recordStep(remarked.report, 'approve', { by: '李科长', at: at(21) })).toMatchObject({ ok: false, message: '不能通过：还有 1 条审核意见未处理。请逐条修改并标为已处理。' });
    const returned = step(remarked.report, 'return', { by: '李科长', note: '请修改后再报' });
    expect(stageOf(returned)).toMatchObject({ stage: 'returned', openRemarks: 1 });
    expect(recordStep(returned, 'submit', { by: '王小明', at: at(22) }).ok).toBe(false);
    const resolved = resolveRemark(returned, remarked.remark.id, { by: '王小明', at: at(22), note: '已核对' });
    if (!resolved.ok) throw new Error(resolved.message);
    expect(stageOf(step(resolved.report, 'submit')).stage).toBe('submitted');
  });

  it('发布 checks its date: after the report year, not in the future; late is recorded and said (S-06)', () => {
    let r = loadFixture('sample-2024');
    for (const s of ['submit', 'approve', 'sign', 'file'] as const) r = step(r, s);
    const publish = (date: string | null, url?: string) => recordStep(r, 'publish', { by: '王小明', at: '2025-06-30T10:00:00+08:00', date, url });
    expect(publish(null)).toMatchObject({ ok: false, message: '不能发布：请填写发布日期（YYYY-MM-DD）。' });
    expect(publish('2025-02-30')).toMatchObject({ ok: false });
    expect(publish('2024-12-31')).toMatchObject({ ok: false, message: expect.stringContaining('在报告年度 2024 年结束之前') });
    expect(publish('2025-07-01')).toMatchObject({ ok: false, message: expect.stringContaining('晚于今天') });
    expect(publish('2025-01-21', 'javascript:alert(1)')).toMatchObject({ ok: false, message: expect.stringContaining('网址') });
    // 示例区人民政府: a government's own report, due 3月31日.
    expect(publish('2025-03-31')).toMatchObject({ ok: true, notes: [] });
    expect(publish('2025-04-01')).toMatchObject({ ok: true, notes: ['发布日期 2025-04-01 晚于期限 2025年3月31日（条例第四十九条，S-06）。'] });
  });

  it('steps out of order are refused, naming what must come first', () => {
    const r = loadFixture('sample-2024');
    expect(recordStep(r, 'sign', { by: '赵局长', at: at(20) })).toMatchObject({ ok: false, message: '不能签发：审核通过后才能签发（现为起草）。' });
    expect(recordStep(step(step(step(r, 'submit'), 'approve'), 'sign'), 'publish', { by: '王小明', at: at(21), date: '2025-01-21' })).toMatchObject({ ok: false, message: '不能发布：备案后才能发布（现为签发）。' });
    expect(recordStep(r, 'submit', { by: '  ', at: at(20) })).toMatchObject({ ok: false, message: '不能送审：请填写姓名。' });
  });
});

describe('remarks', () => {
  it('stay on their cell, table, part and words through edits elsewhere; a remark on words lapses when they change', () => {
    const report = loadFixture('sample-2024');
    const sentence = '全年主动公开政府信息4213条，其中政策解读86篇。';
    const start = report.text.overview.indexOf(sentence) + 10;
    let r = report;
    const targets = [
      { kind: 'cell', key: 'apply.R1.NP' },
      { kind: 'table', table: 'review' },
      { kind: 'part', section: 'problems' },
      { kind: 'text', section: 'overview', start, end: start + 7 },
    ] as const;
    for (const target of targets) {
      const added = addRemark(r, target, { text: '请核对', by: '李科长', at: at(21) });
      if (!added.ok) throw new Error(added.message);
      r = added.report;
    }
    expect(r.workflow.remarks.map((m) => m.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(r.workflow.remarks[3].quote).toBe(sentence.slice(10, 17));
    // Edits elsewhere: a paragraph before the sentence, other cells, another part.
    const edited = { ...withCells(r, { 'apply.R2.NP': 9 }), text: { ...r.text, overview: `补充一段说明。\n${r.text.overview}`, other: '无。' } };
    const placed = edited.workflow.remarks.map((m) => placeOf(m, edited));
    expect(placed).toEqual([
      { kind: 'cell', key: 'apply.R1.NP', section: 'applications' },
      { kind: 'table', table: 'review', section: 'review' },
      { kind: 'part', section: 'problems' },
      { kind: 'text', section: 'overview', start: start + '补充一段说明。\n'.length, end: start + '补充一段说明。\n'.length + 7 },
    ]);
    const text = placed[3] as { start: number; end: number };
    expect(edited.text.overview.slice(text.start, text.end)).toBe(sentence.slice(10, 17));
    // The sentence itself corrected: the remark says its words have changed.
    const fixed = { ...edited, text: { ...edited.text, overview: edited.text.overview.replace('86篇', '89篇') } };
    expect(placeOf(fixed.workflow.remarks[3], fixed)).toEqual({ kind: 'lapsed', section: 'overview' });
    // Remarks are not content: they never change the fingerprint.
    expect(fingerprint(contentOf(r))).toBe(fingerprint(contentOf(report)));
  });

  it('refuses an empty remark, a nameless one, and words not selected', () => {
    const r = loadFixture('sample-2024');
    expect(addRemark(r, { kind: 'cell', key: 'apply.R1.NP' }, { text: ' ', by: '李科长', at: at(21) })).toEqual({ ok: false, message: '请填写审核意见。' });
    expect(addRemark(r, { kind: 'cell', key: 'apply.R1.NP' }, { text: '请核对', by: '', at: at(21) })).toEqual({ ok: false, message: '请填写提出意见的人的姓名。' });
    expect(addRemark(r, { kind: 'text', section: 'overview', start: 5, end: 5 }, { text: '请核对', by: '李科长', at: at(21) })).toEqual({ ok: false, message: '请先在正文中选中要提意见的文字。' });
  });
});

describe('the history replayed (integrityProblems)', () => {
  const STEPS = ['submit', 'approve', 'return', 'sign', 'file', 'publish'] as const;
  const hour = (h: number) => new Date(Date.UTC(2025, 0, 20, h)).toISOString().replace('.000Z', '+00:00');

  it('finds no problem in any history recordStep writes (steps tried in any order, edits, remarks, restores, clocks)', () => {
    // Mostly a step the stage bar offers (so that histories go deep), sometimes any step at all.
    const action = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('step' as const), step: fc.option(fc.constantFrom(...STEPS), { freq: 4 }), pick: fc.nat(), hours: fc.integer({ min: -1, max: 6 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('edit' as const, 'remark' as const, 'resolve' as const, 'restore' as const), pick: fc.nat() }) },
    );
    const start = loadFixture('sample-2024');
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 40, size: 'max' }), (actions) => {
        let r = start;
        let clock = 0;
        for (const a of actions) {
          if (a.kind === 'step') {
            // A clock that may stand behind the last step's (another PC): such a step is refused.
            clock += a.hours;
            const offered = allowedSteps(r);
            const s = a.step ?? offered[a.pick % offered.length];
            const done = recordStep(r, s, { by: '王小明', at: hour(clock), date: s === 'publish' ? '2025-01-20' : null });
            if (done.ok) r = done.report;
          } else if (a.kind === 'edit') r = { ...r, text: { ...r.text, other: `${r.text.other}${a.pick % 10}` } };
          else if (a.kind === 'remark') {
            const added = addRemark(r, { kind: 'part', section: 'overview' }, { text: '请核对', by: '李科长', at: hour(clock) });
            if (added.ok) r = added.report;
          } else if (a.kind === 'resolve') {
            for (const m of r.workflow.remarks.filter((x) => x.resolved === null)) {
              const resolved = resolveRemark(r, m.id, { by: '王小明', at: hour(clock) });
              if (resolved.ok) r = resolved.report;
            }
          } else {
            const fps = Object.keys(r.workflow.versions);
            const restored = fps.length > 0 && restoreVersion(r, fps[a.pick % fps.length]);
            if (restored && restored.ok) r = restored.report;
          }
        }
        expect(integrityProblems(r)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('names a 发布 of an edited version appended after the real one, a step out of order, and a time that goes back', () => {
    const r = published();
    const edited = { ...withCells(r, { 'apply.R1.NP': r.cells['apply.R1.NP'] + 1 }) };
    const content = contentOf(edited);
    const fp = fingerprint(content);
    const real = r.workflow.history.at(-1)!;
    const forged = { ...edited, workflow: { ...r.workflow, history: [...r.workflow.history, { ...real, fingerprint: fp, at: at(21) }], versions: { ...r.workflow.versions, [fp]: content } } };
    expect(stageOf(forged).stage).toBe('published');
    expect(integrityProblems(forged)).toEqual(['第 6 步（发布）所冻结的版本与上一步不同，且未经送审、审核、签发、备案。']);
    expect(byRule(reconcile(forged), 'PUB-02').map((f) => f.message)).toEqual(['第 6 步（发布）所冻结的版本与上一步不同，且未经送审、审核、签发、备案。']);
    // 签发 straight after 送审, and a step dated before the one it follows.
    const [submit, , sign, file, publish] = r.workflow.history;
    const skipped = { ...r, workflow: { ...r.workflow, history: [submit, sign, file, { ...publish, at: at(19) }] } };
    expect(integrityProblems(skipped)).toEqual([
      '第 2 步（签发）不能接在第 1 步（送审）之后：审核通过后才能签发。',
      `第 4 步（发布）记录的时间 ${at(19)} 早于第 3 步（备案）的 ${at(20)}。`,
    ]);
    const first = { ...r, workflow: { ...r.workflow, history: [publish] } };
    expect(integrityProblems(first)).toEqual(['第 1 步（发布）不能接在起草之后：备案后才能发布。']);
  });

  it('lists a badly broken record’s first five problems as findings and the rest in one line; status has them all', () => {
    const r = published();
    const submit = r.workflow.history[0];
    // Nine 送审 in a row: each after the first cannot follow a 送审.
    const broken = { ...r, workflow: { ...r.workflow, history: Array.from({ length: 9 }, () => submit) } };
    expect(integrityProblems(broken)).toHaveLength(8);
    const messages = byRule(reconcile(broken), 'PUB-02').map((f) => f.message);
    expect(messages).toEqual([...integrityProblems(broken).slice(0, 5), '版本记录另有 3 处同类问题，可用 status 命令列出全部。']);
  });

  it('recordStep refuses a step dated before the last one (a PC whose clock is behind)', () => {
    const r = step(loadFixture('sample-2024'), 'submit', { at: at(20) });
    expect(recordStep(r, 'approve', { by: '李科长', at: at(19) })).toMatchObject({ ok: false, message: expect.stringContaining('不能通过：本机时间 2025-01-19 10:00 早于上一步（送审）记录的时间 2025-01-20 10:00') });
    expect(recordStep(r, 'approve', { by: '李科长', at: at(20) }).ok).toBe(true);
  });
});

describe('审核签批单', () => {
  it('lists only the current round: approvals withdrawn by 退回 are not this version\'s', () => {
    let r = step(step(step(loadFixture('sample-2024'), 'submit', { at: at(20) }), 'approve', { by: '李科长', at: at(21) }), 'sign', { by: '赵局长', at: at(22) });
    const remarked = addRemark(r, { kind: 'part', section: 'overview' }, { text: '请核对', by: '赵局长', at: at(23) });
    if (!remarked.ok) throw new Error(remarked.message);
    r = step(remarked.report, 'return', { by: '赵局长', at: at(23) });
    const sheet = (x: Report) => Object.fromEntries(signoffSheet(x).stages.map((s) => [s.name, s.date]));
    // Returned: the 送审 stands, the approvals it answered do not.
    expect(sheet(r)).toEqual({ 送审: '2025-01-20', 审核通过: '', 签发: '', 备案: '', 发布: '' });
    const resolved = resolveRemark(r, r.workflow.remarks[0].id, { by: '王小明', at: at(24) });
    if (!resolved.ok) throw new Error(resolved.message);
    // Submitted again without an edit: the same version, a new round.
    r = step(resolved.report, 'submit', { at: at(24) });
    expect(sheet(r)).toEqual({ 送审: '2025-01-24', 审核通过: '', 签发: '', 备案: '', 发布: '' });
    expect(signoffSheet(r).returns).toBe(1);
    r = step(r, 'approve', { by: '李科长', at: at(25) });
    expect(sheet(r)).toMatchObject({ 送审: '2025-01-24', 审核通过: '2025-01-25', 签发: '' });
  });
});

describe('version comparison', () => {
  it('names each changed cell old → new and marks a part\'s insertions and deletions', () => {
    const before = contentOf(loadFixture('sample-2024'));
    const cells: Record<string, number> = { ...before.cells, 'apply.R1.NP': 121 };
    delete cells['active.REG.ISSUED'];
    const after = { ...before, cells, notApplicable: [...before.notApplicable, 'active.REG.ISSUED'], text: { ...before.text, problems: before.text.problems.replace('政策解读形式单一', '政策解读形式较为单一') } };
    const c = compareContents(before, after);
    expect(c.cells).toEqual([
      { key: 'active.REG.ISSUED', name: '表二 规章 / 本年制发件数', before: String(before.cells['active.REG.ISSUED']), after: '/' },
      { key: 'apply.R1.NP', name: '表三 一、本年新收政府信息公开申请数量 / 自然人', before: '120', after: '121' },
    ]);
    expect(c.parts.map((p) => p.section)).toEqual(['problems']);
    expect(c.parts[0].pieces.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: '较为' }]);
    expect(compareContents(before, before).same).toBe(true);
  });
});
