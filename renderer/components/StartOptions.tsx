// On the start page: the recovery offer after an abnormal end, and the recent files.

import { useEffect, useState } from 'react';
import type { RecentFile, RecoveryOffer } from '../../shared/ipc';
import { api } from '../api';
import { openRecent, restoreRecovery } from '../actions';

export function RecoveryBanner() {
  const [offer, setOffer] = useState<RecoveryOffer>({ available: false });
  useEffect(() => {
    void api().recoveryOffer().then(setOffer);
  }, []);
  if (!offer.available) return null;
  const when = new Date(offer.savedAt).toLocaleString('zh-CN');
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">有未保存的内容可以恢复</h2>
      <p>
        年报编辑器上次没有正常关闭。“{offer.title}”{offer.fileName ? `（${offer.fileName}）` : ''}在 {when} 的内容尚未保存。
      </p>
      <button type="button" className="primary" onClick={() => void restoreRecovery()}>
        恢复
      </button>{' '}
      <button type="button" onClick={() => void api().discardRecovery().then(() => setOffer({ available: false }))}>
        放弃这些内容
      </button>
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
