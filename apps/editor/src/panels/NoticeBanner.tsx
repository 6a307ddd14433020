/**
 * A message on the page: a file that could not be opened (with every problem and its place), an edit
 * that was refused, a link that was copied. Errors stay until dismissed; information fades, unless it
 * says it stays (warnings about a file just opened: they take longer than five seconds to read).
 */
import { useEffect } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';

export function NoticeBanner() {
  const { editor } = useServices();
  const notice = useEditorState((s) => s.session.notice);
  useEffect(() => {
    if (notice?.kind !== 'info' || notice.stays) return;
    const t = setTimeout(() => {
      if (editor.store.getState().session.notice === notice) editor.notify(null);
    }, 5000);
    return () => clearTimeout(t);
  }, [notice, editor]);
  if (!notice) return null;
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <div className="notice-body">
        <strong>{notice.title}</strong>
        {notice.lines.length > 0 ? (
          <ul>
            {notice.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are fixed for the life of the notice
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        {notice.footer ? <p className="notice-footer">{notice.footer}</p> : null}
      </div>
      <button type="button" className="icon" aria-label="Dismiss" onClick={() => editor.notify(null)}>
        ×
      </button>
    </div>
  );
}
