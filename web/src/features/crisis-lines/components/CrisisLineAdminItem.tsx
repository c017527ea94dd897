import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLineDto } from '../../../../../shared/contracts/crisis-lines.js';
import { problemText } from '../../../lib/error-text.js';
import { useDeleteCrisisLine, useUpdateCrisisLine } from '../queries.js';
import { CrisisLineDetails } from './CrisisLineDetails.js';
import { CrisisLineForm } from './CrisisLineForm.js';

interface CrisisLineAdminItemProps {
  line: CrisisLineDto;
  onSaved: (line: CrisisLineDto) => void;
  onDeleted: (line: CrisisLineDto) => void;
}

type Mode = 'view' | 'edit' | 'confirm-delete';

/** One crisis line with its Edit and Delete controls; deleting asks for confirmation first. */
export function CrisisLineAdminItem({ line, onSaved, onDeleted }: CrisisLineAdminItemProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const changedMode = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateCrisisLine();
  const remove = useDeleteCrisisLine();

  // The control that was pressed disappears with each change of mode, so focus follows to what replaced it.
  useEffect(() => {
    if (!changedMode.current) return;
    const targets = { view: editButton, edit: editHeading, 'confirm-delete': keepButton };
    targets[mode].current?.focus();
  }, [mode]);

  function switchTo(next: Mode) {
    changedMode.current = true;
    setMode(next);
  }

  function backToView() {
    switchTo('view');
  }

  if (mode === 'edit') {
    return (
      <li className="card">
        <h3 ref={editHeading} tabIndex={-1}>
          {t('admin.crisisLines.editLabel', { name: line.name })}
        </h3>
        <CrisisLineForm
          line={line}
          submitLabel={t('admin.crisisLines.save')}
          save={(input) => update.mutateAsync({ id: line.id, input })}
          onSaved={(saved) => {
            backToView();
            onSaved(saved);
          }}
          cancel={{ label: t('admin.crisisLines.cancelLabel', { name: line.name }), onCancel: backToView }}
        />
      </li>
    );
  }

  return (
    <li className="card">
      <CrisisLineDetails line={line} />
      <p className="muted">{t('admin.crisisLines.order', { sortOrder: line.sortOrder })}</p>
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, remove.error)}
        </p>
      )}
      {mode === 'confirm-delete' ? (
        <div className="confirm" role="group" aria-label={t('admin.crisisLines.deleteLabel', { name: line.name })}>
          <p>{t('admin.crisisLines.confirmDelete', { name: line.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="button-danger"
              aria-label={t('admin.crisisLines.confirmYesLabel', { name: line.name })}
              onClick={() => remove.mutate(line.id, { onSuccess: () => onDeleted(line) })}
            >
              {t('admin.crisisLines.confirmYes')}
            </button>
            <button
              type="button"
              ref={keepButton}
              className="button-secondary"
              aria-label={t('admin.crisisLines.keepLabel', { name: line.name })}
              onClick={backToView}
            >
              {t('admin.crisisLines.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            ref={editButton}
            type="button"
            className="button-secondary"
            aria-label={t('admin.crisisLines.editLabel', { name: line.name })}
            onClick={() => switchTo('edit')}
          >
            {t('admin.crisisLines.edit')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={t('admin.crisisLines.deleteLabel', { name: line.name })}
            onClick={() => switchTo('confirm-delete')}
          >
            {t('admin.crisisLines.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
