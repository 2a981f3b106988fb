// The office's 用语表 (issue 24, TXT-05) as main read it at start: its entries go into every
// check the editor runs; the lines it could not read are shown in 发布前检查.

import { create } from 'zustand';
import type { OfficeLexicon } from '../../shared/ipc';
import { api } from '../api';
import { useEditor } from './editor';

const NONE: OfficeLexicon = { entries: [], problems: [], fileName: '用语表.txt' };

export const useLexicon = create<OfficeLexicon>(() => NONE);

/** Asks main once; an app without a list (or a failed answer) checks with the shipped lexicon alone. */
export function loadOfficeLexicon(): void {
  void api()
    .userLexicon()
    .then((lexicon) => {
      useLexicon.setState(lexicon);
      // A report already open is checked again, with the office's list.
      useEditor.setState({});
    })
    .catch(() => undefined);
}
