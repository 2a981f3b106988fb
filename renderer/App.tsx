// The window: the start page until a report is open, then the editor.

import { useEffect } from 'react';
import { showOpened } from './actions';
import { api } from './api';
import { StartPage } from './components/StartPage';
import { Workspace } from './components/Workspace';
import { ImportConfirm } from './components/ImportConfirm';
import { LedgerDialog } from './components/LedgerDialog';
import { QuestionDialog } from './dialog/QuestionDialog';
import { useDocumentSession } from './session';
import { useShortcuts } from './shortcuts';
import { useEditor } from './store/editor';
import { loadOfficeLexicon } from './store/lexicon';

export function App() {
  const open = useEditor((s) => s.doc !== null);
  useShortcuts();
  useDocumentSession();
  useEffect(() => {
    loadOfficeLexicon();
    api()
      .initialDocument()
      .then((result) => {
        if (result.ok || result.reason !== 'none') void showOpened(result);
      })
      .finally(() => {
        document.documentElement.dataset.ready = 'true';
        performance.mark('nianbao:interactive');
      });
  }, []);
  return (
    <>
      {open ? <Workspace /> : <StartPage />}
      <QuestionDialog />
      <ImportConfirm />
      {open && <LedgerDialog />}
    </>
  );
}
