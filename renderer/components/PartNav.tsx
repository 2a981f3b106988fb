// The preamble and the six parts, with each part's error and warning counts.

import { SECTION_NAMES, type TextSectionId } from '../../shared/formats';
import { PART_IDS, openCounts } from '../store/findings';
import { goTo, useEditor } from '../store/editor';

/** A part's open errors and warnings (acknowledged warnings left out, as the panel counts them). */
const counts = (part: TextSectionId) => openCounts(part);

function PartLink({ part }: { part: TextSectionId }) {
  const current = useEditor((s) => s.part === part);
  const [errors, warnings] = useEditor(counts(part)).split(',').map(Number);
  return (
    <li>
      <button type="button" aria-current={current ? 'page' : undefined} onClick={() => goTo(part)} data-part={part}>
        <span className="part-label">{SECTION_NAMES[part]}</span>
        {errors > 0 && <span className="count count-error">{errors}<span className="sr-only"> 个错误</span></span>}
        {warnings > 0 && <span className="count count-warning">{warnings}<span className="sr-only"> 个警告</span></span>}
      </button>
    </li>
  );
}

function UnitsLink() {
  const count = useEditor((s) => s.units?.units.length ?? 0);
  const current = useEditor((s) => s.part === 'units');
  const troubled = useEditor((s) => (s.units ? s.units.units.filter((u) => u.errors > 0).length + s.units.leftOut.length : 0));
  return (
    <button type="button" className="units-link" aria-current={current ? 'page' : undefined} onClick={() => goTo('units')} data-part="units">
      <span className="part-label">汇总单位（{count}）</span>
      {troubled > 0 && <span className="count count-error">{troubled}<span className="sr-only"> 个单位需要核实</span></span>}
    </button>
  );
}

function CompareLink() {
  const year = useEditor((s) => s.prior?.year);
  const current = useEditor((s) => s.part === 'compare');
  return (
    <button type="button" className="units-link" aria-current={current ? 'page' : undefined} onClick={() => goTo('compare')} data-part="compare">
      <span className="part-label">与上年（{year} 年度）对比</span>
    </button>
  );
}

function TrendLink() {
  const current = useEditor((s) => s.part === 'trend');
  return (
    <button type="button" className="units-link" aria-current={current ? 'page' : undefined} onClick={() => goTo('trend')} data-part="trend">
      <span className="part-label">多年趋势</span>
    </button>
  );
}

export function PartNav() {
  const aggregated = useEditor((s) => s.units !== null);
  const hasPrior = useEditor((s) => s.prior !== null);
  return (
    <nav className="parts" aria-label="报告各部分">
      <ol>
        {PART_IDS.map((part) => (
          <PartLink key={part} part={part} />
        ))}
      </ol>
      {hasPrior && <CompareLink />}
      <TrendLink />
      {aggregated && <UnitsLink />}
    </nav>
  );
}

