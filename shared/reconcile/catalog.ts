// The rules this checker runs (spec §7 and our own TXT-…), with a one-line summary each for
// lists and help. Severity is decided per finding: a blank cell under an error rule is only a
// warning. Any warning or note can be acknowledged with a reason (anchor.ts); errors cannot,
// except where the statute lets a reason stand (overridable, via `explanations`).

export interface RuleInfo {
  summary: string;
  /** The clerk may acknowledge the finding with an explanation saved in the draft. */
  overridable?: boolean;
}

export const RULES: Readonly<Record<string, RuleInfo>> = {
  'T3-01': { summary: '表三每个单元格为不小于 0 的整数；空白按 0 计并提示' },
  'T3-02': { summary: '表三每行：总计 = 自然人 + 法人或其他组织各栏' },
  'T3-03': { summary: '表三（七）总计 = （一）至（六）各项之和' },
  'T3-04': { summary: '表三每列：第一项 + 第二项 = 第三项（七）总计 + 第四项' },
  'T3-05': { summary: '表三上年结转 = 上年报告的结转下年度继续办理', overridable: true },
  'T3-06': { summary: '有因逾期未缴费不再处理的申请时，第六部分应报告发出收费通知的件数' },
  'T3-07': { summary: '实际收取的信息处理费不超过收费通知总金额' },
  'T4-01': { summary: '表四 15 个单元格均为不小于 0 的整数' },
  'T4-02': { summary: '表四各栏总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结' },
  'T2A-01': { summary: '表二件数为不小于 0 的整数，本年增/减为整数，采购总金额为万元' },
  'T2A-02': { summary: '本年新公开数量不超过对外公开总数量' },
  'T2A-03': { summary: '上一年项目数量 + 本年增/减 不小于 0' },
  'T2A-04': { summary: '上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减' },
  'T2A-05': { summary: '对外公开总数量不少于上年报告' },
  'T2A-06': { summary: '本年新公开数量多于本年新制作数量（可能属实，仅提示）' },
  'T2B-01': { summary: '表二件数为不小于 0 的整数，本年收费金额为万元' },
  'T2B-02': { summary: '本年制发件数不超过现行有效件数 + 本年废止件数' },
  'T2B-03': { summary: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数' },
  'T2B-04': { summary: '2020 年报告（2019 年版格式）与 2021 年版表二口径不同，不做跨年比对' },
  'T2B-05': { summary: '本年收费金额疑似按元填写' },
  'T3-08': { summary: '叙述中本机关本年政府信息公开申请的件数、比例和办结情况与表三一致（合并的类别按和计算）' },
  'T3-09': { summary: '叙述中的办理结果用语与表三的分类一致（如“予以公开”）' },
  'T4-03': { summary: '叙述中的行政复议、行政诉讼件数和结果（无、均获维持、无败诉、均已审结）与表四一致' },
  'S-01': { summary: '六个部分都有内容；2021 年版第六部分须报告信息处理费，不能只写“无”' },
  'S-02': { summary: '表二、表三、表四不能全部空白' },
  'S-03': { summary: '表格格式与报告年度相符' },
  'S-04': { summary: '2021 年版第六部分报告信息处理费收取情况' },
  'S-05': { summary: '标题、统计期限与报告年度一致' },
  'S-06': { summary: '发布日期不晚于期限：部门、乡镇 1月31日，县级以上人民政府本级报告 3月31日（条例第四十九条）' },
  'S-07': { summary: '各级人民政府的报告写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项）' },
  'TXT-01': { summary: '叙述中没有上年报告遗留的年份（书名、文号、比较、结转、期间中的年份除外）' },
  'TXT-02': { summary: '各部分和全文与上年报告的重复率（年份、数字、机关名称不计）：50% 以上警告，30% 以上提示，逐句标出' },
  'TXT-03': { summary: '写明统计期限' },
  'TXT-04': { summary: '第五部分说明上年度报告所提问题的整改情况' },
  'PUB-01': { summary: '发布后报告内容未再改动（与已发布版本一致），否则列出改动之处，直到记录新的发布' },
  'PUB-02': { summary: '文件中冻结的各版本内容与其指纹相符（记录后未被改动）' },
  // 发布前检查 (issue 24): what assessors deduct for beyond the arithmetic.
  // S-08 is two rules on two branches (h/harden: hidden characters; h/checklist: the 前言's
  // parts), one summary here until one is renumbered.
  'S-08': { summary: '机关名称、标题和正文中没有看不见的字符（零宽字符、方向控制符、控制字符等）；前言所说的部分数和所列各部分与统一格式的六个部分一致' },
  'S-09': { summary: '法定的部分标题不写进其他部分，序号与部分一致' },
  'S-10': { summary: '各部分内“（一）”“1.”等编号不跳号、不重复' },
  'S-11': { summary: '机关名称、标题和正文中没有看不见的字符（零宽字符、方向控制符、控制字符等）' },
  'TXT-05': { summary: '没有严重表述错误：国名、机构、法规名称、政治术语和常见别字（内置词表及本单位用语表，只认确定的错误写法）' },
  'TXT-06': { summary: '没有重复的词语（如“资金资金”；“研究研究”“一个一个”等叠用不算）' },
  'TXT-07': { summary: '中文之间不用半角标点（可用“一键排版”改正）' },
  'T2A-07': { summary: '处理决定数量是上年的 10 倍以上或十分之一以下时请核对' },
  'T2B-06': { summary: '本年处理决定数量是上年的 10 倍以上或十分之一以下时请核对（2020 年报告亦可比）' },
};
