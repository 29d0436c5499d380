import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { errorText } from '../../../shared/ui/feedback';
import { attachmentTypeOf, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, uploadAttachment } from '../upload';

/** One chosen file: uploading, added (with the server's id) or failed (with the reason). */
export interface AttachmentItem {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  progress: number;
  id?: string;
  error?: string;
}

/** The attachments of the form: files upload as soon as they are chosen and can be removed again. */
export function useAttachments() {
  const t = useT();
  const [items, setItems] = useState<AttachmentItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const aborts = useRef(new Map<string, () => void>());
  const counter = useRef(0);

  const update = useCallback((key: string, patch: Partial<AttachmentItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const uploadError = useCallback(
    (error: unknown) => {
      if (isApiError(error) && (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')) {
        return t('report.attachments.tooBig');
      }
      return errorText(error, t);
    },
    [t],
  );

  const add = (files: readonly File[]) => {
    let count = items.filter((item) => item.status !== 'failed').length;
    const added: AttachmentItem[] = [];
    for (const file of files) {
      counter.current += 1;
      const key = `attachment-${counter.current}`;
      const base = { key, name: file.name, size: file.size, progress: 0 };
      const mediaType = attachmentTypeOf(file);
      const problem =
        count >= MAX_ATTACHMENTS
          ? t('report.attachments.tooMany')
          : !mediaType
            ? t('report.attachments.wrongType')
            : file.size > MAX_ATTACHMENT_BYTES
              ? t('report.attachments.tooBig')
              : null;
      if (problem || !mediaType) {
        added.push({ ...base, status: 'failed', error: problem ?? undefined });
        setAnnouncement(t('report.attachments.notAdded', { name: file.name }));
        continue;
      }
      count += 1;
      added.push({ ...base, status: 'uploading' });
      const upload = uploadAttachment(file, mediaType, (progress) => update(key, { progress }));
      aborts.current.set(key, upload.abort);
      upload.done.then(
        (receipt) => {
          aborts.current.delete(key);
          update(key, { status: 'done', progress: 100, id: receipt.id });
          setAnnouncement(t('report.attachments.added', { name: file.name }));
        },
        (error: unknown) => {
          aborts.current.delete(key);
          if (isApiError(error, 'ABORTED')) return;
          update(key, { status: 'failed', error: uploadError(error) });
          setAnnouncement(t('report.attachments.notAdded', { name: file.name }));
        },
      );
    }
    setItems((list) => [...list, ...added]);
  };

  const remove = (key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    aborts.current.get(key)?.();
    aborts.current.delete(key);
    setItems((list) => list.filter((candidate) => candidate.key !== key));
    if (item) setAnnouncement(t('report.attachments.removed', { name: item.name }));
  };

  // Leaving the page stops uploads that are still running.
  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const abort of running.values()) abort();
      running.clear();
    };
  }, []);

  const ids = items.flatMap((item) => (item.status === 'done' && item.id ? [item.id] : []));
  const busy = items.some((item) => item.status === 'uploading');
  return { items, add, remove, announcement, ids, busy };
}
