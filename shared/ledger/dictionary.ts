// The wordings offices write in their ledgers, and what each means in the statute's categories
// (公民/个人 → 自然人, 同意公开 → 予以公开, 信息不存在 → 本机关不掌握相关政府信息 …). Only
// wordings beyond the form's own: the form's labels come from the edition data (categories.ts).
// A value no entry knows is never guessed — the clerk maps it once (mapping.ts).

/** Where a wording may stand: the whole value, or anywhere inside it. */
export interface Wording {
  exact?: readonly string[];
  contains?: readonly string[];
}

/** Keys are the edition's row and column keys (categories.ts), a group's key, or one of these. */
export const PENDING = 'PENDING';
export const YES = 'YES';
export const NO = 'NO';
/** 行政诉讼 without saying whether a 行政复议 came first: needs the 是否经复议 column. */
export const LITIGATION = 'LITIGATION';

export type Vocabulary = 'applicant' | 'outcome' | 'yesNo' | 'caseKind' | 'caseResult';

export const WORDINGS: Readonly<Record<Vocabulary, Readonly<Record<string, Wording>>>> = {
  applicant: {
    NP: { exact: ['公民', '个人', '群众', '居民', '市民', '村民', '普通公民', '公民个人', '自然人申请'] },
    BIZ: { exact: ['企业', '公司', '企业法人', '民营企业', '私营企业', '国有企业', '外资企业'], contains: ['有限公司', '有限责任公司', '股份公司', '集团公司', '公司', '企业'] },
    RES: { exact: ['高校', '高等院校', '科研院所', '研究机构'], contains: ['研究院', '研究所', '科学院', '大学', '学院'] },
    NGO: { exact: ['公益组织', '慈善组织', '公益机构'], contains: ['基金会', '公益'] },
    LAW: { exact: ['律所', '律师所'], contains: ['律师事务所', '法律服务所', '公证处', '法律援助中心'] },
    OTH: { exact: ['其它', '其他组织', '其它组织', '其他单位'] },
  },
  outcome: {
    R3_1: { exact: ['公开', '同意', '已公开'], contains: ['同意公开', '予以公开', '全部公开', '准予公开', '已主动公开', '主动公开'] },
    R3_2: { contains: ['部分公开', '部分同意公开', '区分处理'] },
    R3_3: { contains: ['不予公开', '不公开', '不同意公开'] },
    R3_3_1: { contains: ['国家秘密', '涉密'] },
    R3_3_2: { contains: ['法律行政法规禁止', '法律法规禁止'] },
    R3_3_3: { contains: ['三安全一稳定', '危及国家安全', '危及公共安全', '危及经济安全', '危及社会稳定'] },
    R3_3_4: { contains: ['第三方合法权益', '第三方', '商业秘密', '个人隐私'] },
    R3_3_5: { contains: ['内部事务', '内部管理信息', '三类内部'] },
    R3_3_6: { contains: ['过程性信息', '过程信息', '四类过程'] },
    R3_3_7: { contains: ['行政执法案卷', '执法案卷'] },
    R3_3_8: { contains: ['行政查询', '查询事项'] },
    R3_4: { contains: ['无法提供', '不能提供'] },
    R3_4_1: { contains: ['本机关不掌握', '信息不存在', '不掌握', '非本机关', '不属于本机关', '未制作或获取'] },
    R3_4_2: { contains: ['另行制作', '没有现成信息', '无现成信息', '加工分析', '汇总加工'] },
    R3_4_3: { contains: ['申请内容不明确', '内容不明确', '补正后仍不明确'] },
    R3_5: { contains: ['不予处理'] },
    R3_5_1: { contains: ['信访', '投诉', '举报'] },
    R3_5_2: { contains: ['重复申请'] },
    R3_5_3: { contains: ['公开出版物'] },
    R3_5_4: { contains: ['大量反复', '无正当理由大量'] },
    R3_5_5: { contains: ['确认或重新出具', '重新出具', '要求确认'] },
    R3_6: { contains: ['其他处理'] },
    R3_6_1: { contains: ['逾期不补正', '未补正', '不补正'] },
    R3_6_2: { contains: ['逾期未缴纳', '未缴纳费用', '未缴费', '未按收费通知'] },
    R3_6_3: { contains: ['撤回申请', '申请人撤回', '撤销申请', '主动撤回', '撤回'] },
    [PENDING]: { contains: ['办理中', '正在办理', '未办结', '待答复', '尚未答复', '在办'] },
  },
  yesNo: {
    [YES]: { exact: ['是', 'y', 'yes', '√', '✓', '结转', '已结转', '需结转', '经复议', '复议后起诉'] },
    [NO]: { exact: ['否', 'n', 'no', '×', '✗', '不结转', '未结转', '无', '未经复议', '直接起诉'] },
  },
  caseKind: {
    RV: { exact: ['复议', '行政复议案件', '复议案件'], contains: ['行政复议'] },
    LD: { contains: ['未经复议直接起诉', '直接起诉', '未经复议'] },
    LR: { contains: ['复议后起诉', '经复议起诉', '复议后诉讼', '经复议后起诉'] },
    [LITIGATION]: { exact: ['诉讼', '起诉'], contains: ['行政诉讼'] },
  },
  caseResult: {
    UPHELD: { contains: ['维持', '驳回诉讼请求', '驳回复议请求', '驳回行政复议请求', '驳回原告诉讼请求'] },
    CORRECTED: { contains: ['纠正', '撤销', '变更', '确认违法', '责令履行', '确认无效', '责令重新', '重新作出', '重新答复'] },
    OTHER: { contains: ['其他结果', '撤回', '撤诉', '终止', '驳回起诉', '不予受理', '调解', '和解', '驳回复议申请', '驳回行政复议申请'] },
    PENDING: { contains: ['尚未审结', '未审结', '审理中', '未结', '在审', '未结案'] },
  },
};

/**
 * Keys that stand for several others: a value naming both is one of the narrower ones (不予公开
 * + 国家秘密 is （三）1). Outcome groups come from the edition (categories.ts); this is the rest.
 */
export const WIDER: Readonly<Record<Vocabulary, Readonly<Record<string, readonly string[]>>>> = {
  applicant: {},
  outcome: {},
  yesNo: {},
  caseKind: { [LITIGATION]: ['LD', 'LR'], RV: [] },
  caseResult: {},
};
