// The words of the statutory tables' header labels, so that a narrow column breaks "社会公益
// 组织" as 社会/公益/组织 and never as 社会公/益组织 or 结果维/持 (issue: header words). Chinese
// has no spaces; the labels are fixed by the editions, so a small lexicon of their words does.

const LEXICON = new Set([
  '申请人', '自然人', '法人', '其他', '组织', '商业', '企业', '科研', '机构', '社会', '公益', '法律', '服务', '总计',
  '情况', '行政', '复议', '复议后', '诉讼', '结果', '维持', '纠正', '尚未', '审结', '未经', '直接', '起诉',
  '信息', '内容', '本年', '本年度', '新制作', '新公开', '制作', '制发', '公开', '数量', '总数量', '对外', '上一年', '项目', '增/减', '处理',
  '决定', '采购', '总金额', '收费', '金额', '件数', '废止', '现行', '有效', '办理', '不予', '无法', '提供', '第二十条',
]);
const LONGEST = Math.max(...[...LEXICON].map((w) => w.length));
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．])/;

/**
 * A label cut into units that may not be broken: its numbering ("三、", "（三）"), a
 * parenthesised phrase ("（单位：万元）", "第（一）项"'s "（一）"), a word of the lexicon, or
 * else a single character (which may break anywhere, as Chinese does).
 */
export function labelWords(label: string): string[] {
  const out: string[] = [];
  let rest = label;
  const numbering = NUMBERING.exec(rest);
  if (numbering) {
    out.push(numbering[0]);
    rest = rest.slice(numbering[0].length);
  }
  while (rest) {
    let word = rest[0];
    if (word === '（' || word === '(') {
      const close = rest.search(/[）)]/);
      if (close > 0) word = rest.slice(0, close + 1);
    } else {
      for (let n = Math.min(LONGEST, rest.length); n > 1; n--) {
        if (LEXICON.has(rest.slice(0, n))) {
          word = rest.slice(0, n);
          break;
        }
      }
    }
    out.push(word);
    rest = rest.slice(word.length);
  }
  return out;
}
