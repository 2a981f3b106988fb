// On the start page: the recovery offer after an abnormal end, and the recent files.

import { useEffect, useState } from 'react';
import type { RecentFile, RecoveryOffer } from '../../shared/ipc';
import { api } from '../api';
import { openRecent } from '../actions';
import { describeCopy, discardRecovery, restoreRecovery } from '../recovery';

/** Every copy left by a session that ended abnormally, each with its own 恢复 and 放弃. */
export function RecoveryBanner() {
  const [offers, setOffers] = useState<RecoveryOffer[]>([]);
  useEffect(() => {
    void api()
      .recoveryOffers()
      .then((r) => setOffers(r.offers));
  }, []);
  if (offers.length === 0) return null;
  const drop = (id: string) => setOffers((list) => list.filter((o) => o.id !== id));
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">有未保存的内容可以恢复</h2>
      <p>年报编辑器上次没有正常关闭（或窗口意外终止）。</p>
      <ul>
        {offers.map((offer) => {
          const { text, warning } = describeCopy(offer);
          return (
            <li key={offer.id} data-recovery={offer.id}>
              <p>{text}</p>
              {warning && <p className="recovery-warning">{warning}</p>}
              <button type="button" className={warning ? undefined : 'primary'} onClick={() => void restoreRecovery(offer.id).then((ok) => !ok && drop(offer.id))}>
                恢复
              </button>{' '}
              <button type="button" onClick={() => void discardRecovery(offer.id).then(() => drop(offer.id))}>
                放弃这些内容
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function RecentList() {
  const [files, setFiles] = useState<RecentFile[]>([]);
  useEffect(() => {
    void api().recentDocuments().then((r) => setFiles(r.files));
  }, []);
  if (files.length === 0) return null;
  return (
    <nav aria-labelledby="recent-title" className="recent">
      <h3 id="recent-title">打开最近</h3>
      <ol>
        {files.map((f, i) => (
          <li key={`${f.folder}/${f.name}`}>
            <button type="button" onClick={() => void openRecent(i)} title={`${f.folder}`}>
              {f.name}
              <span className="folder">{f.folder}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
