// The window: the start page until a report is open, then the editor — or 单位一览 (the desk),
// which waits behind a unit's draft opened from it.

import { useEffect } from 'react';
import { showOpened } from './actions';
import { api } from './api';
import { DeskBar } from './components/DeskBar';
import { DeskProgress } from './components/DeskProgress';
import { DeskView } from './components/DeskView';
import { StartPage } from './components/StartPage';
import { Workspace } from './components/Workspace';
import { ImportConfirm } from './components/ImportConfirm';
import { LedgerDialog } from './components/LedgerDialog';
import { QuestionDialog } from './dialog/QuestionDialog';
import { useDocumentSession } from './session';
import { useShortcuts } from './shortcuts';
import { useDesk } from './store/desk';
import { useEditor } from './store/editor';
import { loadOfficeLexicon } from './store/lexicon';

export function App() {
  const open = useEditor((s) => s.doc !== null);
  const desk = useDesk((s) => s.view !== null);
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
      {open && desk ? (
        <div className="with-desk-bar">
          <DeskBar />
          <Workspace />
        </div>
      ) : open ? (
        <Workspace />
      ) : desk ? (
        <DeskView />
      ) : (
        <StartPage />
      )}
      <DeskProgress />
      <QuestionDialog />
      <ImportConfirm />
      {open && <LedgerDialog />}
    </>
  );
}
