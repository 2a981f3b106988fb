// The editor: the report header and toolbar, the parts, the current part, and the findings.

import { useEffect } from 'react';
import { FindingsPanel } from './FindingsPanel';
import { ImportRecord } from './ImportRecord';
import { Notice } from './Notice';
import { PartNav } from './PartNav';
import { PartView } from './PartView';
import { Topbar } from './Topbar';
import { isDirty, useEditor } from '../store/editor';

export function Workspace() {
  const fileName = useEditor((s) => s.fileName);
  const dirty = useEditor(isDirty);
  useEffect(() => {
    // Electron shows the page title as the window title.
    document.title = `${fileName ?? '未命名报告'}${dirty ? ' ●' : ''} — 年报编辑器`;
  }, [fileName, dirty]);
  return (
    <div className="workspace">
      <Topbar />
      <ImportRecord />
      <div className="panes">
        <PartNav />
        <PartView />
        <FindingsPanel />
      </div>
      <Notice />
    </div>
  );
}
