// The import confirmation: before an imported draft opens, the clerk sees what was recognised
// (organisation, year, edition, cells) and may correct the organisation and the year.

import { create } from 'zustand';
import type { Identity } from '../../shared/import/confirm';
import type { ImportedDraft } from '../../shared/ipc';

interface Pending {
  imported: ImportedDraft;
  answer(identity: Identity | null): void;
}

export const useImportConfirm = create<{ pending: Pending | null }>(() => ({ pending: null }));

/** Shows the confirmation; resolves with the identity to use, or null when the clerk cancels. */
export function confirmImport(imported: ImportedDraft): Promise<Identity | null> {
  return new Promise((resolve) => {
    useImportConfirm.setState({
      pending: {
        imported,
        answer: (identity) => {
          useImportConfirm.setState({ pending: null });
          resolve(identity);
        },
      },
    });
  });
}
