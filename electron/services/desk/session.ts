// The desk in a window's session: the folder, its drafts' paths, the roster and what was read stay
// here; the page gets the rows and names a draft by the file the desk listed. Reading the folder
// runs in the parsing worker while the page asks how far it has got (the progress bar).

import { basename } from 'node:path';
import { aggregate } from '../../../shared/aggregate';
import { localIsoString } from '../../../shared/draft/file';
import { consolidationOf, deskPrintHtml, deskTitle, nothingRead, planSum, rosterFromDrafts, type Roster } from '../../../shared/desk';
import { unitDisplayName, unitKey } from '../../../shared/units/identity';
import type { AggregateResult, DeskExportFormat, DeskOpened, DeskProgress, DeskSumRequest, Failure, FormerNameRequest, Opened, Saved } from '../../../shared/ipc';
import { writeFileAtomic, writeReason } from '../atomicWrite';
import { exportPathProblem } from '../exports';
import type { Dialogs, Printer } from '../sessionTypes';
import { openDraftsUntrusted } from '../untrusted';
import { newCaches, openDeskAt, type OpenedDesk } from './desk';
import { readRoster, saveRoster } from './roster';
import { deskWorkbook } from './workbook';

const canceled: Failure = { ok: false, reason: 'canceled', message: '' };
const invalid = (message: string): Failure => ({ ok: false, reason: 'invalid', message });
const NO_DESK = invalid('单位一览已关闭，请重新选择各单位报告所在的文件夹。');
const BUSY = invalid('正在读取文件夹中的报告，请稍候。');

export interface DeskHooks {
  dialogs: Dialogs;
  printer?: Printer;
  /** Opens a draft in this window as 打开 does (its lock, one window per file, recovery offers). */
  open(path: string): Promise<Opened | Failure>;
  /** The window's document no longer has a file (a new report is shown). */
  detach(): Promise<void>;
}

export function deskHandlers(hooks: DeskHooks) {
  const { dialogs } = hooks;
  const caches = newCaches();
  const progress: DeskProgress = { busy: false, done: 0, total: 0 };
  let current: { folder: string; year: number; prior: string | null; desk: OpenedDesk } | null = null;

  /** Reads the folder (or again), one reading at a time. */
  async function read(folder: string, year: number, prior: string | null): Promise<DeskOpened | Failure> {
    if (progress.busy) return BUSY;
    Object.assign(progress, { busy: true, done: 0, total: 0 });
    try {
      const opened = await openDeskAt(folder, { year, prior }, caches, progress);
      if (!opened.ok) return invalid(opened.message);
      // A folder without a single draft is no desk (likely the wrong folder); one of only unreadable
      // drafts opens, so that each is listed with its reason (and the page says so).
      const view = opened.desk.view;
      if (view.rows.length === 0 && view.unreadable.length === 0) return invalid(nothingRead(view)!);
      current = { folder, year, prior, desk: opened.desk };
      return { ok: true, view: opened.desk.view };
    } finally {
      progress.busy = false;
    }
  }

  async function keepRoster(roster: Roster): Promise<DeskOpened | Failure> {
    if (!current) return NO_DESK;
    // A roster of no units is refused when read back: never written.
    if (roster.units.length === 0) return invalid('没有可以保存的单位：文件夹中没有读取到本年度或上年度的草稿。');
    try {
      await saveRoster(current.folder, roster.units);
    } catch (e) {
      return { ok: false, reason: 'io', message: `未能保存单位名册：${writeReason(e)}。原有的名册没有改动。` };
    }
    return read(current.folder, current.year, current.prior);
  }

  return {
    async openDesk({ year }: { year: number }) {
      const folder = await dialogs.chooseUnitsFolder();
      if (!folder) return canceled;
      if (current?.folder !== folder) {
        caches.folder.clear();
        caches.prior.clear();
      }
      return read(folder, year, null);
    },
    async refreshDesk() {
      return current ? read(current.folder, current.year, current.prior) : NO_DESK;
    },
    async chooseDeskPrior() {
      if (!current) return NO_DESK;
      const prior = await dialogs.choosePriorFolder?.();
      if (!prior) return canceled;
      caches.prior.clear();
      return read(current.folder, current.year, prior);
    },
    async deskProgress() {
      return { ...progress };
    },
    async openDeskUnit({ file }: { file: string }) {
      // Only a file this desk listed: the page never names a path of its own.
      const path = current?.desk.paths.get(file);
      if (!path) return invalid(`“${file}”不在单位一览中，请刷新单位一览后再试。`);
      return hooks.open(path);
    },
    async importRoster() {
      if (!current) return NO_DESK;
      const path = await dialogs.chooseRoster?.();
      if (!path) return canceled;
      const read = await readRoster(path);
      if (!read.ok) return invalid(read.message);
      return keepRoster(read.roster);
    },
    async saveDeskRoster() {
      if (!current) return NO_DESK;
      return keepRoster(current.desk.roster ?? rosterFromDrafts(current.desk.drafts, current.year));
    },
    async recordFormerName({ unit, former }: FormerNameRequest) {
      if (!current) return NO_DESK;
      const roster = current.desk.roster ?? rosterFromDrafts(current.desk.drafts, current.year);
      const target = roster.units.find((u) => unitKey(u.name) === unitKey(unit));
      if (!target) return invalid(`名册中没有“${unit}”。`);
      const taken = roster.units.find((u) => u !== target && [u.name, ...u.formerNames].some((n) => unitKey(n) === unitKey(former)));
      if (taken) return invalid(`“${former}”已是名册中“${taken.name}”的名称或曾用名，不能再登记给“${target.name}”。`);
      const units = roster.units.map((u) => (u === target ? { ...u, formerNames: [...u.formerNames, unitDisplayName(former)] } : u));
      return keepRoster({ ...roster, units });
    },
    async exportDesk({ format }: { format: DeskExportFormat }): Promise<Saved | Failure> {
      if (!current) return NO_DESK;
      const view = current.desk.view;
      if (format === 'pdf' && !hooks.printer) return { ok: false, reason: 'io', message: '此处无法生成 PDF' };
      const path = await dialogs.chooseDeskExportTarget?.(`${deskTitle(view)}.${format}`, format);
      if (!path) return canceled;
      const problem = await exportPathProblem(path);
      if (problem) return invalid(problem);
      try {
        await writeFileAtomic(path, format === 'xlsx' ? await deskWorkbook(view) : await hooks.printer!.toPdf(deskPrintHtml(view)));
        return { ok: true, fileName: basename(path) };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能导出“${basename(path)}”：${writeReason(e)}。该位置原有的文件没有改动。` };
      }
    },
    async aggregateDesk({ organization, confirmed }: DeskSumRequest): Promise<AggregateResult | Failure> {
      if (!current) return NO_DESK;
      // As the drafts are now: a unit may have sent its fix since the desk was read.
      const fresh = await read(current.folder, current.year, current.prior);
      if (!fresh.ok) return fresh;
      const { view, paths } = current.desk;
      const plan = planSum(view.rows, view.edition, new Set(confirmed));
      if (plan.include.length === 0) return invalid('没有可以汇总的单位报告：名册中的单位都未报送，或报告有问题且未确认计入。');
      const files = plan.include.map((r) => r.file!);
      const opened = await openDraftsUntrusted(files.map((f) => paths.get(f)!));
      const units = opened.flatMap((o, i) => (o.ok ? [{ report: o.draft.report, source: files[i] }] : []));
      const broken = opened.flatMap((o, i) => (o.ok ? [] : [`  · ${files[i]}：${o.message.split('\n')[0]}`]));
      if (broken.length > 0) return invalid(`以下草稿刚才已无法打开，未汇总：\n${broken.join('\n')}`);
      const summed = aggregate(units, organization, view.year);
      if (!summed.ok) return invalid(summed.message);
      // The unit list is kept with the report: a city's desk then knows what this county's report holds.
      const report = { ...summed.report, consolidation: consolidationOf(plan, localIsoString(new Date())) };
      await hooks.detach();
      // The units left out are listed with the 汇总's unit list, as a folder's refusals are.
      return { ok: true, report, prior: null, units: summed.units, leftOut: plan.left.map((l) => ({ file: l.name, reason: l.reason })) };
    },
  };
}
