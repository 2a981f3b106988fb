// A county for the desk (issue 25): 60 units' 2024 drafts made from the sample report's tables
// (scaled per unit, so every figure still reconciles) and sentences of the reference reports'
// prose (test/fixtures/prose, unseen-prose) beside sentences naming the unit's own work (so no two
// units are alike by chance),
// their 2023 drafts in a folder of their own, and the office's roster as .xlsx — with one unit
// missing, one of the wrong year, one with errors, one returned with an open remark, one late,
// one whose text repeats another unit's, one renamed; also one unreadable draft, one outside the
// roster and a township's consolidated report beside one of its own offices.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { serializeDraft } from '../shared/draft';
import type { Report } from '../shared/report';
import { addRemark, recordStep } from '../shared/workflow';
import { loadFixture } from './helpers';

/** The county's units as its roster lists them: [name, type as the office writes it]. */
const DEPARTMENTS = [
  '发展和改革局', '教育和体育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
  '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水务局', '农业农村局', '商务局', '文化和旅游局', '卫生健康局',
  '退役军人事务局', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '林业局', '信访局', '城市管理局',
  '数据资源局', '档案馆', '人民政府办公室', '机关事务服务中心', '融媒体中心', '供销合作社联合社', '粮食和物资储备局', '民族宗教事务局',
  '行政审批局', '地方金融服务中心', '乡村振兴服务中心', '投资促进中心', '公共资源交易中心', '住房公积金管理中心',
];
const TOWNSHIPS = ['城关镇', '东关镇', '西川镇', '南河镇', '北山镇', '新安镇', '石桥镇', '柳林镇', '河口乡', '红旗乡', '白水乡', '青山乡', '杨庄乡', '李家乡', '马营乡'];
const STREETS = ['东城街道', '西城街道'];
const ZONES = ['经济开发区管理委员会', '高新技术产业园区管理委员会'];

export const COUNTY = '示例县';
export const YEAR = 2024;
/** After the deadline (2025-01-31), so that being published or not is settled for every unit. */
export const TODAY = '2025-02-20';

export const SPECIAL = {
  missing: `${COUNTY}档案馆`,
  wrongYear: `${COUNTY}审计局`,
  errors: `${COUNTY}财政局`,
  returned: `${COUNTY}民政局`,
  late: `${COUNTY}住房和城乡建设局`,
  copier: `${COUNTY}水务局`,
  copied: `${COUNTY}农业农村局`,
  renamed: `${COUNTY}教育和体育局`,
  renamedFrom: `${COUNTY}教育局`,
  unreadable: `${COUNTY}统计局`,
  outside: `${COUNTY}乡村振兴局`,
  township: `${COUNTY}城关镇`,
  townshipOffice: `${COUNTY}城关镇社会事务办公室`,
} as const;

export interface RosterEntry {
  name: string;
  type: string;
  contact: string;
  former: string;
}

export function countyRoster(): RosterEntry[] {
  const entry = (name: string, type: string, i: number): RosterEntry => ({ name: `${COUNTY}${name}`, type, contact: `联系人${i + 1} 0931-55${String(i).padStart(4, '0')}`, former: '' });
  const all = [...DEPARTMENTS.map((n) => [n, '部门']), ...TOWNSHIPS.map((n) => [n, '乡镇']), ...STREETS.map((n) => [n, '街道']), ...ZONES.map((n) => [n, '开发区'])].map(([n, t], i) => entry(n, t, i));
  all.find((e) => e.name === SPECIAL.renamed)!.former = SPECIAL.renamedFrom;
  return all;
}

/** Sentences of the reference reports' prose with no figure, year or claim a check would weigh. */
function sentencePool(): string[] {
  const pool = new Set<string>();
  for (const dir of ['prose', 'unseen-prose']) {
    const folder = new URL(`./fixtures/${dir}/`, import.meta.url);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const text: Record<string, string> = JSON.parse(readFileSync(new URL(file, folder), 'utf8')).text ?? {};
      for (const section of ['overview', 'problems']) {
        for (const s of (text[section] ?? '').split(/(?<=[。；])|\n/)) {
          const t = s.trim().replace(/[;；]$/, '。');
          if (t.length >= 16 && t.length <= 120 && t.endsWith('。') && !/[0-9０-９]|均|全部|无|没有|未|零|年度|[一二三四五六七八九十]是|^[（(]|[市区县]人民政府|本机关|我[市区县]|[A-Za-z]/.test(t)) pool.add(t);
        }
      }
    }
  }
  return [...pool];
}

/** A deterministic shuffle (the county is the same on every machine). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface UnitText {
  overview: string[];
  active: string[];
  applications: string[];
  review: string[];
  problems: string[];
}

/** What a unit calls its own field of work: "示例县水务局" → "水务". */
export function coreName(name: string): string {
  return name.replace(COUNTY, '').replace(/(?:管理委员会|局|镇|乡|街道|办公室|中心|馆|联合社)$/, '');
}

/** Sentences naming the unit's own work (so no two units share them); this year's and last year's differ. */
const OWN: Record<'this' | 'last', Record<keyof UnitText, (core: string) => string>> = {
  this: {
    overview: (c) => `围绕${c}领域重点工作，坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。`,
    active: (c) => `在门户网站${c}专栏及时发布${c}相关政策文件、办事指南和工作动态。`,
    applications: (c) => `${c}严格按照法定时限和程序办理政府信息公开申请，答复文书规范完整。`,
    review: (c) => `${c}依法处理涉及政府信息公开的行政复议和行政诉讼案件，认真落实复议决定和裁判文书。`,
    problems: (c) => `${c}政务公开工作人员的业务能力有待进一步提升，已通过集中培训加以改进。`,
  },
  last: {
    overview: (c) => `${c}工作中深入贯彻政府信息公开条例，主动回应社会关切。`,
    active: (c) => `通过政府网站和政务新媒体公开${c}方面的规划计划和统计信息。`,
    applications: (c) => `${c}建立依申请公开登记、审核、答复台账，做到件件有着落。`,
    review: (c) => `${c}加强与复议机关和人民法院的沟通，规范案件应诉工作。`,
    problems: (c) => `${c}信息公开的及时性还需加强，将完善发布审核流程。`,
  },
};

/** Each unit's text: its own sentences and two of the reference prose's (each unit its own while the pool lasts). */
export function unitText(name: string, index: number, year: 'this' | 'last' = 'this'): UnitText {
  const pool = POOL();
  const per = 2;
  const offset = year === 'this' ? 0 : Math.floor(pool.length / 2);
  const from = (k: number) => pool[(offset + index * per + k) % pool.length];
  const own = OWN[year];
  const core = coreName(name);
  return {
    overview: [own.overview(core), from(0)],
    active: [own.active(core), from(1)],
    applications: [own.applications(core)],
    review: [own.review(core)],
    problems: [own.problems(core)],
  };
}

let pool: string[] | null = null;
const POOL = () => (pool ??= shuffled(sentencePool(), 2024));

export function unitReport(organization: string, year: number, text: UnitText, scale: number): Report {
  const sample = loadFixture('sample-2024');
  const cells = Object.fromEntries(Object.entries(sample.cells).map(([k, v]) => [k, k.startsWith('active.') && k.endsWith('.AMOUNT') ? v : v * scale]));
  const period = `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
  return {
    ...sample,
    organization,
    year,
    cells,
    text: {
      preamble: `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。${period}`,
      overview: text.overview.join('\n'),
      active: text.active.join('\n'),
      applications: text.applications.join('\n'),
      review: text.review.join('\n'),
      problems: `上年度报告所提问题已逐项整改。\n${text.problems.join('\n')}`,
      other: '本单位没有其他需要报告的事项。',
    },
  };
}

/** 送审, then 退回 with a remark on the first sentence of 总体情况 still open. */
export function returned(report: Report): Report {
  const submitted = recordStep(report, 'submit', { by: '王科员', at: '2025-01-10T09:00:00+08:00' });
  if (!submitted.ok) throw new Error(submitted.message);
  const remarked = addRemark(submitted.report, { kind: 'part', section: 'overview' }, { text: '请补充政务公开平台建设情况。', by: '李主任', at: '2025-01-12T10:00:00+08:00' });
  if (!remarked.ok) throw new Error(remarked.message);
  const back = recordStep(remarked.report, 'return', { by: '李主任', at: '2025-01-12T10:05:00+08:00', note: '请修改后重新报送' });
  if (!back.ok) throw new Error(back.message);
  return back.report;
}

export interface County {
  folder: string;
  prior: string;
  register: string;
  roster: RosterEntry[];
}

const draftAt = (path: string, report: Report, savedAt = '2025-01-15T09:00:00+08:00') => writeFileSync(path, serializeDraft(report, new Date(savedAt)));

export async function writeCounty(root: string): Promise<County> {
  const folder = join(root, `${COUNTY}${YEAR}`);
  const prior = join(root, `${COUNTY}${YEAR - 1}`);
  for (const dir of [folder, prior, join(folder, '乡镇'), join(folder, '乡镇', '城关镇')]) mkdirSync(dir, { recursive: true });
  const roster = countyRoster();
  const copied = roster.findIndex((e) => e.name === SPECIAL.copied);
  roster.forEach((entry, i) => {
    const scale = 1 + (i % 5);
    const name = entry.name === SPECIAL.renamed ? SPECIAL.renamedFrom : entry.name;
    const sub = entry.type === '乡镇' || entry.type === '街道' ? '乡镇' : '';
    const last = unitReport(name, YEAR - 1, unitText(name, i, 'last'), 1 + ((i + 2) % 4));
    draftAt(join(prior, `${name}.nianbao`), last, '2024-01-20T09:00:00+08:00');
    if (entry.name === SPECIAL.missing) return;
    if (entry.name === SPECIAL.unreadable) return writeFileSync(join(folder, `${entry.name}.nianbao`), '{"kind": "nianbao-draft", "fileVersion": 4, "report": {');
    if (entry.name === SPECIAL.wrongYear) return draftAt(join(folder, `${entry.name}.nianbao`), { ...last, publishDate: '2024-01-25' });
    // The copier's text is the copied unit's, its name aside.
    const text = entry.name === SPECIAL.copier ? unitText(SPECIAL.copied, copied) : unitText(name, i);
    let report = unitReport(name, YEAR, text, scale);
    report.publishDate = '2025-01-24';
    if (entry.name === SPECIAL.errors) report.cells = { ...report.cells, 'apply.R1.NP': report.cells['apply.R1.NP'] + 7 };
    if (entry.name === SPECIAL.late) report.publishDate = '2025-02-18';
    if (entry.name === SPECIAL.returned) report = returned({ ...report, publishDate: null });
    if (entry.name === SPECIAL.township) {
      report.consolidation = {
        at: '2025-01-20T09:00:00+08:00',
        units: [SPECIAL.township, SPECIAL.townshipOffice].map((organization) => ({ organization, file: `${organization}.nianbao`, errors: 0, warnings: 0 })),
        left: [],
      };
    }
    draftAt(join(folder, sub, `${entry.name}.nianbao`), report);
  });
  const office = unitReport(SPECIAL.townshipOffice, YEAR, unitText(SPECIAL.townshipOffice, roster.length), 1);
  draftAt(join(folder, '乡镇', '城关镇', `${SPECIAL.townshipOffice}.nianbao`), { ...office, publishDate: '2025-01-22' });
  draftAt(join(folder, `${SPECIAL.outside}.nianbao`), { ...unitReport(SPECIAL.outside, YEAR, unitText(SPECIAL.outside, roster.length + 1), 2), publishDate: '2025-01-27' });
  const register = join(root, '单位名册（政务公开办）.xlsx');
  await writeRegister(register, roster);
  return { folder, prior, register, roster };
}

/** The roster as an office keeps it: a title row, then 序号, 单位名称, 单位类型, 联系人及电话, 曾用名. */
export async function writeRegister(path: string, roster: readonly RosterEntry[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名册');
  sheet.addRow([`${COUNTY}政府信息公开工作年度报告报送单位名册`]);
  sheet.addRow(['序号', '单位名称', '单位类型', '联系人及电话', '曾用名']);
  roster.forEach((e, i) => sheet.addRow([i + 1, e.name, e.type, e.contact, e.former]));
  await book.xlsx.writeFile(path);
}
