// 发布日期 and 机关类型, for the publication deadline (条例第四十九条, S-06): the date is optional
// while drafting; the type is guessed from the organisation's name until the clerk sets it.

import { useId } from 'react';
import { ORGANIZATION_TYPE_NAMES, guessOrganizationType, publicationDeadline, type OrganizationType } from '../../shared/report';
import { setOrganizationType, setPublishDate, useEditor } from '../store/editor';

const TYPES = Object.keys(ORGANIZATION_TYPE_NAMES) as OrganizationType[];

export function ReportInfo() {
  const id = useId();
  const publishDate = useEditor((s) => s.doc!.report.publishDate);
  const chosen = useEditor((s) => s.doc!.report.organizationType);
  const organization = useEditor((s) => s.doc!.report.organization);
  const year = useEditor((s) => s.doc!.report.year);
  const guessed = guessOrganizationType(organization);
  const type = chosen ?? guessed;
  return (
    <fieldset className="report-info">
      <legend>发布信息</legend>
      <div className="fields">
        <span className="field">
          <label htmlFor={`${id}-date`}>发布日期</label>
          <input id={`${id}-date`} type="date" value={publishDate ?? ''} onChange={(e) => setPublishDate(e.target.value === '' ? null : e.target.value)} aria-describedby={`${id}-deadline`} />
        </span>
        <span className="field">
          {/* Not wrapping the select: its options would become part of the field's name. */}
          <label htmlFor={`${id}-type`}>机关类型</label>
          <select id={`${id}-type`} value={chosen ?? ''} onChange={(e) => setOrganizationType(e.target.value === '' ? null : (e.target.value as OrganizationType))} aria-describedby={`${id}-deadline`}>
            <option value="">{guessed ? `按名称判断：${ORGANIZATION_TYPE_NAMES[guessed]}` : '按名称未能判断，请选择'}</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {ORGANIZATION_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p id={`${id}-deadline`} className="hint">
        {type
          ? `本报告应于 ${publicationDeadline(type, year).shown}前公布（条例第四十九条）。发布日期可在定稿时填写。`
          : `部门、乡镇的报告应于 ${year + 1} 年1月31日前公布，县级以上人民政府的本级报告应于3月31日前公布（条例第四十九条）。`}
      </p>
    </fieldset>
  );
}
