// The editor: the report header and toolbar, the parts, the current part, and the findings.
// The two side panes fold away to a narrow strip (remembered), for small or scaled screens.

import { useEffect } from 'react';
import { openCounts } from '../store/findings';
import { isDirty, useEditor } from '../store/editor';
import { toggleFindings, toggleParts, useView } from '../view';
import { ChecklistDialog } from './ChecklistDialog';
import { FindingsPanel } from './FindingsPanel';
import { ImportRecord } from './ImportRecord';
import { Notice } from './Notice';
import { PartNav } from './PartNav';
import { PartView } from './PartView';
import { Preview } from './Preview';
import { RemarksPanel } from './RemarksPanel';
import { StageBar } from './StageBar';
import { Topbar } from './Topbar';

/** The open findings of the whole report (acknowledged warnings left out, as the panel counts them). */
const counts = openCounts();

const noCounts = () => '0,0';

function PaneToggle({ open, onToggle, label, controls, side }: { open: boolean; onToggle: () => void; label: string; controls: string; side: 'left' | 'right' }) {
  // Only the findings' strip shows counts (the part navigation has its own).
  const [errors, warnings] = useEditor(side === 'right' ? counts : noCounts).split(',').map(Number);
  const arrow = <span aria-hidden="true">{(side === 'left') === open ? '«' : '»'}</span>;
  const tally = side === 'right' && !open && errors + warnings > 0 ? `（错误 ${errors} 个，警告 ${warnings} 个）` : '';
  const name = `${open ? '收起' : '展开'}${label}${tally}`;
  return (
    <button type="button" className="pane-toggle" aria-expanded={open} aria-controls={controls} aria-label={name} title={name} onClick={onToggle}>
      {open ? (
        side === 'left' ? <>{arrow}收起</> : <>收起{arrow}</>
      ) : (
        <>
          {arrow}
          <span className="pane-toggle-label">{label}</span>
          {tally && (
            <span className="pane-toggle-counts" aria-hidden="true">
              {errors > 0 && <span className="count count-error">{errors}</span>}
              {warnings > 0 && <span className="count count-warning">{warnings}</span>}
            </span>
          )}
        </>
      )}
    </button>
  );
}

export function Workspace() {
  const fileName = useEditor((s) => s.fileName);
  const dirty = useEditor(isDirty);
  const partsOpen = useView((s) => s.partsOpen);
  const findingsOpen = useView((s) => s.findingsOpen);
  useEffect(() => {
    // Electron shows the page title as the window title.
    document.title = `${fileName ?? '未命名报告'}${dirty ? ' ●' : ''} — 年报编辑器`;
  }, [fileName, dirty]);
  return (
    <div className="workspace">
      <div className="heads">
        <Topbar />
        <StageBar />
      </div>
      <ImportRecord />
      <div className={`panes${partsOpen ? '' : ' parts-closed'}${findingsOpen ? '' : ' findings-closed'}`}>
        <div className="pane pane-parts" id="pane-parts">
          <PaneToggle open={partsOpen} onToggle={toggleParts} label="各部分" controls="pane-parts" side="left" />
          {partsOpen && <PartNav />}
        </div>
        <PartView />
        <div className="pane pane-findings" id="pane-findings">
          <PaneToggle open={findingsOpen} onToggle={toggleFindings} label="检查结果" controls="pane-findings" side="right" />
          {findingsOpen && <RemarksPanel />}
          {findingsOpen && <FindingsPanel />}
        </div>
      </div>
      <Notice />
      <Preview />
      <ChecklistDialog />
    </div>
  );
}
